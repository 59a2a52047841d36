#include "domain/currencydecimals.h"

#include <QLatin1String>

#include <algorithm>
#include <iterator>

namespace libreta::domain {

int currencyDecimals(const QString &code)
{
    // ISO 4217's currencies of exponent 0 (the three-decimal dinars are
    // written with two: no debt collected by phone is counted in fils).
    static const char *const kWhole[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                         "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
    const QString wanted = code.trimmed().toUpper();
    const bool whole = std::any_of(std::begin(kWhole), std::end(kWhole),
                                   [&](const char *c) { return wanted == QLatin1String(c); });
    return whole ? 0 : 2;
}

} // namespace libreta::domain
