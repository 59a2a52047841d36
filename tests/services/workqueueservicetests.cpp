#include "domain/clock.h"
#include "services/callservice.h"
#include "services/workqueueservice.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"
#include "store/workqueuerepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

#include <QLocale>

#include <QSet>

using namespace libreta;
using namespace libreta::domain;
using store::QueueReason;

namespace {

// 2026-03-10 16:00 UTC is 10:00 in Mexico City (no DST there since 2022).
const QDate kToday(2026, 3, 10);
const QDateTime kMorning(kToday, QTime(16, 0), Qt::UTC);

struct Office {
    test::TempDb t;
    FixedClock clock{kMorning};
    Id ana = 0;
    Id beto = 0;

    Office()
    {
        // The office's clock is UTC in these tests: local dates equal UTC dates.
        qputenv("TZ", "UTC");
        store::UserRepository users(t.db());
        ana = users.add({0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
        beto = users.add({0, QStringLiteral("beto"), QStringLiteral("Beto"), UserRole::Agent, true});
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

    void assign(Id debtorId, std::optional<Id> agent)
    {
        store::DebtorRepository repo(t.db());
        auto d = *repo.byId(debtorId);
        d.assignedAgentId = agent;
        repo.update(d);
    }

    Id promise(Id debtorId, const QDate &due)
    {
        Promise p;
        p.debtorId = debtorId;
        p.amount = test::pesos(500);
        p.dueDate = due;
        p.madeOn = due.addDays(-5);
        return store::PromiseRepository(t.db()).add(p);
    }

    Id followUp(Id debtorId, FollowUpKind kind, std::optional<QTime> at = std::nullopt, QDate day = kToday,
                std::optional<Id> promiseId = std::nullopt)
    {
        FollowUp f;
        f.debtorId = debtorId;
        f.kind = kind;
        f.dueDate = day;
        f.dueTime = at;
        f.promiseId = promiseId;
        const Id id = *store::FollowUpRepository(t.db()).add(f);
        store::TotalsRepository(t.db()).refresh(debtorId);  // as the services do: the next action moves
        return id;
    }

    void call(Id debtorId, const QDateTime &at)
    {
        services::CallDraft draft;
        draft.call.debtorId = debtorId;
        draft.call.startedAt = at;
        draft.call.answeredBy = AnsweredBy::Nobody;
        draft.call.outcome = CallOutcome::NoAnswer;
        services::CallService(t.db(), clock).commit(draft);
    }

    services::NextCallResult next(Id agent) { return services::WorkQueueService(t.db(), clock).next(agent); }

    // Ana's next call, with its reason as a desk in the United States reads it.
    services::NextCallResult nextInDollars()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto r = services::WorkQueueService(t.db(), clock).next(ana, QStringLiteral("$"));
        QLocale::setDefault(before);
        return r;
    }
};

} // namespace

TEST_CASE("Next call goes call-backs, promises due, broken promises, checks, tasks, then priority", "[services][queue]")
{
    Office o;
    const Id big = o.debtor(QStringLiteral("big"), test::pesos(90000));
    const Id statement = o.debtor(QStringLiteral("statement"), test::pesos(100));
    const Id copy = o.debtor(QStringLiteral("copy"), test::pesos(100));
    const Id check = o.debtor(QStringLiteral("check"), test::pesos(100));
    const Id broken = o.debtor(QStringLiteral("broken"), test::pesos(100));
    const Id dueToday = o.debtor(QStringLiteral("due"), test::pesos(100));
    const Id oldCallback = o.debtor(QStringLiteral("old"), test::pesos(100));
    const Id callback = o.debtor(QStringLiteral("callback"), test::pesos(200));
    const Id later = o.debtor(QStringLiteral("later"), test::pesos(300));
    o.followUp(statement, FollowUpKind::SendStatement);
    o.followUp(copy, FollowUpKind::SendInvoiceCopy, std::nullopt, kToday.addDays(-4));
    o.followUp(check, FollowUpKind::PromiseCheck, std::nullopt, kToday, o.promise(check, kToday.addDays(-2)));
    o.followUp(broken, FollowUpKind::Callback, std::nullopt, kToday.addDays(-1), o.promise(broken, kToday.addDays(-4)));
    o.followUp(dueToday, FollowUpKind::PromiseReminder, QTime(9, 0), kToday, o.promise(dueToday, kToday));
    o.followUp(oldCallback, FollowUpKind::Callback, QTime(11, 0), kToday.addDays(-3));
    o.followUp(callback, FollowUpKind::Callback, QTime(9, 30));
    o.followUp(later, FollowUpKind::Callback, QTime(23, 0));  // its time has not come
    // `later` owes more than `big` does not: with its call-back not yet due,
    // it is left for later, not offered for its balance.

    QList<std::pair<Id, QueueReason>> offered;
    for (int i = 0; i < 9; ++i) {
        const auto r = o.next(o.ana);  // each answer is claimed, so the next ask moves on
        REQUIRE(r.next);
        CHECK_FALSE(r.next->why.isEmpty());
        offered.append({r.next->debtorId, r.next->reason});
    }
    const QList<std::pair<Id, QueueReason>> expected{
        {callback, QueueReason::CallbackDue},     {oldCallback, QueueReason::CallbackDue},
        {dueToday, QueueReason::PromiseDueToday}, {broken, QueueReason::BrokenPromise},
        {check, QueueReason::PromiseCheck},       {copy, QueueReason::Task},
        {statement, QueueReason::Task},           {big, QueueReason::Priority},
        {later, QueueReason::Priority},
    };
    CHECK(offered == expected);
    CHECK_FALSE(o.next(o.ana).next);  // everyone is claimed now
}

TEST_CASE("Next call offers scheduled work in the order the office set", "[services][queue]")
{
    Office o;
    const Id big = o.debtor(QStringLiteral("big"), test::pesos(90000));
    const Id task = o.debtor(QStringLiteral("task"), test::pesos(100));
    const Id check = o.debtor(QStringLiteral("check"), test::pesos(100));
    const Id broken = o.debtor(QStringLiteral("broken"), test::pesos(100));
    const Id dueToday = o.debtor(QStringLiteral("due"), test::pesos(100));
    const Id callback = o.debtor(QStringLiteral("callback"), test::pesos(200));
    o.followUp(task, FollowUpKind::NoteFollowUp);
    o.followUp(check, FollowUpKind::PromiseCheck, std::nullopt, kToday, o.promise(check, kToday.addDays(-2)));
    o.followUp(broken, FollowUpKind::Callback, std::nullopt, kToday.addDays(-1), o.promise(broken, kToday.addDays(-4)));
    o.followUp(dueToday, FollowUpKind::PromiseReminder, QTime(9, 0), kToday, o.promise(dueToday, kToday));
    o.followUp(callback, FollowUpKind::Callback, QTime(9, 30));

    // An office that works broken promises first and tasks before checks.
    domain::OfficeSettings s = store::SettingsRepository(o.t.db()).load();
    s.queueOrder = {QueueStretch::BrokenPromises, QueueStretch::Tasks, QueueStretch::Callbacks,
                    QueueStretch::PromiseChecks, QueueStretch::PromisesDueToday};
    store::SettingsRepository(o.t.db()).save(s);

    QList<std::pair<Id, QueueReason>> offered;
    for (int i = 0; i < 6; ++i) {
        const auto r = o.next(o.ana);
        REQUIRE(r.next);
        offered.append({r.next->debtorId, r.next->reason});
    }
    const QList<std::pair<Id, QueueReason>> expected{
        {broken, QueueReason::BrokenPromise},        {task, QueueReason::Task},
        {callback, QueueReason::CallbackDue},        {check, QueueReason::PromiseCheck},
        {dueToday, QueueReason::PromiseDueToday},    {big, QueueReason::Priority},
    };
    CHECK(offered == expected);
}

TEST_CASE("Next call's reason gives a promise's amount with the desk's currency symbol", "[services][queue]")
{
    Office o;
    const Id broken = o.debtor(QStringLiteral("broken"), test::pesos(100));
    o.followUp(broken, FollowUpKind::Callback, std::nullopt, kToday.addDays(-1), o.promise(broken, kToday.addDays(-4)));
    const auto r = o.nextInDollars();
    REQUIRE(r.next);
    CHECK(r.next->reason == QueueReason::BrokenPromise);
    // The agent reads "$500.00" as everywhere else on the desk, not "500.00".
    CHECK(r.next->why.contains(QStringLiteral("$500.00")));
}

TEST_CASE("Next call says a promise kept in part was, and what of it is unpaid", "[services][queue]")
{
    Office o;
    const Id debtor = o.debtor(QStringLiteral("partial"), test::pesos(1000));
    Promise p;
    p.debtorId = debtor;
    p.amount = test::pesos(500);
    p.dueDate = kToday.addDays(-4);
    p.madeOn = kToday.addDays(-9);
    p.status = PromiseStatus::PartiallyKept;
    p.paid = test::pesos(120);
    o.followUp(debtor, FollowUpKind::Callback, std::nullopt, kToday.addDays(-1), store::PromiseRepository(o.t.db()).add(p));
    const auto r = o.nextInDollars();
    REQUIRE(r.next);
    CHECK(r.next->reason == QueueReason::BrokenPromise);
    CHECK(r.next->why.contains(QStringLiteral("was kept in part: $380.00 of it is unpaid")));
    CHECK_FALSE(r.next->why.contains(QStringLiteral("not kept")));
}

TEST_CASE("Within a reason, today's items come first, then the most recent of earlier days", "[services][queue]")
{
    Office o;
    const Id week = o.debtor(QStringLiteral("week"), test::pesos(100));
    const Id yesterday = o.debtor(QStringLiteral("yesterday"), test::pesos(100));
    const Id today = o.debtor(QStringLiteral("today"), test::pesos(100));
    o.followUp(week, FollowUpKind::NoteFollowUp, std::nullopt, kToday.addDays(-7));
    o.followUp(yesterday, FollowUpKind::NoteFollowUp, std::nullopt, kToday.addDays(-1));
    o.followUp(today, FollowUpKind::NoteFollowUp);
    CHECK(o.next(o.ana).next->debtorId == today);
    CHECK(o.next(o.ana).next->debtorId == yesterday);
    CHECK(o.next(o.ana).next->debtorId == week);
}

TEST_CASE("With nothing scheduled, next call offers the most urgent debtor not contacted lately", "[services][queue]")
{
    Office o;
    const Id calledYesterday = o.debtor(QStringLiteral("1"), test::pesos(90000));
    const Id small = o.debtor(QStringLiteral("2"), test::pesos(100));
    const Id medium = o.debtor(QStringLiteral("3"), test::pesos(20000));
    const Id promised = o.debtor(QStringLiteral("4"), test::pesos(80000));
    const Id scheduled = o.debtor(QStringLiteral("5"), test::pesos(70000));
    o.call(calledYesterday, kMorning.addDays(-1));
    o.promise(promised, kToday.addDays(3));  // waiting for a promised payment: not called for its balance
    store::TotalsRepository(o.t.db()).refresh(promised);
    o.followUp(scheduled, FollowUpKind::Callback, QTime(10, 0), kToday.addDays(2));  // already has its day

    const auto r = o.next(o.ana);
    REQUIRE(r.next);
    CHECK(r.next->reason == QueueReason::Priority);
    CHECK(r.next->debtorId == medium);
    CHECK(o.next(o.ana).next->debtorId == small);
    CHECK_FALSE(o.next(o.ana).next);
}

TEST_CASE("The office's rest between calls decides who is offered for their balance", "[services][queue]")
{
    Office o;
    const Id calledTwoDaysAgo = o.debtor(QStringLiteral("1"), test::pesos(90000));
    const Id small = o.debtor(QStringLiteral("2"), test::pesos(100));
    o.call(calledTwoDaysAgo, kMorning.addDays(-2));

    // The shipped rule, three days: the large balance rests.
    CHECK(o.next(o.ana).next->debtorId == small);
    CHECK_FALSE(o.next(o.ana).next);

    // One day is enough for this office: it is offered again.
    domain::OfficeSettings s = store::SettingsRepository(o.t.db()).load();
    s.restDays = 1;
    store::SettingsRepository(o.t.db()).save(s);
    const auto r = o.next(o.ana);
    REQUIRE(r.next);
    CHECK(r.next->debtorId == calledTwoDaysAgo);
    // When it was last reached, not the office's rest.
    CHECK(r.next->why.startsWith(QStringLiteral("Highest priority; last reached on ")));
    CHECK(r.next->why.contains(QStringLiteral(" (2 day(s) ago).")));
}

TEST_CASE("The office's priority weights decide among the largest balances", "[services][queue]")
{
    Office o;
    // A large debt two months late, and a small one half a year late.
    const Id large = o.debtor(QStringLiteral("1"), test::pesos(5000000));
    const Id old = o.debtor(QStringLiteral("2"), test::pesos(30));
    test::addInvoice(o.t.db(), old, QStringLiteral("F-2b"), QDate(2025, 9, 1), test::pesos(20));
    const auto first = [&] {
        const auto r = o.next(o.ana);
        REQUIRE(r.next);
        store::WorkQueueRepository(o.t.db()).release(r.next->debtorId, o.ana);
        return r.next->debtorId;
    };
    // The product's weights: the balance counts most.
    CHECK(first() == large);
    // An office that goes by the days late alone.
    domain::OfficeSettings s = store::SettingsRepository(o.t.db()).load();
    s.priorityWeights = {0, 100, 0, 0};
    store::SettingsRepository(o.t.db()).save(s);
    CHECK(first() == old);
}

TEST_CASE("A segment's own rest between calls decides for its debtors, the office's for the rest",
          "[services][queue]")
{
    Office o;
    const auto inSegment = [&](Id debtorId, const QString &segment) {
        store::DebtorRepository repo(o.t.db());
        Debtor d = *repo.byId(debtorId);
        d.segment = segment;
        repo.update(d);
    };
    // Both called two days ago; the large one is in "Alto saldo".
    const Id large = o.debtor(QStringLiteral("1"), test::pesos(90000));
    const Id medium = o.debtor(QStringLiteral("2"), test::pesos(5000));
    inSegment(large, QStringLiteral("Alto saldo"));
    inSegment(medium, QStringLiteral("Bajo"));
    o.call(large, kMorning.addDays(-2));
    o.call(medium, kMorning.addDays(-2));
    const Id small = o.debtor(QStringLiteral("3"), test::pesos(100));  // never called, no segment

    // "Alto saldo" is called again after a day; the others rest the office's three.
    domain::OfficeSettings s = store::SettingsRepository(o.t.db()).load();
    s.segmentRestDays.insert(QStringLiteral("Alto saldo"), 1);
    store::SettingsRepository(o.t.db()).save(s);
    CHECK(store::SettingsRepository(o.t.db()).load().restDaysFor(QStringLiteral(" Alto saldo ")) == 1);
    CHECK(store::SettingsRepository(o.t.db()).load().restDaysFor(QStringLiteral("Bajo")) == 3);
    // Everyone Next call offers until it has nobody, with why.
    const auto offered = [&] {
        QMap<Id, QString> out;
        while (const auto r = o.next(o.ana).next)
            out.insert(r->debtorId, r->why);
        for (const Id debtor : out.keys())
            store::WorkQueueRepository(o.t.db()).release(debtor, o.ana);
        return out;
    };
    QMap<Id, QString> now = offered();
    CHECK(now.keys() == QList<Id>{large, small});  // "Bajo" rests
    CHECK(now.value(large).contains(QStringLiteral(" (2 day(s) ago).")));
    CHECK(now.value(small).startsWith(QStringLiteral("Highest priority; never reached.")));

    // A longer rest of its own holds a segment back where the office's would not.
    s.restDays = 1;
    s.segmentRestDays = {{QStringLiteral("Alto saldo"), 5}};
    store::SettingsRepository(o.t.db()).save(s);
    now = offered();
    CHECK(now.keys() == QList<Id>{medium, small});
    CHECK(now.value(medium).contains(QStringLiteral(" (2 day(s) ago).")));
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

    QSet<Id> given;
    for (int round = 0; round < 2; ++round) {
        const auto a = anaDesk.next(o.ana);
        const auto b = betoDesk.next(o.beto);
        REQUIRE(a.next);
        REQUIRE(b.next);
        CHECK_FALSE(given.contains(a.next->debtorId));
        given.insert(a.next->debtorId);
        CHECK_FALSE(given.contains(b.next->debtorId));
        given.insert(b.next->debtorId);
    }
    CHECK(given.size() == 4);
    CHECK_FALSE(anaDesk.next(o.ana).next);  // all four are held
    // Released, a debtor is offered again at once; to the one who asks.
    const Id first = *given.begin();
    const Id holder = *store::WorkQueueRepository(o.t.db()).claimedBy(first, o.clock.nowUtc());
    anaDesk.release(first, holder);
    const auto again = betoDesk.next(o.beto);
    REQUIRE(again.next);
    CHECK(again.next->debtorId == first);
    // A claim expires by itself: every debtor is free again later.
    o.clock.set(kMorning.addSecs(services::WorkQueueService::kClaimMinutes * 60 + 60));
    for (Id id : given)
        CHECK_FALSE(store::WorkQueueRepository(o.t.db()).claimedBy(id, o.clock.nowUtc()).has_value());
    CHECK(anaDesk.next(o.ana).next);
}

TEST_CASE("Next call skips debtors the contact rules forbid now and says how many and why", "[services][queue]")
{
    Office o;
    o.debtor(QStringLiteral("madrid"), test::pesos(50000), QStringLiteral("Europe/Madrid"));  // 17:00 there: fine
    o.debtor(QStringLiteral("tokyo"), test::pesos(90000), QStringLiteral("Asia/Tokyo"));     // 01:00 there: no
    // High risk and a large balance: its score stays above Madrid's even
    // with the recent calls weighing it down, so it is tried (and refused).
    const Id busy = o.debtor(QStringLiteral("busy"), test::pesos(900000));
    {
        store::DebtorRepository repo(o.t.db());
        auto d = *repo.byId(busy);
        d.risk = Level::High;
        repo.update(d);
    }
    for (int i = 0; i < 7; ++i)
        o.call(busy, kMorning.addDays(-4).addSecs(i * 600));  // 7 attempts in 7 days: the limit
    Debtor dnc;
    dnc.externalRef = QStringLiteral("dnc");
    dnc.name = QStringLiteral("No llamar");
    dnc.doNotContact = true;
    const Id dncId = store::DebtorRepository(o.t.db()).add(dnc);
    test::addInvoice(o.t.db(), dncId, QStringLiteral("F-dnc"), QDate(2026, 1, 10), test::pesos(99000));
    // A call-back due now on a debtor outside their hours is skipped too.
    const Id lateCallback = o.debtor(QStringLiteral("sydney"), test::pesos(10), QStringLiteral("Australia/Sydney"));
    o.followUp(lateCallback, FollowUpKind::Callback, QTime(8, 0));

    const auto r = o.next(o.ana);
    REQUIRE(r.next);
    CHECK(store::DebtorRepository(o.t.db()).byId(r.next->debtorId)->externalRef == QStringLiteral("madrid"));
    CHECK(r.skipped.value(ContactBlock::OutsideWindow) == 2);
    CHECK(r.skipped.value(ContactBlock::TooManyAttempts) == 1);
    CHECK(r.skipped.value(ContactBlock::DebtorDoNotContact) == 1);
    CHECK(r.skippedTotal() == 4);
    const QString summary = r.skippedSummary();
    CHECK(summary.contains(QStringLiteral("4")));
    CHECK(summary.contains(QStringLiteral("do-not-contact")));
    // Nothing left that may be called: no answer, and still the count.
    const auto none = o.next(o.ana);
    CHECK_FALSE(none.next);
    CHECK(none.skippedTotal() == 4);
}

TEST_CASE("Next call skips a debtor called as often today as the office allows a day", "[services][queue]")
{
    Office o;
    {
        store::SettingsRepository settings(o.t.db());
        OfficeSettings s = settings.load();
        s.maxAttemptsPerDay = 2;
        settings.save(s);
    }
    // Two attempts this morning in Mexico City (08:00 and 09:00), a
    // call-back due now: the third today is not offered.
    const Id today = o.debtor(QStringLiteral("today"), test::pesos(90000));
    o.call(today, kMorning.addSecs(-2 * 3600));
    o.call(today, kMorning.addSecs(-3600));
    o.followUp(today, FollowUpKind::Callback, QTime(9, 30));
    // Two yesterday: today is a new day for them.
    const Id yesterday = o.debtor(QStringLiteral("yesterday"), test::pesos(100));
    o.call(yesterday, kMorning.addDays(-1));
    o.call(yesterday, kMorning.addDays(-1).addSecs(3600));
    o.followUp(yesterday, FollowUpKind::Callback, QTime(9, 45));

    const auto r = o.next(o.ana);
    REQUIRE(r.next);
    CHECK(r.next->debtorId == yesterday);
    CHECK(r.skipped.value(ContactBlock::TooManyAttemptsToday) == 1);
    CHECK(r.skippedSummary().contains(QStringLiteral("called as often as a day allows")));
}

TEST_CASE("Agents get only their own debtors and, when the office allows, unassigned ones", "[services][queue]")
{
    Office o;
    const Id mine = o.debtor(QStringLiteral("mine"), test::pesos(100));
    const Id theirs = o.debtor(QStringLiteral("theirs"), test::pesos(90000));
    const Id nobodys = o.debtor(QStringLiteral("nobody"), test::pesos(50000));
    o.assign(mine, o.ana);
    o.assign(theirs, o.beto);
    o.followUp(theirs, FollowUpKind::Callback, QTime(9, 0));  // Beto's call-back is not Ana's work

    CHECK(o.next(o.ana).next->debtorId == nobodys);
    CHECK(o.next(o.ana).next->debtorId == mine);
    CHECK_FALSE(o.next(o.ana).next);

    store::SettingsRepository settings(o.t.db());
    auto s = settings.load();
    s.agentsTakeUnassigned = false;
    settings.save(s);
    o.clock.set(kMorning.addSecs(3600 * 2));  // Ana's claims expired
    CHECK(o.next(o.ana).next->debtorId == mine);
    CHECK_FALSE(o.next(o.ana).next);
    CHECK(o.next(o.beto).next->debtorId == theirs);
}

TEST_CASE("A follow-up assigned to an agent is theirs, whoever has the debtor", "[services][queue]")
{
    Office o;
    const Id betos = o.debtor(QStringLiteral("betos"), test::pesos(100));
    o.assign(betos, o.beto);
    // Ana agreed the call-back while covering for Beto: she calls back.
    const Id callback = o.followUp(betos, FollowUpKind::Callback, QTime(9, 0));
    REQUIRE(store::FollowUpRepository(o.t.db()).reassign(callback, o.ana));
    const auto beto = o.next(o.beto);
    CHECK_FALSE((beto.next.has_value() && beto.next->reason == QueueReason::CallbackDue));
    services::WorkQueueService(o.t.db(), o.clock).release(betos, o.beto);
    const auto ana = o.next(o.ana);
    REQUIRE(ana.next);
    CHECK(ana.next->debtorId == betos);
    CHECK(ana.next->reason == QueueReason::CallbackDue);
    CHECK(ana.next->followUpId == std::optional<Id>(callback));
}
