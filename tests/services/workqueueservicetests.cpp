#include "domain/clock.h"
#include "services/callservice.h"
#include "services/workqueueservice.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/settingsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

// 2026-03-10 16:00 UTC is 10:00 in Mexico City (no DST there since 2022).
const QDateTime kMorning(QDate(2026, 3, 10), QTime(16, 0), Qt::UTC);

struct Office {
    test::TempDb t;
    FixedClock clock{kMorning};
    Id ana = 0;
    Id beto = 0;

    Office()
    {
        store::UserRepository users(t.db());
        ana = users.add({0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
        beto = users.add({0, QStringLiteral("beto"), QStringLiteral("Beto"), UserRole::Agent, true});
        // The office's clock is UTC in these tests: local dates equal UTC dates.
        qputenv("TZ", "UTC");
    }

    Id debtor(const QString &ref, Money owed, const QString &tz = QStringLiteral("America/Mexico_City"))
    {
        Debtor d;
        d.externalRef = ref;
        d.name = QStringLiteral("Deudor ") + ref;
        d.timeZone = tz;
        const Id id = store::DebtorRepository(t.db()).add(d);
        test::addInvoice(t.db(), id, QStringLiteral("F-") + ref, QDate(2026, 1, 10), owed);
        return id;
    }

    void followUp(Id debtor, FollowUpKind kind, std::optional<QTime> at = std::nullopt)
    {
        FollowUp f;
        f.debtorId = debtor;
        f.kind = kind;
        f.dueDate = QDate(2026, 3, 10);
        f.dueTime = at;
        store::FollowUpRepository(t.db()).add(f);
    }

    services::NextCallResult next(Id agent) { return services::WorkQueueService(t.db(), clock).next(agent); }
};

} // namespace

TEST_CASE("Next call offers call-backs whose time has come before tasks, and keeps what an agent holds", "[services][queue]")
{
    Office o;
    const Id big = o.debtor(QStringLiteral("1"), test::pesos(90000));
    const Id task = o.debtor(QStringLiteral("2"), test::pesos(100));
    const Id callback = o.debtor(QStringLiteral("3"), test::pesos(200));
    const Id later = o.debtor(QStringLiteral("4"), test::pesos(300));
    o.followUp(task, FollowUpKind::SendStatement);
    o.followUp(callback, FollowUpKind::Callback, QTime(9, 30));
    o.followUp(later, FollowUpKind::Callback, QTime(23, 0));  // not yet

    const auto first = o.next(o.ana);
    REQUIRE(first.next);
    CHECK(first.next->debtorId == callback);
    CHECK(first.next->reason == store::QueueReason::CallbackDue);
    CHECK_FALSE(first.next->why.isEmpty());
    const auto second = o.next(o.beto);
    REQUIRE(second.next);
    CHECK(second.next->debtorId == task);
    const auto third = o.next(o.beto);  // Beto asks again: his claim on `task` is his own
    REQUIRE(third.next);
    CHECK(third.next->debtorId == task);
    const auto fourth = o.next(o.ana);
    REQUIRE(fourth.next);
    CHECK(fourth.next->debtorId == callback);
    services::WorkQueueService(o.t.db(), o.clock).release(callback, o.ana);
    services::WorkQueueService(o.t.db(), o.clock).release(task, o.beto);
    // The open call-back still comes first; the big balance waits its turn.
    CHECK(o.next(o.ana).next->debtorId == callback);
    CHECK(o.next(o.beto).next->debtorId != big);
}

TEST_CASE("With nothing scheduled, next call offers the most urgent debtor not contacted lately", "[services][queue]")
{
    Office o;
    const Id calledYesterday = o.debtor(QStringLiteral("1"), test::pesos(90000));
    const Id small = o.debtor(QStringLiteral("2"), test::pesos(100));
    const Id medium = o.debtor(QStringLiteral("3"), test::pesos(20000));
    services::CallDraft draft;
    Call c;
    c.debtorId = calledYesterday;
    c.startedAt = kMorning.addDays(-1);
    c.answeredBy = AnsweredBy::Nobody;
    c.outcome = CallOutcome::NoAnswer;
    draft.call = c;
    services::CallService(o.t.db(), o.clock).commit(draft);

    const auto r = o.next(o.ana);
    REQUIRE(r.next);
    CHECK(r.next->reason == store::QueueReason::Priority);
    CHECK(r.next->debtorId == medium);
    (void)small;
}

TEST_CASE("Two agents never receive the same debtor, even from two desks", "[services][queue]")
{
    Office o;
    for (int i = 0; i < 4; ++i)
        o.debtor(QString::number(i), test::pesos(1000 + i));
    // Beto works at another desk: his own connection to the same file.
    store::Database otherDesk(o.t.path());
    services::WorkQueueService anaDesk(o.t.db(), o.clock);
    services::WorkQueueService betoDesk(otherDesk, o.clock);

    const auto a = anaDesk.next(o.ana);
    const auto b = betoDesk.next(o.beto);
    REQUIRE(a.next);
    REQUIRE(b.next);
    CHECK(a.next->debtorId != b.next->debtorId);
    // Asking again while working a debtor gives the same one back.
    CHECK(anaDesk.next(o.ana).next->debtorId == a.next->debtorId);
    // Once released, the next ask moves on, and still not to Beto's debtor.
    anaDesk.release(a.next->debtorId, o.ana);
    const auto a2 = anaDesk.next(o.ana);
    REQUIRE(a2.next);
    CHECK(a2.next->debtorId != b.next->debtorId);
    // A claim expires by itself: Beto's debtor is free again later.
    o.clock.set(kMorning.addSecs(services::WorkQueueService::kClaimMinutes * 60 + 60));
    CHECK_FALSE(store::WorkQueueRepository(o.t.db()).claimedBy(b.next->debtorId, o.clock.nowUtc()).has_value());
}

TEST_CASE("Next call skips debtors the contact rules forbid now and says why", "[services][queue]")
{
    Office o;
    o.debtor(QStringLiteral("madrid"), test::pesos(50000), QStringLiteral("Europe/Madrid"));  // 17:00 there: fine
    o.debtor(QStringLiteral("tokyo"), test::pesos(90000), QStringLiteral("Asia/Tokyo"));     // 01:00 there: no
    Debtor dnc;
    dnc.externalRef = QStringLiteral("dnc");
    dnc.name = QStringLiteral("No llamar");
    dnc.doNotContact = true;
    const Id dncId = store::DebtorRepository(o.t.db()).add(dnc);
    test::addInvoice(o.t.db(), dncId, QStringLiteral("F-dnc"), QDate(2026, 1, 10), test::pesos(99000));

    const auto r = o.next(o.ana);
    REQUIRE(r.next);
    CHECK(store::DebtorRepository(o.t.db()).byId(r.next->debtorId)->externalRef == QStringLiteral("madrid"));
    CHECK(r.skipped.value(ContactBlock::OutsideWindow) == 1);
    CHECK(r.skipped.value(ContactBlock::DebtorDoNotContact) == 1);
    CHECK(r.skippedTotal() == 2);
    CHECK_FALSE(r.skippedSummary().isEmpty());
}

TEST_CASE("Agents get only their own debtors and, when the office allows, unassigned ones", "[services][queue]")
{
    Office o;
    const Id mine = o.debtor(QStringLiteral("mine"), test::pesos(100));
    const Id theirs = o.debtor(QStringLiteral("theirs"), test::pesos(90000));
    store::DebtorRepository repo(o.t.db());
    auto d = *repo.byId(mine);
    d.assignedAgentId = o.ana;
    repo.update(d);
    auto e = *repo.byId(theirs);
    e.assignedAgentId = o.beto;
    repo.update(e);

    const auto r = o.next(o.ana);
    REQUIRE(r.next);
    CHECK(r.next->debtorId == mine);

    store::SettingsRepository settings(o.t.db());
    auto s = settings.load();
    s.agentsTakeUnassigned = false;
    settings.save(s);
    const Id nobodys = o.debtor(QStringLiteral("nobody"), test::pesos(99999));
    o.clock.set(kMorning.addSecs(3600 * 2));  // Ana's claim expired
    const auto again = o.next(o.ana);
    REQUIRE(again.next);
    CHECK(again.next->debtorId != nobodys);
}
