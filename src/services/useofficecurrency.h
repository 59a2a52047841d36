#pragma once

namespace libreta::store {
class Database;
}

namespace libreta::services {

// From now on the desk or the CLI works in `db`'s office currency:
// - amounts are written and read with its decimals
//   (domain::Money::setCurrencyDecimals): whole Chilean pesos, cents of a
//   Mexican peso;
// - payment methods are named as its country names them
//   (domain::setOfficeCountry): Yape in Peru, Bizum in Spain.
// Called whenever a file becomes the one worked on; a file whose settings
// cannot be read keeps two decimals and the general names, and the screens
// that read it report the failure.
void useOfficeCurrency(store::Database &db);

} // namespace libreta::services
