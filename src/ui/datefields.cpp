#include "datefields.h"

#include <QRegularExpression>

namespace libreta::ui {

QString withFullYear(const QString &format)
{
    // A run of exactly two y's is the two-digit year; a run of four is
    // already whole. Text in quotes is not a format letter and never has
    // a lone "yy" in the locales we ship, so it is not parsed out.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    QString whole = format;
    whole.replace(twoDigitYear, QStringLiteral("yyyy"));
    return whole;
}

} // namespace libreta::ui
