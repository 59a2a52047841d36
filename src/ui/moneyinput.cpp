#include "ui/moneyinput.h"

namespace libreta::ui {

domain::DecimalHint MoneyInput::decimalHint(const QLocale &locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? domain::DecimalHint::Comma : domain::DecimalHint::Point;
}

std::optional<domain::Money> MoneyInput::read(const QString &text, const QString &caption, QString *error,
                                              const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("%1: type the amount.").arg(caption);
        return std::nullopt;
    }
    const domain::MoneyParse parsed = domain::Money::parse(trimmed, decimalHint(locale));
    if (!parsed.ok()) {
        if (error)
            *error = tr("%1: %2").arg(caption, parsed.error);
        return std::nullopt;
    }
    return parsed.value();
}

QString MoneyInput::example(const QLocale &locale)
{
    return tr("For example %1").arg(domain::Money::fromMinor(123450).format(locale));
}

} // namespace libreta::ui
