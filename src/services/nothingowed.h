#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

namespace libreta::store {
class Database;
}

namespace libreta::services {

// When a debtor owes nothing any more without having paid it all (a balance
// adjusted, a discount granted), a pending promise has nothing left to pay:
// it is cancelled with its reminder and check, so it does not break later
// and send an agent to call about nothing. Inside the caller's transaction;
// returns how many promises were cancelled (none while anything is owed).
int cancelPromisesWhenNothingOwed(store::Database &db, domain::Id debtorId, const domain::Clock &clock);

} // namespace libreta::services
