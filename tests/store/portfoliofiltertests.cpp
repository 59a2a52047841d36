#include "domain/entities.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/portfoliorepository.h"
#include "store/sqlquery.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <functional>

using namespace libreta;
using namespace libreta::domain;
using Way = store::PortfolioRepository::Way;

namespace {

const QDate kToday(2026, 3, 1);

// Five debtors, each picked out by different filters (see the table in the
// first test case).
struct Office {
    explicit Office(store::Database &db) : db(db)
    {
        store::UserRepository users(db);
        agentA = users.add(User{0, QStringLiteral("ana.a"), QStringLiteral("Agente A"), UserRole::Agent, true});
        agentB = users.add(User{0, QStringLiteral("beto.b"), QStringLiteral("Agente B"), UserRole::Agent, true});
        ana = add(QStringLiteral("Ana Alto"), QStringLiteral("Alto"), DebtorStatus::Active, agentA, false, 100, 1000);
        beto = add(QStringLiteral("Beto Bajo"), QStringLiteral("Bajo"), DebtorStatus::Legal, std::nullopt, false, 10, 200);
        carla = add(QStringLiteral("Carla Bajo"), QStringLiteral("Bajo"), DebtorStatus::Active, agentB, true, 200, 3000);
        dora = add(QStringLiteral("Dora Medio"), QStringLiteral("Medio"), DebtorStatus::Settled, agentA, false, -1, 0);
        eva = add(QStringLiteral("Eva Pérez"), QStringLiteral("Alto"), DebtorStatus::Active, agentB, false, 40, 500);
        promise(ana, kToday.addDays(-10), PromiseStatus::Broken);
        promise(beto, kToday.addDays(-1), PromiseStatus::Pending);
        promise(eva, kToday.addDays(7), PromiseStatus::Pending);
        FollowUp f;
        f.debtorId = carla;
        f.dueDate = kToday.addDays(1);
        store::FollowUpRepository(db).add(f);
        store::TotalsRepository(db).refreshAll();
    }

    Id add(const QString &name, const QString &segment, DebtorStatus status, std::optional<Id> agent, bool dnc,
           int daysLate, int pesos)
    {
        Debtor d;
        d.externalRef = QStringLiteral("R-") + name.left(3);
        d.name = name;
        d.segment = segment;
        d.status = status;
        d.assignedAgentId = agent;
        d.doNotContact = dnc;
        const Id id = store::DebtorRepository(db).add(d);
        if (pesos > 0)
            test::addInvoice(db, id, QStringLiteral("F-1"), kToday.addDays(-daysLate), test::pesos(pesos));
        return id;
    }

    void promise(Id debtor, const QDate &due, PromiseStatus status)
    {
        Promise p;
        p.debtorId = debtor;
        p.amount = test::pesos(100);
        p.dueDate = due;
        p.madeOn = due.addDays(-5);
        store::PromiseRepository promises(db);
        const Id id = promises.add(p);
        if (status != PromiseStatus::Pending)
            promises.setOutcome(id, status, Money(), due.addDays(3));
    }

    store::Database &db;
    Id agentA = 0, agentB = 0, ana = 0, beto = 0, carla = 0, dora = 0, eva = 0;
};

using Tweak = std::function<void(store::PortfolioQuery &)>;

// The debtors a query shows, in order, checked to be the same whether the
// store walks the sort order, reads a filter's index or a search word's
// range; and its summary.
QList<Id> shown(store::Database &db, const Tweak &tweak, store::PortfolioSummary *summary = nullptr)
{
    store::PortfolioQuery q;
    q.filters.today = kToday;
    tweak(q);
    QList<QList<Id>> results;
    // Words applies to a search sorted by name; elsewhere it is the chosen way.
    for (const auto way : {Way::Chosen, Way::Walk, Way::Gather, Way::Words}) {
        store::PortfolioRepository repo(db);
        repo.setWay(way);
        QList<Id> ids;
        std::optional<store::PortfolioKey> after;
        // Pages of two, so the keyset paging is part of what is checked.
        for (QList<store::PortfolioRow> page; !(page = repo.fetchPage(q, after, 2)).isEmpty(); after = page.last().key)
            for (const auto &row : page)
                ids << row.debtorId;
        results << ids;
        if (summary)
            *summary = repo.summary(q);
    }
    REQUIRE(results.at(0) == results.at(1));
    REQUIRE(results.at(0) == results.at(2));
    REQUIRE(results.at(0) == results.at(3));
    return results.at(0);
}

} // namespace

