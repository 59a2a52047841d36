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

TEST_CASE("After a reference that is a tax id with its check digit nothing is offered", "[domain][reference]")
{
    for (const char *ref : {"18234567-9", "12.345.678-K", "1.234.567-k", "900123456-7", "900.123.456-7"}) {
        INFO(ref);
        CHECK(nextReference(QString::fromLatin1(ref)).isEmpty());
    }
    // A code with a short number after a dash still counts on.
    CHECK(nextReference(QStringLiteral("1000-1")) == QStringLiteral("1000-2"));
    CHECK(nextReference(QStringLiteral("CLI-000042-9")) == QStringLiteral("CLI-000042-10"));
}
