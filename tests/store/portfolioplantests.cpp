#include "store/database.h"
#include "store/dialect.h"
#include "store/portfoliorepository.h"
#include "store/sqlquery.h"
#include "store/transaction.h"
#include "support/fixtures.h"
#include "support/queryplan.h"
#include "support/statementtrace.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

// With SQLite's statistics in the file (a demo office keeps sampled ones)
// the planner may put a Bloom filter on the table a walk joins for its
// conditions: a scan of every row of it before the walk's first step, 0.4 s
// at a million debtors. The walks test that table's conditions in a
// correlated EXISTS, which no statistics turn into a scan.

using namespace libreta;
using Way = store::PortfolioRepository::Way;

namespace {

QString planOf(store::Database &db, const QString &sql) { return test::queryPlan(db, sql); }

void execute(store::Database &db, const QString &sql) { store::SqlQuery(db, sql).exec(); }

// Adds `count` debtors in one transaction, references `prefix`-0 onwards,
// debtor i named nameOf(i); returns their ids in that order.
QList<domain::Id> addDebtors(store::Database &db, int count, const QString &prefix,
                             const std::function<QString(int)> &nameOf)
{
    QList<domain::Id> ids;
    store::Transaction tx(db);
    for (int i = 0; i < count; ++i)
        ids << test::addDebtor(db, prefix + QString::number(i), nameOf(i));
    tx.commit();
    return ids;
}

QString anaSoto(int i) { return QStringLiteral("Ana Soto %1").arg(i); }

// Adds debtors 1 to `count` in one statement (the schema's triggers keep
// their words and totals), each column an SQL expression of their number i.
void addNumberedDebtors(store::Database &db, int count, const QString &name, const QString &status,
                        const QString &risk)
{
    execute(db, QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "INSERT INTO debtors (external_ref, kind, name, tax_id, time_zone, segment, risk, value, status, "
                    "do_not_contact, search_text, created_at, updated_at) "
                    "SELECT printf('B-%05d', i), 'person', %2, '', 'America/Mexico_City', '', %4, 'medium', %3, 0, "
                    "lower(%2) || printf(' b %05d', i), '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n")
                    .arg(count)
                    .arg(name, status, risk));
    execute(db, QStringLiteral("INSERT OR IGNORE INTO debtor_totals (debtor_id) SELECT id FROM debtors"));
}

bool anyGathered(const QStringList &statements)
{
    return std::any_of(statements.cbegin(), statements.cend(),
                       [](const QString &sql) { return sql.contains(QLatin1String(") s CROSS JOIN")); });
}


} // namespace

TEST_CASE("A walk of the portfolio's order reads no table whole first, whatever statistics the file holds",
          "[store][portfolio]")
{
    test::TempDb t;
    addDebtors(t.db(), 300, QStringLiteral("P-"),
               [](int i) { return i % 3 == 0 ? QStringLiteral("Mario Ruiz %1").arg(i) : anaSoto(i); });
    // As a sampled ANALYZE left them in a demo office of a million debtors:
    // the totals' rows counted at more than the debtors'.
    execute(t.db(), QStringLiteral("ANALYZE"));
    execute(t.db(), QStringLiteral("UPDATE sqlite_stat1 SET stat = '2000000' || substr(stat, instr(stat || ' ', ' ')) "
                                   "WHERE tbl = 'debtor_totals'"));
    execute(t.db(), QStringLiteral("UPDATE sqlite_stat1 SET stat = '600000' || substr(stat, instr(stat || ' ', ' ')) "
                                   "WHERE tbl = 'debtors'"));
    execute(t.db(), QStringLiteral("ANALYZE sqlite_schema"));  // reads them again
    // They do what the demo's did to a join of the two.
    REQUIRE(planOf(t.db(), QStringLiteral("SELECT t.debtor_id FROM debtor_totals t CROSS JOIN debtors d "
                                          "ON d.id = t.debtor_id WHERE (' ' || +d.search_text) LIKE '% ma%' "
                                          "ORDER BY t.outstanding DESC, t.debtor_id DESC LIMIT 61"))
                .contains(QLatin1String("BLOOM")));

    struct Case {
        const char *what;
        Way way;
        std::function<void(store::PortfolioQuery &)> set;
    };
    const Case cases[] = {
        {"a search walked in the order of outstanding", Way::Walk,
         [](store::PortfolioQuery &q) {
             q.search = QStringLiteral("ma");
             q.sort = store::PortfolioSort::Outstanding;
             q.ascending = false;
         }},
        {"a filter on debtors looked for in the first rows of outstanding", Way::Chosen,
         [](store::PortfolioQuery &q) {
             q.filters.unassigned = true;
             q.sort = store::PortfolioSort::Outstanding;
         }},
        {"a filter on totals walked in name order", Way::Walk,
         [](store::PortfolioQuery &q) { q.filters.aging = domain::AgingBucket::Current; }},
        {"a search walked section by section of segment", Way::Walk,
         [](store::PortfolioQuery &q) {
             q.search = QStringLiteral("ma");
             q.sort = store::PortfolioSort::Segment;
         }},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        store::PortfolioRepository repo(t.db());
        repo.setWay(c.way);
        store::PortfolioQuery q;
        q.filters.today = QDate(2026, 3, 1);
        c.set(q);
        QList<store::PortfolioRow> rows;
        const QStringList statements =
            test::statementsDuring(t.db(), [&] { rows = repo.fetchPage(q, std::nullopt, 20); });
        CHECK(rows.size() == 20);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            CHECK_FALSE(planOf(t.db(), sql).contains(QLatin1String("BLOOM")));
        }
    }
}

