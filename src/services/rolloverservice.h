#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct RolloverResult {
    int debtorsReviewed = 0;
    int promisesBroken = 0;
    int promisesPartlyKept = 0;
    int promisesKept = 0;
};

// The day changes: promises whose grace ended are evaluated for good (broken
// or partly kept ones get their call-back). Running it again for the same
// day finds nothing left to do.
class RolloverService final {
    Q_DECLARE_TR_FUNCTIONS(Rollover)

public:
    RolloverService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // `today` later than the clock's today is refused (InputError naming
    // "date"): it would find promises broken whose debtors still have days
    // to pay, and a promise found broken is not found pending again.
    RolloverResult run(const QDate &today);

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
