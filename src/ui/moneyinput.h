#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QLocale>

namespace libreta::ui {

// Reads an amount typed in a form. Either convention is accepted
// ("1.234,56", "1,234.56"); a lone separator before three digits ("1.234")
// is read with the locale's decimal point, as the person at the desk means it.
class MoneyInput final {
    Q_DECLARE_TR_FUNCTIONS(MoneyInput)

public:
    static domain::DecimalHint decimalHint(const QLocale &locale);
    // The amount, or nullopt with `error` set to a translated sentence that
    // starts with the field's caption (`caption`: "Amount").
    static std::optional<domain::Money> read(const QString &text, const QString &caption, QString *error,
                                             const QLocale &locale = QLocale());
    static QString example(const QLocale &locale = QLocale());
};

} // namespace libreta::ui
