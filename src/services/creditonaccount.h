#pragma once

#include "domain/entities.h"
#include "domain/money.h"

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Money a debtor paid beyond what was owed stays on account; when they owe
// again (a payment reversed, an invoice added or raised), that credit pays
// it, oldest payment first, oldest invoice first, so the debtor is never
// shown owing money the office already holds. Inside the caller's
// transaction; returns how much credit it used.
domain::Money payOwedFromCredit(store::Database &db, domain::Id debtorId);

} // namespace libreta::services
