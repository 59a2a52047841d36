#include "domain/scriptaddressee.h"

#include <catch2/catch.hpp>

using namespace libreta;
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

TEST_CASE("A name listed surnames first is said given names first, on the phone and in a letter",
          "[domain][script]")
{
    CHECK(nameInSpeakingOrder(QStringLiteral("García López, María Pilar")) == QStringLiteral("María Pilar García López"));
    CHECK(nameInSpeakingOrder(QStringLiteral("Núñez Pérez ,  José Ignacio")) == QStringLiteral("José Ignacio Núñez Pérez"));
    // No comma, two commas, digits, or nothing on one side: as written.
    for (const char *name : {"José Pérez Núñez", "Pérez, José, hijo", "Local 4, Mercado", ", Ana", "Ana,"}) {
        INFO(name);
        CHECK(nameInSpeakingOrder(QString::fromUtf8(name)) == QString::fromUtf8(name));
    }
    domain::Debtor person;
    person.kind = domain::DebtorKind::Person;
    person.name = QStringLiteral("García López, María Pilar");
    CHECK(scriptAddressee(person, {}) == QStringLiteral("María Pilar García López"));
    domain::Debtor company;
    company.kind = domain::DebtorKind::Company;
    company.name = QStringLiteral("Comercial Andina Ltda.");
    domain::Contact payer;
    payer.role = domain::ContactRole::DecisionMaker;
    payer.name = QStringLiteral("Soto, Marcela");
    CHECK(scriptAddressee(company, {payer}) == QStringLiteral("Marcela Soto"));
}
