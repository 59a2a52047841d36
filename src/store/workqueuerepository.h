#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

// Whose debtors an agent may be offered.
struct QueueScope {
    std::optional<domain::Id> agentId;  // empty: the whole office (supervisors)
    bool includeUnassigned = true;       // agents also take debtors nobody owns
};

// Why a debtor is in the queue, in the order they are offered.
enum class QueueReason { CallbackDue, PromiseDueToday, BrokenPromise, Task, Priority };

// A debtor the queue may offer, with what the contact rules and the
// priority score need to decide.
struct QueueCandidate {
    domain::Id debtorId = 0;
    QueueReason reason = QueueReason::Priority;
    std::optional<domain::Id> followUpId;
    std::optional<domain::FollowUpKind> followUpKind;
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
    domain::Money promiseAmount;  // for a promise due today
};

class WorkQueueRepository final {
public:
    explicit WorkQueueRepository(Database &db) : m_db(db) {}

    // Open follow-ups due on `today` or before (timed ones only once their
    // time has come), in the queue's order, skipping debtors someone else has
    // claimed. At most `limit` rows.
    QList<QueueCandidate> dueFollowUps(const QueueScope &scope, const QDate &today, const QTime &now,
                                       const QDateTime &nowUtc, int limit);
    // Active debtors who owe money and were not contacted since
    // `notContactedSinceUtc`, largest balance first, skipping claimed ones.
    QList<QueueCandidate> priorityCandidates(const QueueScope &scope, const QDateTime &notContactedSinceUtc,
                                             const QDateTime &nowUtc, int limit);

    // Takes the debtor for `agentId` until `expiresUtc`; false when another
    // agent holds an unexpired claim. Claiming again extends one's own claim.
    bool claim(domain::Id debtorId, domain::Id agentId, const QDateTime &nowUtc, const QDateTime &expiresUtc);
    void release(domain::Id debtorId, domain::Id agentId);
    std::optional<domain::Id> claimedBy(domain::Id debtorId, const QDateTime &nowUtc);

private:
    Database &m_db;
};

} // namespace libreta::store