TEST_CASE("Each portfolio filter shows exactly the debtors it names", "[store][portfolio][filters]")
{
    test::TempDb t;
    const Office o(t.db());
    using Q = store::PortfolioQuery;
    const auto byName = [&](const Tweak &tweak) { return shown(t.db(), tweak); };

    CHECK(byName([](Q &) {}) == QList<Id>{o.ana, o.beto, o.carla, o.dora, o.eva});
    CHECK(byName([](Q &q) { q.filters.segment = QStringLiteral("Alto"); }) == QList<Id>{o.ana, o.eva});
    CHECK(byName([](Q &q) { q.filters.segment = QStringLiteral("Bajo"); }) == QList<Id>{o.beto, o.carla});
    CHECK(byName([](Q &q) { q.filters.status = DebtorStatus::Legal; }) == QList<Id>{o.beto});
    CHECK(byName([](Q &q) { q.filters.status = DebtorStatus::Settled; }) == QList<Id>{o.dora});
    CHECK(byName([](Q &q) { q.filters.status = DebtorStatus::Active; }) == QList<Id>{o.ana, o.carla, o.eva});
    CHECK(byName([&](Q &q) { q.filters.agentId = o.agentA; }) == QList<Id>{o.ana, o.dora});
    CHECK(byName([](Q &q) { q.filters.unassigned = true; }) == QList<Id>{o.beto});
    CHECK(byName([](Q &q) { q.filters.aging = AgingBucket::Current; }) == QList<Id>{o.dora});
    CHECK(byName([](Q &q) { q.filters.aging = AgingBucket::Days1To30; }) == QList<Id>{o.beto});
    CHECK(byName([](Q &q) { q.filters.aging = AgingBucket::Days31To60; }) == QList<Id>{o.eva});
    CHECK(byName([](Q &q) { q.filters.aging = AgingBucket::Days91To180; }) == QList<Id>{o.ana});
    CHECK(byName([](Q &q) { q.filters.aging = AgingBucket::Over180; }) == QList<Id>{o.carla});
    CHECK(byName([](Q &q) { q.filters.brokenPromise = true; }) == QList<Id>{o.ana});
    CHECK(byName([](Q &q) { q.filters.promiseDue = true; }) == QList<Id>{o.beto});
    // Dora has nothing scheduled but owes nothing; Carla has a follow-up;
    // Beto and Eva have pending promises.
    CHECK(byName([](Q &q) { q.filters.nothingScheduled = true; }) == QList<Id>{o.ana});
    CHECK(byName([](Q &q) { q.filters.doNotContact = true; }) == QList<Id>{o.carla});
    CHECK(byName([](Q &q) { q.filters.withBalanceOnly = true; }) == QList<Id>{o.ana, o.beto, o.carla, o.eva});
}

TEST_CASE("Filters combine with each other, with the search and with every sort", "[store][portfolio][filters]")
{
    test::TempDb t;
    const Office o(t.db());
    using Q = store::PortfolioQuery;

    CHECK(shown(t.db(), [&](Q &q) {
              q.filters.segment = QStringLiteral("Alto");
              q.filters.agentId = o.agentB;
          }) == QList<Id>{o.eva});
    CHECK(shown(t.db(), [](Q &q) {
              q.search = QStringLiteral("perez");
              q.filters.segment = QStringLiteral("Alto");
          }) == QList<Id>{o.eva});
    CHECK(shown(t.db(), [](Q &q) {
              q.search = QStringLiteral("perez");
              q.filters.segment = QStringLiteral("Bajo");
          }).isEmpty());
    CHECK(shown(t.db(), [](Q &q) {
              q.search = QStringLiteral("bajo");
              q.filters.doNotContact = true;
          }) == QList<Id>{o.carla});
    CHECK(shown(t.db(), [](Q &q) {
              q.filters.segment = QStringLiteral("Bajo");
              q.sort = store::PortfolioSort::Outstanding;
              q.ascending = false;
          }) == QList<Id>{o.carla, o.beto});
    CHECK(shown(t.db(), [](Q &q) {
              q.filters.withBalanceOnly = true;
              q.sort = store::PortfolioSort::DaysPastDue;
              q.ascending = false;
          }) == QList<Id>{o.carla, o.ana, o.eva, o.beto});
    CHECK(shown(t.db(), [](Q &q) {
              q.filters.status = DebtorStatus::Active;
              q.sort = store::PortfolioSort::NextAction;
          }) == QList<Id>{o.carla, o.ana, o.eva});  // no next action comes last
    for (const auto sort : {store::PortfolioSort::Name, store::PortfolioSort::ExternalRef, store::PortfolioSort::Outstanding,
                            store::PortfolioSort::DaysPastDue, store::PortfolioSort::LastContact,
                            store::PortfolioSort::NextAction, store::PortfolioSort::Segment,
                            store::PortfolioSort::Risk, store::PortfolioSort::Agent, store::PortfolioSort::Status,
                            store::PortfolioSort::Promise}) {
        for (const bool ascending : {true, false}) {
            INFO("sort " << int(sort) << (ascending ? " ascending" : " descending"));
            const QList<Id> ids = shown(t.db(), [&](Q &q) {
                q.sort = sort;
                q.ascending = ascending;
                q.filters.agentId = o.agentB;
                q.search = QStringLiteral("bajo");
            });
            CHECK(QSet<Id>(ids.cbegin(), ids.cend()) == QSet<Id>{o.carla});
        }
    }
}

