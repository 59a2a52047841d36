#include "domain/entitycodes.h"
#include "store/callrepository.h"
#include "store/contactrepository.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/invoicerepository.h"
#include "store/noterepository.h"
#include "store/paymentrepository.h"
#include "store/sqlquery.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

TEST_CASE("A debtor round-trips with accents, codes and an empty agent", "[store]")
{
    test::TempDb t;
    store::DebtorRepository repo(t.db());
    Debtor d;
    d.externalRef = QStringLiteral("000123");  // leading zeros are text
    d.kind = DebtorKind::Company;
    d.name = QStringLiteral("Comercializadora Ñandú S.A. de C.V.");
    d.taxId = QStringLiteral("CNA010101AAA");
    d.timeZone = QStringLiteral("America/Tijuana");
    d.risk = Level::High;
    d.value = Level::Low;
    d.status = DebtorStatus::Legal;
    d.doNotContact = true;
    d.doNotContactReason = QStringLiteral("Solicitud por escrito");
    d.id = repo.add(d);

    const auto back = repo.byRef(QStringLiteral("000123"));
    REQUIRE(back);
    CHECK(back->id == d.id);
    CHECK(back->name == d.name);
    CHECK(back->kind == DebtorKind::Company);
    CHECK(back->timeZone == d.timeZone);
    CHECK(back->risk == Level::High);
    CHECK(back->value == Level::Low);
    CHECK(back->status == DebtorStatus::Legal);
    CHECK(back->doNotContact);
    CHECK_FALSE(back->assignedAgentId.has_value());
    CHECK_FALSE(repo.byRef(QStringLiteral("123")).has_value());
}

TEST_CASE("The search text of a debtor is folded: no accents, no case", "[store]")
{
    test::TempDb t;
    const Id id = test::addDebtor(t.db(), QStringLiteral("R-1"), QStringLiteral("María Ibáñez"));
    store::SqlQuery q(t.db(), QStringLiteral("SELECT search_text FROM debtors WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    REQUIRE(q.next());
    CHECK(q.text(0).contains(QStringLiteral("maria ibanez")));
}

TEST_CASE("Money is stored as an integer of minor units", "[store]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), Money::fromMinor(123456));
    store::SqlQuery q(t.db(), QStringLiteral("SELECT typeof(amount), amount FROM invoices"));
    q.exec();
    REQUIRE(q.next());
    CHECK(q.text(0) == QLatin1String("integer"));
    CHECK(q.integer(1) == 123456);
}

TEST_CASE("The schema refuses a fractional amount", "[store]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    store::SqlQuery q(t.db(), QStringLiteral("INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount, "
                                             "created_at) VALUES (:d, 'X', '2026-01-01', '2026-01-01', 12.5, 'now')"));
    q.bind(QStringLiteral(":d"), debtor);
    CHECK_THROWS_AS(q.exec(), store::StoreError);
}

TEST_CASE("Contacts keep their phones, e-mails and role, phone digits are searchable", "[store]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    Contact c;
    c.debtorId = debtor;
    c.name = QStringLiteral("Lucía Gómez");
    c.role = ContactRole::DecisionMaker;
    c.phones = {{0, QStringLiteral("+52 55-1234-5678"), QStringLiteral("oficina")}};
    c.emails = {{0, QStringLiteral("lucia@example.mx"), QString()}};
    store::ContactRepository(t.db()).add(c);

    const auto contacts = store::ContactRepository(t.db()).forDebtor(debtor);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts[0].role == ContactRole::DecisionMaker);
    REQUIRE(contacts[0].phones.size() == 1);
    CHECK(contacts[0].phones[0].number == QStringLiteral("+52 55-1234-5678"));
    CHECK(contacts[0].emails.size() == 1);
    store::SqlQuery q(t.db(), QStringLiteral("SELECT digits FROM contact_phones"));
    q.exec();
    REQUIRE(q.next());
    CHECK(q.text(0) == QStringLiteral("525512345678"));
}

TEST_CASE("An invoice's outstanding is its amount minus its allocations", "[store]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    const Id inv = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    Payment p;
    p.debtorId = debtor;
    p.paidOn = QDate(2026, 2, 1);
    p.amount = test::pesos(300);
    p.allocations = {{inv, test::pesos(300)}};
    store::PaymentRepository(t.db()).add(p);

    const auto invoices = store::InvoiceRepository(t.db()).forDebtor(debtor);
    REQUIRE(invoices.size() == 1);
    CHECK(invoices[0].outstanding == test::pesos(700));
    CHECK(store::InvoiceRepository(t.db()).openForDebtor(debtor).size() == 1);
}

