#include "debtorfiletesthelpers.h"
#include "deskwindow.h"
#include "domain/clock.h"
#include "services/callservice.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "store/callrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/callbackalarm.h"
#include "ui/daywatcher.h"
#include "ui/deskalerts.h"
#include "ui/deskuser.h"
#include "ui/mainwindow.h"
#include "ui/noticebar.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDate kToday(2026, 3, 10);

QDateTime local(const QDate &day, const QTime &time) { return QDateTime(day, time).toUTC(); }

} // namespace

TEST_CASE("A timed call-back is announced when its time comes, once", "[ui][agenda][alarm]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    FollowUp f;
    f.debtorId = debtor;
    f.kind = FollowUpKind::Callback;
    f.dueDate = kToday;
    f.dueTime = QTime(10, 30);
    const Id callback = *store::FollowUpRepository(t.db()).add(f);
    f.dueTime = QTime(8, 0);  // long past when the desk opens: left to the agenda
    store::FollowUpRepository(t.db()).add(f);

    FixedClock clock(local(kToday, QTime(10, 28)));
    ui::CallbackAlarm alarm(t.db(), clock, store::AgendaScope());
    QSignalSpy due(&alarm, &ui::CallbackAlarm::due);
    alarm.start();
    CHECK(due.isEmpty());
    CHECK(alarm.nextCheck() == QDateTime(kToday, QTime(10, 30)));  // it sleeps until then

    clock.set(local(kToday, QTime(10, 30, 5)));
    alarm.check();
    REQUIRE(due.count() == 1);
    const auto items = due.at(0).at(0).value<QList<store::AgendaItem>>();
    REQUIRE(items.size() == 1);
    CHECK(items.at(0).followUp.id == callback);
    CHECK(items.at(0).debtorName == QStringLiteral("Ana Ruiz"));
    clock.set(local(kToday, QTime(10, 45)));
    alarm.check();
    CHECK(due.count() == 1);  // not again
}

TEST_CASE("The day watcher rolls the day over at start and when the date changes", "[ui][agenda][rollover]")
{
    test::TempDb t;
    // 18:00 here is inside the debtor's calling hours (Mexico City) whether
    // this machine runs on UTC, Mexico's or Spain's time.
    FixedClock clock(local(kToday, QTime(18, 0)));
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), kToday.addDays(-30), test::pesos(1000));
    services::CallDraft d;
    d.call.debtorId = debtor;
    d.call.startedAt = clock.nowUtc();
    d.call.answeredBy = AnsweredBy::Debtor;
    d.call.excuseCategory = ExcuseCategory::WaitingForCustomer;
    d.call.commitmentConfirmed = true;
    Promise p;
    p.amount = test::pesos(500);
    p.dueDate = kToday.addDays(1);
    p.method = PaymentMethod::Transfer;
    d.promise = p;
    const Id promise = services::CallService(t.db(), clock).commit(d).promiseIds.at(0);

    ui::DayWatcher watcher(t.path(), clock);
    QSignalSpy rolled(&watcher, &ui::DayWatcher::rolledOver);
    QSignalSpy changed(&watcher, &ui::DayWatcher::dayChanged);
    watcher.start();
    REQUIRE(test::waitFor([&] { return rolled.count() == 1; }));
    CHECK(rolled.at(0).at(1).value<services::RolloverResult>().promisesBroken == 0);

    // Four days later (grace is two days): the promise is broken overnight.
    clock.set(local(kToday.addDays(4), QTime(0, 0, 5)));
    watcher.check();
    CHECK(changed.count() == 1);
    CHECK(watcher.today() == kToday.addDays(4));
    REQUIRE(test::waitFor([&] { return rolled.count() == 2; }));
    CHECK(rolled.at(1).at(1).value<services::RolloverResult>().promisesBroken == 1);
    CHECK(store::PromiseRepository(t.db()).byId(promise)->status == PromiseStatus::Broken);
    watcher.check();  // the same day again: nothing new
    CHECK(changed.count() == 1);
}

TEST_CASE("A call-back due when the desk opens shows in the band, with a button to start the call", "[ui][agenda][alarm]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    FollowUp f;
    f.debtorId = debtor;
    f.kind = FollowUpKind::Callback;
    f.dueDate = kToday;
    f.dueTime = QTime(10, 30);
    f.description = QStringLiteral("Pidió que le llamen a esta hora");
    store::FollowUpRepository(t.db()).add(f);

    FixedClock clock(local(kToday, QTime(10, 35)));
    QWidget window;
    ui::NoticeBar notice(&window);
    ui::DeskAlerts alerts(t.db(), clock, &notice, &window);
    QSignalSpy call(&alerts, &ui::DeskAlerts::startCallRequested);
    alerts.startAlarm();
    CHECK(notice.text().contains(QStringLiteral("Ana Ruiz")));
    CHECK(notice.text().contains(QStringLiteral("Pidió que le llamen")));
    auto *start = notice.findChild<QPushButton *>();
    REQUIRE(start);
    start->click();
    REQUIRE(call.count() == 1);
    CHECK(call.at(0).at(0).toLongLong() == debtor);
}

