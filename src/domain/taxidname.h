#pragma once

#include <QString>

namespace libreta::domain {

// What a tax id is called in Spanish where the office's money is used, for
// what is written to debtors: RFC in Mexico, NIF in Spain, NIT in Colombia,
// CUIT in Argentina... "Id. fiscal" where the currency does not tell the
// country (the dollar). "RFC/NIF" on a letter read as Mexican in Spain.
QString spanishTaxIdName(const QString &currencyCode);

} // namespace libreta::domain
