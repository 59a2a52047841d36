#pragma once

#include <QString>

// Whose currency a mark names, against the office's: a Peruvian
// distributor's file marks each invoice "PEN" or "USD", "S/" or "US$",
// "Soles" or "Dólares", "MN" or "ME". An amount in dollars read as the
// same number of soles is a debt a quarter of its size, so an import must
// know which rows are not in the office's currency.

namespace libreta::domain {

enum class CurrencyVerdict {
    Office,   // the office's own, or a mark any currency of its kind uses ("$" for a peso)
    Foreign,  // another currency
    Unknown,  // not a currency this reading knows
};

// `written` is a code, a symbol or a name in Spanish or English, any case,
// with or without accents; an empty one says nothing and is the office's.
CurrencyVerdict judgeCurrency(const QString &written, const QString &officeCode);

} // namespace libreta::domain
