#include "debtorfiletesthelpers.h"
#include "domain/clock.h"
#include "store/agendarepository.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/agendacalendar.h"
#include "ui/agendadaysheet.h"
#include "ui/agendadonedialog.h"
#include "ui/agendamodel.h"
#include "ui/agendareassigndialog.h"
#include "ui/agendarescheduledialog.h"
#include "ui/agendatexts.h"
#include "ui/agendaview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace libreta;
using test::saveButton;
using namespace libreta::domain;
using libreta::test::DeskLogin;

namespace {

const QDate kToday(2026, 3, 10);

struct ScratchSettings {
    ScratchSettings() { QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path()); }
    QTemporaryDir dir;
};

// Whoever the desk's system account is for the test.
struct Office {
    test::TempDb t;
    FixedClock clock{QDateTime(kToday, QTime(9, 0)).toUTC()};  // 09:00 on the desk's own clock
    Id ana = 0;
    Id beto = 0;
    Id sara = 0;
    Id debtor = 0;

    Office()
    {
        store::UserRepository users(t.db());
        ana = users.add({0, QStringLiteral("ana"), QStringLiteral("Ana Torres"), UserRole::Agent, true});
        beto = users.add({0, QStringLiteral("beto"), QStringLiteral("Beto Ríos"), UserRole::Agent, true});
        sara = users.add({0, QStringLiteral("sara"), QStringLiteral("Sara Gil"), UserRole::Supervisor, true});
        debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
        test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), kToday.addDays(-20), test::pesos(1200));
    }

    Id followUp(FollowUpKind kind, const QDate &day, std::optional<QTime> at, Id assignee, const QString &what = {})
    {
        FollowUp f;
        f.debtorId = debtor;
        f.kind = kind;
        f.dueDate = day;
        f.dueTime = at;
        f.assignedTo = assignee;
        f.description = what;
        return *store::FollowUpRepository(t.db()).add(f);
    }

    FollowUp stored(Id id) { return *store::FollowUpRepository(t.db()).byId(id); }
};

} // namespace

