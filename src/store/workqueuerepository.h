#pragma once

#include "domain/agendagroup.h"
#include "domain/entities.h"

#include <functional>

namespace libreta::store {

class Database;

// Whose debtors an agent may be offered: for the work scheduled on them,
// the follow-ups assigned to the agent, and those assigned to nobody on
// the agent's debtors; for the rest, the agent's debtors.
struct QueueScope {
    std::optional<domain::Id> agentId;  // empty: the whole office (supervisors)
    bool includeUnassigned = true;       // agents also take debtors nobody owns
};

// Why a debtor is in the queue, in the order they are offered.
enum class QueueReason { CallbackDue, PromiseDueToday, BrokenPromise, PromiseCheck, Task, Priority };

// One stretch of the queue: the open follow-ups of one agenda group that
// are due on the day (once their time has come, in time order), or those
// left open from the days before (the most recent first).
struct QueueWalk {
    QueueReason reason = QueueReason::Task;
    domain::AgendaGroup group = domain::AgendaGroup::Callback;
    bool earlierDays = false;
};

// A debtor the queue may offer, with what the contact rules and the
// priority score need to decide.
struct QueueCandidate {
    domain::Id debtorId = 0;
    QueueReason reason = QueueReason::Priority;
    std::optional<domain::Id> followUpId;
    std::optional<domain::FollowUpKind> followUpKind;
    std::optional<QDate> dueDate;
    std::optional<QTime> dueTime;
    QString timeZone;
    bool doNotContact = false;
    domain::Money outstanding;
    std::optional<QDate> oldestDueDate;
    std::optional<QDateTime> lastContactAt;
    domain::Level risk = domain::Level::Medium;
    domain::Level value = domain::Level::Medium;
    int promisesKept = 0;
    int promisesBroken = 0;
    domain::Money promiseAmount;  // when the follow-up is about a promise
    domain::Money promisePaid;    // what payments covered of it
    std::optional<QDate> promiseDueDate;
    QString segment;  // read for the candidates offered for their priority
};

// Since when a debtor must not have been contacted for Next call to offer
// it for its priority: the office's rest, or its segment's own.
struct RestCutoffs {
    QDateTime office;
    QMap<QString, QDateTime> bySegment;
};

// The queue's reads and its claims. Every read walks an index in the order
// the queue offers and leaves out what is out of scope or claimed, so the
// first rows are the answer: a call costs the same at a thousand debtors and
// at a million. Candidates the contact rules forbid are the caller's to skip.
class WorkQueueRepository final {
public:
    explicit WorkQueueRepository(Database &db) : m_db(db) {}

    // Hands the walk's candidates to `visit` in order (for an agent, their
    // own follow-ups, then those assigned to nobody on their debtors), at
    // most `limit` of each, until `visit` returns true (it took one);
    // returns whether one was taken. Debtors under anyone's unexpired claim
    // are left out.
    bool walkFollowUps(const QueueScope &scope, const QueueWalk &walk, const QDate &today, const QTime &now,
                       const QDateTime &nowUtc, int limit, const std::function<bool(const QueueCandidate &)> &visit);
    // Active debtors who owe money, have no pending promise and nothing
    // scheduled after today, and were not contacted since their segment's
    // cutoff (the office's, for any other): the `limit` largest balances,
    // unclaimed.
    QList<QueueCandidate> priorityCandidates(const QueueScope &scope, const QDate &today,
                                             const RestCutoffs &notContactedSince, const QDateTime &nowUtc,
                                             int limit);

    // Takes the debtor for `agentId` until `expiresUtc`; false when another
    // agent holds an unexpired claim. Claiming again extends one's own claim.
    bool claim(domain::Id debtorId, domain::Id agentId, const QDateTime &nowUtc, const QDateTime &expiresUtc);
    void release(domain::Id debtorId, domain::Id agentId);
    std::optional<domain::Id> claimedBy(domain::Id debtorId, const QDateTime &nowUtc);

private:
    enum class Whose { Anyone, Own, Nobody };
    bool walkOnce(const QueueScope &scope, const QueueWalk &walk, Whose whose, const QDate &today, const QTime &now,
                  const QDateTime &nowUtc, int limit, const std::function<bool(const QueueCandidate &)> &visit);

    Database &m_db;
};

} // namespace libreta::store
