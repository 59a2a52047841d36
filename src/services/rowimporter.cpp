#include "services/rowimporter.h"

#include "services/contactimporter.h"
#include "services/debtorspellings.h"
#include "services/debtorimporter.h"
#include "services/invoiceimporter.h"
#include "services/paymentimporter.h"
#include "store/debtorrepository.h"
#include "store/importrepository.h"
#include "store/totalsrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace libreta::services {

RowImporter::RowImporter(const ImportContext &context) : m_context(context) {}

RowImporter::~RowImporter() = default;

std::optional<domain::Debtor> RowImporter::knownDebtor(const QString &ref, QList<FieldProblem> &problems)
{
    store::DebtorRepository debtors(m_context.db);
    auto debtor = debtors.byRef(ref);
    if (!debtor) {
        if (!m_spellings) {
            m_keys = std::make_unique<store::ImportRepository>(m_context.db);
            m_spellings = std::make_unique<DebtorSpellings>(*m_keys);
        }
        if (const auto id = m_spellings->find(ref.toUtf8()))
            debtor = debtors.byId(*id);
    }
    if (!debtor)
        problems.append({QStringLiteral("debtor_ref"),
                         QCoreApplication::translate("Import", "no debtor has the reference «%1»; import the debtors first.")
                             .arg(ref)});
    return debtor;
}

std::unique_ptr<RowImporter> RowImporter::create(ImportKind kind, const ImportContext &context)
{
    switch (kind) {
    case ImportKind::Debtors: return std::make_unique<DebtorImporter>(context);
    case ImportKind::Contacts: return std::make_unique<ContactImporter>(context);
    case ImportKind::Invoices: return std::make_unique<InvoiceImporter>(context);
    case ImportKind::Payments: return std::make_unique<PaymentImporter>(context);
    }
    return nullptr;
}

void RowImporter::touch(domain::Id debtorId)
{
    // Rows of one debtor usually come together: skip the repeats cheaply.
    if (m_touched.empty() || m_touched.back() != debtorId)
        m_touched.push_back(debtorId);
}

void RowImporter::finish(bool /*kept*/)
{
    if (m_touched.empty())
        return;
    std::sort(m_touched.begin(), m_touched.end());
    m_touched.erase(std::unique(m_touched.begin(), m_touched.end()), m_touched.end());
    store::TotalsRepository totals(m_context.db);
    // Most of the portfolio changed (a first load): one pass over all of it
    // costs less than looking each debtor up.
    const qint64 all = store::DebtorRepository(m_context.db).count();
    if (qint64(m_touched.size()) * 2 > all)
        totals.refreshAll();
    else
        totals.refreshMany(QList<domain::Id>(m_touched.begin(), m_touched.end()));
    m_touched.clear();
}

} // namespace libreta::services
