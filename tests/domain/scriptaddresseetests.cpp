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
    // Named by the file only as the company: its legal name is all there is.
    CHECK(scriptAddressee(company, {contact(QStringLiteral("Transportes Flores S. de R.L. de C.V."), ContactRole::Debtor)})
          == company.name);
    CHECK(scriptAddressee(company, {}) == company.name);
    // Its own contact, named otherwise; the one who decides payment first.
    const QList<Contact> people = {contact(QStringLiteral("Cuentas por pagar"), ContactRole::Debtor),
                                   contact(QStringLiteral("Aval: Rosa Flores"), ContactRole::Guarantor),
                                   contact(QStringLiteral("Ing. Ramiro  Flores"), ContactRole::DecisionMaker)};
    CHECK(scriptAddressee(company, people) == QStringLiteral("Ing. Ramiro Flores"));
    CHECK(scriptAddressee(company, people.mid(0, 2)) == QStringLiteral("Cuentas por pagar"));
    // A guarantor is never who the debt is about.
    CHECK(scriptAddressee(company, people.mid(1, 1)) == company.name);
    // A person is spoken to by name, whoever else the file lists.
    Debtor person;
    person.kind = DebtorKind::Person;
    person.name = QStringLiteral("José Pérez Núñez");
    CHECK(scriptAddressee(person, people) == person.name);
}
