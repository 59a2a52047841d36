// Tax ids whose check character does not add up: a Spanish NIF or NIE, an
// Argentine CUIT, a Chilean RUT. Every other id says nothing.

#include "domain/officecountry.h"
#include "domain/taxidcheck.h"

#include <catch2/catch.hpp>

using libreta::domain::OfficeCountry;
using libreta::domain::setOfficeCountry;
using libreta::domain::taxIdCheckProblem;

TEST_CASE("A Spanish NIF or NIE with the wrong letter is said, with the right one", "[domain][taxid]")
{
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("12345678Z")));
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("00123456s")));  // case is not a mistake
    CHECK(taxIdCheckProblem(QStringLiteral("12345678A"))
          == QStringLiteral("the NIF 12345678A does not add up: its letter should be Z."));
    CHECK(taxIdCheckProblem(QStringLiteral("50000000S"))
          == QStringLiteral("the NIF 50000000S does not add up: its letter should be R."));
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("X1234567L")));
    CHECK(taxIdCheckProblem(QStringLiteral("Y1234567A"))
          == QStringLiteral("the NIE Y1234567A does not add up: its letter should be X."));
}

TEST_CASE("An Argentine CUIT with dashes and a Chilean RUT with its dash are checked", "[domain][taxid]")
{
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("20-12345678-6")));
    CHECK(taxIdCheckProblem(QStringLiteral("20-12345678-5"))
          == QStringLiteral("the CUIT 20-12345678-5 does not add up: its last digit should be 6."));
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("12.345.678-5")));
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("12345678-5")));
    CHECK(taxIdCheckProblem(QStringLiteral("12.345.678-9"))
          == QStringLiteral("the RUT 12.345.678-9 does not add up: its check digit should be 5."));
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("7.654.321-6")));
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("10.000.013-k")));
}

TEST_CASE("Other tax ids, and shapes that only look like one, say nothing", "[domain][taxid]")
{
    for (const char *id : {"PENJ800101AB1", "ROVA8903084TM", "1.020.345.678", "900123456-7", "20123456786", "",
                           "B12345678", "1234567A"}) {
        INFO(id);
        CHECK_FALSE(taxIdCheckProblem(QString::fromLatin1(id)));
    }
}

TEST_CASE("In a Chilean office a RUT typed without its dash is checked as one, never as a Spanish NIF",
          "[domain][taxid]")
{
    // Elsewhere eight digits and a K are a NIF whose letter is wrong.
    CHECK(taxIdCheckProblem(QStringLiteral("16543210K"))
          == QStringLiteral("the NIF 16543210K does not add up: its letter should be T."));
    setOfficeCountry(OfficeCountry::Chile);
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("16543210K")));
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("16543210k")));
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("16.543.210-K")));
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("123456785")));
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("12.345.6785")));
    CHECK(taxIdCheckProblem(QStringLiteral("123456780"))
          == QStringLiteral("the RUT 123456780 does not add up: its check digit should be 5."));
    CHECK(taxIdCheckProblem(QStringLiteral("12.345.678-9"))
          == QStringLiteral("the RUT 12.345.678-9 does not add up: its check digit should be 5."));
    // What is not shaped like a RUT still says nothing.
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("ROVA8903084TM")));
    CHECK_FALSE(taxIdCheckProblem(QStringLiteral("1234")));
}
