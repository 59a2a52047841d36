#include "services/officecurrencydecimals.h"

#include "domain/currencydecimals.h"
#include "domain/money.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"

namespace libreta::services {

void useOfficeCurrencyDecimals(store::Database &db)
{
    int decimals = 2;
    try {
        decimals = domain::currencyDecimals(store::SettingsRepository(db).load().currencyCode);
    } catch (const store::StoreError &) {
        // Two decimals: what the screens show when they cannot say more.
    }
    domain::Money::setCurrencyDecimals(decimals);
}

} // namespace libreta::services
