#include "services/contactimporter.h"

#include "domain/textfold.h"
#include "services/contactmerge.h"
#include "services/contactservice.h"
#include "services/inputerror.h"
#include "store/contactrepository.h"
#include "store/debtorrepository.h"

namespace libreta::services {

using namespace domain;

RowOutcome ContactImporter::import(const csv::Record &record, QList<FieldProblem> &problems)
{
    ContactRow row;
    if (!m_context.reader.contact(record, row, problems))
        return RowOutcome::Refused;
    const auto debtor = knownDebtor(row.debtorRef, problems);
    if (!debtor)
        return RowOutcome::Refused;
    Contact incoming = row.contact;
    incoming.debtorId = debtor->id;
    const QString name = foldForSearch(incoming.name);
    ContactService service(m_context.db, m_context.clock);
    try {
        for (Contact stored : store::ContactRepository(m_context.db).forDebtor(debtor->id)) {
            if (foldForSearch(stored.name) != name)
                continue;
            const bool roleChanged = row.present.contains(QLatin1String("role")) && stored.role != incoming.role;
            stored.role = row.present.contains(QLatin1String("role")) ? incoming.role : stored.role;
            const bool added = mergeReachability(stored, incoming.phones,
                                                 incoming.emails.isEmpty() ? QString() : incoming.emails.first().address);
            if (!roleChanged && !added)
                return RowOutcome::Unchanged;
            service.update(stored, m_context.userId);
            return RowOutcome::Updated;
        }
        service.add(incoming, m_context.userId);
    } catch (const InputError &e) {
        const QString field = e.field().startsWith(QLatin1String("email")) ? QStringLiteral("email")
                              : e.field().startsWith(QLatin1String("phone")) ? QStringLiteral("phone")
                                                                             : QStringLiteral("name");
        problems.append({field, e.message()});
        return RowOutcome::Refused;
    }
    return RowOutcome::Added;
}

} // namespace libreta::services
