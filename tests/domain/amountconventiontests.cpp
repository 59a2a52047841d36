#include "domain/amountconvention.h"

#include <catch2/catch.hpp>

using namespace libreta::domain;

TEST_CASE("A decimal comma is recognised from the file's amounts", "[amounts]")
{
    AmountConventionDetector det;
    det.add(QStringLiteral("1.234"), 2);
    CHECK(det.ambiguous());
    det.add(QStringLiteral("12,50"), 3);
    CHECK_FALSE(det.ambiguous());
    CHECK(det.hint() == DecimalHint::Comma);
}

TEST_CASE("A decimal point is recognised from the file's amounts", "[amounts]")
{
    AmountConventionDetector det;
    det.add(QStringLiteral("1,234"), 2);
    det.add(QStringLiteral("$1,234.56"), 3);
    CHECK(det.hint() == DecimalHint::Point);
    CHECK_FALSE(det.ambiguous());
}

TEST_CASE("Thousands marks alone say which mark is not the decimal one", "[amounts]")
{
    AmountConventionDetector det;
    det.add(QStringLiteral("1.234.567"), 2);
    CHECK(det.hint() == DecimalHint::Comma);
}

TEST_CASE("Amounts that say nothing need no choice", "[amounts]")
{
    AmountConventionDetector det;
    det.add(QStringLiteral("1234"), 2);
    det.add(QStringLiteral("(50)"), 3);
    CHECK_FALSE(det.ambiguous());
    CHECK(det.hint() == DecimalHint::Unknown);
}

TEST_CASE("Only ambiguous amounts make the file ambiguous", "[amounts]")
{
    AmountConventionDetector det;
    det.add(QStringLiteral("1.500"), 4);
    det.add(QStringLiteral("2.750"), 5);
    CHECK(det.ambiguous());
    CHECK(det.example() == QStringLiteral("1.500"));
    CHECK(det.exampleLine() == 4);
}
