#include "domain/clock.h"
#include "services/activitylog.h"
#include "services/audittrail.h"
#include "exporttesthelpers.h"
#include "services/exportservice.h"
#include "services/paymentservice.h"
#include "store/auditrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/queryplan.h"
#include "support/statementtrace.h"
#include "support/tempdb.h"


#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

// Noon: the days asked for are the desk's, and noon is inside the same day
// in every time zone the tests run in.
const QDateTime kMonday(QDate(2026, 3, 9), QTime(12, 0), Qt::UTC);

struct Office {
    test::TempDb t;
    test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    Id debtor = test::addDebtor(t.db(), QStringLiteral("D-7"), QStringLiteral("Ferretería Núñez"));

    // An entry written the way every service writes one, `days` after Monday.
    void record(int days, std::optional<Id> user, const QString &action, const QString &details,
                const QString &entity = QStringLiteral("call"), Id entityId = 1)
    {
        const FixedClock clock(kMonday.addDays(days));
        services::AuditTrail(t.db(), clock).record(user, action, entity, entityId, details);
    }
    void fillWeek()
    {
        record(0, people.ana, QStringLiteral("call.commit"), QStringLiteral("debtor=%1 outcome=promise").arg(debtor));
        record(1, people.beto, QStringLiteral("call.commit"), QStringLiteral("debtor=%1 outcome=no_answer").arg(debtor));
        record(2, people.sue, QStringLiteral("office_rules.changed"), QStringLiteral("grace=2"),
               QStringLiteral("office"), 0);
        record(3, people.ana, QStringLiteral("note.add"), QStringLiteral("debtor=%1").arg(debtor),
               QStringLiteral("note"), 4);
        record(4, std::nullopt, QStringLiteral("day.rollover"), QStringLiteral("date=2026-03-13 broken=1"),
               QStringLiteral("promise"), 0);
    }
    QStringList actions(const QList<store::AuditLine> &lines)
    {
        QStringList out;
        for (const auto &l : lines)
            out << l.entry.action;
        return out;
    }
};

} // namespace

TEST_CASE("The activity log pages newest first, by days, person and action, with who and which debtor",
          "[services][activity]")
{
    Office o;
    o.fillWeek();
    store::AuditRepository log(o.t.db());

    const auto all = log.page({}, std::nullopt, 10);
    CHECK(o.actions(all) == QStringList{QStringLiteral("day.rollover"), QStringLiteral("note.add"),
                                        QStringLiteral("office_rules.changed"), QStringLiteral("call.commit"),
                                        QStringLiteral("call.commit")});
    CHECK(all[0].userName.isEmpty());  // Libreta itself closed the day
    CHECK(all[1].userName == QStringLiteral("Ana Ruiz"));
    CHECK(all[1].debtorId == o.debtor);  // from the details' "debtor="
    CHECK(all[1].debtorName == QStringLiteral("Ferretería Núñez"));
    CHECK(all[1].debtorRef == QStringLiteral("D-7"));
    CHECK(!all[2].debtorId);  // the office's rules are about no debtor

    // Pages continue where the last one ended, and never repeat an entry.
    const auto first = log.page({}, std::nullopt, 2);
    const auto second = log.page({}, first.last().key(), 2);
    const auto third = log.page({}, second.last().key(), 2);
    CHECK(o.actions(first + second + third) == o.actions(all));

    // Days of the desk, both included.
    store::AuditQuery days;
    days.from = kMonday.date().addDays(1);
    days.to = kMonday.date().addDays(3);
    CHECK(o.actions(log.page(days, std::nullopt, 10)) ==
          QStringList{QStringLiteral("note.add"), QStringLiteral("office_rules.changed"), QStringLiteral("call.commit")});

    store::AuditQuery ana;
    ana.userId = o.people.ana;
    CHECK(o.actions(log.page(ana, std::nullopt, 10)) ==
          QStringList{QStringLiteral("note.add"), QStringLiteral("call.commit")});
    ana.action = QStringLiteral("call.commit");
    const auto anasCalls = log.page(ana, std::nullopt, 10);
    REQUIRE(anasCalls.size() == 1);
    CHECK(anasCalls[0].entry.at == kMonday);

    store::AuditQuery calls;
    calls.action = QStringLiteral("call.commit");
    CHECK(log.page(calls, std::nullopt, 10).size() == 2);

    CHECK(log.actions() == QStringList{QStringLiteral("call.commit"), QStringLiteral("day.rollover"),
                                       QStringLiteral("note.add"), QStringLiteral("office_rules.changed")});
}

TEST_CASE("A debtor's activity is what was recorded about it, newest first, and what an agent may read of it",
          "[services][activity]")
{
    Office o;
    const Id other = test::addDebtor(o.t.db(), QStringLiteral("D-8"), QStringLiteral("Papelería Ruiz"));
    o.fillWeek();
    o.record(5, o.people.beto, QStringLiteral("debtor.update"), QStringLiteral("name"), QStringLiteral("debtor"),
             o.debtor);
    o.record(5, o.people.beto, QStringLiteral("note.add"), QStringLiteral("debtor=%1").arg(other),
             QStringLiteral("note"), 9);
    store::AuditQuery about;
    about.debtorId = o.debtor;
    const auto lines = store::AuditRepository(o.t.db()).page(about, std::nullopt, 10);
    CHECK(o.actions(lines) == QStringList{QStringLiteral("debtor.update"), QStringLiteral("note.add"),
                                          QStringLiteral("call.commit"), QStringLiteral("call.commit")});
    for (const auto &l : lines)
        CHECK(l.debtorId == o.debtor);
    // An agent reads their own entries about the debtor.
    CHECK(o.actions(services::ActivityLog(o.t.db(), o.people.ana).page(about, std::nullopt, 10)) ==
          QStringList{QStringLiteral("note.add"), QStringLiteral("call.commit")});
    // The page walks the debtor's own index (schema 16's expression, which
    // the statement must write the same way), newest first with no sort.
    QStringList statements = test::statementsDuring(
        o.t.db(), [&] { store::AuditRepository(o.t.db()).page(about, std::nullopt, 10); });
    statements.removeIf([](const QString &sql) { return !sql.contains(QStringLiteral("FROM audit_log")); });
    REQUIRE(statements.size() == 1);
    const QString plan = test::queryPlan(o.t.db(), statements.first());
    CHECK(plan.contains(QStringLiteral("audit_log_debtor_at")));
    CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("A review's entry names its call, and the log finds the call's debtor", "[services][activity]")
{
    Office o;
    const Id call = test::addCall(o.t.db(), o.debtor, o.people.ana, kMonday.addSecs(-3600));
    o.record(0, o.people.sue, QStringLiteral("call.review"), QStringLiteral("scores=4,5,-,3,4"),
             QStringLiteral("call"), call);
    const auto lines = store::AuditRepository(o.t.db()).page({}, std::nullopt, 5);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].debtorId == o.debtor);
}

