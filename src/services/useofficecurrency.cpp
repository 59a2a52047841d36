#include "services/useofficecurrency.h"

#include "domain/currencydecimals.h"
#include "domain/money.h"
#include "domain/officecountry.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"

namespace libreta::services {

void useOfficeCurrency(store::Database &db)
{
    QString currency;
    try {
        currency = store::SettingsRepository(db).load().currencyCode;
    } catch (const store::StoreError &) {
        // Two decimals and the general names: what the screens show when
        // they cannot say more.
    }
    domain::Money::setCurrencyDecimals(currency.isEmpty() ? 2 : domain::currencyDecimals(currency));
    domain::setOfficeCountry(domain::officeCountryOf(currency));
}

} // namespace libreta::services
