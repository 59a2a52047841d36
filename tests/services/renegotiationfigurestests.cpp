// What the Panel counts when a promise is replaced (schema 45): a promise
// replaced on the day it was made was never one obtained; one replaced on
// a later day was.

#include "domain/clock.h"
#include "services/callservice.h"
#include "servicetesthelpers.h"
#include "store/database.h"
#include "store/figuresrepository.h"
#include "store/maintenancerepository.h"
#include "store/sqlquery.h"
#include "support/fixtures.h"
#include "support/olderfile.h"
#include "support/tempdb.h"

#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::domain;

namespace {

// 11:00 in Mexico City on a Tuesday.
const QDateTime kMorning(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);
const QDate kDay(2026, 3, 10);

services::CallDraft agreed(Id debtor, Id agent, const QDateTime &at)
{
    services::CallDraft d;
    d.call.debtorId = debtor;
    d.call.agentId = agent;
    d.call.startedAt = at;
    d.call.endedAt = at.addSecs(120);
    d.call.answeredBy = AnsweredBy::Debtor;
    d.call.outcome = CallOutcome::Promise;
    d.call.excuseCategory = ExcuseCategory::NoFunds;
    d.call.excuseKind = ExcuseKind::Excuse;
    d.call.techniques = {QStringLiteral("options")};
    d.call.commitmentConfirmed = true;
    return d;
}

Promise promiseOf(Money amount, const QDate &due)
{
    Promise p;
    p.amount = amount;
    p.dueDate = due;
    p.method = PaymentMethod::Transfer;
    return p;
}

// A plan of $1,500 now and $8,500 at the month's end: the whole balance.
services::CallDraft planCall(Id debtor, Id agent)
{
    auto d = agreed(debtor, agent, kMorning);
    PaymentPlan plan;
    plan.frequency = PlanFrequency::Monthly;
    plan.instalments = {promiseOf(test::pesos(1500), QDate(2026, 3, 13)),
                        promiseOf(test::pesos(8500), QDate(2026, 3, 31))};
    d.plan = plan;
    return d;
}

// Ana's desk, and her debtor owing 10,000.00 since January.
struct Desk {
    test::TempDb t;
    FixedClock clock{kMorning};
    services::CallService service{t.db(), clock};
    Id agent = test::addTwoAgentsAndSupervisor(t.db()).ana;
    Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    Desk()
    {
        store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET assigned_agent_id = %1 WHERE id = %2")
                                    .arg(agent)
                                    .arg(debtor))
            .exec();
        test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 31), test::pesos(10000));
    }
};

store::PanelFigures dayFigures(store::Database &db, const QDate &day)
{
    return store::FiguresRepository(db).totals({day, day, std::nullopt});
}

} // namespace

TEST_CASE("A plan replaced the day it was made leaves the Panel: only the promise that replaced it counts",
          "[services][panel][figures]")
{
    Desk d;
    test::TempDb &t = d.t;
    services::CallService &service = d.service;
    const Id agent = d.agent;
    const Id debtor = d.debtor;

    const auto plan = service.commit(planCall(debtor, agent));
    REQUIRE(plan.promiseIds.size() == 2);
    CHECK(dayFigures(t.db(), kDay).promisesMade == 1);
    CHECK(dayFigures(t.db(), kDay).promised == test::pesos(10000));

    // An hour later the debtor calls back: one payment instead.
    auto once = agreed(debtor, agent, kMorning.addSecs(3600));
    once.promise = promiseOf(test::pesos(10000), QDate(2026, 3, 20));
    once.replacesPromiseIds = plan.promiseIds;
    service.commit(once);

    const auto day = dayFigures(t.db(), kDay);
    CHECK(day.promisesMade == 1);
    CHECK(day.promised == test::pesos(10000));
    const auto agents = store::FiguresRepository(t.db()).byAgent({kDay, kDay, std::nullopt});
    REQUIRE(agents.size() == 1);
    CHECK(agents.at(0).figures.promised == test::pesos(10000));
    const auto techniques = store::FiguresRepository(t.db()).byTechnique({kDay, kDay, std::nullopt});
    REQUIRE(techniques.size() == 1);
    CHECK(techniques.at(0).promisesMade == 1);
    CHECK(techniques.at(0).promised == test::pesos(10000));
    const auto reasons = store::FiguresRepository(t.db()).byReason({kDay, kDay, std::nullopt});
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.at(0).promisesMade == 1);
    CHECK(reasons.at(0).promised == test::pesos(10000));
    // The month agrees, and `check` finds the kept figures as it counts them.
    CHECK(store::FiguresRepository(t.db()).totals({QDate(2026, 3, 1), QDate(2026, 3, 31), std::nullopt}).promised
          == test::pesos(10000));
    CHECK(store::MaintenanceRepository(t.db()).dailyFigureMismatches().isEmpty());
}

