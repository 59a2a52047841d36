#pragma once

#include "domain/entities.h"

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct PromiseChange {
    domain::Id promiseId = 0;
    domain::PromiseStatus before = domain::PromiseStatus::Pending;
    domain::PromiseStatus after = domain::PromiseStatus::Pending;
    domain::Money paid;
};

// Re-reads a debtor's promises and payments and applies the promise rule
// (domain/promiseevaluation.h), storing what changed and the follow-ups
// that result: a settled promise closes its reminder and check, a broken or
// partly kept one gets a call-back. Runs inside the caller's transaction;
// running it twice changes nothing the second time.
class PromiseReevaluator final {
public:
    PromiseReevaluator(store::Database &db, int graceDays) : m_db(db), m_graceDays(graceDays) {}

    QList<PromiseChange> reevaluate(domain::Id debtorId, const QDate &today, const QDateTime &nowUtc);

    // After one of the debtor's payments was reversed: besides the pending
    // promises, a resolved promise that now finds less paid than it had is
    // resolved again. Back to pending when its grace has not ended (with a
    // new reminder, if its date is still ahead, and check, at
    // `reminderTime`); broken or partly kept otherwise, with the call-back
    // a broken promise gets, unless it already had one as partly kept.
    QList<PromiseChange> reevaluateAfterReversal(domain::Id debtorId, const QDate &today, const QDateTime &nowUtc,
                                                 const QTime &reminderTime);

private:
    QList<PromiseChange> apply(domain::Id debtorId, const QDate &today, const QDateTime &nowUtc,
                               const std::optional<QTime> &reopenWith);

    store::Database &m_db;
    int m_graceDays;
};

} // namespace libreta::services
