#pragma once

#include "domain/entities.h"

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Settled was said of a debtor who had paid, and a file is closed when a
// write-off left nothing owed: one who owes again (a payment reversed, an
// invoice added or raised) is worked again, since the queue and the agenda
// take active debtors. A file closed for another reason stays closed: one
// that still owed when it was closed (`owedBefore`, what it owed before the
// change), or one with no write-off standing.
bool reopensWhenOwedAgain(domain::DebtorStatus status, bool writtenOff, domain::Money owedBefore);

// The rule above applied to a debtor whose totals were just refreshed:
// made active when it owes something now. Inside the caller's
// transaction; true when the status changed.
bool reactivateIfOwedAgain(store::Database &db, domain::Id debtorId, domain::Money owedBefore);

} // namespace libreta::services