TEST_CASE("A payment's entry in the log carries its amount and its debtor", "[services][activity]")
{
    Office o;
    test::addInvoice(o.t.db(), o.debtor, QStringLiteral("F-1"), QDate(2026, 2, 1), test::pesos(900));
    const FixedClock clock(kMonday);
    services::PostPaymentRequest r;
    r.debtorId = o.debtor;
    r.amount = test::pesos(250, 50);
    r.paidOn = kMonday.date();
    r.userId = o.people.beto;
    services::PaymentService(o.t.db(), clock).post(r);
    const auto lines = store::AuditRepository(o.t.db()).page({}, std::nullopt, 5);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].entry.action == QStringLiteral("payment.post"));
    CHECK(lines[0].userName == QStringLiteral("Beto Paz"));
    CHECK(lines[0].debtorName == QStringLiteral("Ferretería Núñez"));
    REQUIRE(lines[0].amount);
    CHECK(*lines[0].amount == test::pesos(250, 50));
}

TEST_CASE("Supervisors read everyone's activity, an agent only their own, a stranger nothing",
          "[services][activity]")
{
    Office o;
    o.fillWeek();

    services::ActivityLog supervisor(o.t.db(), o.people.sue);
    CHECK(supervisor.readsEveryone());
    CHECK(supervisor.page({}, std::nullopt, 10).size() == 5);
    store::AuditQuery beto;
    beto.userId = o.people.beto;
    CHECK(supervisor.page(beto, std::nullopt, 10).size() == 1);

    services::ActivityLog agent(o.t.db(), o.people.ana);
    CHECK(!agent.readsEveryone());
    CHECK(agent.heldTo() == o.people.ana);
    CHECK(o.actions(agent.page({}, std::nullopt, 10)) ==
          QStringList{QStringLiteral("note.add"), QStringLiteral("call.commit")});
    // Asking for someone else's still reads one's own.
    const auto asked = agent.page(beto, std::nullopt, 10);
    REQUIRE(asked.size() == 2);
    CHECK(asked[0].userName == QStringLiteral("Ana Ruiz"));

    services::ActivityLog stranger(o.t.db(), std::nullopt);
    CHECK(!stranger.readsAnything());
    CHECK(stranger.page({}, std::nullopt, 10).isEmpty());
    CHECK(stranger.actions().isEmpty());

    // Someone who left reads nothing any more.
    User ana = *store::UserRepository(o.t.db()).byId(o.people.ana);
    ana.active = false;
    store::UserRepository(o.t.db()).update(ana);
    CHECK(!services::ActivityLog(o.t.db(), o.people.ana).readsAnything());
}

TEST_CASE("In an office that lists no users, whoever works there reads the whole log", "[services][activity]")
{
    test::TempDb t;
    const FixedClock clock(kMonday);
    services::AuditTrail(t.db(), clock).record(std::nullopt, QStringLiteral("debtor.create"), QStringLiteral("debtor"), 1,
                                                QStringLiteral("kind=person status=active"));
    services::ActivityLog desk(t.db(), std::nullopt);
    CHECK(desk.readsEveryone());
    CHECK(desk.page({}, std::nullopt, 10).size() == 1);
}

TEST_CASE("The activity export writes the chosen entries oldest first, as stored", "[services][activity][export]")
{
    Office o;
    o.fillWeek();
    services::ExportRequest request;
    request.kind = services::ExportKind::Activity;
    request.action = QStringLiteral("call.commit");
    const FixedClock clock(kMonday.addDays(7));
    const test::ExportedCsv csv = test::exportCsv(o.t.db(), clock, request);
    CHECK(csv.rows == 2);
    const QStringList &lines = csv.lines;
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("at,user,login,action,entity,entity_id,debtor_ref,name,amount,details"));
    CHECK(lines[1].startsWith(QStringLiteral("2026-03-09T12:00:00Z,Ana Ruiz,ana,call.commit,call,1,D-7,"
                                             "Ferretería Núñez,,debtor=")));
    CHECK(lines[2].startsWith(QStringLiteral("2026-03-10T12:00:00Z,Beto Paz,")));

    // One person's, in a range of days.
    request.action.clear();
    request.agentId = o.people.sue;
    request.from = kMonday.date().addDays(2);
    request.to = kMonday.date().addDays(2);
    const test::ExportedCsv sue = test::exportCsv(o.t.db(), clock, request);
    CHECK(sue.rows == 1);
    CHECK(sue.lines.join(QLatin1Char('\n')).contains(QStringLiteral("office_rules.changed,office,0,,,,grace=2")));
}
