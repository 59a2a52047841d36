#include "domain/entitycodes.h"
#include "store/calldiscountrepository.h"
#include "store/calldraftrepository.h"
#include "store/callrepository.h"
#include "store/scriptrepository.h"
#include "store/sqlquery.h"
#include "store/storeerror.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

TEST_CASE("A script version keeps its excuses, techniques and prompts in order", "[store][scripts]")
{
    test::TempDb t;
    store::CallScript s;
    s.name = QStringLiteral("Guion");
    s.language = QStringLiteral("es");
    s.stages.insert(QStringLiteral("presentation"), QStringLiteral("Buenos días, habla {agente}"));
    s.objectionAnswers = {{QStringLiteral("Ya pagué"), QStringLiteral("Lo revisamos")}};
    s.excuses = {{ExcuseCategory::NoFunds, QStringLiteral("Sin dinero"), ExcuseKind::Excuse, QStringLiteral("¿Cuándo cobra?")},
                 {ExcuseCategory::InvoiceNotReceived, QStringLiteral("Sin factura"), ExcuseKind::Argument, QString()}};
    s.techniques = {{QStringLiteral("silence"), QStringLiteral("Silencio"), QString()},
                    {QStringLiteral("options"), QStringLiteral("Opciones"), QStringLiteral("Dos o tres caminos")}};
    s.prompts[QStringLiteral("listening")] = {QStringLiteral("Primero"), QStringLiteral("Segundo")};
    store::ScriptRepository repo(t.db());
    const Id id = repo.addVersion(s);

    const auto back = repo.activeScript(QStringLiteral("es"));
    REQUIRE(back.has_value());
    CHECK(back->id == id);
    REQUIRE(back->excuses.size() == 2);
    CHECK(back->excuses[0].category == ExcuseCategory::NoFunds);
    CHECK(back->excuses[0].hint == QStringLiteral("¿Cuándo cobra?"));
    CHECK(back->excuses[1].suggestedKind == ExcuseKind::Argument);
    REQUIRE(back->techniques.size() == 2);
    CHECK(back->techniques[0].code == QStringLiteral("silence"));
    CHECK(back->techniques[1].description == QStringLiteral("Dos o tres caminos"));
    CHECK(back->prompts.value(QStringLiteral("listening")) == QStringList{QStringLiteral("Primero"), QStringLiteral("Segundo")});
    CHECK(repo.languages() == QStringList{QStringLiteral("es")});
    CHECK(repo.byId(id)->objectionAnswers.size() == 1);

    // The catalogue's category is one the calls table accepts.
    CHECK_THROWS_AS(store::SqlQuery(t.db(), QStringLiteral("INSERT INTO script_excuses (script_id, category, position, "
                                                           "label, suggested_kind) VALUES (:s, 'bad_luck', 9, 'x', 'excuse')"))
                        .bind(QStringLiteral(":s"), id)
                        .exec(),
                    store::StoreError);
}

TEST_CASE("Schema step 4: calls written without the new column are not offered alternatives", "[store][migration]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    // A call inserted the way older code (and the bulk demo loader) does.
    store::SqlQuery(t.db(), QStringLiteral("INSERT INTO calls (debtor_id, started_at, answered_by, outcome) "
                                           "VALUES (:d, '2026-03-10T17:00:00Z', 'debtor', 'refusal')"))
        .bind(QStringLiteral(":d"), debtor)
        .exec();
    const auto calls = store::CallRepository(t.db()).forDebtor(debtor);
    REQUIRE(calls.size() == 1);
    CHECK_FALSE(calls[0].alternativeOffered);

    Call c;
    c.debtorId = debtor;
    c.startedAt = QDateTime(QDate(2026, 3, 11), QTime(17, 0), Qt::UTC);
    c.answeredBy = AnsweredBy::Debtor;
    c.outcome = CallOutcome::Refusal;
    c.alternativeOffered = true;
    store::CallRepository(t.db()).add(c);
    CHECK(store::CallRepository(t.db()).forDebtor(debtor).at(0).alternativeOffered);
}

TEST_CASE("A call draft is one row per debtor and desk, replaced as the agent types", "[store][drafts]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    store::CallDraftRepository repo(t.db());
    store::StoredCallDraft d;
    d.debtorId = debtor;
    d.desk = QStringLiteral("ana");
    d.startedAt = QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);
    d.savedAt = d.startedAt.addSecs(5);
    d.body = "{\"a\": \"ñ\"}";
    repo.put(d);
    d.savedAt = d.startedAt.addSecs(10);
    d.body = "{\"a\": \"ü\"}";
    repo.put(d);
    const auto back = repo.get(debtor, QStringLiteral("ana"));
    REQUIRE(back.has_value());
    CHECK(back->body == QByteArray("{\"a\": \"ü\"}"));
    CHECK(back->savedAt == d.savedAt);
    CHECK(repo.forDesk(QStringLiteral("ana"), 10).size() == 1);
    repo.remove(debtor, QStringLiteral("ana"));
    CHECK_FALSE(repo.get(debtor, QStringLiteral("ana")).has_value());
}

TEST_CASE("A discount row keeps its status and refuses a percent out of range", "[store][discounts]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    Call c;
    c.debtorId = debtor;
    c.startedAt = QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);
    c.answeredBy = AnsweredBy::Debtor;
    c.outcome = CallOutcome::Promise;
    const Id call = store::CallRepository(t.db()).add(c);
    store::CallDiscount d;
    d.callId = call;
    d.debtorId = debtor;
    d.balance = test::pesos(1000);
    d.agreedTotal = test::pesos(700);
    d.percent = 30;
    d.limitPercent = 10;
    d.status = store::DiscountStatus::Pending;
    store::CallDiscountRepository repo(t.db());
    repo.add(d);
    const auto back = repo.forCall(call);
    REQUIRE(back.has_value());
    CHECK(back->status == store::DiscountStatus::Pending);
    CHECK(back->agreedTotal == test::pesos(700));
    CHECK(repo.pendingCount() == 1);
    REQUIRE(repo.requests(5).size() == 1);
    CHECK(repo.requests(5).first().discount.callId == call);
    d.percent = 0;
    CHECK_THROWS_AS(repo.add(d), store::StoreError);
}