TEST_CASE("An agent completes and reschedules items of their own agenda", "[ui][agenda]")
{
    ScratchSettings scratch;
    test::PrompterScope prompts;
    Office o;
    const Id callback = o.followUp(FollowUpKind::Callback, kToday, QTime(10, 0), o.ana,
                                    QStringLiteral("pidió hablar a las diez, después de dejar a sus hijos en la escuela"));
    const Id statement = o.followUp(FollowUpKind::SendStatement, kToday, std::nullopt, o.ana);
    o.followUp(FollowUpKind::NoteFollowUp, kToday, std::nullopt, o.beto);  // Beto's: not on Ana's page
    DeskLogin login("ana");
    ui::AgendaView view(o.t.db());
    view.setClock(o.clock);
    QSignalSpy changed(&view, &ui::AgendaView::debtorChanged);

    CHECK(view.model()->total() == 2);  // an agent starts on their own agenda
    CHECK_FALSE(view.maySupervise());
    REQUIRE(view.selectItem(callback));
    CHECK(view.reassign() == nullptr);  // only supervisors give work away

    auto *done = qobject_cast<ui::AgendaDoneDialog *>(view.markDone());
    REQUIRE(done);
    // The item's summary wraps onto a second line, and the form is tall
    // enough for it (a layout's minimum height alone cut it off).
    auto *summary = done->findChild<QLabel *>(QStringLiteral("itemLabel"));
    REQUIRE(summary);
    REQUIRE(summary->isVisible());
    CHECK(summary->height() >= summary->heightForWidth(summary->width()));
    saveButton(done)->click();  // no result: refused, stays open
    CHECK(done->isVisible());
    CHECK_FALSE(done->errorFor(QStringLiteral("result")).isEmpty());
    done->setResult(QStringLiteral("Habló con el titular; paga el viernes"));
    saveButton(done)->click();
    CHECK(o.stored(callback).status == FollowUpStatus::Done);
    CHECK(o.stored(callback).result == QStringLiteral("Habló con el titular; paga el viernes"));
    CHECK(view.model()->total() == 1);
    CHECK(changed.count() == 1);

    REQUIRE(view.selectItem(statement));
    auto *move = qobject_cast<ui::AgendaRescheduleDialog *>(view.reschedule());
    REQUIRE(move);
    CHECK(move->saysPutOff());  // due today, offered for tomorrow
    move->setWhen(kToday, QTime(8, 0));  // an hour already past is refused
    CHECK_FALSE(move->saysPutOff());  // the same day: not put off
    saveButton(move)->click();
    CHECK(move->isVisible());
    CHECK_FALSE(move->errorFor(QStringLiteral("time")).isEmpty());
    move->setWhen(kToday.addDays(2), QTime(12, 30));
    CHECK(move->saysPutOff());
    saveButton(move)->click();
    CHECK(o.stored(statement).dueDate == kToday.addDays(2));
    CHECK(o.stored(statement).dueTime == std::optional<QTime>(QTime(12, 30)));
    CHECK(view.model()->total() == 0);
    view.showView(ui::AgendaView::View::NextDays);
    CHECK(view.model()->total() == 1);
    CHECK(changed.count() == 2);
    // Moved on its day: the agenda (and the day sheet) say it was put off.
    const auto moved = store::AgendaRepository(o.t.db()).item(statement);
    REQUIRE(moved);
    // (The tests read the source's words, "time(s)": the English plural is a translation.)
    CHECK(ui::AgendaTexts(view.model()->money()).details(*moved) == QStringLiteral("Put off 1 time(s): Send the statement"));
    // Moved again before its new day: planning, nothing said.
    REQUIRE(view.selectItem(statement));
    auto *again = qobject_cast<ui::AgendaRescheduleDialog *>(view.reschedule());
    REQUIRE(again);
    CHECK_FALSE(again->saysPutOff());
    again->reject();
}

TEST_CASE("A supervisor sees everyone's agenda and reassigns an item", "[ui][agenda]")
{
    ScratchSettings scratch;
    test::PrompterScope prompts;
    Office o;
    const Id item = o.followUp(FollowUpKind::SendInvoiceCopy, kToday, std::nullopt, o.ana);
    o.followUp(FollowUpKind::Callback, kToday, QTime(15, 0), o.beto);
    DeskLogin login("sara");
    ui::AgendaView view(o.t.db());
    view.setClock(o.clock);
    CHECK(view.maySupervise());
    CHECK(view.model()->total() == 2);
    REQUIRE(view.selectItem(item));
    auto *reassign = qobject_cast<ui::AgendaReassignDialog *>(view.reassign());
    REQUIRE(reassign);
    REQUIRE(reassign->setAssignee(o.beto));
    saveButton(reassign)->click();
    CHECK(o.stored(item).assignedTo == std::optional<Id>(o.beto));
}

