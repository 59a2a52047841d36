#pragma once

#include "domain/entities.h"

#include <QString>

namespace libreta::domain {

// What a tax id is called in Spanish where the office's money is used, for
// what is written to debtors: RFC in Mexico, NIF in Spain, NIT in Colombia,
// CUIT in Argentina... "Id. fiscal" where the currency does not tell the
// country (the dollar). "RFC/NIF" on a letter read as Mexican in Spain.
QString spanishTaxIdName(const QString &currencyCode);
// A debtor's: a person's is often their identity card (Colombia's cédula,
// "C.C."; Peru's DNI), and a NIT or a RUC printed before a person's
// cédula or DNI misnames it. A company's is as above.
QString spanishTaxIdName(const QString &currencyCode, DebtorKind kind);
// A debtor's, as the number itself says it: an Argentine person's seven
// or eight digits are a DNI, not a CUIT; a Peruvian person's eleven, a RUC.
QString spanishTaxIdName(const QString &currencyCode, DebtorKind kind, const QString &taxId);

} // namespace libreta::domain