TEST_CASE("The summary counts and adds up what the filters and search show", "[store][portfolio][filters]")
{
    test::TempDb t;
    const Office o(t.db());
    using Q = store::PortfolioQuery;
    store::PortfolioSummary s;

    shown(t.db(), [](Q &) {}, &s);
    CHECK(s.count == 5);
    CHECK(s.outstanding == test::pesos(1000 + 200 + 3000 + 500));
    shown(t.db(), [](Q &q) { q.filters.segment = QStringLiteral("Bajo"); }, &s);
    CHECK(s.count == 2);
    CHECK(s.outstanding == test::pesos(3200));
    shown(t.db(), [](Q &q) { q.filters.promiseDue = true; q.filters.withBalanceOnly = true; }, &s);
    CHECK(s.count == 1);
    CHECK(s.outstanding == test::pesos(200));
    shown(t.db(), [](Q &q) { q.search = QStringLiteral("bajo"); q.filters.aging = AgingBucket::Over180; }, &s);
    CHECK(s.count == 1);
    CHECK(s.outstanding == test::pesos(3000));
}

TEST_CASE("The segment choices are the segments in use, in order", "[store][portfolio][filters]")
{
    test::TempDb t;
    const Office o(t.db());
    CHECK(store::PortfolioRepository(t.db()).segments() ==
          QStringList{QStringLiteral("Alto"), QStringLiteral("Bajo"), QStringLiteral("Medio")});
}

TEST_CASE("A debtor's new segment and status reach the filters at once, and the totals stay consistent",
          "[store][portfolio][filters]")
{
    test::TempDb t;
    const Office o(t.db());
    store::DebtorRepository debtors(t.db());
    Debtor carla = *debtors.byId(o.carla);
    carla.segment = QStringLiteral("Alto");
    carla.status = DebtorStatus::Legal;
    debtors.update(carla);
    for (const auto sort : {store::PortfolioSort::Name, store::PortfolioSort::Outstanding, store::PortfolioSort::DaysPastDue}) {
        INFO("sort " << int(sort));
        CHECK(shown(t.db(), [&](store::PortfolioQuery &q) {
                  q.sort = sort;
                  q.filters.segment = QStringLiteral("Alto");
                  q.filters.status = DebtorStatus::Legal;
              }) == QList<Id>{o.carla});
    }
    // A new debtor's bare totals row takes its debtor's segment too.
    Debtor nuevo;
    nuevo.externalRef = QStringLiteral("R-Fed");
    nuevo.name = QStringLiteral("Fede Nuevo");
    nuevo.segment = QStringLiteral("Nuevo");
    nuevo.status = DebtorStatus::Closed;
    const Id fede = debtors.add(nuevo);
    CHECK(shown(t.db(), [](store::PortfolioQuery &q) { q.filters.segment = QStringLiteral("Nuevo"); }) == QList<Id>{fede});
    store::TotalsRepository(t.db()).refreshAll();
    CHECK(store::TotalsRepository(t.db()).mismatches(10).isEmpty());
    CHECK(shown(t.db(), [](store::PortfolioQuery &q) { q.filters.status = DebtorStatus::Closed; }) == QList<Id>{fede});
}

