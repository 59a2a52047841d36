#pragma once

#include "domain/entities.h"
#include "store/agendaitem.h"

namespace libreta::store {

class Database;

// Which open follow-ups a day's list holds.
struct AgendaListing {
    bool includeOverdue = false;  // also those still open from earlier days
    bool putOffOnly = false;      // only those put off at least once
};

class FollowUpRepository final {
public:
    explicit FollowUpRepository(Database &db) : m_db(db) {}

    // Adds the follow-up; a second one of the same kind for the same promise
    // is ignored (returns nullopt), which keeps the roll-over idempotent.
    std::optional<domain::Id> add(const domain::FollowUp &followUp);
    QList<domain::FollowUp> openForDebtor(domain::Id debtorId);
    QList<domain::FollowUp> forDebtor(domain::Id debtorId);
    // Open items due on `date` (or before it), by time.
    QList<AgendaItem> agenda(const QDate &date, AgendaListing listing = {});
    std::optional<domain::FollowUp> byId(domain::Id followUpId);
    // Each changes an open follow-up only; false when it is no longer open.
    bool complete(domain::Id followUpId, const QString &result, const QDateTime &at);
    // Moved to `date` on the desk's day `movedOn`; a move to another day is
    // kept in followup_moves (a change of time only is not a move).
    bool reschedule(domain::Id followUpId, const QDate &date, const std::optional<QTime> &time,
                    const QDate &movedOn);
    // Its words (description) replaced by `words`.
    bool describe(domain::Id followUpId, const QString &words);
    bool reassign(domain::Id followUpId, const std::optional<domain::Id> &userId);
    // Who the promise's reminder or check was for: the agent who took the
    // promise, when the call named one.
    std::optional<domain::Id> assigneeForPromise(domain::Id promiseId);
    // A promise's follow-up of `f`'s kind, opened again on `f`'s date,
    // time and assignee when the promise already has one (closed when it
    // was settled), added otherwise: a promise has one of each kind.
    void addOrReopen(const domain::FollowUp &f);
    // Closes the open reminder/check of a promise that was settled.
    void closeForPromise(domain::Id promiseId, const QString &result, const QDateTime &at);
    // Cancels the open reminder/check of a promise that was replaced.
    void cancelForPromise(domain::Id promiseId, const QString &result, const QDateTime &at);
    // The debtor's open call-backs about broken promises cancelled with
    // `result` at `at` (paid since); how many.
    int cancelBrokenPromiseCallbacks(domain::Id debtorId, const QString &result, const QDateTime &at);
    // Every open follow-up of the debtor cancelled (its file closed); how many.
    int cancelOpenForDebtor(domain::Id debtorId, const QString &result, const QDateTime &at);
    // A call made to the debtor is the call-back that was due: each of
    // theirs open and due by `day` at `time` (one without a time, any time
    // that day) is done with `result` at `at`. How many.
    // With DueCallbacks::AgreedOnly, those about a broken promise stay open:
    // an attempt that reached nobody has not dealt with the promise.
    enum class DueCallbacks { All, AgreedOnly };
    int completeDueCallbacks(domain::Id debtorId, const QDate &day, const QTime &time, const QString &result,
                             const QDateTime &at, DueCallbacks which = DueCallbacks::All);
    // Every open call-back of the debtor, whenever due, done with `result`
    // at `at` (the balance was paid in full: nobody is left to call about
    // it). How many.
    int completeOpenCallbacks(domain::Id debtorId, const QString &result, const QDateTime &at);
    // The debtor's open call-backs about a broken promise, due by `day` at
    // `time`, moved to the next attempt (`toDate` at `toTime`) with
    // `description`, keeping their promise. Not a put-off: the agent called
    // and nobody answered. How many.
    int retryDuePromiseCallbacks(domain::Id debtorId, const QDate &day, const QTime &time, const QDate &toDate,
                                 const QTime &toTime, const QString &description);
    // Cancels a debtor's open tasks of `kind` that `callIds` gave; how many.
    int cancelForCalls(domain::Id debtorId, const QList<domain::Id> &callIds, domain::FollowUpKind kind,
                       const QString &result, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace libreta::store
