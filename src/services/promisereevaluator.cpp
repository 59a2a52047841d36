#include "services/promisereevaluator.h"

#include "domain/entitycodes.h"
#include "domain/followupplanner.h"
#include "domain/promiseevaluation.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"

#include <algorithm>

namespace libreta::services {

using namespace domain;

QList<PromiseChange> PromiseReevaluator::reevaluate(Id debtorId, const QDate &today, const QDateTime &nowUtc)
{
    store::PromiseRepository promises(m_db);
    const PromiseChain whole = promiseChain(promises.forDebtor(debtorId));
    if (!whole.hasPending())
        return {};
    const QList<Promise> &chain = whole.promises;
    const auto payments = store::PaymentRepository(m_db).eventsSince(debtorId, whole.earliestMadeOn);
    const auto results = evaluatePlan(whole.terms, payments, m_graceDays, today);

    store::FollowUpRepository followUps(m_db);
    std::optional<std::optional<Id>> debtorAgent;  // read once, when a call-back needs it
    QList<PromiseChange> changes;
    for (qsizetype i = 0; i < chain.size() && i < results.size(); ++i) {
        const Promise &p = chain[i];
        const InstalmentResult &r = results[i];
        if (p.status != PromiseStatus::Pending)
            continue;  // a resolved promise stays as it was resolved
        if (r.status == p.status && r.paid == p.paid)
            continue;
        const bool resolved = r.status != PromiseStatus::Pending;
        promises.setOutcome(p.id, r.status, r.paid, resolved ? std::optional<QDate>(today) : std::nullopt);
        changes.append({p.id, p.status, r.status, r.paid});
        if (!resolved)
            continue;
        followUps.closeForPromise(p.id, toCode(r.status), nowUtc);
        if (r.status == PromiseStatus::Broken || r.status == PromiseStatus::PartiallyKept) {
            const PlannedFollowUp planned = callbackForBrokenPromise(today);
            FollowUp f;
            f.debtorId = debtorId;
            f.kind = planned.kind;
            f.dueDate = planned.dueDate;
            f.dueTime = planned.dueTime;
            f.promiseId = p.id;
            // The call-back goes back to whoever works the debtor, so it
            // shows in that agent's own agenda and queue; for a debtor
            // nobody has, to the agent who took the promise.
            if (!debtorAgent)
                debtorAgent = store::DebtorRepository(m_db).byId(debtorId).value_or(Debtor()).assignedAgentId;
            f.assignedTo = *debtorAgent ? *debtorAgent : followUps.assigneeForPromise(p.id);
            followUps.add(f);
        }
    }
    return changes;
}

} // namespace libreta::services