TEST_CASE("A supervisor looks at what was put off, of any kind, in the list and the month", "[ui][agenda]")
{
    ScratchSettings scratch;
    Office o;
    store::FollowUpRepository followUps(o.t.db());
    // A statement put off from yesterday to today, a call-back put off
    // twice to the day after tomorrow, and a task moved ahead of its day.
    const Id statement = o.followUp(FollowUpKind::SendStatement, kToday.addDays(-1), std::nullopt, o.ana);
    followUps.reschedule(statement, kToday, std::nullopt, kToday.addDays(-1));
    const Id callback = o.followUp(FollowUpKind::Callback, kToday, QTime(11, 0), o.beto);
    followUps.reschedule(callback, kToday.addDays(1), QTime(11, 0), kToday);
    followUps.reschedule(callback, kToday.addDays(2), QTime(11, 0), kToday.addDays(1));
    const Id planned = o.followUp(FollowUpKind::NoteFollowUp, kToday.addDays(3), std::nullopt, o.ana);
    followUps.reschedule(planned, kToday.addDays(4), std::nullopt, kToday);
    o.followUp(FollowUpKind::SendInvoiceCopy, kToday, std::nullopt, o.ana);
    DeskLogin login("sara");
    ui::AgendaView view(o.t.db());
    view.setClock(o.clock);
    CHECK(view.model()->total() == 2);  // today: the statement and the copy

    auto *kind = test::child<QComboBox>(&view, "kindCombo");
    kind->setCurrentIndex(kind->count() - 1);
    CHECK(kind->currentText() == QStringLiteral("Put off, any kind"));
    CHECK(view.model()->scope().putOffOnly);
    CHECK(view.model()->total() == 1);
    REQUIRE(view.selectItem(statement));
    CHECK(test::child<QLabel>(&view, "countLabel")->text().startsWith(QStringLiteral("1 open and put off")));
    CHECK_FALSE(view.sheetScope().putOffOnly);  // the day sheet stays the whole day
    CHECK(view.sheetScope().from == kToday);
    view.showView(ui::AgendaView::View::Month);
    CHECK(view.calendar()->countOn(kToday) == 1);
    CHECK(view.calendar()->countOn(kToday.addDays(2)) == 1);  // the call-back
    CHECK(view.calendar()->countOn(kToday.addDays(4)) == 0);  // planned, not put off
    // Back to every kind: everything again, the month's counts too.
    kind->setCurrentIndex(0);
    CHECK_FALSE(view.model()->scope().putOffOnly);
    CHECK(view.calendar()->countOn(kToday.addDays(4)) == 1);
}

TEST_CASE("An empty agenda says where the debtors who owe are to be called from", "[ui][agenda]")
{
    ScratchSettings scratch;
    Office o;  // a debtor twenty days late, nothing scheduled
    DeskLogin login("ana");
    ui::AgendaView view(o.t.db());
    view.setClock(o.clock);
    view.show();
    for (const auto shown : {ui::AgendaView::View::Today, ui::AgendaView::View::Overdue}) {
        view.showView(shown);
        auto *empty = test::child<QLabel>(&view, "emptyLabel");
        CHECK(empty->isVisible());
        CHECK(empty->text().contains(QStringLiteral("Next call (F6)")));
    }
    view.showView(ui::AgendaView::View::NextDays);
    CHECK_FALSE(test::child<QLabel>(&view, "emptyLabel")->text().contains(QStringLiteral("Next call")));
}

TEST_CASE("The month view shows each day's count and opens a day", "[ui][agenda]")
{
    ScratchSettings scratch;
    Office o;
    for (int i = 0; i < 3; ++i)
        o.followUp(FollowUpKind::NoteFollowUp, kToday.addDays(3), std::nullopt, o.ana, QStringLiteral("n%1").arg(i));
    o.followUp(FollowUpKind::Callback, kToday, QTime(11, 0), o.ana);
    o.followUp(FollowUpKind::Callback, kToday.addDays(3), QTime(11, 0), o.beto);  // not Ana's
    const Id done = o.followUp(FollowUpKind::Callback, kToday.addDays(5), QTime(11, 0), o.ana);
    store::FollowUpRepository(o.t.db()).complete(done, QStringLiteral("hecho"), o.clock.nowUtc());
    DeskLogin login("ana");
    ui::AgendaView view(o.t.db());
    view.setClock(o.clock);

    view.showView(ui::AgendaView::View::Month);
    ui::AgendaCalendar *calendar = view.calendar();
    CHECK(calendar->countOn(kToday) == 1);
    CHECK(calendar->countOn(kToday.addDays(3)) == 3);
    CHECK(calendar->countOn(kToday.addDays(5)) == 0);  // done: nothing open that day
    CHECK(calendar->countOn(kToday.addDays(1)) == 0);
    Q_EMIT calendar->clicked(kToday.addDays(3));
    CHECK(view.view() == ui::AgendaView::View::Today);
    CHECK(view.model()->day() == kToday.addDays(3));
    CHECK(view.model()->total() == 3);
}

