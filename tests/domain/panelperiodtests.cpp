#include "domain/panelperiod.h"

#include <catch2/catch.hpp>

using namespace libreta::domain;

TEST_CASE("The Panel's periods are whole calendar weeks, months and years around today", "[domain][panel]")
{
    const QDate sunday(2026, 11, 29);
    auto days = periodDays(PanelPeriod::Today, sunday, Qt::Monday);
    CHECK(days.from == sunday);
    CHECK(days.to == sunday);
    // Where weeks start on Monday a Sunday ends one; where they start on
    // Sunday it begins the next.
    days = periodDays(PanelPeriod::ThisWeek, sunday, Qt::Monday);
    CHECK(days.from == QDate(2026, 11, 23));
    CHECK(days.to == QDate(2026, 11, 29));
    days = periodDays(PanelPeriod::ThisWeek, sunday, Qt::Sunday);
    CHECK(days.from == sunday);
    CHECK(days.to == QDate(2026, 12, 5));
    days = periodDays(PanelPeriod::ThisMonth, sunday, Qt::Monday);
    CHECK(days.from == QDate(2026, 11, 1));
    CHECK(days.to == QDate(2026, 11, 30));
    days = periodDays(PanelPeriod::LastMonth, QDate(2026, 1, 15), Qt::Monday);
    CHECK(days.from == QDate(2025, 12, 1));
    CHECK(days.to == QDate(2025, 12, 31));
    days = periodDays(PanelPeriod::LastMonth, QDate(2026, 3, 31), Qt::Monday);
    CHECK(days.from == QDate(2026, 2, 1));
    CHECK(days.to == QDate(2026, 2, 28));
    days = periodDays(PanelPeriod::ThisYear, sunday, Qt::Monday);
    CHECK(days.from == QDate(2026, 1, 1));
    CHECK(days.to == QDate(2026, 12, 31));
}
