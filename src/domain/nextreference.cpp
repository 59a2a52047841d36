#include "domain/nextreference.h"

#include <QRegularExpression>

namespace libreta::domain {

QString nextReference(const QString &last)
{
    const QString ref = last.trimmed();
    if (ref.isEmpty())
        return QStringLiteral("0001");
    // An office keyed by RUT, NIT or CUIT: the next number is someone
    // else's tax id with a wrong check digit ("18234567-9" -> "18234567-10").
    static const QRegularExpression taxIdLike(QStringLiteral("^\\d{1,3}(?:\\.?\\d{3}){2,3}-[\\dKk]$"));
    if (taxIdLike.match(ref).hasMatch())
        return {};
    qsizetype digitsFrom = ref.size();
    while (digitsFrom > 0 && ref.at(digitsFrom - 1).isDigit() && ref.at(digitsFrom - 1).unicode() < 128)
        --digitsFrom;
    if (digitsFrom == ref.size())
        return ref + QStringLiteral("-1");
    // Added by hand, digit by digit: a number longer than any integer still
    // counts on.
    QString digits = ref.mid(digitsFrom);
    qsizetype at = digits.size() - 1;
    for (; at >= 0; --at) {
        if (digits.at(at) != QLatin1Char('9')) {
            digits[at] = QChar(digits.at(at).unicode() + 1);
            break;
        }
        digits[at] = QLatin1Char('0');
    }
    if (at < 0)
        digits.prepend(QLatin1Char('1'));
    return ref.left(digitsFrom) + digits;
}

} // namespace libreta::domain
