// Currencies without cents (the Chilean peso, the guaraní): amounts are
// whole units, written without decimals, and cents typed are refused.

#include "domain/currencydecimals.h"
#include "domain/money.h"
#include "domain/paymentoption.h"
#include "domain/promiseevaluation.h"

#include <QLocale>

#include <catch2/catch.hpp>

using libreta::domain::DecimalHint;
using libreta::domain::Money;
using libreta::domain::PlanFrequency;

namespace {

// The office's currency for one test; two decimals again after it.
struct WholeCurrency {
    WholeCurrency() { Money::setCurrencyDecimals(0); }
    ~WholeCurrency() { Money::setCurrencyDecimals(2); }
};

const QLocale kChile(QLocale::Spanish, QLocale::Chile);

} // namespace

TEST_CASE("The Chilean peso and the guaraní have no decimals, the Mexican peso and the euro two")
{
    CHECK(libreta::domain::currencyDecimals(QStringLiteral("CLP")) == 0);
    CHECK(libreta::domain::currencyDecimals(QStringLiteral(" pyg")) == 0);
    CHECK(libreta::domain::currencyDecimals(QStringLiteral("MXN")) == 2);
    CHECK(libreta::domain::currencyDecimals(QStringLiteral("EUR")) == 2);
    CHECK(libreta::domain::currencyDecimals(QStringLiteral("COP")) == 2);
    CHECK(libreta::domain::currencyDecimals(QString()) == 2);
}

TEST_CASE("Amounts in a currency without cents are written without them")
{
    WholeCurrency clp;
    CHECK(Money::unit() == 100);
    CHECK(Money::fromMinor(123456700).format(kChile, QStringLiteral("$")) == QStringLiteral("$1.234.567"));
    CHECK(Money::fromMinor(-150000).format(kChile) == QStringLiteral("-1.500"));
    CHECK(Money::fromMinor(150000).toPlainString() == QStringLiteral("1500"));
    CHECK(Money::fromMinor(-150000).toPlainString() == QStringLiteral("-1500"));
    // Hundredths left by an older file are rounded half away from zero.
    CHECK(Money::fromMinor(150050).format(kChile) == QStringLiteral("1.501"));
    CHECK(Money::fromMinor(150049).roundedToUnit() == Money::fromMinor(150000));
    CHECK(Money::fromMinor(-150050).roundedToUnit() == Money::fromMinor(-150100));
}

TEST_CASE("Amounts in a currency with cents keep them")
{
    CHECK(Money::unit() == 1);
    CHECK(Money::fromMinor(150050).format(kChile) == QStringLiteral("1.500,50"));
    CHECK(Money::fromMinor(150050).toPlainString() == QStringLiteral("1500.50"));
    CHECK(Money::fromMinor(150049).roundedToUnit() == Money::fromMinor(150049));
}

TEST_CASE("In a currency without cents a lone mark before three digits separates thousands")
{
    WholeCurrency clp;
    CHECK(Money::parse(QStringLiteral("1.500")).value() == Money::fromMinor(150000));
    CHECK(Money::parse(QStringLiteral("1,500")).value() == Money::fromMinor(150000));
    CHECK(Money::parse(QStringLiteral("$1.234.567")).value() == Money::fromMinor(123456700));
    // Zero cents, as a spreadsheet writes them, are no cents.
    CHECK(Money::parse(QStringLiteral("1.500,00"), DecimalHint::Comma).value() == Money::fromMinor(150000));
}

TEST_CASE("In a currency without cents an amount with cents is refused, saying so")
{
    WholeCurrency clp;
    const auto parsed = Money::parse(QStringLiteral("1500,50"));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error.contains(QStringLiteral("1500,50")));
    CHECK(parsed.error.contains(QStringLiteral("none")));
    CHECK_FALSE(Money::parse(QStringLiteral("12.5")).ok());
}

TEST_CASE("A plan in a currency without cents is split into whole units")
{
    WholeCurrency clp;
    // 100.000 pesos in three: 33.334, 33.333, 33.333.
    const auto terms = libreta::domain::splitIntoInstalments(Money::fromMinor(10000000), 3, PlanFrequency::Monthly,
                                                             QDate(2026, 12, 15));
    REQUIRE(terms.size() == 3);
    CHECK(terms.at(0).amount == Money::fromMinor(3333400));
    CHECK(terms.at(1).amount == Money::fromMinor(3333300));
    CHECK(terms.at(2).amount == Money::fromMinor(3333300));
}

TEST_CASE("A discount in a currency without cents is whole units, rounded for the debtor")
{
    WholeCurrency clp;
    // 15 % of 12.345 pesos is 1.851,75: 1.852.
    CHECK(libreta::domain::discountOf(Money::fromMinor(1234500), 15) == Money::fromMinor(185200));
    // 10 % of 12.345 is 1.234,5: half rounds up.
    CHECK(libreta::domain::discountOf(Money::fromMinor(1234500), 10) == Money::fromMinor(123500));
}
