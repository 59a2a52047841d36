#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

namespace libreta::store {
class Database;
}

namespace libreta::services {

// When a debtor owes nothing any more (paid, a balance adjusted, a discount
// granted), a pending promise has nothing left to pay: it is cancelled with
// its reminder and check, so it does not break later and send an agent to
// call about nothing. For the same reason the call-backs about promises
// already broken are called off: paid late is still paid. Inside the
// caller's transaction; returns how many promises were cancelled (nothing
// is done while anything is owed).
int cancelPromisesWhenNothingOwed(store::Database &db, domain::Id debtorId, const domain::Clock &clock);

} // namespace libreta::services