TEST_CASE("The day sheet lists the day group by group and saves as a PDF", "[ui][agenda]")
{
    ScratchSettings scratch;
    Office o;
    Promise p;
    p.debtorId = o.debtor;
    p.amount = test::pesos(450);
    p.dueDate = kToday;
    p.madeOn = kToday.addDays(-4);
    p.method = PaymentMethod::Deposit;
    FollowUp reminder;
    reminder.debtorId = o.debtor;
    reminder.kind = FollowUpKind::PromiseReminder;
    reminder.dueDate = kToday;
    reminder.dueTime = QTime(9, 0);
    reminder.promiseId = store::PromiseRepository(o.t.db()).add(p);
    reminder.assignedTo = o.ana;
    store::FollowUpRepository(o.t.db()).add(reminder);
    o.followUp(FollowUpKind::Callback, kToday, QTime(11, 0), o.ana, QStringLiteral("preguntar por el contador"));

    store::AgendaScope day;
    day.from = day.to = kToday;
    const ui::MoneyFormatter money;
    const ui::AgendaDaySheet sheet(o.t.db(), day, QStringLiteral("Everyone"), money);
    CHECK(sheet.itemCount() == 2);
    CHECK(sheet.html().contains(QStringLiteral("Ana Ruiz")));
    CHECK(sheet.html().contains(QStringLiteral("preguntar por el contador")));
    CHECK(sheet.html().contains(agendaGroupLabel(AgendaGroup::PromiseDue).toHtmlEscaped()));

    DeskLogin login("ana");
    ui::AgendaView view(o.t.db());
    view.setClock(o.clock);
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("hoja.pdf"));
    REQUIRE(view.saveDaySheet(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(4) == QByteArray("%PDF"));
}

