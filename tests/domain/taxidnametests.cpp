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

TEST_CASE("A person's id is named as their country names it, a company's as its tax id", "[domain][documents]")
{
    CHECK(spanishTaxIdName(QStringLiteral("COP"), DebtorKind::Person) == QStringLiteral("C.C."));
    CHECK(spanishTaxIdName(QStringLiteral("COP"), DebtorKind::Company) == QStringLiteral("NIT"));
    CHECK(spanishTaxIdName(QStringLiteral("PEN"), DebtorKind::Person) == QStringLiteral("DNI"));
    CHECK(spanishTaxIdName(QStringLiteral("PEN"), DebtorKind::Company) == QStringLiteral("RUC"));
    // Where a person has the same tax id as a company.
    CHECK(spanishTaxIdName(QStringLiteral("MXN"), DebtorKind::Person) == QStringLiteral("RFC"));
    CHECK(spanishTaxIdName(QStringLiteral("CLP"), DebtorKind::Person) == QStringLiteral("RUT"));
}

TEST_CASE("A person's number says which id it is: a DNI in Argentina, a RUC in Peru", "[domain][documents]")
{
    CHECK(spanishTaxIdName(QStringLiteral("ARS"), DebtorKind::Person, QStringLiteral("28.456.789")) == QStringLiteral("DNI"));
    CHECK(spanishTaxIdName(QStringLiteral("ARS"), DebtorKind::Person, QStringLiteral("27-28456789-2")) ==
          QStringLiteral("CUIT"));
    CHECK(spanishTaxIdName(QStringLiteral("ARS"), DebtorKind::Company, QStringLiteral("30-71234567-1")) ==
          QStringLiteral("CUIT"));
    CHECK(spanishTaxIdName(QStringLiteral("PEN"), DebtorKind::Person, QStringLiteral("10456789012")) == QStringLiteral("RUC"));
    CHECK(spanishTaxIdName(QStringLiteral("PEN"), DebtorKind::Person, QStringLiteral("45678901")) == QStringLiteral("DNI"));
    CHECK(spanishTaxIdName(QStringLiteral("COP"), DebtorKind::Person, QStringLiteral("79123456")) == QStringLiteral("C.C."));
}
