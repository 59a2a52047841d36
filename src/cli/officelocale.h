#pragma once

#include <QLocale>

#include <optional>

namespace libreta::cli {

// Where the office's money is spoken in `language`: a euro office reads
// "1.234,56 €" as in Spain, a peso office "$1,234.56" as in Mexico. The
// desk's own locale first, when it fits; Mexico or the United States when
// no country fits.
QLocale localeForCurrency(QLocale::Language language, const QString &currency);

// A scheduled task (cron, a service) runs with no LANG, LC_ALL,
// LC_MESSAGES or LANGUAGE at all, and would write its messages in the C
// locale's English: a run like that speaks the office's Spanish instead,
// written as where the office's currency is used, and without an office
// file at `databasePath` to ask, Spanish as a new office's. nullopt when
// any of them is set (C.UTF-8 set on purpose stays English).
std::optional<QLocale> officeLocaleWhenNoneIsSet(const QString &databasePath);

} // namespace libreta::cli
