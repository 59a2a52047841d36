#include "services/invoiceservice.h"

#include "services/audittrail.h"
#include "services/inputerror.h"
#include "store/debtorrepository.h"
#include "store/invoicerepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

#include <QLocale>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

Id InvoiceService::add(const Invoice &input, std::optional<Id> userId)
{
    Invoice inv = input;
    inv.number = inv.number.trimmed();
    const QDate today = m_clock.today();
    if (inv.number.isEmpty())
        throw InputError(QStringLiteral("number"), tr("Number: write the invoice number."));
    if (inv.number.size() > kMaxNumberLength)
        throw InputError(QStringLiteral("number"), tr("Number: at most %1 characters.").arg(kMaxNumberLength));
    if (!inv.issueDate.isValid())
        throw InputError(QStringLiteral("issue_date"), tr("Issue date: missing or not a real date."));
    if (inv.issueDate > today)
        throw InputError(QStringLiteral("issue_date"),
                         tr("Issue date: %1 is after today.").arg(QLocale().toString(inv.issueDate, QLocale::ShortFormat)));
    if (!inv.dueDate.isValid())
        throw InputError(QStringLiteral("due_date"), tr("Due date: missing or not a real date."));
    if (inv.dueDate < inv.issueDate)
        throw InputError(QStringLiteral("due_date"), tr("Due date: it cannot be before the issue date."));
    if (!inv.amount.isPositive())
        throw InputError(QStringLiteral("amount"), tr("Amount: it must be greater than zero."));
    inv.disputed = false;
    inv.disputeReason.clear();

    store::Transaction tx(m_db);
    if (!store::DebtorRepository(m_db).byId(inv.debtorId))
        throw InputError(QStringLiteral("debtor"), tr("This debtor no longer exists."));
    store::InvoiceRepository invoices(m_db);
    if (invoices.byNumber(inv.debtorId, inv.number))
        throw InputError(QStringLiteral("number"),
                         tr("Number: this debtor already has an invoice %1.").arg(inv.number));
    const Id id = invoices.add(inv);
    store::TotalsRepository(m_db).refresh(inv.debtorId);
    AuditTrail(m_db, m_clock).record(userId, QStringLiteral("invoice.add"), QStringLiteral("invoice"), id,
                                     QStringLiteral("debtor=%1").arg(inv.debtorId));
    tx.commit();
    spdlog::info("invoice {} added to debtor {}", id, inv.debtorId);
    return id;
}

void InvoiceService::setDisputed(Id invoiceId, bool disputed, const QString &reason, std::optional<Id> userId)
{
    const QString why = reason.trimmed();
    if (disputed && why.isEmpty())
        throw InputError(QStringLiteral("reason"), tr("Reason: say what the debtor disputes about this invoice."));
    store::Transaction tx(m_db);
    store::InvoiceRepository invoices(m_db);
    const auto inv = invoices.byId(invoiceId);
    if (!inv)
        throw InputError(QStringLiteral("invoice"), tr("This invoice no longer exists."));
    if (!disputed && !inv->disputed)
        throw InputError(QStringLiteral("invoice"), tr("Invoice %1 is not disputed.").arg(inv->number));
    invoices.setDisputed(invoiceId, disputed, disputed ? why : QString());
    store::TotalsRepository(m_db).refresh(inv->debtorId);
    AuditTrail(m_db, m_clock).record(userId, disputed ? QStringLiteral("invoice.dispute") : QStringLiteral("invoice.undispute"),
                                     QStringLiteral("invoice"), invoiceId,
                                     QStringLiteral("debtor=%1").arg(inv->debtorId));
    tx.commit();
    spdlog::info("invoice {} dispute {}", invoiceId, disputed ? "set" : "cleared");
}

} // namespace libreta::services
