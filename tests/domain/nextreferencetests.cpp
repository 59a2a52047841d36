#include "domain/nextreference.h"

#include "domaintesthelpers.h"

using namespace libreta::domain;

TEST_CASE("A new debtor's reference follows the last one's number, as wide", "[domain][reference]")
{
    CHECK(nextReference(QStringLiteral("CLI-000042")) == QStringLiteral("CLI-000043"));
    CHECK(nextReference(QStringLiteral("A-099")) == QStringLiteral("A-100"));
    CHECK(nextReference(QStringLiteral("9")) == QStringLiteral("10"));
    CHECK(nextReference(QStringLiteral("EXP-2026-0199")) == QStringLiteral("EXP-2026-0200"));
    // Longer than any integer: counted on digit by digit.
    CHECK(nextReference(QStringLiteral("99999999999999999999999")) == QStringLiteral("100000000000000000000000"));
}

TEST_CASE("A reference without a number gets one and an office without debtors starts at 0001", "[domain][reference]")
{
    CHECK(nextReference(QStringLiteral("ACME")) == QStringLiteral("ACME-1"));
    CHECK(nextReference(QStringLiteral("  ")) == QStringLiteral("0001"));
    CHECK(nextReference(QString()) == QStringLiteral("0001"));
    // Arabic-Indic digits are not counted as the number.
    CHECK(nextReference(QStringLiteral("N-\u0663")) == QStringLiteral("N-\u0663-1"));
}