TEST_CASE("A search walked section by section tests each debtor against the matches, not its text",
          "[store][portfolio]")
{
    // A section's index (segment, risk, agent, status) holds no text: a test
    // would read every walked debtor's row at random. The office has no
    // users, so sorting by agent ranks every debtor as unassigned (its
    // ranking once had no WHEN and SQLite refused it).
    test::TempDb t;
    addDebtors(t.db(), 40, QStringLiteral("S-"),
               [](int i) { return i % 4 == 0 ? QStringLiteral("María Ruiz %1").arg(i) : anaSoto(i); });
    for (const auto sort : {store::PortfolioSort::Segment, store::PortfolioSort::Risk, store::PortfolioSort::Agent,
                            store::PortfolioSort::Status}) {
        INFO(int(sort));
        store::PortfolioRepository repo(t.db());
        repo.setWay(Way::Walk);
        store::PortfolioQuery q;
        q.search = QStringLiteral("maria");
        q.sort = sort;
        q.filters.today = QDate(2026, 3, 1);
        QList<store::PortfolioRow> rows;
        const QStringList statements =
            test::statementsDuring(t.db(), [&] { rows = repo.fetchPage(q, std::nullopt, 20); });
        CHECK(rows.size() == 10);
        const auto pages = std::count_if(statements.cbegin(), statements.cend(), [](const QString &sql) {
            return sql.contains(QLatin1String("+d.id IN (SELECT")) && !sql.contains(QLatin1String("instr("));
        });
        CHECK(pages > 0);
    }
}

TEST_CASE("A filter whose matches sort last is gathered once the first rows of the order show none",
          "[store][portfolio]")
{
    // A debtor no one may call is contacted last: sorted by last contact,
    // newest first, a fifth of the office that must not be called sits at
    // the very end. As if independent, a walk would find a page in the
    // first few hundred rows; the probe of the first 2,000 saw none, and
    // what it saw is what the walk is costed at.
    test::TempDb t;
    addDebtors(t.db(), 3000, QStringLiteral("C-"), anaSoto);
    execute(t.db(), QStringLiteral("UPDATE debtor_totals SET last_contact_at = "
                                   "printf('2026-%02d-%02dT10:00:00Z', 1 + debtor_id % 12, 1 + debtor_id % 28)"));
    execute(t.db(), QStringLiteral("UPDATE debtors SET do_not_contact = 1 WHERE id IN (SELECT debtor_id FROM "
                                   "debtor_totals ORDER BY last_contact_at, debtor_id LIMIT 600)"));
    store::PortfolioRepository repo(t.db());
    store::PortfolioQuery q;
    q.sort = store::PortfolioSort::LastContact;
    q.ascending = false;
    q.filters.doNotContact = true;
    q.filters.today = QDate(2026, 3, 1);
    QList<store::PortfolioRow> rows;
    const QStringList statements = test::statementsDuring(t.db(), [&] { rows = repo.fetchPage(q, std::nullopt, 61); });
    CHECK(rows.size() == 61);
    const bool gathered = std::any_of(statements.cbegin(), statements.cend(), [](const QString &sql) {
        return sql.contains(QLatin1String("do_not_contact = 1")) && sql.contains(QLatin1String(") s CROSS JOIN"));
    });
    CHECK(gathered);
}

