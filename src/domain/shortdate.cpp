#include "domain/shortdate.h"

#include <QRegularExpression>

namespace libreta::domain {

QString wholeShortFormat(const QString &format)
{
    // Runs of one letter: "yy" is the two-digit year, a lone "d" or "M"
    // the unpadded day or month ("dd", "MMM" and "dddd" are left alone).
    // Text in quotes is not a format letter; the short formats of the
    // locales we ship have none.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    static const QRegularExpression loneDay(QStringLiteral("(?<!d)d(?!d)"));
    static const QRegularExpression loneMonth(QStringLiteral("(?<!M)M(?!M)"));
    static const QRegularExpression monthAsWord(QStringLiteral("MMM"));
    // A 24-hour clock's lone "H" ("0:47" in Spain) is padded, so a column
    // of times reads even ("00:47" above "15:00"); a 12-hour "h" is not.
    static const QRegularExpression loneHour(QStringLiteral("(?<!H)H(?!H)"));
    QString whole = format;
    whole.replace(twoDigitYear, QStringLiteral("yyyy"));
    whole.replace(loneHour, QStringLiteral("HH"));
    if (!whole.contains(monthAsWord)) {
        whole.replace(loneDay, QStringLiteral("dd"));
        whole.replace(loneMonth, QStringLiteral("MM"));
    }
    return whole;
}

QString shortDateFormat(const QLocale &locale) { return wholeShortFormat(locale.dateFormat(QLocale::ShortFormat)); }

QString shortDateTimeFormat(const QLocale &locale)
{
    return wholeShortFormat(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortDateFormat(locale)) : QString();
}

QString shortTime(const QTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, wholeShortFormat(locale.timeFormat(QLocale::ShortFormat))) : QString();
}

QString shortDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return dateTime.isValid() ? locale.toString(dateTime, shortDateTimeFormat(locale)) : QString();
}

} // namespace libreta::domain
