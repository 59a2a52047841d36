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
    return apply(debtorId, today, nowUtc, nullptr);
}

QHash<Id, Money> PromiseReevaluator::paidByPromise(Id debtorId, const QDate &today)
{
    const PromiseChain whole = promiseChain(store::PromiseRepository(m_db).inChainFor(debtorId));
    QHash<Id, Money> out;
    if (whole.promises.isEmpty())
        return out;
    const auto payments = store::PaymentRepository(m_db).eventsSince(debtorId, whole.earliestMadeOn, whole.earliestMadeAt);
    const auto results = evaluatePlan(whole.terms, payments, m_graceDays, today);
    for (qsizetype i = 0; i < whole.promises.size() && i < results.size(); ++i)
        out.insert(whole.promises[i].id, results[i].paid);
    return out;
}

QList<PromiseChange> PromiseReevaluator::reevaluateAfterReversal(Id debtorId, const QDate &today,
                                                                 const QDateTime &nowUtc, const QTime &reminderTime,
                                                                 const QHash<Id, Money> &paidBefore)
{
    const Reversal reversal{reminderTime, paidBefore};
    return apply(debtorId, today, nowUtc, &reversal);
}

QList<PromiseChange> PromiseReevaluator::apply(Id debtorId, const QDate &today, const QDateTime &nowUtc,
                                               const Reversal *reversal)
{
    store::PromiseRepository promises(m_db);
    const PromiseChain whole = promiseChain(promises.inChainFor(debtorId));
    if (!reversal && !whole.hasPending())
        return {};
    if (whole.promises.isEmpty())
        return {};
    const QList<Promise> &chain = whole.promises;
    const auto payments = store::PaymentRepository(m_db).eventsSince(debtorId, whole.earliestMadeOn, whole.earliestMadeAt);
    const auto results = evaluatePlan(whole.terms, payments, m_graceDays, today);

    store::FollowUpRepository followUps(m_db);
    std::optional<std::optional<Id>> debtorAgent;  // read once, when a follow-up needs it
    // A follow-up about a promise goes to whoever works the debtor, so it
    // shows in that agent's own agenda and queue; for a debtor nobody has,
    // to the agent who took the promise.
    const auto assignee = [&](Id promiseId) {
        if (!debtorAgent)
            debtorAgent = store::DebtorRepository(m_db).byId(debtorId).value_or(Debtor()).assignedAgentId;
        return *debtorAgent ? *debtorAgent : followUps.assigneeForPromise(promiseId);
    };
    const auto addFollowUp = [&](const Promise &p, const PlannedFollowUp &planned) {
        FollowUp f;
        f.debtorId = debtorId;
        f.kind = planned.kind;
        f.dueDate = planned.dueDate;
        f.dueTime = planned.dueTime;
        f.promiseId = p.id;
        f.assignedTo = assignee(p.id);
        // A promise has one follow-up of each kind: after a reversal the
        // one its settling closed is opened again, on its new date.
        if (reversal)
            followUps.addOrReopen(f);
        else
            followUps.add(f);
    };

    QList<PromiseChange> changes;
    for (qsizetype i = 0; i < chain.size() && i < results.size(); ++i) {
        const Promise &p = chain[i];
        const InstalmentResult &r = results[i];
        if (r.status == p.status && r.paid == p.paid)
            continue;
        const bool wasResolved = p.status != PromiseStatus::Pending;
        // A resolved promise stays as it was resolved, unless the reversal
        // took back money it had counted (not a rule changed since, such as
        // the grace days: the money before and after, evaluated alike).
        if (wasResolved && !(reversal && r.paid < reversal->paidBefore.value(p.id, r.paid)))
            continue;
        const bool resolved = r.status != PromiseStatus::Pending;
        promises.setOutcome(p.id, r.status, r.paid, resolved ? std::optional<QDate>(today) : std::nullopt);
        changes.append({p.id, p.status, r.status, r.paid});
        if (!resolved) {
            // Kept too early, then reversed: it waits again for its date.
            if (wasResolved)
                for (const PlannedFollowUp &planned : followUpsForPromise(p.dueDate, m_graceDays, reversal->reminderTime))
                    if (planned.dueDate >= today)
                        addFollowUp(p, planned);
            continue;
        }
        if (!wasResolved)
            followUps.closeForPromise(p.id, toCode(r.status), nowUtc);
        const bool hadCallback = p.status == PromiseStatus::PartiallyKept || p.status == PromiseStatus::Broken;
        if ((r.status == PromiseStatus::Broken || r.status == PromiseStatus::PartiallyKept) && !hadCallback)
            addFollowUp(p, callbackForBrokenPromise(today));
    }
    return changes;
}

} // namespace libreta::services
