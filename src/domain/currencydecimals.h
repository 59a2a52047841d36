#pragma once

#include <QString>

namespace libreta::domain {

// How many decimals amounts in the ISO 4217 currency `code` are written
// with: 0 for those that have no minor unit in use (the Chilean peso, the
// guaraní, the yen...), 2 for every other, the peso and the euro among them.
int currencyDecimals(const QString &code);

} // namespace libreta::domain