TEST_CASE("A promise replaced on a later day still counts as made on its own day", "[services][panel][figures]")
{
    Desk d;
    test::TempDb &t = d.t;
    FixedClock &clock = d.clock;
    services::CallService &service = d.service;
    const Id agent = d.agent;
    const Id debtor = d.debtor;

    auto first = agreed(debtor, agent, kMorning);
    first.promise = promiseOf(test::pesos(4000), QDate(2026, 3, 20));
    const auto made = service.commit(first);

    // Two days later, before its date, the debtor asks for another.
    clock.set(kMorning.addDays(2));
    auto again = agreed(debtor, agent, kMorning.addDays(2));
    again.promise = promiseOf(test::pesos(4000), QDate(2026, 3, 27));
    again.replacesPromiseIds = made.promiseIds;
    service.commit(again);

    CHECK(dayFigures(t.db(), kDay).promisesMade == 1);
    CHECK(dayFigures(t.db(), kDay).promised == test::pesos(4000));
    CHECK(dayFigures(t.db(), kDay.addDays(2)).promisesMade == 1);
    CHECK(store::MaintenanceRepository(t.db()).dailyFigureMismatches().isEmpty());
}

TEST_CASE("Schema step 45 takes the same-day replaced promises a version 44 file counted out of its figures",
          "[services][panel][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v44.sqlite"));
    // One call of agent 1 made a promise of 100 and, the same day, another
    // replaced it with 150; a promise of 70 made on the 9th was replaced on
    // the 10th. The figures as version 44 kept them: all three made.
    test::writeFileAtVersion(
        path, 44,
        QStringLiteral(
            "INSERT INTO users (id, login, display_name, role, created_at) "
            "  VALUES (1, 'ana', 'Ana', 'agent', '2026-01-01T00:00:00Z');"
            "INSERT INTO debtors (id, external_ref, kind, name, segment, created_at, updated_at) "
            "  VALUES (1, 'R-1', 'person', 'Luisa', 'Alto', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
            "INSERT INTO calls (id, debtor_id, agent_id, started_at, ended_at, answered_by, outcome, "
            "  excuse_category) VALUES "
            "  (1, 1, 1, '2026-03-10T17:00:00Z', '2026-03-10T17:02:00Z', 'debtor', 'promise', 'no_funds'),"
            "  (2, 1, 1, '2026-03-10T18:00:00Z', '2026-03-10T18:02:00Z', 'debtor', 'promise', 'no_funds'),"
            "  (3, 1, 1, '2026-03-09T17:00:00Z', '2026-03-09T17:02:00Z', 'debtor', 'promise', 'no_funds');"
            "INSERT INTO call_techniques (call_id, technique) VALUES (1, 'options'), (2, 'options');"
            "INSERT INTO promises (id, debtor_id, call_id, sequence, amount, due_date, method, made_on, status, "
            "  paid) VALUES (1, 1, 1, 1, 10000, '2026-03-20', 'transfer', '2026-03-10', 'pending', 0),"
            "  (2, 1, 2, 1, 15000, '2026-03-25', 'transfer', '2026-03-10', 'pending', 0),"
            "  (3, 1, 3, 1, 7000, '2026-03-30', 'transfer', '2026-03-09', 'pending', 0);"
            "UPDATE promises SET status = 'cancelled', resolved_on = '2026-03-10', replaced_on = '2026-03-10' "
            "  WHERE id IN (1, 3);"));
    store::Database db(path);
    REQUIRE(db.schemaVersion() >= 45);
    CHECK(dayFigures(db, kDay).promisesMade == 1);
    CHECK(dayFigures(db, kDay).promised == Money::fromMinor(15000));
    CHECK(dayFigures(db, kDay.addDays(-1)).promised == Money::fromMinor(7000));
    const auto techniques = store::FiguresRepository(db).byTechnique({kDay, kDay, std::nullopt});
    REQUIRE(techniques.size() == 1);
    CHECK(techniques.at(0).promised == Money::fromMinor(15000));
    const auto reasons = store::FiguresRepository(db).byReason({kDay, kDay, std::nullopt});
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.at(0).promised == Money::fromMinor(15000));
    CHECK(store::MaintenanceRepository(db).dailyFigureMismatches().isEmpty());
}
