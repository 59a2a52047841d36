#include "domain/dateorder.h"

#include <catch2/catch.hpp>

using namespace libreta::domain;

namespace {
QDate d(int y, int m, int day) { return QDate(y, m, day); }
std::optional<QDate> read(const char *text, DateOrder order) { return parseDate(QByteArrayView(text), order); }
} // namespace

TEST_CASE("Dates are read in each order with slashes, dashes and dots", "[dates]")
{
    CHECK(read("2025-04-03", DateOrder::Iso) == d(2025, 4, 3));
    CHECK(read("2025/4/3", DateOrder::Iso) == d(2025, 4, 3));
    CHECK(read("03/04/2025", DateOrder::DayMonthYear) == d(2025, 4, 3));
    CHECK(read("03/04/2025", DateOrder::MonthDayYear) == d(2025, 3, 4));
    CHECK(read("3.4.2025", DateOrder::DayMonthYear) == d(2025, 4, 3));
    CHECK(read("31.12.2025", DateOrder::DayMonthYear) == d(2025, 12, 31));
    CHECK(read("12-31-2025", DateOrder::MonthDayYear) == d(2025, 12, 31));
    CHECK(read("31/12/25", DateOrder::DayMonthYear) == d(2025, 12, 31));
}

TEST_CASE("A time after the date is ignored", "[dates]")
{
    CHECK(read("2025-04-03 00:00:00", DateOrder::Iso) == d(2025, 4, 3));
    CHECK(read("2025-04-03T10:30", DateOrder::Iso) == d(2025, 4, 3));
    CHECK(read("03/04/2025 0:00", DateOrder::DayMonthYear) == d(2025, 4, 3));
}

TEST_CASE("Dates that do not exist or mix separators are refused", "[dates]")
{
    CHECK_FALSE(read("31/02/2025", DateOrder::DayMonthYear));
    CHECK_FALSE(read("13/13/2025", DateOrder::MonthDayYear));
    CHECK_FALSE(read("03/04-2025", DateOrder::DayMonthYear));
    CHECK_FALSE(read("2025-04-03", DateOrder::DayMonthYear));
    CHECK_FALSE(read("03/04/2025", DateOrder::Iso));
    CHECK_FALSE(read("ayer", DateOrder::Iso));
    CHECK_FALSE(read("", DateOrder::Iso));
    CHECK_FALSE(read("3/4/202", DateOrder::DayMonthYear));
}

TEST_CASE("The detector settles the order when one date rules the others out", "[dates]")
{
    DateOrderDetector det;
    det.add("03/04/2025", 2);
    CHECK(det.ambiguous());
    CHECK_FALSE(det.decided());
    CHECK(det.example() == QStringLiteral("03/04/2025"));
    CHECK(det.exampleLine() == 2);
    det.add("25/04/2025", 3);
    REQUIRE(det.decided());
    CHECK(*det.decided() == DateOrder::DayMonthYear);

    DateOrderDetector us;
    us.add("04/25/2025", 2);
    CHECK(us.decided() == DateOrder::MonthDayYear);

    DateOrderDetector iso;
    iso.add("2025-04-03", 2);
    CHECK(iso.decided() == DateOrder::Iso);
}

TEST_CASE("The detector reports a file that mixes date orders", "[dates]")
{
    DateOrderDetector det;
    det.add("25/04/2025", 2);
    det.add("04/26/2025", 3);
    CHECK(det.conflicting());
    CHECK(det.conflictLine() == 3);
    CHECK(det.conflictExample() == QStringLiteral("04/26/2025"));
}

TEST_CASE("Date order names are read from the command line's words", "[dates]")
{
    CHECK(dateOrderFromName(u"dmy") == DateOrder::DayMonthYear);
    CHECK(dateOrderFromName(u"DD/MM/YYYY") == DateOrder::DayMonthYear);
    CHECK(dateOrderFromName(u"mm/dd/yyyy") == DateOrder::MonthDayYear);
    CHECK(dateOrderFromName(u"iso") == DateOrder::Iso);
    CHECK_FALSE(dateOrderFromName(u"julian"));
}

TEST_CASE("The month a date names is read even when its day is not in it", "[domain][dates]")
{
    CHECK(monthNamed(QByteArrayView("31/11/2026"), DateOrder::DayMonthYear) == QDate(2026, 11, 1));
    CHECK(monthNamed(QByteArrayView("2025-02-31"), DateOrder::Iso) == QDate(2025, 2, 1));
    CHECK(monthNamed(QByteArrayView("11/31/2026"), DateOrder::MonthDayYear) == QDate(2026, 11, 1));
    // Not the order's shape, or no such month: nothing to say about a month.
    CHECK_FALSE(monthNamed(QByteArrayView("31/13/2026"), DateOrder::DayMonthYear));
    CHECK_FALSE(monthNamed(QByteArrayView("2026-11-31"), DateOrder::DayMonthYear));
    CHECK_FALSE(monthNamed(QByteArrayView("mañana"), DateOrder::Iso));
}

TEST_CASE("A date is written back in the order its file writes dates", "[domain][dates]")
{
    const QDate day(2026, 12, 28);
    CHECK(writtenAs(day, DateOrder::DayMonthYear) == QStringLiteral("28/12/2026"));
    CHECK(writtenAs(day, DateOrder::MonthDayYear) == QStringLiteral("12/28/2026"));
    CHECK(writtenAs(day, DateOrder::Iso) == QStringLiteral("2026-12-28"));
    CHECK(parseDate(QByteArrayView(writtenAs(day, DateOrder::MonthDayYear).toLatin1()), DateOrder::MonthDayYear) == day);
}
