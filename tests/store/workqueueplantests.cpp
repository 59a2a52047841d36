#include "store/callrepository.h"
#include "store/sqlquery.h"
#include "store/workqueuerepository.h"
#include "support/fixtures.h"
#include "support/queryplan.h"
#include "support/statementtrace.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDate kDay(2026, 5, 20);
const QDateTime kNow(kDay, QTime(16, 0), Qt::UTC);

int rootPage(store::Database &db, const char *table)
{
    return int(store::SqlQuery(db, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'")
                                       .arg(QLatin1String(table)))
                   .execScalar());
}

// Where in `sql`'s program SQLite first tests a claim (opens work_claims)
// and first reads a debtor's row (seeks a cursor on debtors), as addresses.
std::pair<qsizetype, qsizetype> claimAndDebtorRead(store::Database &db, const QString &sql)
{
    const QList<test::Instruction> program = test::program(db, sql);
    const int debtors = rootPage(db, "debtors");
    const int claims = rootPage(db, "work_claims");
    QList<int> debtorCursors;
    qsizetype claim = -1;
    qsizetype debtorRead = -1;
    for (qsizetype i = 0; i < program.size(); ++i) {
        const test::Instruction &op = program.at(i);
        if (op.opcode == QLatin1String("OpenRead") && op.p2 == debtors)
            debtorCursors.append(op.p1);
        else if (op.opcode == QLatin1String("OpenRead") && op.p2 == claims && claim < 0)
            claim = i;
        else if ((op.opcode == QLatin1String("SeekRowid") || op.opcode == QLatin1String("NotExists")) &&
                 debtorCursors.contains(op.p1) && debtorRead < 0)
            debtorRead = i;
    }
    return {claim, debtorRead};
}

} // namespace

TEST_CASE("A debtor's recent attempts are counted from the calls index alone", "[store][queue]")
{
    // Counted for every debtor the queue offers and every call committed: at
    // a million debtors each call read from the table was a walk down a
    // B-tree of 6.85 million rows (schema 11).
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"));
    const QStringList statements = test::statementsDuring(
        t.db(), [&] { store::CallRepository(t.db()).attemptsSince(debtor, kNow.addDays(-7)); });
    REQUIRE(statements.size() == 1);
    const QString plan = test::queryPlan(t.db(), statements.first());
    INFO(plan.toStdString());
    CHECK(plan.contains(QLatin1String("USING COVERING INDEX calls_debtor_started (debtor_id=? AND started_at>?)")));
}

TEST_CASE("The queue tests a debtor's claim before it reads the debtor", "[store][queue]")
{
    // The debtors the queue just offered come first in its order, each under
    // a claim: a look at the small claims table passes over them, where
    // reading each one's row came first before.
    test::TempDb t;
    store::WorkQueueRepository queue(t.db());
    store::QueueScope scope;
    scope.agentId = 1;
    QStringList statements = test::statementsDuring(t.db(), [&] {
        for (const bool earlier : {false, true})
            queue.walkFollowUps(scope, {store::QueueReason::CallbackDue, AgendaGroup::Callback, earlier}, kDay,
                                QTime(10, 0), kNow, 10, [](const store::QueueCandidate &) { return false; });
        queue.priorityCandidates(scope, kDay, {kNow.addDays(-3), {}}, kNow, 10);
        // A segment with a rest of its own changes the cutoff, not the walk.
        queue.priorityCandidates(scope, kDay, {kNow.addDays(-3), {{QStringLiteral("Alto saldo"), kNow.addDays(-1)}}},
                                 kNow, 10);
    });
    // Own follow-ups then unassigned ones, for today and earlier days; and
    // the largest balances, twice.
    REQUIRE(statements.size() == 6);
    for (const QString &sql : statements) {
        const auto [claim, debtorRead] = claimAndDebtorRead(t.db(), sql);
        INFO(sql.toStdString());
        REQUIRE(claim >= 0);
        REQUIRE(debtorRead >= 0);
        CHECK(claim < debtorRead);
    }
}

TEST_CASE("The queue's follow-up walks read the agenda's index alone, in its order", "[store][queue]")
{
    // Each entry walked is tested for a claim and its debtor read; with the
    // debtor in the index (schema 12) no follow-up row is read to learn
    // whose it is, and the order (date, time, promise, id) needs no sort.
    test::TempDb t;
    store::WorkQueueRepository queue(t.db());
    store::QueueScope agent;
    agent.agentId = 1;
    const store::QueueScope everyone;
    const QStringList statements = test::statementsDuring(t.db(), [&] {
        for (const store::QueueScope &scope : {agent, everyone})
            for (const AgendaGroup group : {AgendaGroup::Callback, AgendaGroup::PromiseDue})
                for (const bool earlier : {false, true})
                    queue.walkFollowUps(scope, {store::QueueReason::CallbackDue, group, earlier}, kDay,
                                        QTime(10, 0), kNow, 10, [](const store::QueueCandidate &) { return false; });
    });
    // The agent's own and the unassigned (one assignee's index), then
    // everyone's; two groups, two day ranges each.
    REQUIRE(statements.size() == 12);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString plan = test::queryPlan(t.db(), statements.at(i));
        INFO(statements.at(i).toStdString() << "\n" << plan.toStdString());
        CHECK(plan.contains(i < 8 ? QLatin1String("SEARCH f USING COVERING INDEX followups_open_agent_group_due "
                                                  "(status=? AND assigned_to=? AND kind=? AND <expr>=? AND due_date")
                                  : QLatin1String("SEARCH f USING COVERING INDEX followups_open_group_due "
                                                  "(status=? AND kind=? AND <expr>=? AND due_date")));
        CHECK_FALSE(plan.contains(QLatin1String("TEMP B-TREE")));
    }
}
