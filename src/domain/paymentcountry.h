#pragma once

#include "domain/entities.h"

#include <QString>

// The names debtors know a payment method by differ from country to country:
// paying "by mobile" is Bizum in Spain, Nequi or Daviplata in Colombia, Yape
// or Plin in Peru; paying "at a store" is OXXO in Mexico and Efecty in
// Colombia. A label naming every country's brands at once ("Bizum, Nequi…")
// read as foreign in each of them.
//
// The country is the office's, read from its currency when the office file
// opens, and kept for the process like Money::setCurrencyDecimals: a dozen
// screens name methods, all of them for the one office open.

namespace libreta::domain {

enum class PaymentCountry { Other, Mexico, Spain, Colombia, Peru, Argentina, Chile };

PaymentCountry paymentCountryOf(const QString &currencyCode);

void setPaymentCountry(PaymentCountry country);
PaymentCountry paymentCountry();

// How the agent says it to the debtor after an amount and a date: "by bank
// transfer", "by Yape or Plin", "in cash at Efecty or Baloto".
QString paymentMethodPhrase(PaymentMethod method);

// What the office's payment instructions hold there, as a form's hint: a
// CLABE in Mexico, an IBAN in Spain, a CCI and a Yape number in Peru.
QString paymentInstructionsHint(PaymentCountry country);

} // namespace libreta::domain
