#pragma once

#include "domain/entities.h"

#include <QString>

// The country the office collects in, read from its currency: the words its
// debtors know differ from country to country. Paying "by mobile" is Bizum
// in Spain, Nequi or Daviplata in Colombia, Yape or Plin in Peru; paying "at
// a store" is OXXO in Mexico and Efecty in Colombia; a person is a "persona
// natural" in Colombia, Peru and Chile and a "persona física" in Mexico,
// Spain and Argentina. A label naming every country's brands at once
// ("Bizum, Nequi…") read as foreign in each of them.
//
// Read when the office file opens and kept for the process like
// Money::setCurrencyDecimals: a dozen screens use it, all of them for the
// one office open.

namespace libreta::domain {

enum class OfficeCountry { Other, Mexico, Spain, Colombia, Peru, Argentina, Chile };

OfficeCountry officeCountryOf(const QString &currencyCode);

void setOfficeCountry(OfficeCountry country);
OfficeCountry officeCountry();

// How the agent says it to the debtor after an amount and a date: "by bank
// transfer", "by Yape or Plin", "in cash at Efecty or Baloto".
QString paymentMethodPhrase(PaymentMethod method);

// What the office's payment instructions hold there, as a form's hint: a
// CLABE in Mexico, an IBAN in Spain, a CCI and a Yape number in Peru.
QString paymentInstructionsHint(OfficeCountry country);

} // namespace libreta::domain
