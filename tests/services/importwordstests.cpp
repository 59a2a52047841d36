// What a file's words say about a debtor: a person or a company, from the
// document's type or from the legal form in the name, as Latin America
// writes them as well as Mexico and Spain.

#include "services/importwords.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;
using services::looksLikeCompany;
using services::readDebtorKind;

TEST_CASE("A document's type in the kind column says person or company", "[services][import]")
{
    CHECK(readDebtorKind(QStringLiteral("RUC")) == DebtorKind::Company);
    CHECK(readDebtorKind(QStringLiteral("NIT")) == DebtorKind::Company);
    CHECK(readDebtorKind(QStringLiteral("DNI")) == DebtorKind::Person);
    CHECK(readDebtorKind(QStringLiteral("C.C.")) == DebtorKind::Person);
    CHECK(readDebtorKind(QStringLiteral("Cédula")) == DebtorKind::Person);
    CHECK(readDebtorKind(QStringLiteral("Persona natural")) == DebtorKind::Person);
    CHECK(readDebtorKind(QStringLiteral("Persona jurídica")) == DebtorKind::Company);
    CHECK_FALSE(readDebtorKind(QStringLiteral("RUT")).has_value());  // a person's and a company's alike
}

TEST_CASE("A Spanish CIF or a community of owners reads as a company, a NIF or a NIE as a person", "[services][import]")
{
    CHECK(looksLikeCompany(QStringLiteral("Comunidad de Propietarios Avda. Francia 17")));
    CHECK(looksLikeCompany(QStringLiteral("Francia 17"), QStringLiteral("H46555666")));
    CHECK(looksLikeCompany(QStringLiteral("Talleres Albufera"), QStringLiteral("B-98765432")));
    CHECK_FALSE(looksLikeCompany(QStringLiteral("Concepción Gil Fernández"), QStringLiteral("24356789L")));
    CHECK_FALSE(looksLikeCompany(QStringLiteral("Ion Popescu"), QStringLiteral("X1234567L")));
    CHECK_FALSE(looksLikeCompany(QStringLiteral("Ana Ruiz"), QString()));
}

TEST_CASE("The legal forms of Peru, Colombia, Argentina and Chile, and schools, read as companies",
          "[services][import]")
{
    for (const char *name : {"Bazar Doña Rosa E.I.R.L.", "Librería Central S.R.L.", "Distribuidora Andina S.A.C.",
                             "Comercial Sur SpA", "Ferretería El Tornillo S.A.S.", "Colegio Particular Santa Rosa",
                             "I.E.P. San Martín de Porres", "Abarrotes del Norte S.A. de C.V."}) {
        INFO(name);
        CHECK(looksLikeCompany(QString::fromUtf8(name)));
    }
    for (const char *name : {"Rosa Elvira Spano Quispe", "Carmen Rosa Ñahui Torres", "José Pérez Núñez"}) {
        INFO(name);
        CHECK_FALSE(looksLikeCompany(QString::fromUtf8(name)));
    }
}
