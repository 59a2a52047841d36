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

private:
    store::Database &m_db;
    int m_graceDays;
};

} // namespace libreta::services