TEST_CASE("Sorted by the column a filter fixes, only the filter's section is read", "[store][portfolio]")
{
    test::TempDb t;
    addDebtors(t.db(), 60, QStringLiteral("E-"), anaSoto);
    // Status is copied beside the totals by a trigger, as any change of it.
    execute(t.db(), QStringLiteral("UPDATE debtors SET status = 'closed' WHERE id % 2 = 0"));
    store::PortfolioRepository repo(t.db());
    repo.setWay(Way::Walk);
    store::PortfolioQuery q;
    q.sort = store::PortfolioSort::Status;
    q.ascending = false;  // closed first
    q.filters.status = domain::DebtorStatus::Active;
    q.filters.today = QDate(2026, 3, 1);
    QList<store::PortfolioRow> rows;
    const QStringList expanded =
        test::statementsDuring(t.db(), [&] { rows = repo.fetchPage(q, std::nullopt, 50); }, true);
    CHECK(rows.size() == 30);
    CHECK(std::all_of(rows.cbegin(), rows.cend(),
                      [](const store::PortfolioRow &r) { return r.status == domain::DebtorStatus::Active; }));
    CHECK_FALSE(std::any_of(expanded.cbegin(), expanded.cend(),
                            [](const QString &sql) { return sql.contains(QLatin1String("d.status = 'closed'")); }));
    // Within the active section the filter holds already: no totals row is
    // read to test it again.
    CHECK_FALSE(std::any_of(expanded.cbegin(), expanded.cend(),
                            [](const QString &sql) { return sql.contains(QLatin1String("t.status = 'active'")); }));
}

TEST_CASE("The agent, unassigned and do-not-contact filters look the debtor up in their index, not its row",
          "[store][portfolio]")
{
    test::TempDb t;
    addDebtors(t.db(), 40, QStringLiteral("U-"), [](int i) { return QStringLiteral("Ana García %1").arg(i); });
    execute(t.db(), QStringLiteral("UPDATE debtors SET do_not_contact = 1 WHERE id % 4 = 0"));
    for (const Way way : {Way::Walk, Way::Gather}) {
        for (const bool searched : {false, true}) {
            INFO((way == Way::Walk ? "walked" : "gathered") << (searched ? ", searched" : ""));
            store::PortfolioRepository repo(t.db());
            repo.setWay(way);
            store::PortfolioQuery q;
            q.sort = store::PortfolioSort::Outstanding;
            q.filters.doNotContact = true;
            q.filters.unassigned = true;
            q.filters.today = QDate(2026, 3, 1);
            if (searched)
                q.search = QStringLiteral("garcia");
            QList<store::PortfolioRow> rows;
            const QStringList statements =
                test::statementsDuring(t.db(), [&] { rows = repo.fetchPage(q, std::nullopt, 50); });
            CHECK(rows.size() == 10);
            const auto page = std::find_if(statements.cbegin(), statements.cend(), [](const QString &sql) {
                return sql.contains(QLatin1String("INDEXED BY debtors_agent"));
            });
            REQUIRE(page != statements.cend());
            CHECK(page->contains(QLatin1String("INDEXED BY debtors_do_not_contact")));
            CHECK_FALSE(page->contains(QLatin1String("+d.assigned_agent_id")));
            CHECK_FALSE(page->contains(QLatin1String("+d.do_not_contact")));
        }
    }
}

TEST_CASE("Sorted by status with an aging bucket or a balance, a status few such debtors have is gathered",
          "[store][portfolio]")
{
    // Settled and closed debtors rarely owe: sorted newest last their
    // sections come first, and were walked to their end to find none.
    test::TempDb t;
    QList<domain::Id> owingClosed;
    const QList<domain::Id> ids = addDebtors(t.db(), 120, QStringLiteral("A-"), anaSoto);
    {
        store::Transaction tx(t.db());
        for (int i = 0; i < 120; ++i) {
            if (i % 3 != 2)  // two in three owe, 120 days late
                test::addInvoice(t.db(), ids.at(i), QStringLiteral("F-%1").arg(i), QDate(2025, 11, 1),
                                 test::pesos(100));
            if (i % 10 == 0 && i % 3 != 2)
                owingClosed << ids.at(i);
        }
        tx.commit();
    }
    execute(t.db(), QStringLiteral("UPDATE debtors SET status = 'closed' WHERE id % 10 = 1 OR id IN (%1)")
                        .arg([&] {
                            QStringList ids;
                            for (const domain::Id id : std::as_const(owingClosed))
                                ids << QString::number(id);
                            return ids.join(u',');
                        }()));
    for (const bool balance : {false, true}) {
        INFO((balance ? "with balance" : "91 to 180 days"));
        QList<QStringList> pages;
        bool sparse = false;
        for (const Way way : {Way::Chosen, Way::Gather}) {
            store::PortfolioRepository repo(t.db());
            repo.setWay(way);
            store::PortfolioQuery q;
            q.sort = store::PortfolioSort::Status;
            q.ascending = false;
            q.filters.today = QDate(2026, 3, 1);
            if (balance)
                q.filters.withBalanceOnly = true;
            else
                q.filters.aging = domain::AgingBucket::Days91To180;
            QStringList names;
            const QStringList statements = test::statementsDuring(t.db(), [&] {
                std::optional<store::PortfolioKey> after;
                for (QList<store::PortfolioRow> page; !(page = repo.fetchPage(q, after, 7)).isEmpty();
                     after = page.last().key)
                    for (const auto &row : page)
                        names << row.name;
            });
            if (way == Way::Chosen)
                sparse = std::any_of(statements.cbegin(), statements.cend(), [](const QString &sql) {
                    return sql.contains(QLatin1String("(SELECT debtor_id AS id FROM debtor_totals WHERE status = "));
                });
            pages << names;
        }
        CHECK(sparse);
        CHECK(pages.first().size() == 80);
        CHECK(pages.first() == pages.last());
    }
}

