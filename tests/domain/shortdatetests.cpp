#include "domain/shortdate.h"

#include <catch2/catch.hpp>

using namespace libreta;

TEST_CASE("A short format gets a four-digit year, a two-digit day and month and a 24-hour clock's two-digit hour, "
          "and nothing else changes",
          "[domain][dates]")
{
    CHECK(domain::wholeShortFormat(QStringLiteral("dd/MM/yy")) == QStringLiteral("dd/MM/yyyy"));
    CHECK(domain::wholeShortFormat(QStringLiteral("d/M/yy H:mm")) == QStringLiteral("dd/MM/yyyy HH:mm"));
    CHECK(domain::wholeShortFormat(QStringLiteral("d/MM/yy h:mm AP")) == QStringLiteral("dd/MM/yyyy h:mm AP"));
    CHECK(domain::wholeShortFormat(QStringLiteral("dd/MM/yyyy")) == QStringLiteral("dd/MM/yyyy"));
    CHECK(domain::wholeShortFormat(QStringLiteral("HH:mm")) == QStringLiteral("HH:mm"));
    // A month written as a word keeps the locale's day.
    CHECK(domain::wholeShortFormat(QStringLiteral("d MMM yyyy")) == QStringLiteral("d MMM yyyy"));
}

TEST_CASE("Dates read the same in Madrid and Mexico City: 07/12/2026", "[domain][dates]")
{
    const QDate day(2026, 12, 7);
    CHECK(domain::shortDate(day, QLocale(QStringLiteral("es_ES"))) == QStringLiteral("07/12/2026"));
    CHECK(domain::shortDate(day, QLocale(QStringLiteral("es_MX"))) == QStringLiteral("07/12/2026"));
    CHECK(domain::shortDate(day, QLocale(QStringLiteral("es_CO"))) == QStringLiteral("07/12/2026"));
    CHECK(domain::shortDateTime(QDateTime(day, QTime(9, 5)), QLocale(QStringLiteral("es_ES"))) ==
          QStringLiteral("07/12/2026 09:05"));
    // A column of times reads even: "00:47" above "15:00", not "0:47".
    CHECK(domain::shortTime(QTime(0, 47), QLocale(QStringLiteral("es_ES"))) == QStringLiteral("00:47"));
    CHECK(domain::shortTime(QTime(15, 0), QLocale(QStringLiteral("es_ES"))) == QStringLiteral("15:00"));
    CHECK(domain::shortDate(QDate(), QLocale(QStringLiteral("es_ES"))).isEmpty());
}