TEST_CASE("Notes are append-only: the database refuses an edit or a deletion", "[store]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    store::NoteRepository notes(t.db());
    Note n;
    n.debtorId = debtor;
    n.body = QStringLiteral("Dice que pagará el viernes");
    const Id first = notes.add(n);
    CHECK_THROWS_AS(store::SqlQuery(t.db(), QStringLiteral("UPDATE notes SET body = 'x'")).exec(), store::StoreError);
    CHECK_THROWS_AS(store::SqlQuery(t.db(), QStringLiteral("DELETE FROM notes")).exec(), store::StoreError);

    Note correction;
    correction.debtorId = debtor;
    correction.body = QStringLiteral("Corrección: el lunes, no el viernes");
    correction.correctsNoteId = first;
    notes.add(correction);
    const auto all = notes.forDebtor(debtor);
    REQUIRE(all.size() == 2);
    CHECK(all[0].correctsNoteId == first);
    CHECK(all[1].body == n.body);
}

TEST_CASE("Calls are append-only", "[store]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    Call c;
    c.debtorId = debtor;
    c.startedAt = QDateTime(QDate(2026, 3, 2), QTime(16, 0), Qt::UTC);
    c.answeredBy = AnsweredBy::Voicemail;
    c.outcome = CallOutcome::Voicemail;
    c.techniques = {QStringLiteral("empatía"), QStringLiteral("silencio")};
    store::CallRepository(t.db()).add(c);
    CHECK_THROWS_AS(store::SqlQuery(t.db(), QStringLiteral("UPDATE calls SET outcome = 'promise'")).exec(),
                    store::StoreError);
    const auto calls = store::CallRepository(t.db()).forDebtor(debtor);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].techniques.size() == 2);
    CHECK(calls[0].startedAt == c.startedAt);
    CHECK(store::CallRepository(t.db()).attemptsSince(debtor, c.startedAt.addDays(-7)) == 1);
    CHECK(store::CallRepository(t.db()).attemptsSince(debtor, c.startedAt.addSecs(1)) == 0);
}

TEST_CASE("A second follow-up of the same kind for the same promise is ignored", "[store]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    store::SqlQuery(t.db(), QStringLiteral("INSERT INTO promises (debtor_id, amount, due_date, method, made_on) "
                                           "VALUES (:d, 100, '2026-03-10', 'cash', '2026-03-01')"))
        .bind(QStringLiteral(":d"), debtor)
        .exec();
    FollowUp f;
    f.debtorId = debtor;
    f.kind = FollowUpKind::Callback;
    f.dueDate = QDate(2026, 3, 13);
    f.promiseId = 1;
    store::FollowUpRepository repo(t.db());
    CHECK(repo.add(f).has_value());
    CHECK_FALSE(repo.add(f).has_value());
    f.promiseId.reset();
    CHECK(repo.add(f).has_value());  // free-standing call-backs are not limited
    CHECK(repo.openForDebtor(debtor).size() == 2);
}

TEST_CASE("A transaction that is not committed leaves nothing behind", "[store]")
{
    test::TempDb t;
    {
        store::Transaction tx(t.db());
        test::addDebtor(t.db(), QStringLiteral("R-1"));
        {
            store::Transaction inner(t.db());
            test::addDebtor(t.db(), QStringLiteral("R-2"));
            inner.commit();
        }
    }
    CHECK(store::DebtorRepository(t.db()).count() == 0);
    CHECK(t.db().transactionDepth() == 0);
}

TEST_CASE("The schema's codes are exactly the domain's codes", "[store]")
{
    test::TempDb t;
    // Each code the domain can write must be accepted by the CHECK constraint.
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    for (const QString &code : allCodes<FollowUpKind>()) {
        store::SqlQuery q(t.db(), QStringLiteral("INSERT INTO followups (debtor_id, kind, due_date, created_at) "
                                                 "VALUES (:d, :k, '2026-01-01', 'now')"));
        CHECK_NOTHROW(q.bind(QStringLiteral(":d"), debtor).bind(QStringLiteral(":k"), code).exec());
    }
    for (const QString &code : allCodes<PaymentMethod>()) {
        store::SqlQuery q(t.db(), QStringLiteral("INSERT INTO payments (debtor_id, paid_on, amount, method, created_at) "
                                                 "VALUES (:d, '2026-01-01', 1, :m, 'now')"));
        CHECK_NOTHROW(q.bind(QStringLiteral(":d"), debtor).bind(QStringLiteral(":m"), code).exec());
    }
    for (const QString &code : allCodes<ReversalReason>()) {
        store::SqlQuery q(t.db(), QStringLiteral("INSERT INTO payments (debtor_id, paid_on, amount, method, created_at, "
                                                 "reversed_at, reversal_reason) "
                                                 "VALUES (:d, '2026-01-01', 1, 'cash', 'now', 'now', :r)"));
        CHECK_NOTHROW(q.bind(QStringLiteral(":d"), debtor).bind(QStringLiteral(":r"), code).exec());
    }
    for (const QString &code : allCodes<AdjustmentKind>()) {
        store::SqlQuery q(t.db(), QStringLiteral("INSERT INTO adjustments (debtor_id, kind, amount, created_at) "
                                                 "VALUES (:d, :k, 1, 'now')"));
        CHECK_NOTHROW(q.bind(QStringLiteral(":d"), debtor).bind(QStringLiteral(":k"), code).exec());
    }
}
