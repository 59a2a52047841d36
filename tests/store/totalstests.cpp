#include "store/callrepository.h"
#include "store/paymentrepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/queryplan.h"
#include "support/statementtrace.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

TEST_CASE("Refreshed totals follow invoices and payments", "[store][totals]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    const Id older = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-2"), QDate(2026, 2, 10), test::pesos(500));

    store::TotalsRepository totals(t.db());
    auto before = totals.forDebtor(debtor);
    REQUIRE(before);
    CHECK(before->outstanding == test::pesos(1500));
    CHECK(before->openInvoices == 2);
    CHECK(before->oldestDueDate == QDate(2026, 1, 10));

    Payment p;
    p.debtorId = debtor;
    p.paidOn = QDate(2026, 2, 15);
    p.amount = test::pesos(1200);
    p.allocations = {{older, test::pesos(1000)}};  // 200 left as credit
    store::PaymentRepository(t.db()).add(p);
    totals.refresh(debtor);

    const auto after = totals.forDebtor(debtor);
    CHECK(after->outstanding == test::pesos(500));
    CHECK(after->credit == test::pesos(200));
    CHECK(after->openInvoices == 1);
    CHECK(after->oldestDueDate == QDate(2026, 2, 10));
    CHECK(totals.mismatches().isEmpty());
}

TEST_CASE("A change that skipped the totals is found by the recomputation", "[store][totals]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    store::TotalsRepository totals(t.db());
    REQUIRE(totals.mismatches().isEmpty());

    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtor_totals SET outstanding = outstanding + 1")).exec();
    CHECK(totals.mismatches() == QList<Id>{debtor});
    totals.refreshAll();
    CHECK(totals.mismatches().isEmpty());
}

TEST_CASE("The last profile an agent read is a total, kept and checked like the others", "[store][totals]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    store::TotalsRepository totals(t.db());
    const auto lastProfile = [&] {
        store::SqlQuery q(t.db(), QStringLiteral("SELECT last_willing, last_able FROM debtor_totals WHERE debtor_id = :d"));
        q.bind(QStringLiteral(":d"), debtor).exec();
        REQUIRE(q.next());
        return std::pair{q.isNull(0) ? -1 : int(q.integer(0)), q.isNull(1) ? -1 : int(q.integer(1))};
    };
    CHECK(lastProfile() == std::pair{-1, -1});

    // Two calls: the later one read "willing, not able"; an even later one
    // read nothing, so the last profile stays the one read before it.
    for (const auto &[when, willing, able] :
         {std::tuple{QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC), std::optional<bool>(false), std::optional<bool>(true)},
          std::tuple{QDateTime(QDate(2026, 2, 8), QTime(10, 0), Qt::UTC), std::optional<bool>(true), std::optional<bool>(false)},
          std::tuple{QDateTime(QDate(2026, 2, 9), QTime(10, 0), Qt::UTC), std::optional<bool>(), std::optional<bool>()}}) {
        Call c;
        c.debtorId = debtor;
        c.startedAt = when;
        c.answeredBy = AnsweredBy::Debtor;
        c.outcome = CallOutcome::Refusal;
        c.willing = willing;
        c.able = able;
        store::CallRepository(t.db()).add(c);
    }
    totals.refresh(debtor);
    CHECK(lastProfile() == std::pair{1, 0});
    CHECK(totals.mismatches().isEmpty());

    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtor_totals SET last_able = 1")).exec();
    CHECK(totals.mismatches() == QList<Id>{debtor});
}

TEST_CASE("A refresh writes only the totals that moved, so untouched indexes are left alone", "[store][totals]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    const Id invoice = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    store::TotalsRepository totals(t.db());
    totals.refresh(debtor);
    // Which columns each refresh wrote, as SQLite reports them to triggers.
    store::SqlQuery(t.db(), QStringLiteral("CREATE TEMP TABLE written (what TEXT)")).exec();
    for (const char *column : {"outstanding", "last_contact_at", "segment", "oldest_due_date"})
        store::SqlQuery(t.db(), QStringLiteral("CREATE TEMP TRIGGER written_%1 AFTER UPDATE OF %1 ON debtor_totals "
                                               "BEGIN INSERT INTO written VALUES ('%1'); END")
                                    .arg(QLatin1String(column)))
            .exec();
    const auto written = [&] {
        QStringList out;
        store::SqlQuery q(t.db(), QStringLiteral("SELECT what FROM written ORDER BY what"));
        q.exec();
        while (q.next())
            out << q.text(0);
        store::SqlQuery(t.db(), QStringLiteral("DELETE FROM written")).exec();
        return out;
    };

    totals.refresh(debtor);  // nothing moved: nothing written
    CHECK(written().isEmpty());

    Payment p;
    p.debtorId = debtor;
    p.paidOn = QDate(2026, 2, 15);
    p.amount = test::pesos(300);
    p.allocations = {{invoice, test::pesos(300)}};
    store::PaymentRepository(t.db()).add(p);
    totals.refresh(debtor);
    CHECK(written() == QStringList{QStringLiteral("outstanding")});  // the due date and the rest stay
    CHECK(totals.forDebtor(debtor)->outstanding == test::pesos(700));
    CHECK(totals.mismatches().isEmpty());
}

TEST_CASE("A debtor's totals are read from that debtor's rows, in a file without statistics", "[store][totals]")
{
    // Every payment posted and call committed recomputes one debtor's
    // totals. A file the demo did not make has no statistics (this one has
    // none either), and SQLite then read a debtor's promises through
    // promises_status_due, walking every pending, kept or broken promise of
    // the office: 5-6 ms a refresh at a million debtors.
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    REQUIRE(store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'"))
                .execScalar() == 0);
    const QStringList statements =
        test::statementsDuring(t.db(), [&] { store::TotalsRepository(t.db()).refresh(debtor); });
    REQUIRE_FALSE(statements.isEmpty());
    const QString plan = test::queryPlan(t.db(), statements.first());
    INFO(plan.toStdString());
    CHECK(plan.contains(QLatin1String("promises_debtor (debtor_id=?)")));
    CHECK_FALSE(plan.contains(QLatin1String("promises_status_due")));
    CHECK_FALSE(plan.contains(QLatin1String("SCAN")));
    // Each of the debtor's tables by an index that leads with the debtor.
    for (const QString &line : plan.split(QLatin1Char('\n'))) {
        if (!line.contains(QLatin1String("SEARCH")) || line.contains(QLatin1String("PRIMARY KEY")) ||
            line.contains(QLatin1String(" a USING")) ||  // allocations: by their invoice or payment
            line.contains(QLatin1String(" l USING")))    // adjustment lines: by their invoice or adjustment
            continue;
        INFO(line.toStdString());
        CHECK(line.contains(QLatin1String("(debtor_id=?")));
    }
}
