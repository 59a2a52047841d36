#include "domain/weekday.h"

#include <catch2/catch.hpp>

using namespace libreta::domain;

TEST_CASE("A date suggested on a weekend moves to the Monday after it", "[domain][dates]")
{
    CHECK(onWeekday(QDate(2026, 12, 13)) == QDate(2026, 12, 14));  // Sunday
    CHECK(onWeekday(QDate(2026, 12, 12)) == QDate(2026, 12, 14));  // Saturday
    CHECK(onWeekday(QDate(2026, 12, 11)) == QDate(2026, 12, 11));  // Friday stays
    CHECK_FALSE(onWeekday(QDate()).isValid());
}
