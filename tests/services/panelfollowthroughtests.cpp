// The Panel's follow-through (schema 37): each agent's tasks and call-backs
// by the day they were due, done on time, late, called off or still open;
// and, since schema 38, put off: moved to a later day once their day had
// come, counted on the day they left and for the agent who had it, through
// the agenda's Move… (FollowUpActions) as the desk does it. In the Panel,
// its export and `libreta-cli check`.

#include "exporttesthelpers.h"
#include "panelofficefixture.h"
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
using test::panel::kFrom;
using test::panel::kTo;
using test::panel::Office;

namespace {

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

TEST_CASE("The follow-through counts each agent's tasks and call-backs by the day they were due", "[services][panel]")
{
    Office o;
    store::FollowUpRepository followUps(o.t.db());
    const auto add = [&](Id debtor, FollowUpKind kind, const QDate &due, std::optional<Id> agent) {
        return test::addFollowUp(o.t.db(), debtor, kind, due, agent);
    };
    // Midday in UTC: the same day in the desk's time wherever the tests run.
    const auto at = [](int day) { return QDateTime(QDate(2026, 11, day), QTime(17, 0), Qt::UTC); };
    const Id onTime = add(o.alto, FollowUpKind::SendInvoiceCopy, QDate(2026, 11, 10), o.people.ana);
    followUps.complete(onTime, QStringLiteral("Enviada por correo"), at(10));
    const Id late = add(o.alto, FollowUpKind::Callback, QDate(2026, 11, 12), o.people.ana);
    followUps.complete(late, QStringLiteral("Llamada hecha"), at(14));
    add(o.alto, FollowUpKind::SendStatement, QDate(2026, 11, 20), o.people.ana);    // overdue on the 25th
    add(o.alto, FollowUpKind::NoteFollowUp, QDate(2026, 11, 28), o.people.ana);     // not due yet
    add(o.alto, FollowUpKind::PromiseReminder, QDate(2026, 11, 20), o.people.ana);  // the promise's own
    const Id cancelled = add(o.bajo, FollowUpKind::Callback, QDate(2026, 11, 15), o.people.beto);
    followUps.cancelOpenForDebtor(o.bajo, QStringLiteral("Nada que cobrar"), at(15));
    // Handed from Beto to Ana, and one of Ana's moved into December.
    const Id handed = add(o.alto, FollowUpKind::Callback, QDate(2026, 11, 18), o.people.beto);
    followUps.reassign(handed, o.people.ana);
    const Id moved = add(o.alto, FollowUpKind::SendInvoiceCopy, QDate(2026, 11, 5), o.people.ana);
    followUps.reschedule(moved, QDate(2026, 12, 2), std::nullopt, QDate(2026, 11, 3));
    REQUIRE(followUps.byId(cancelled)->status == FollowUpStatus::Cancelled);

    const QDate today(2026, 11, 25);
    const auto read = [&](const QDate &from, std::optional<Id> agent) {
        return PanelService(o.t.db(), o.people.sue).read(from, kTo, agent, QStringLiteral("es"), today).followThrough;
    };
    QList<PanelFollowThroughLine> lines = read(kFrom, std::nullopt);
    REQUIRE(lines.size() == 2);
    // Most due first.
    const store::FollowThroughLine &ana = lines[0].figures;
    CHECK(lines[0].name == QStringLiteral("Ana Ruiz"));
    CHECK(ana.due == 5);
    CHECK(ana.doneOnTime == 1);
    CHECK(ana.doneLate == 1);
    CHECK(ana.cancelled == 0);
    CHECK(ana.overdue == 2);  // the statement, and the call-back Beto handed over
    CHECK(ana.open() == 3);
    CHECK(ana.owed() == 4);
    const store::FollowThroughLine &beto = lines[1].figures;
    CHECK(beto.agentId == o.people.beto);
    CHECK(beto.due == 1);
    CHECK(beto.cancelled == 1);
    CHECK(beto.overdue == 0);
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches().isEmpty());

    // Days read one by one give what the month gives; one agent reads theirs.
    const QList<PanelFollowThroughLine> byDays = read(QDate(2026, 11, 2), std::nullopt);
    REQUIRE(byDays.size() == 2);
    CHECK(byDays[0].figures.due == ana.due);
    CHECK(byDays[0].figures.overdue == ana.overdue);
    lines = read(kFrom, o.people.beto);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].figures.agentId == o.people.beto);
    // December holds the task moved there, not yet due.
    lines = PanelService(o.t.db(), o.people.sue)
                .read(QDate(2026, 12, 1), QDate(2026, 12, 31), std::nullopt, QStringLiteral("es"), today)
                .followThrough;
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].figures.due == 1);
    CHECK(lines[0].figures.overdue == 0);
    CHECK(lines[0].figures.open() == 1);

    // The tab's export: a line per day due and agent, what is still open
    // counted as it stands; Beto's line only for him.
    ExportRequest request;
    request.kind = ExportKind::FollowThrough;
    request.from = kFrom;
    request.to = kTo;
    const FixedClock clock(QDateTime(today, QTime(18, 0), Qt::UTC));
    const test::ExportedCsv csv = test::exportCsv(o.t.db(), clock, request);
    CHECK(csv.rows == 6);
    CHECK(csv.lines == QStringList{QStringLiteral("day,agent,due,done_on_time,done_late,cancelled,open,put_off"),
                                   QStringLiteral("2026-11-10,Ana Ruiz,1,1,0,0,0,0"),
                                   QStringLiteral("2026-11-12,Ana Ruiz,1,0,1,0,0,0"),
                                   QStringLiteral("2026-11-15,Beto Paz,1,0,0,1,0,0"),
                                   QStringLiteral("2026-11-18,Ana Ruiz,1,0,0,0,1,0"),
                                   QStringLiteral("2026-11-20,Ana Ruiz,1,0,0,0,1,0"),
                                   QStringLiteral("2026-11-28,Ana Ruiz,1,0,0,0,1,0")});
    request.agentId = o.people.beto;
    CHECK(test::exportCsv(o.t.db(), clock, request).rows == 1);
    CHECK(ExportService::kindFromName(u"followthrough") == ExportKind::FollowThrough);

    // `libreta-cli check` finds a follow-through figure that drifted.
    store::SqlQuery(o.t.db(), QStringLiteral("UPDATE followup_figures SET done_late = done_late + 1 "
                                             "WHERE day = '2026-11-12'"))
        .exec();
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches() ==
          QStringList{QStringLiteral("follow-up figures 2026-11-12, agent %1").arg(o.people.ana)});
}
