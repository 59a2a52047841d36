// Whose currency a file's mark names, against the office's.

#include "domain/currencymark.h"

#include <catch2/catch.hpp>

using namespace libreta::domain;

TEST_CASE("A mark is the office's currency, another one, or no currency at all", "[money]")
{
    const QString pen = QStringLiteral("PEN");
    CHECK(judgeCurrency(QStringLiteral("PEN"), pen) == CurrencyVerdict::Office);
    CHECK(judgeCurrency(QStringLiteral("S/"), pen) == CurrencyVerdict::Office);
    CHECK(judgeCurrency(QStringLiteral("S/."), pen) == CurrencyVerdict::Office);
    CHECK(judgeCurrency(QStringLiteral("Soles"), pen) == CurrencyVerdict::Office);
    CHECK(judgeCurrency(QStringLiteral("sol peruano"), pen) == CurrencyVerdict::Office);
    CHECK(judgeCurrency(QStringLiteral("M.N."), pen) == CurrencyVerdict::Office);
    CHECK(judgeCurrency(QString(), pen) == CurrencyVerdict::Office);
    CHECK(judgeCurrency(QStringLiteral("USD"), pen) == CurrencyVerdict::Foreign);
    CHECK(judgeCurrency(QStringLiteral("US$"), pen) == CurrencyVerdict::Foreign);
    CHECK(judgeCurrency(QStringLiteral("$"), pen) == CurrencyVerdict::Foreign);
    CHECK(judgeCurrency(QStringLiteral("Dólares"), pen) == CurrencyVerdict::Foreign);
    CHECK(judgeCurrency(QStringLiteral("ME"), pen) == CurrencyVerdict::Foreign);
    CHECK(judgeCurrency(QStringLiteral("€"), pen) == CurrencyVerdict::Foreign);
    CHECK(judgeCurrency(QStringLiteral("trueque"), pen) == CurrencyVerdict::Unknown);
    // "$" and "pesos" are every peso's, and the dollar's in a dollar office.
    CHECK(judgeCurrency(QStringLiteral("$"), QStringLiteral("MXN")) == CurrencyVerdict::Office);
    CHECK(judgeCurrency(QStringLiteral("pesos"), QStringLiteral("COP")) == CurrencyVerdict::Office);
    CHECK(judgeCurrency(QStringLiteral("$"), QStringLiteral("USD")) == CurrencyVerdict::Office);
    CHECK(judgeCurrency(QStringLiteral("pesos"), QStringLiteral("EUR")) == CurrencyVerdict::Foreign);
    CHECK(judgeCurrency(QStringLiteral("euros"), QStringLiteral("EUR")) == CurrencyVerdict::Office);
    CHECK(judgeCurrency(QStringLiteral("$"), QStringLiteral("EUR")) == CurrencyVerdict::Foreign);
}