TEST_CASE("Sorted by approach, 91 days late or more, the section of those reminded is not read", "[store][portfolio]")
{
    // Past 90 days no one is reminded (domain::approachPossibleFrom).
    test::TempDb t;
    const QList<domain::Id> ids = addDebtors(t.db(), 30, QStringLiteral("R-"), anaSoto);
    {
        store::Transaction tx(t.db());
        for (int i = 0; i < 30; ++i)
            test::addInvoice(t.db(), ids.at(i), QStringLiteral("F-%1").arg(i),
                             i % 2 == 0 ? QDate(2025, 11, 1) : QDate(2026, 2, 20), test::pesos(100));
        tx.commit();
    }
    store::PortfolioRepository repo(t.db());
    repo.setWay(Way::Walk);
    store::PortfolioQuery q;
    q.sort = store::PortfolioSort::Approach;
    q.filters.today = QDate(2026, 3, 1);
    q.filters.aging = domain::AgingBucket::Days91To180;
    QList<store::PortfolioRow> rows;
    const QStringList expanded =
        test::statementsDuring(t.db(), [&] { rows = repo.fetchPage(q, std::nullopt, 50); }, true);
    CHECK(rows.size() == 15);
    CHECK_FALSE(std::any_of(expanded.cbegin(), expanded.cend(),
                            [](const QString &sql) { return sql.contains(QLatin1String("= 'remind'")); }));
}

TEST_CASE("A broad filter counted to the limit is sampled before it decides between walking and gathering",
          "[store][portfolio]")
{
    // Counted to its limit, a filter's set was taken as twice the limit:
    // at a million debtors, a tenth of them. The active debtors are 81% of
    // them, so "maria" among the active looked rare and its matches were
    // gathered and sorted (70 ms), where a walk of the order finds a page
    // in 5. Here the same proportions at a lower limit: 20,000 debtors,
    // the sets counted to 1,000, "maria" in 953 names.
    test::TempDb t;
    const QString maria = QStringLiteral("iif(i % 21 = 1, 'Maria Lopez ', 'Ana Soto ') || i");
    store::PortfolioQuery q;
    q.search = QStringLiteral("maria");
    q.filters.status = domain::DebtorStatus::Active;
    QList<store::PortfolioRow> rows;
    store::PortfolioRepository repo(t.db());
    repo.setCountLimit(1000);
    const auto readPage = [&] {
        return test::statementsDuring(t.db(), [&] { rows = repo.fetchPage(q, std::nullopt, 61); });
    };

    SECTION("95% active, sorted by reference: walked")
    {
        addNumberedDebtors(t.db(), 20000, maria, QStringLiteral("iif(i % 20 = 0, 'settled', 'active')"),
                           QStringLiteral("'medium'"));
        q.sort = store::PortfolioSort::ExternalRef;
        q.ascending = false;
        const QStringList statements = readPage();
        REQUIRE(rows.size() == 61);
        CHECK(rows.first().name == QLatin1String("Maria Lopez 19993"));  // from the last reference
        CHECK(std::all_of(rows.cbegin(), rows.cend(), [](const store::PortfolioRow &r) {
            return r.name.startsWith(QLatin1String("Maria")) && r.status == domain::DebtorStatus::Active;
        }));
        CHECK_FALSE(anyGathered(statements));
        // Kept: the next keystroke's choice samples no more.
        q.search = QStringLiteral("maria l");
        const QStringList next = readPage();
        CHECK(std::none_of(next.cbegin(), next.cend(),
                           [](const QString &sql) { return sql.contains(QLatin1String("WITH RECURSIVE sample")); }));
    }
    SECTION("three quarters active, none in the first section of the order: gathered")
    {
        // Sorted by risk, the low-risk quarter is walked first and holds no
        // active debtor: as a whole the office is active enough to walk,
        // but the walk would read that whole section for nothing.
        addNumberedDebtors(t.db(), 20000, maria, QStringLiteral("iif(i % 4 = 1, 'settled', 'active')"),
                           QStringLiteral("iif(i % 4 = 1, 'low', 'medium')"));
        q.sort = store::PortfolioSort::Risk;
        const QStringList statements = readPage();
        REQUIRE(rows.size() == 61);
        CHECK(rows.first().name == QLatin1String("Maria Lopez 22"));  // 1 is low risk, settled
        CHECK(anyGathered(statements));
    }
}
