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
    QList<Promise> chain = promises.forDebtor(debtorId);
    chain.erase(std::remove_if(chain.begin(), chain.end(),
                               [](const Promise &p) { return p.status == PromiseStatus::Cancelled; }),
                chain.end());
    const bool anyPending = std::any_of(chain.cbegin(), chain.cend(),
                                        [](const Promise &p) { return p.status == PromiseStatus::Pending; });
    if (!anyPending)
        return {};

    // All of a debtor's commitments form one chain in due-date order, so a
    // payment that settled an earlier promise is not counted again for a
    // later one.
    std::sort(chain.begin(), chain.end(), [](const Promise &a, const Promise &b) {
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        if (a.sequence != b.sequence)
            return a.sequence < b.sequence;
        return a.id < b.id;
    });
    QDate from = chain.first().madeOn;
    QList<InstalmentTerms> terms;
    for (const auto &p : chain) {
        terms.append({p.amount, p.dueDate, p.madeOn});
        from = std::min(from, p.madeOn);
    }
    const auto payments = store::PaymentRepository(m_db).eventsSince(debtorId, from);
    const auto results = evaluatePlan(terms, payments, m_graceDays, today);

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
