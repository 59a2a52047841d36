#include "cli/officelocale.h"

#include "domain/entities.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"

#include <QFileInfo>

namespace libreta::cli {

QLocale localeForCurrency(QLocale::Language language, const QString &currency)
{
    const auto fits = [&](const QLocale &l) {
        return l.language() == language && l.currencySymbol(QLocale::CurrencyIsoCode) == currency;
    };
    if (fits(QLocale()))
        return QLocale();
    if (fits(QLocale(language)))
        return QLocale(language);
    for (const QLocale &l : QLocale::matchingLocales(language, QLocale::AnyScript, QLocale::AnyTerritory))
        if (fits(l))
            return l;
    return language == QLocale::English ? QLocale(QLocale::English, QLocale::UnitedStates)
                                        : QLocale(QLocale::Spanish, QLocale::Mexico);
}

std::optional<QLocale> officeLocaleWhenNoneIsSet(const QString &databasePath)
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        if (!qEnvironmentVariableIsEmpty(variable))
            return std::nullopt;
    // Without an office to ask (a path mistyped, a file that is not an
    // office, one from a newer program), the refusal still reaches the
    // office in Spanish, with the formats of a new office's currency.
    const QLocale spanish = localeForCurrency(QLocale::Spanish, domain::OfficeSettings().currencyCode);
    if (!QFileInfo(databasePath).isFile())
        return spanish;
    try {
        if (store::Database::schemaVersionOf(databasePath) == 0)
            return spanish;
        store::Database db(databasePath);
        return localeForCurrency(QLocale::Spanish, store::SettingsRepository(db).load().currencyCode);
    } catch (const store::StoreError &) {
        return spanish;
    }
}

} // namespace libreta::cli
