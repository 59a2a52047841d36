#pragma once

#include "domain/entities.h"

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Settled was said of a debtor who had paid, and a file is closed when its
// balance was written off: one who owes again (a payment reversed, an
// invoice added or raised) is worked again, since the queue and the agenda
// take active debtors. A file closed for another reason stays closed.
bool reopensWhenOwedAgain(domain::DebtorStatus status, bool writtenOff);

// The rule above applied to a debtor whose totals were just refreshed:
// made active when it owes something and was settled or written off.
// Inside the caller's transaction; true when the status changed.
bool reactivateIfOwedAgain(store::Database &db, domain::Id debtorId);

} // namespace libreta::services
