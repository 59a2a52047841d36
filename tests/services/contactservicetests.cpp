#include "domain/clock.h"
#include "services/contactservice.h"
#include "servicetesthelpers.h"
#include "store/contactrepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

Contact contactFor(Id debtor)
{
    Contact c;
    c.debtorId = debtor;
    c.name = QStringLiteral("Lic. Marta Gómez");
    c.role = ContactRole::DecisionMaker;
    c.bestTime = QStringLiteral("mañanas");
    c.phones = {{0, QStringLiteral("+52 55-1234-5678"), QStringLiteral("oficina")}, {0, QString(), QString()}};
    c.emails = {{0, QStringLiteral("marta@example.com"), QString()}};
    return c;
}

} // namespace

TEST_CASE("Adding a contact stores its phones and e-mails, skips empty rows and audits it", "[services][contact]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("C-1"));
    const Id id = services::ContactService(t.db(), clock).add(contactFor(debtor));

    const auto stored = store::ContactRepository(t.db()).byId(id);
    REQUIRE(stored);
    CHECK(stored->role == ContactRole::DecisionMaker);
    REQUIRE(stored->phones.size() == 1);
    CHECK(stored->phones[0].number == QStringLiteral("+52 55-1234-5678"));
    REQUIRE(stored->emails.size() == 1);
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("contact.add")});
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("A bad phone or e-mail is refused naming its row, and nothing is stored", "[services][contact]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("C-1"));
    services::ContactService service(t.db(), clock);

    auto refused = [&](const Contact &c) { return test::refusedField([&] { service.add(c); }); };
    Contact shortPhone = contactFor(debtor);
    shortPhone.phones.append({0, QStringLiteral("55 12"), QString()});
    CHECK(refused(shortPhone) == QStringLiteral("phone.3"));
    CHECK(test::refusedMessage([&] { service.add(shortPhone); }).contains(QStringLiteral("3")));
    Contact letters = contactFor(debtor);
    letters.phones[0].number = QStringLiteral("llamar a Juan");
    CHECK(refused(letters) == QStringLiteral("phone.1"));
    Contact twice = contactFor(debtor);
    twice.phones[1].number = QStringLiteral("(55) 1234 5678 ");
    twice.phones[0].number = QStringLiteral("55-1234-5678");
    CHECK(refused(twice) == QStringLiteral("phone.2"));
    Contact badMail = contactFor(debtor);
    badMail.emails.append({0, QStringLiteral("marta@"), QString()});
    CHECK(refused(badMail) == QStringLiteral("email.2"));
    Contact unreachable = contactFor(debtor);
    unreachable.phones.clear();
    unreachable.emails.clear();
    CHECK(refused(unreachable) == QStringLiteral("phones"));
    Contact noName = contactFor(debtor);
    noName.name = QStringLiteral(" ");
    CHECK(refused(noName) == QStringLiteral("name"));
    Contact noDebtor = contactFor(debtor + 50);
    CHECK(refused(noDebtor) == QStringLiteral("debtor"));

    CHECK(store::ContactRepository(t.db()).forDebtor(debtor).isEmpty());
    CHECK(test::auditActions(t.db()).isEmpty());
}

TEST_CASE("Editing a contact replaces its phones and e-mails and keeps other contacts", "[services][contact]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("C-1"));
    services::ContactService service(t.db(), clock);
    const Id first = service.add(contactFor(debtor));
    Contact second = contactFor(debtor);
    second.name = QStringLiteral("Pedro Gómez");
    second.phones = {{0, QStringLiteral("33 9876 5432"), QString()}};
    const Id secondId = service.add(second);

    Contact edited = *store::ContactRepository(t.db()).byId(first);
    edited.phones = {{0, QStringLiteral("55 1111 2222"), QStringLiteral("móvil")}};
    edited.emails.clear();
    edited.doNotContact = true;
    service.update(edited);

    const auto stored = store::ContactRepository(t.db()).byId(first);
    REQUIRE(stored->phones.size() == 1);
    CHECK(stored->phones[0].number == QStringLiteral("55 1111 2222"));
    CHECK(stored->emails.isEmpty());
    CHECK(stored->doNotContact);
    CHECK(store::ContactRepository(t.db()).byId(secondId)->phones.size() == 1);
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("contact.update")});

    Contact elsewhere = edited;
    elsewhere.debtorId = test::addDebtor(t.db(), QStringLiteral("C-2"));
    CHECK(test::refusedField([&] { service.update(elsewhere); }) == QStringLiteral("contact"));
}
