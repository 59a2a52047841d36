#include "ui/moneyformatter.h"

#include <QHash>

namespace libreta::ui {
namespace {

// Locales by the ISO code of their currency, built once: QLocale offers the
// symbol of a locale's own currency but not of an arbitrary code.
const QMultiHash<QString, QLocale> &localesByCurrency()
{
    static const QMultiHash<QString, QLocale> table = [] {
        QMultiHash<QString, QLocale> out;
        const auto all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &l : all)
            out.insert(l.currencySymbol(QLocale::CurrencyIsoCode), l);
        return out;
    }();
    return table;
}

} // namespace

MoneyFormatter::MoneyFormatter(const QString &currencyCode, const QLocale &locale)
    : m_locale(locale), m_symbol(symbolFor(currencyCode, locale))
{
}

QString MoneyFormatter::symbolFor(const QString &code, const QLocale &locale)
{
    const QString wanted = code.trimmed().toUpper();
    if (wanted.isEmpty())
        return {};
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == wanted)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    const QList<QLocale> users = localesByCurrency().values(wanted);
    for (const QLocale &l : users)
        if (l.language() == locale.language())
            return l.currencySymbol(QLocale::CurrencySymbol);
    if (!users.isEmpty())
        return users.first().currencySymbol(QLocale::CurrencySymbol);
    return wanted;
}

} // namespace libreta::ui
