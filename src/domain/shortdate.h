#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace libreta::domain {

// Dates as an office writes them by hand, in the locale's order: the day
// and the month in two digits when they are numbers, the year in four.
// Qt's short formats give "7/12/26" in Spain and "07/12/26" in Mexico; a
// debt is read years after it was written, and a two-digit year hides a
// century read wrong. A month written as a word ("7 dic 2026") is left as
// the locale has it. Times keep the locale's own short format.
QString wholeShortFormat(const QString &format);
QString shortDateFormat(const QLocale &locale = QLocale());
QString shortDateTimeFormat(const QLocale &locale = QLocale());

// Empty for an invalid date. A date and time is shown as it is given
// (convert it to local time first).
QString shortDate(const QDate &date, const QLocale &locale = QLocale());
QString shortDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
// A time as the locale writes it ("21:09" in Mexico, "9:09 p. m." where
// the 12-hour clock is used), the same in every sentence of the desk.
QString shortTime(const QTime &time, const QLocale &locale = QLocale());

} // namespace libreta::domain
