#pragma once

namespace libreta::store {
class Database;
}

namespace libreta::services {

// From now on amounts are written and read with the decimals of `db`'s
// office currency (domain::Money::setCurrencyDecimals): whole Chilean
// pesos, cents of a Mexican peso. Called whenever a file becomes the one
// the desk or the CLI works on; a file whose settings cannot be read keeps
// two decimals, and the screens that read it report the failure.
void useOfficeCurrencyDecimals(store::Database &db);

} // namespace libreta::services