TEST_CASE("The desk's call-backs are in the band before its first paint, and follow who sits down",
          "[ui][agenda][alarm]")
{
    test::TempDb t;
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const auto callback = [&t](const QString &ref, const QString &name, Id who, const QDate &day, const QTime &at) {
        test::addCallback(t.db(), test::addDebtor(t.db(), ref, name), day, at, who);
    };
    SECTION("as the window is made, on the computer's clock")
    {
        const QDateTime now = QDateTime::currentDateTime();
        if (now.time() < QTime(0, 10))
            return;  // a call-back two minutes ago would be yesterday's
        callback(QStringLiteral("A-1"), QStringLiteral("Abarrotes Núñez"), people.ana, now.date(),
                 now.time().addSecs(-120));
        test::DeskLogin login("ana");
        ui::MainWindow window(std::move(t.database));
        // Neither shown nor its background work started.
        CHECK(window.noticeBar()->text().contains(QStringLiteral("Abarrotes Núñez")));
    }
    SECTION("Ana's, then Susana's once she says she is at the desk")
    {
        callback(QStringLiteral("A-1"), QStringLiteral("Abarrotes Núñez"), people.ana, kToday, QTime(10, 30));
        callback(QStringLiteral("S-1"), QStringLiteral("Ferretería Ávila"), people.sue, kToday, QTime(10, 25));
        test::PrompterScope prompts;
        test::DeskLogin login("ana");
        ui::MainWindow window(std::move(t.database));
        const FixedClock clock(local(kToday, QTime(10, 35)));
        window.setClock(clock);
        window.show();
        CHECK(window.noticeBar()->text().contains(QStringLiteral("Abarrotes Núñez")));

        test::sitDown(window, "sue");
        CHECK(window.noticeBar()->text().contains(QStringLiteral("Ferretería Ávila")));
        CHECK_FALSE(window.noticeBar()->text().contains(QStringLiteral("Abarrotes Núñez")));
        ui::DeskUser::forgetSessionChoices();  // the process's, not the file's
    }
    SECTION("none while the office waits to be told who sits down, then theirs")
    {
        callback(QStringLiteral("A-1"), QStringLiteral("Abarrotes Núñez"), people.ana, kToday, QTime(10, 30));
        callback(QStringLiteral("S-1"), QStringLiteral("Ferretería Ávila"), people.sue, kToday, QTime(10, 25));
        test::PrompterScope prompts;
        test::DeskLogin login("visitante");  // not one of the office's people
        ui::MainWindow window(std::move(t.database));
        REQUIRE(ui::DeskUser::needsChoice(window.database()));
        const FixedClock clock(local(kToday, QTime(10, 35)));
        window.setClock(clock);
        CHECK(window.noticeBar()->isHidden());  // not everyone's call-backs

        test::sitDown(window, "ana");
        CHECK(window.noticeBar()->text().contains(QStringLiteral("Abarrotes Núñez")));
        CHECK_FALSE(window.noticeBar()->text().contains(QStringLiteral("Ferretería Ávila")));
        ui::DeskUser::forgetSessionChoices();
    }
}

TEST_CASE("A call-back without words of its own is announced with its call's next step, as the agenda shows it",
          "[ui][agenda][alarm]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Refacciones Ávila"));
    const Id ana = test::addUser(t.db(), QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), UserRole::Agent);
    const test::DeskLogin login("ana");
    Call asked;  // the reception asked to call back
    asked.debtorId = debtor;
    asked.agentId = ana;
    asked.startedAt = local(kToday.addDays(-1), QTime(11, 0));
    asked.endedAt = asked.startedAt.addSecs(90);
    asked.answeredBy = AnsweredBy::ThirdParty;
    asked.outcome = CallOutcome::Callback;
    asked.nextStep = QStringLiteral("Llamar a las 10:30 y preguntar por el responsable de pagos.");
    test::addCallback(t.db(), debtor, kToday, QTime(10, 30), ana, {}, store::CallRepository(t.db()).add(asked));

    FixedClock clock(local(kToday, QTime(10, 35)));
    QWidget window;
    ui::NoticeBar notice(&window);
    ui::DeskAlerts alerts(t.db(), clock, &notice, &window);
    alerts.startAlarm();
    CHECK(notice.text().contains(QStringLiteral("Refacciones Ávila")));
    CHECK(notice.text().contains(QStringLiteral("preguntar por el responsable de pagos")));
}
