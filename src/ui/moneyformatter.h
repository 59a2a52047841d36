#pragma once

#include "domain/money.h"

#include <QLocale>
#include <QString>

namespace libreta::ui {

// Money for people: the locale's separators and the office currency's
// symbol ("$1,234.56" for MXN in Mexico, "1.234,56 €" for EUR in Spain).
class MoneyFormatter final {
public:
    explicit MoneyFormatter(const QString &currencyCode = QStringLiteral("MXN"), const QLocale &locale = QLocale());

    QString format(domain::Money amount) const { return amount.format(m_locale, m_symbol); }
    const QString &symbol() const { return m_symbol; }

    // The symbol people of `locale` use for the ISO 4217 `code`: the
    // locale's own when it is that currency's home, else the symbol of a
    // locale that uses it (same language preferred), else the code itself.
    static QString symbolFor(const QString &code, const QLocale &locale);

private:
    QLocale m_locale;
    QString m_symbol;
};

} // namespace libreta::ui
