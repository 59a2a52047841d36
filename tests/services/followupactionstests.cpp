#include "domain/clock.h"
#include "services/followupactions.h"
#include "services/followupservice.h"
#include "servicetesthelpers.h"
#include "store/followuprepository.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;

namespace {

// Noon, local time: "today" does not depend on the zone the tests run in.
const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(12, 0)).toUTC();

struct Desk {
    test::TempDb t;
    FixedClock clock{kNow};
    Id agent = 0;
    Id other = 0;
    Id supervisor = 0;
    Id debtor = 0;
    Id followUp = 0;

    Desk()
    {
        store::UserRepository users(t.db());
        agent = users.add({0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
        other = users.add({0, QStringLiteral("beto"), QStringLiteral("Beto"), UserRole::Agent, true});
        supervisor = users.add({0, QStringLiteral("sara"), QStringLiteral("Sara"), UserRole::Supervisor, true});
        debtor = test::addDebtor(t.db(), QStringLiteral("S-1"));
        FollowUp f;
        f.debtorId = debtor;
        f.kind = FollowUpKind::SendStatement;
        f.dueDate = QDate(2026, 3, 10);
        f.assignedTo = agent;
        followUp = services::FollowUpService(t.db(), clock).schedule(f, agent);
    }

    services::FollowUpActions actions() { return services::FollowUpActions(t.db(), clock); }
    FollowUp stored() { return *store::FollowUpRepository(t.db()).byId(followUp); }
};

} // namespace

TEST_CASE("Done needs a result, closes the follow-up, moves the next action and is audited", "[services][agenda]")
{
    Desk d;
    CHECK(test::refusedField([&] { d.actions().complete(d.followUp, QStringLiteral("   "), d.agent); }) ==
          QStringLiteral("result"));
    CHECK(d.stored().status == FollowUpStatus::Open);
    CHECK(store::TotalsRepository(d.t.db()).forDebtor(d.debtor)->nextActionDate == QDate(2026, 3, 10));

    d.actions().complete(d.followUp, QStringLiteral("  Enviado por correo  "), d.agent);
    CHECK(d.stored().status == FollowUpStatus::Done);
    CHECK(d.stored().result == QStringLiteral("Enviado por correo"));
    CHECK_FALSE(store::TotalsRepository(d.t.db()).forDebtor(d.debtor)->nextActionDate.has_value());
    CHECK(test::auditActions(d.t.db(), 1) == QStringList{QStringLiteral("followup.done")});
    // Twice is refused: it is closed already.
    CHECK(test::refusedField([&] { d.actions().complete(d.followUp, QStringLiteral("otra vez"), d.agent); }) ==
          QStringLiteral("followup"));
}

TEST_CASE("Rescheduling moves the day and time, never into the past", "[services][agenda]")
{
    Desk d;
    CHECK(test::refusedField([&] {
              d.actions().reschedule(d.followUp, QDate(2026, 3, 9), std::nullopt, d.agent);
          }) == QStringLiteral("date"));
    CHECK(test::refusedField([&] {
              d.actions().reschedule(d.followUp, QDate(2026, 3, 10), QTime(8, 0), d.agent);
          }) == QStringLiteral("time"));
    d.actions().reschedule(d.followUp, QDate(2026, 3, 13), QTime(10, 15), d.agent);
    CHECK(d.stored().dueDate == QDate(2026, 3, 13));
    CHECK(d.stored().dueTime == std::optional<QTime>(QTime(10, 15)));
    CHECK(d.stored().status == FollowUpStatus::Open);
    CHECK(store::TotalsRepository(d.t.db()).forDebtor(d.debtor)->nextActionDate == QDate(2026, 3, 13));
    CHECK(test::auditActions(d.t.db(), 1) == QStringList{QStringLiteral("followup.reschedule")});
}

TEST_CASE("Only a supervisor reassigns a follow-up", "[services][agenda]")
{
    Desk d;
    CHECK(test::refusedField([&] { d.actions().reassign(d.followUp, d.other, d.agent); }) == QStringLiteral("user"));
    CHECK(test::refusedField([&] { d.actions().reassign(d.followUp, d.other, std::nullopt); }) ==
          QStringLiteral("user"));
    CHECK(d.stored().assignedTo == std::optional<Id>(d.agent));
    CHECK(test::refusedField([&] { d.actions().reassign(d.followUp, Id(999), d.supervisor); }) ==
          QStringLiteral("assigned_to"));

    d.actions().reassign(d.followUp, d.other, d.supervisor);
    CHECK(d.stored().assignedTo == std::optional<Id>(d.other));
    d.actions().reassign(d.followUp, std::nullopt, d.supervisor);
    CHECK_FALSE(d.stored().assignedTo.has_value());
    CHECK(test::auditActions(d.t.db(), 1) == QStringList{QStringLiteral("followup.reassign")});
}

TEST_CASE("Done with a call again leaves a new call-back for that day with what came of this one", "[services][agenda]")
{
    Desk d;
    const services::FollowUpActions::CallAgain past{QDate(2026, 3, 10), QTime(9, 0)};
    CHECK(test::refusedField([&] {
              d.actions().complete(d.followUp, QStringLiteral("Pidió que se le llame otro día"), d.agent, past);
          }) == QStringLiteral("call_again"));
    CHECK(d.stored().status == FollowUpStatus::Open);  // nothing half-done

    const services::FollowUpActions::CallAgain friday{QDate(2026, 3, 13), QTime(16, 30)};
    d.actions().complete(d.followUp, QStringLiteral("Pidió que se le llame otro día"), d.agent, friday);
    CHECK(d.stored().status == FollowUpStatus::Done);
    const auto open = store::FollowUpRepository(d.t.db()).openForDebtor(d.debtor);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).kind == FollowUpKind::Callback);
    CHECK(open.at(0).dueDate == QDate(2026, 3, 13));
    CHECK(open.at(0).dueTime == std::optional<QTime>(QTime(16, 30)));
    CHECK(open.at(0).assignedTo == std::optional<Id>(d.agent));
    CHECK(open.at(0).description == QStringLiteral("Pidió que se le llame otro día"));
    CHECK(store::TotalsRepository(d.t.db()).forDebtor(d.debtor)->nextActionDate == QDate(2026, 3, 13));
}