TEST_CASE("Segment, risk, agent, status and promise order the portfolio, pages and filters included",
          "[store][portfolio][sort]")
{
    test::TempDb t;
    Office o(t.db());
    store::DebtorRepository debtors(t.db());
    // Risks: Ana high, Carla low, the rest medium.
    for (const auto &[id, level] : {std::pair{o.ana, Level::High}, std::pair{o.carla, Level::Low}}) {
        Debtor d = *debtors.byId(id);
        d.risk = level;
        debtors.update(d);
    }
    using Q = store::PortfolioQuery;
    const auto sorted = [&](store::PortfolioSort sort, bool ascending, const Tweak &more = [](Q &) {}) {
        return shown(t.db(), [&](Q &q) {
            q.sort = sort;
            q.ascending = ascending;
            more(q);
        });
    };
    // Segments by name (Alto, Bajo, Medio), each one's debtors by id.
    CHECK(sorted(store::PortfolioSort::Segment, true) == QList<Id>{o.ana, o.eva, o.beto, o.carla, o.dora});
    CHECK(sorted(store::PortfolioSort::Segment, false) == QList<Id>{o.dora, o.carla, o.beto, o.eva, o.ana});
    CHECK(sorted(store::PortfolioSort::Risk, true) == QList<Id>{o.carla, o.beto, o.dora, o.eva, o.ana});
    // Agents by name (Agente A, Agente B), the unassigned last either way.
    CHECK(sorted(store::PortfolioSort::Agent, true) == QList<Id>{o.ana, o.dora, o.carla, o.eva, o.beto});
    CHECK(sorted(store::PortfolioSort::Agent, false) == QList<Id>{o.eva, o.carla, o.dora, o.ana, o.beto});
    // The work first: active, legal, settled.
    CHECK(sorted(store::PortfolioSort::Status, true) == QList<Id>{o.ana, o.carla, o.eva, o.beto, o.dora});
    // Pending promises by their date (Beto's was due yesterday, Eva's next
    // week); debtors with none after them.
    CHECK(sorted(store::PortfolioSort::Promise, true) == QList<Id>{o.beto, o.eva, o.ana, o.carla, o.dora});
    CHECK(sorted(store::PortfolioSort::Promise, false).mid(0, 2) == QList<Id>{o.eva, o.beto});
    // With a search and a filter, the same order of what matches.
    CHECK(sorted(store::PortfolioSort::Risk, false, [](Q &q) { q.filters.withBalanceOnly = true; }) ==
          QList<Id>{o.ana, o.eva, o.beto, o.carla});
    CHECK(sorted(store::PortfolioSort::Segment, true, [](Q &q) { q.search = QStringLiteral("bajo"); }) ==
          QList<Id>{o.beto, o.carla});
}

TEST_CASE("A filter's page is looked for in the first 2,000 rows of the order, and found further when rarer",
          "[store][portfolio][filters]")
{
    test::TempDb t;
    // 2,500 debtors, outstanding growing with the id; every even one 100 days
    // late, and the five that owe least 200 days late: sorted by outstanding
    // from the top, the first filter's matches fill a page at once, the
    // second's are past the first 2,000 rows.
    store::SqlQuery(t.db(), QStringLiteral(
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500) "
                                "INSERT INTO debtors (external_ref, kind, name, search_text, created_at, updated_at) "
                                "SELECT printf('P-%05d', i), 'person', printf('Deudor %05d', i), "
                                "printf('deudor %05d p %05d', i, i), 'x', 'x' FROM n"))
        .exec();
    store::SqlQuery(t.db(), QStringLiteral(
                                "INSERT INTO debtor_totals (debtor_id, outstanding, oldest_due_date) "
                                "SELECT id, id * 100, CASE WHEN id <= 5 THEN :old WHEN id % 2 = 0 THEN :late END "
                                "FROM debtors"))
        .bind(QStringLiteral(":old"), kToday.addDays(-200))
        .bind(QStringLiteral(":late"), kToday.addDays(-100))
        .exec();
    const auto firstPage = [&](domain::AgingBucket bucket, Way way) {
        store::PortfolioRepository repo(t.db());
        repo.setWay(way);
        store::PortfolioQuery q;
        q.filters.today = kToday;
        q.filters.aging = bucket;
        q.sort = store::PortfolioSort::Outstanding;
        q.ascending = false;
        QList<Id> ids;
        std::optional<store::PortfolioKey> after;
        // Two pages: the second starts from the first's key.
        for (int page = 0; page < 2; ++page) {
            const auto rows = repo.fetchPage(q, after, 201);
            for (const auto &row : rows)
                ids << row.debtorId;
            if (rows.isEmpty())
                break;
            after = rows.last().key;
        }
        return ids;
    };
    const QList<Id> common = firstPage(AgingBucket::Days91To180, Way::Chosen);
    CHECK(common.size() == 402);
    CHECK(common.first() == 2500);
    CHECK(common == firstPage(AgingBucket::Days91To180, Way::Walk));
    const QList<Id> rare = firstPage(AgingBucket::Over180, Way::Chosen);
    CHECK(rare == QList<Id>{5, 4, 3, 2, 1});
    CHECK(rare == firstPage(AgingBucket::Over180, Way::Gather));
}
