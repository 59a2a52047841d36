#include "domain/taxidname.h"

#include <catch2/catch.hpp>

using namespace libreta::domain;

TEST_CASE("A tax id is named as the office's country names it", "[domain][documents]")
{
    CHECK(spanishTaxIdName(QStringLiteral("MXN")) == QStringLiteral("RFC"));
    CHECK(spanishTaxIdName(QStringLiteral("EUR")) == QStringLiteral("NIF"));
    CHECK(spanishTaxIdName(QStringLiteral(" cop ")) == QStringLiteral("NIT"));
    CHECK(spanishTaxIdName(QStringLiteral("ARS")) == QStringLiteral("CUIT"));
    CHECK(spanishTaxIdName(QStringLiteral("CLP")) == QStringLiteral("RUT"));
    // The dollar does not tell the country.
    CHECK(spanishTaxIdName(QStringLiteral("USD")) == QStringLiteral("Id. fiscal"));
    CHECK(spanishTaxIdName(QString()) == QStringLiteral("Id. fiscal"));
}
