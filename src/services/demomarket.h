#pragma once

#include "services/demonames.h"
#include "services/demoplan.h"

#include <QString>

// The country a demo office is in, read from its currency: a peso office in
// Bogotá gets Colombian debtors (+57 phones, cédulas and NITs, S.A.S.
// companies, Bogotá's clock), not Mexico's. Mexico and Spain together stay
// the demo of a peso, a euro or any other office, exactly as before.

namespace libreta::services::demo {

Market marketFor(const QString &currencyCode);

// How much more (or less) of the currency a debt is than in Mexican pesos,
// so a Colombian office owes hundreds of thousands of pesos, not hundreds.
double amountScale(Market market);

// The clock the office gives its new debtors: the country's capital's, so
// an Argentine demo does not call Buenos Aires on Mexico City's hours.
// Empty for Mexico's pesos (the settings' own default).
QString officeTimeZone(Market market, const QString &currencyCode);

// The country's side of a debtor: each draws from the debtor's own stream.
const CityInfo &pickLocalCity(Rng &r, Market market);
QString localPersonTaxId(Rng &r, Market market);
// The company's name suffix ("S.A.S.") and its tax id.
struct LocalCompany {
    QString suffix;
    QString taxId;
};
LocalCompany localCompany(Rng &r, Market market);
QString localAddress(Rng &r, Market market, const CityInfo &city);
QString localPhone(Rng &r, Market market, const CityInfo &city, bool mobile);
// Who answers a company's phone about its payments.
QString localPayablesContact(Market market);
// A bank transfer's reference, as the country's banks write it.
QString localTransferReference(Rng &r, Market market);
// The invoices' numbers, growing with their issue date from `start`.
QString localInvoiceNumber(Market market, int series, int number);

} // namespace libreta::services::demo
