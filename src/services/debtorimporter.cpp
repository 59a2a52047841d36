#include "services/debtorimporter.h"

#include "services/contactmerge.h"
#include "services/inputerror.h"
#include "store/contactrepository.h"
#include "domain/textfold.h"
#include "store/debtorrepository.h"
#include "store/portfoliorepository.h"

namespace libreta::services {

using namespace domain;

namespace {

Contact ownContact(Id debtorId, const DebtorRow &row)
{
    Contact c;
    c.debtorId = debtorId;
    c.name = row.debtor.name;
    c.role = ContactRole::Debtor;
    mergeReachability(c, row.phones(), row.email);
    return c;
}

} // namespace

DebtorImporter::DebtorImporter(const ImportContext &context)
    : RowImporter(context), m_store(context.db), m_debtorsBefore(m_store.maxDebtorId())
{
    m_store.deferNewDebtorsSearch();
    for (const QString &segment : store::PortfolioRepository(context.db).segments())
        m_segments.insert(foldForSearch(segment), segment);
}

QString DebtorImporter::spelled(const QString &segment)
{
    if (segment.isEmpty())
        return segment;
    const QString folded = foldForSearch(segment);
    const auto known = m_segments.constFind(folded);
    if (known != m_segments.cend())
        return known.value();
    m_segments.insert(folded, segment);
    return segment;
}

void DebtorImporter::finish(bool kept)
{
    m_store.writeDeferredSearch();
    RowImporter::finish(kept);
}

bool DebtorImporter::updateOwnContact(Id debtorId, const DebtorRow &row)
{
    if (row.phones().isEmpty() && row.email.isEmpty())
        return false;
    store::ContactRepository contacts(m_context.db);
    for (Contact c : contacts.forDebtor(debtorId)) {
        if (c.role != ContactRole::Debtor)
            continue;
        if (!mergeReachability(c, row.phones(), row.email))
            return false;
        contacts.update(c);
        return true;
    }
    contacts.add(ownContact(debtorId, row));
    return true;
}

RowOutcome DebtorImporter::import(const csv::Record &record, QList<FieldProblem> &problems)
{
    DebtorRow row;
    if (!m_context.reader.debtor(record, row, problems))
        return RowOutcome::Refused;
    row.debtor.timeZone = m_context.debtorTimeZone;
    row.debtor.assignedAgentId = m_context.newDebtorsAgent;
    row.debtor.segment = spelled(row.debtor.segment);
    if (const Id id = m_store.addDebtorIfNew(row.debtor)) {
        if (!row.phones().isEmpty() || !row.email.isEmpty())
            store::ContactRepository(m_context.db).add(ownContact(id, row));
        return RowOutcome::Added;
    }

    store::DebtorRepository debtors(m_context.db);
    const auto stored = debtors.byRef(row.debtor.externalRef);
    if (!stored)
        throw InputError(QStringLiteral("ref"), tr("The debtor could not be read back."));
    if (stored->id > m_debtorsBefore || m_seen.contains(stored->id)) {
        problems.append({QStringLiteral("ref"),
                         tr("reference %1 is already on an earlier line of the file.").arg(row.debtor.externalRef)});
        return RowOutcome::Refused;
    }
    m_seen.insert(stored->id);
    Debtor merged = *stored;
    const Debtor &d = row.debtor;
    const QStringList &present = row.present;
    if (present.contains(QLatin1String("name")))
        merged.name = d.name;
    // A debtor an invoice file created with no name of its own (named by
    // its reference) gets the kind its real name says, as a new one would;
    // one named before keeps the kind someone may have set by hand.
    const bool namedByRef = stored->name == stored->externalRef;
    if (present.contains(QLatin1String("kind")) || (namedByRef && present.contains(QLatin1String("name"))))
        merged.kind = d.kind;
    if (present.contains(QLatin1String("tax_id")))
        merged.taxId = d.taxId;
    if (present.contains(QLatin1String("address")))
        merged.address = d.address;
    if (present.contains(QLatin1String("city")))
        merged.city = d.city;
    if (present.contains(QLatin1String("segment")))
        merged.segment = d.segment;
    if (present.contains(QLatin1String("risk")))
        merged.risk = d.risk;
    if (present.contains(QLatin1String("value")))
        merged.value = d.value;
    const bool same = merged.name == stored->name && merged.kind == stored->kind && merged.taxId == stored->taxId
                      && merged.address == stored->address && merged.city == stored->city
                      && merged.segment == stored->segment && merged.risk == stored->risk
                      && merged.value == stored->value;
    if (!same) {
        debtors.update(merged);
        touch(merged.id);
    }
    const bool reachable = updateOwnContact(merged.id, row);
    return same && !reachable ? RowOutcome::Unchanged : RowOutcome::Updated;
}

} // namespace libreta::services
