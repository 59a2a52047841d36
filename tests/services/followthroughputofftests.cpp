// Moving is not doing (schema 38): a task or call-back moved to a later
// day once its day had come counts as put off, on the day it left and for
// the agent who had it, through the agenda's Move… (FollowUpActions) as
// the desk does it, in the Panel, its export and `libreta-cli check`.

#include "exporttesthelpers.h"
#include "servicetesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include "domain/clock.h"
#include "services/followupactions.h"
#include "services/panelservice.h"
#include "store/followuprepository.h"
#include "store/maintenancerepository.h"
#include "store/sqlquery.h"

using namespace libreta;
using namespace libreta::domain;
using namespace libreta::services;

namespace {

const QDate kFrom(2026, 11, 1);
const QDate kTo(2026, 11, 30);
const QDate kToday(2026, 11, 25);

// Noon, local time: the desk's day does not depend on the zone the tests run in.
QDateTime noonOf(const QDate &day) { return QDateTime(day, QTime(12, 0)).toUTC(); }

struct Desk {
    test::TempDb t;
    test::TwoAgentsAndSupervisor people;
    Id debtor = 0;

    Desk()
    {
        people = test::addTwoAgentsAndSupervisor(t.db());
        debtor = test::addDebtor(t.db(), QStringLiteral("P-1"), QStringLiteral("Abarrotes Pospuesto"));
    }

    Id add(FollowUpKind kind, const QDate &due, Id agent)
    {
        return test::addFollowUp(t.db(), debtor, kind, due, agent);
    }
    // The agent (or whoever `by` is) moves it on `on`, at noon.
    void move(Id followUp, const QDate &on, const QDate &to, Id by, std::optional<QTime> at = std::nullopt)
    {
        const FixedClock clock(noonOf(on));
        FollowUpActions(t.db(), clock).reschedule(followUp, to, at, by);
    }
    QList<PanelFollowThroughLine> read(const QDate &from, const QDate &to, std::optional<Id> agent = std::nullopt)
    {
        return PanelService(t.db(), people.sue).read(from, to, agent, QStringLiteral("es"), kToday).followThrough;
    }
    qint64 moves()
    {
        return store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM followup_moves")).execScalar();
    }
};

const store::FollowThroughLine *lineOf(const QList<PanelFollowThroughLine> &lines, Id agent)
{
    for (const PanelFollowThroughLine &line : lines)
        if (line.figures.agentId == agent)
            return &line.figures;
    return nullptr;
}

} // namespace

