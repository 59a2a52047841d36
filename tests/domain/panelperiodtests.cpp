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

TEST_CASE("A monthly target over a period: whole months whole, part of one by its calendar days",
          "[domain][panel]")
{
    const Money monthly = Money::fromMinor(30000000);  // 300,000.00 a month
    CHECK(targetOver(monthly, {QDate(2026, 11, 1), QDate(2026, 11, 30)}) == monthly);
    CHECK(targetOver(monthly, {QDate(2026, 1, 1), QDate(2026, 12, 31)}) == Money::fromMinor(12 * 30000000LL));
    // A week of November (30 days): 7/30.
    CHECK(targetOver(monthly, {QDate(2026, 11, 23), QDate(2026, 11, 29)}) == Money::fromMinor(7000000));
    // A week across two months: 3/30 of November and 4/31 of December.
    CHECK(targetOver(monthly, {QDate(2026, 11, 28), QDate(2026, 12, 4)}) ==
          Money::fromMinor(3000000 + (30000000LL * 4 * 2 + 31) / 62));
    // A day of February 2026 (28 days), rounded to the cent.
    CHECK(targetOver(Money::fromMinor(100), {QDate(2026, 2, 3), QDate(2026, 2, 3)}) == Money::fromMinor(4));
    CHECK(targetOver(monthly, {QDate(2026, 2, 3), QDate(2026, 2, 1)}) == Money());
}

TEST_CASE("The Panel's steps: a month or less day by day and a year month by month up to today",
          "[domain][panel]")
{
    const QDate thursday(2026, 12, 3);
    // This month: its days up to today, none after.
    auto steps = periodSteps({QDate(2026, 12, 1), QDate(2026, 12, 31)}, thursday);
    REQUIRE(steps.size() == 3);
    CHECK(steps.first().from == QDate(2026, 12, 1));
    CHECK(steps.first().to == QDate(2026, 12, 1));
    CHECK(steps.last().from == thursday);
    CHECK(steps.last().to == thursday);
    // Last month, a 31-day one, whole: still day by day.
    steps = periodSteps({QDate(2026, 10, 1), QDate(2026, 10, 31)}, thursday);
    CHECK(steps.size() == 31);
    // A week across two months: its days.
    steps = periodSteps({QDate(2026, 11, 30), QDate(2026, 12, 6)}, thursday);
    CHECK(steps.size() == 4);
    // The year: eleven whole months and December up to today.
    steps = periodSteps({QDate(2026, 1, 1), QDate(2026, 12, 31)}, thursday);
    REQUIRE(steps.size() == 12);
    CHECK(steps.at(1).from == QDate(2026, 2, 1));
    CHECK(steps.at(1).to == QDate(2026, 2, 28));
    CHECK(steps.last().from == QDate(2026, 12, 1));
    CHECK(steps.last().to == thursday);
    // A period that has not begun has no steps yet.
    CHECK(periodSteps({QDate(2027, 1, 1), QDate(2027, 1, 31)}, thursday).isEmpty());
}
