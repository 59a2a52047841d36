#include "domain/scriptaddressee.h"

#include <catch2/catch.hpp>

using namespace libreta::domain;

namespace {

Contact contact(const QString &name, ContactRole role)
{
    Contact c;
    c.name = name;
    c.role = role;
    return c;
}

} // namespace

TEST_CASE("A company's script speaks to a person of it, a person's to the person", "[domain][script]")
{
    Debtor company;
    company.kind = DebtorKind::Company;
    company.name = QStringLiteral("Transportes Flores S. de R.L. de C.V.");
    // Named by the file only as the company: its name as said aloud.
    CHECK(scriptAddressee(company, {contact(QStringLiteral("Transportes Flores S. de R.L. de C.V."), ContactRole::Debtor)})
          == QStringLiteral("Transportes Flores"));
    CHECK(scriptAddressee(company, {}) == QStringLiteral("Transportes Flores"));
    // Its own contact, named otherwise; the one who decides payment first.
    const QList<Contact> people = {contact(QStringLiteral("Cuentas por pagar"), ContactRole::Debtor),
                                   contact(QStringLiteral("Aval: Rosa Flores"), ContactRole::Guarantor),
                                   contact(QStringLiteral("Ing. Ramiro  Flores"), ContactRole::DecisionMaker)};
    CHECK(scriptAddressee(company, people) == QStringLiteral("Ramiro Flores"));
    CHECK(scriptAddressee(company, people.mid(0, 2)) == QStringLiteral("Cuentas por pagar"));
    // A guarantor is never who the debt is about.
    CHECK(scriptAddressee(company, people.mid(1, 1)) == QStringLiteral("Transportes Flores"));
    // A person is spoken to by name, whoever else the file lists.
    Debtor person;
    person.kind = DebtorKind::Person;
    person.name = QStringLiteral("José Pérez Núñez");
    CHECK(scriptAddressee(person, people) == person.name);
}

TEST_CASE("A company's name is said without its legal form", "[domain][script]")
{
    CHECK(withoutLegalForm(QStringLiteral("Transportes Peña S.A. de C.V.")) == QStringLiteral("Transportes Peña"));
    CHECK(withoutLegalForm(QStringLiteral("Grúas Saldaña, S. de R.L. de C.V.")) == QStringLiteral("Grúas Saldaña"));
    CHECK(withoutLegalForm(QStringLiteral("Gestoría Téllez S.L.")) == QStringLiteral("Gestoría Téllez"));
    CHECK(withoutLegalForm(QStringLiteral("Cobranza Ágil S.C.")) == QStringLiteral("Cobranza Ágil"));
    CHECK(withoutLegalForm(QStringLiteral("Fintech Norte SAPI de CV")) == QStringLiteral("Fintech Norte"));
    CHECK(withoutLegalForm(QStringLiteral("Comercial Andina Ltda.")) == QStringLiteral("Comercial Andina"));
    // Nothing to take off, or nothing left without it.
    CHECK(withoutLegalForm(QStringLiteral("Farmacia Casa Sola")) == QStringLiteral("Farmacia Casa Sola"));
    CHECK(withoutLegalForm(QStringLiteral("S.A.")) == QStringLiteral("S.A."));
}

TEST_CASE("A person is spoken to by name without the title in front of it", "[domain][script]")
{
    CHECK(withoutTitle(QStringLiteral("Sra. Luisa Pérez Peña")) == QStringLiteral("Luisa Pérez Peña"));
    CHECK(withoutTitle(QStringLiteral("Lic.  Ramiro Flores")) == QStringLiteral("Ramiro Flores"));
    CHECK(withoutTitle(QStringLiteral("C.P. Ana Soto")) == QStringLiteral("Ana Soto"));
    CHECK(withoutTitle(QStringLiteral("Doña Rosa Ortiz")) == QStringLiteral("Rosa Ortiz"));
    // Before a surname alone the title stays; a name that only starts so is a name.
    CHECK(withoutTitle(QStringLiteral("Ing. Ramírez")) == QStringLiteral("Ing. Ramírez"));
    CHECK(withoutTitle(QStringLiteral("Dora Ingram")) == QStringLiteral("Dora Ingram"));
    CHECK(withoutTitle(QStringLiteral("Cuentas por pagar")) == QStringLiteral("Cuentas por pagar"));
}
