#include "ui/officecurrency.h"

#include "domain/entities.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"

namespace libreta::ui {

QString officeCurrency(store::Database &db)
{
    try {
        return store::SettingsRepository(db).load().currencyCode;
    } catch (const store::StoreError &) {
        return domain::OfficeSettings().currencyCode;
    }
}

} // namespace libreta::ui
