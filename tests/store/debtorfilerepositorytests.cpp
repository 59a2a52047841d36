#include "store/contactrepository.h"
#include "store/invoicerepository.h"
#include "store/noterepository.h"
#include "store/sqlquery.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

TEST_CASE("Updating a contact replaces its phones (digits kept for search) and e-mails", "[store][contact]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("S-1"));
    store::ContactRepository repo(t.db());
    Contact c;
    c.debtorId = debtor;
    c.name = QStringLiteral("Rosa Núñez");
    c.phones = {{0, QStringLiteral("55 1111 2222"), QString()}, {0, QStringLiteral("55 3333 4444"), QString()}};
    c.emails = {{0, QStringLiteral("rosa@example.com"), QString()}};
    c.id = repo.add(c);

    c.name = QStringLiteral("Rosa Núñez Díaz");
    c.role = ContactRole::Guarantor;
    c.doNotContact = true;
    c.phones = {{0, QStringLiteral("+52 (33) 9999-0000"), QStringLiteral("casa")}};
    c.emails.clear();
    repo.update(c);

    const auto stored = repo.byId(c.id);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("Rosa Núñez Díaz"));
    CHECK(stored->role == ContactRole::Guarantor);
    CHECK(stored->doNotContact);
    REQUIRE(stored->phones.size() == 1);
    CHECK(stored->phones[0].label == QStringLiteral("casa"));
    CHECK(stored->emails.isEmpty());
    store::SqlQuery q(t.db(), QStringLiteral("SELECT digits FROM contact_phones WHERE contact_id = :c"));
    q.bind(QStringLiteral(":c"), c.id).exec();
    REQUIRE(q.next());
    CHECK(q.text(0) == QStringLiteral("523399990000"));
    CHECK_FALSE(q.next());
    CHECK_FALSE(repo.byId(c.id + 100).has_value());
}

TEST_CASE("An invoice and a note are read back by id", "[store]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("S-1"));
    const Id invoice = test::addInvoice(t.db(), debtor, QStringLiteral("F-9"), QDate(2026, 2, 1), test::pesos(10));
    const auto inv = store::InvoiceRepository(t.db()).byId(invoice);
    REQUIRE(inv);
    CHECK(inv->number == QStringLiteral("F-9"));
    CHECK(inv->outstanding == test::pesos(10));
    CHECK_FALSE(store::InvoiceRepository(t.db()).byId(invoice + 1).has_value());

    Note n;
    n.debtorId = debtor;
    n.body = QStringLiteral("Primera nota");
    const Id first = store::NoteRepository(t.db()).add(n);
    n.body = QStringLiteral("Corrección");
    n.correctsNoteId = first;
    const Id second = store::NoteRepository(t.db()).add(n);
    const auto read = store::NoteRepository(t.db()).byId(second);
    REQUIRE(read);
    CHECK(read->debtorId == debtor);
    CHECK(read->correctsNoteId == first);
    CHECK(read->createdAt.isValid());
}