TEST_CASE("Done with a call again keeps a broken promise's call-back open on the new day", "[services][agenda]")
{
    Desk d;
    const Id promise = test::addPromise(d.t.db(), d.debtor, test::pesos(800), QDate(2026, 3, 2), QDate(2026, 2, 25));
    FollowUp f;
    f.debtorId = d.debtor;
    f.kind = FollowUpKind::Callback;
    f.dueDate = QDate(2026, 3, 10);
    f.promiseId = promise;
    f.assignedTo = d.agent;
    const Id callback = *store::FollowUpRepository(d.t.db()).add(f);

    const services::FollowUpActions::CallAgain tomorrow{QDate(2026, 3, 11), QTime(10, 0)};
    d.actions().complete(callback, QStringLiteral("No se pudo localizar al deudor"), d.agent, tomorrow);
    const auto moved = store::FollowUpRepository(d.t.db()).byId(callback);
    CHECK(moved->status == FollowUpStatus::Open);
    CHECK(moved->promiseId == std::optional<Id>(promise));
    CHECK(moved->dueDate == QDate(2026, 3, 11));
    CHECK(moved->description == QStringLiteral("No se pudo localizar al deudor"));
    // Its day had come: moving it is a put-off, whatever the button said.
    CHECK(test::auditActions(d.t.db(), 1) == QStringList{QStringLiteral("followup.reschedule")});
    CHECK(store::FollowUpRepository(d.t.db()).agenda(QDate(2026, 3, 11), {false, true}).size() == 1);

    // Without a call again it is done, as before.
    d.actions().complete(callback, QStringLiteral("Fecha nueva acordada"), d.agent);
    CHECK(store::FollowUpRepository(d.t.db()).byId(callback)->status == FollowUpStatus::Done);
}