TEST_CASE("A task moved to a later day once its day had come is put off, on the day it left", "[services][panel]")
{
    Desk d;
    // Ana pushes a statement from the 10th to the 12th on the 10th, and on
    // the 12th to the 13th, when she sends it: "on time" on the 13th.
    const Id pushed = d.add(FollowUpKind::SendStatement, QDate(2026, 11, 10), d.people.ana);
    d.move(pushed, QDate(2026, 11, 10), QDate(2026, 11, 12), d.people.ana);
    d.move(pushed, QDate(2026, 11, 12), QDate(2026, 11, 13), d.people.ana);
    store::FollowUpRepository(d.t.db()).complete(pushed, QStringLiteral("Enviado"), noonOf(QDate(2026, 11, 13)));
    // Planned ahead: moved on the 15th, due the 20th. Not a put-off.
    const Id planned = d.add(FollowUpKind::SendInvoiceCopy, QDate(2026, 11, 20), d.people.ana);
    d.move(planned, QDate(2026, 11, 15), QDate(2026, 11, 22), d.people.ana);
    // Only its time changed on its day: not a move at all.
    const Id retimed = d.add(FollowUpKind::Callback, QDate(2026, 11, 18), d.people.ana);
    d.move(retimed, QDate(2026, 11, 18), QDate(2026, 11, 18), d.people.ana, QTime(17, 30));
    // A promise's reminder is the promise's, not the follow-through's.
    const Id reminder = d.add(FollowUpKind::PromiseReminder, QDate(2026, 11, 19), d.people.ana);
    d.move(reminder, QDate(2026, 11, 19), QDate(2026, 11, 21), d.people.ana);
    // Beto's overdue call-back, moved by his supervisor: his, on its day.
    const Id overdue = d.add(FollowUpKind::Callback, QDate(2026, 11, 5), d.people.beto);
    d.move(overdue, kToday, QDate(2026, 11, 26), d.people.sue);

    // Every move to another day is kept (the reminder's too), the time alone is not.
    CHECK(d.moves() == 5);

    const QList<PanelFollowThroughLine> month = d.read(kFrom, kTo);
    const store::FollowThroughLine *ana = lineOf(month, d.people.ana);
    REQUIRE(ana);
    CHECK(ana->due == 3);  // the statement on the 13th, the copy on the 22nd, the call-back on the 18th
    CHECK(ana->doneOnTime == 1);
    CHECK(ana->doneLate == 0);
    CHECK(ana->putOff == 2);
    const store::FollowThroughLine *beto = lineOf(month, d.people.beto);
    REQUIRE(beto);
    CHECK(beto->due == 1);
    CHECK(beto->overdue == 0);  // due tomorrow now
    CHECK(beto->putOff == 1);

    // Read day by day (from the 2nd) the put-offs are the same; the days
    // left with nothing due still show whom they were put off by.
    const QList<PanelFollowThroughLine> byDays = d.read(QDate(2026, 11, 2), kTo);
    REQUIRE(lineOf(byDays, d.people.ana));
    CHECK(lineOf(byDays, d.people.ana)->putOff == 2);
    const QList<PanelFollowThroughLine> early = d.read(QDate(2026, 11, 10), QDate(2026, 11, 11), d.people.ana);
    REQUIRE(early.size() == 1);
    CHECK(early[0].figures.due == 0);
    CHECK(early[0].figures.putOff == 1);
    CHECK(store::MaintenanceRepository(d.t.db()).dailyFigureMismatches().isEmpty());

    // The export's put_off column, on the days they left.
    ExportRequest request;
    request.kind = ExportKind::FollowThrough;
    request.from = kFrom;
    request.to = kTo;
    const FixedClock clock(noonOf(kToday));
    const test::ExportedCsv csv = test::exportCsv(d.t.db(), clock, request);
    CHECK(csv.rows == 7);
    CHECK(csv.lines == QStringList{QStringLiteral("day,agent,due,done_on_time,done_late,cancelled,open,put_off"),
                                   QStringLiteral("2026-11-05,Beto Paz,0,0,0,0,0,1"),
                                   QStringLiteral("2026-11-10,Ana Ruiz,0,0,0,0,0,1"),
                                   QStringLiteral("2026-11-12,Ana Ruiz,0,0,0,0,0,1"),
                                   QStringLiteral("2026-11-13,Ana Ruiz,1,1,0,0,0,0"),
                                   QStringLiteral("2026-11-18,Ana Ruiz,1,0,0,0,1,0"),
                                   QStringLiteral("2026-11-22,Ana Ruiz,1,0,0,0,1,0"),
                                   QStringLiteral("2026-11-26,Beto Paz,1,0,0,0,1,0")});

    // `libreta-cli check` finds a put-off that drifted, in the day and its month.
    store::SqlQuery(d.t.db(), QStringLiteral("UPDATE followup_figures SET put_off = put_off + 1 "
                                             "WHERE day = '2026-11-13'"))
        .exec();
    CHECK(store::MaintenanceRepository(d.t.db()).dailyFigureMismatches() ==
          QStringList{QStringLiteral("follow-up figures 2026-11-13, agent %1").arg(d.people.ana)});
    store::SqlQuery(d.t.db(), QStringLiteral("UPDATE followup_monthly_figures SET put_off = put_off + 1")).exec();
    CHECK(store::MaintenanceRepository(d.t.db()).dailyFigureMismatches().size() == 3);
}