TEST_CASE("Done on a call asks when to call again when the result needs another call", "[ui][agenda]")
{
    ScratchSettings scratch;
    test::PrompterScope prompts;
    Office o;
    const Id callback = o.followUp(FollowUpKind::Callback, kToday, QTime(10, 0), o.ana);
    const Id copy = o.followUp(FollowUpKind::SendInvoiceCopy, kToday, std::nullopt, o.ana);
    const Id statement = o.followUp(FollowUpKind::SendStatement, kToday, std::nullopt, o.ana);
    DeskLogin login("ana");
    ui::AgendaView view(o.t.db());
    view.setClock(o.clock);

    // A copy is done by sending it: no call to ask for.
    REQUIRE(view.selectItem(copy));
    auto *task = qobject_cast<ui::AgendaDoneDialog *>(view.markDone());
    REQUIRE(task);
    CHECK(task->findChild<QCheckBox *>(QStringLiteral("callAgainCheck"))->isHidden());
    task->reject();

    // The statement of a debtor who says they paid: by WhatsApp, and when
    // the payment is not found, a call for the receipt is set, not forgotten.
    REQUIRE(view.selectItem(statement));
    auto *sent = qobject_cast<ui::AgendaDoneDialog *>(view.markDone());
    REQUIRE(sent);
    auto *results = sent->findChild<QComboBox *>(QStringLiteral("resultCombo"));
    REQUIRE(results);
    CHECK(results->findText(ui::AgendaDoneDialog::tr("Sent by WhatsApp")) >= 0);
    CHECK_FALSE(sent->callsAgain());
    sent->setResult(ui::AgendaDoneDialog::tr("Payment not found: call for the receipt"));
    CHECK(sent->callsAgain());
    CHECK(sent->callAgainAt() == QDateTime(kToday, QTime(11, 0)));
    saveButton(sent)->click();
    CHECK_FALSE(sent->isVisible());
    CHECK(o.stored(statement).status == FollowUpStatus::Done);
    const auto afterStatement = store::FollowUpRepository(o.t.db()).openForDebtor(o.debtor);
    CHECK(std::count_if(afterStatement.cbegin(), afterStatement.cend(), [](const FollowUp &f) {
              return f.kind == FollowUpKind::Callback && f.dueTime == std::optional<QTime>(QTime(11, 0));
          }) == 1);

    REQUIRE(view.selectItem(callback));
    auto *done = qobject_cast<ui::AgendaDoneDialog *>(view.markDone());
    REQUIRE(done);
    auto *callAgain = done->findChild<QCheckBox *>(QStringLiteral("callAgainCheck"));
    REQUIRE(callAgain);
    CHECK(callAgain->isVisible());
    CHECK_FALSE(done->callsAgain());
    // Nobody answered at nine: in two hours, the same day.
    done->setResult(ui::AgendaDoneDialog::tr("No answer"));
    CHECK(done->callsAgain());
    CHECK(done->callAgainAt() == QDateTime(kToday, QTime(11, 0)));
    // The debtor asked for another day: tomorrow at the item's hour.
    done->setResult(ui::AgendaDoneDialog::tr("Asked to call another day"));
    CHECK(done->callAgainAt() == QDateTime(kToday.addDays(1), QTime(10, 0)));
    // Which day is the point of that answer: not saved without one.
    callAgain->setChecked(false);
    saveButton(done)->click();
    CHECK(done->isVisible());
    CHECK_FALSE(done->errorFor(QStringLiteral("call_again")).isEmpty());
    CHECK(o.stored(callback).status == FollowUpStatus::Open);
    callAgain->setChecked(true);
    saveButton(done)->click();
    CHECK_FALSE(done->isVisible());
    CHECK(o.stored(callback).status == FollowUpStatus::Done);
    const auto open = store::FollowUpRepository(o.t.db()).openForDebtor(o.debtor);
    const auto next = std::find_if(open.cbegin(), open.cend(), [](const FollowUp &f) {
        return f.kind == FollowUpKind::Callback && f.dueDate == kToday.addDays(1);
    });
    REQUIRE(next != open.cend());
    CHECK(next->dueTime == std::optional<QTime>(QTime(10, 0)));
    CHECK(next->assignedTo == std::optional<Id>(o.ana));
}

TEST_CASE("Down and Up step from task to task over the open groups' headings", "[ui][agenda]")
{
    ScratchSettings scratch;
    test::PrompterScope prompts;
    Office o;
    const Id callback = o.followUp(FollowUpKind::Callback, kToday, QTime(10, 0), o.ana);
    const Id statement = o.followUp(FollowUpKind::SendStatement, kToday, std::nullopt, o.ana);
    DeskLogin login("ana");
    ui::AgendaView view(o.t.db());
    view.setClock(o.clock);
    view.show();
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("tree"));
    REQUIRE(tree);
    auto *model = qobject_cast<ui::AgendaModel *>(tree->model());
    REQUIRE(model);
    const auto current = [&]() -> Id {
        const store::AgendaItem *item = model->itemAt(tree->currentIndex());
        return item ? item->followUp.id : 0;  // 0: a heading
    };
    REQUIRE(view.selectItem(callback));
    tree->setFocus();
    // From the call-back, one Down is the statement, in the next group:
    // its heading is passed over, so Ctrl+D acts on the task.
    QTest::keyClick(tree, Qt::Key_Down);
    CHECK(current() == statement);
    // Past the last item the selection stays.
    QTest::keyClick(tree, Qt::Key_Down);
    CHECK(current() == statement);
    QTest::keyClick(tree, Qt::Key_Up);
    CHECK(current() == callback);
    // Left still climbs to the item's heading (Enter there closes the group).
    QTest::keyClick(tree, Qt::Key_Left);
    CHECK(current() == 0);
}
