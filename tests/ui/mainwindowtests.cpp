#include "debtorfiletesthelpers.h"
#include "domain/clock.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/paymentrepository.h"
#include "store/settingsrepository.h"
#include "store/targetrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/callpanel.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/mainwindow.h"
#include "ui/noticebar.h"
#include "ui/officebackup.h"
#include "ui/officedetailsdialog.h"
#include "ui/portfolioview.h"
#include "ui/shortcutswindow.h"
#include "ui/uisettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTest>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

TEST_CASE("The main window switches sections from its actions and shows the open file", "[ui][mainwindow]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"));
    ui::MainWindow window(std::move(t.database));

    auto *agenda = window.findChild<QAction *>(QStringLiteral("actionAgenda"));
    auto *portfolio = window.findChild<QAction *>(QStringLiteral("actionPortfolio"));
    REQUIRE(agenda);
    REQUIRE(portfolio);
    CHECK(agenda->shortcut() == QKeySequence(QStringLiteral("Ctrl+1")));
    CHECK(portfolio->shortcut() == QKeySequence(QStringLiteral("Ctrl+2")));

    agenda->trigger();
    CHECK(window.currentSection() == ui::MainWindow::AgendaSection);
    portfolio->trigger();
    CHECK(window.currentSection() == ui::MainWindow::PortfolioSection);

    auto *file = window.findChild<QLabel *>(QStringLiteral("statusFile"));
    REQUIRE(file);
    CHECK(file->text().contains(QStringLiteral("libreta.sqlite")));

    // With a debtor's file in front, Portfolio (the action or the side bar)
    // brings back the list; the file stays open.
    window.show();
    const Id debtor = store::DebtorRepository(window.database()).byRef(QStringLiteral("A-1"))->id;
    ui::DebtorFileView *opened = window.debtorFiles()->openDebtor(debtor);
    REQUIRE(window.debtorFiles()->currentWidget() == opened);
    portfolio->trigger();
    CHECK(window.debtorFiles()->currentWidget() == static_cast<QWidget *>(window.portfolioView()));
    window.debtorFiles()->setCurrentWidget(opened);
    auto *sideBar = window.findChild<QListWidget *>(QStringLiteral("sideBar"));
    REQUIRE(sideBar);
    const QRect row = sideBar->visualItemRect(sideBar->item(ui::MainWindow::PortfolioSection));
    QTest::mouseClick(sideBar->viewport(), Qt::LeftButton, {}, row.center());
    CHECK(window.debtorFiles()->currentWidget() == static_cast<QWidget *>(window.portfolioView()));
    CHECK(window.debtorFiles()->indexOf(opened) >= 0);
}

TEST_CASE("Choosing the agenda puts the keyboard on its list, on the first item, even from a debtor's file",
          "[ui][mainwindow][keyboard]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Rosa Díaz"));
    test::addFollowUp(t.db(), debtor, FollowUpKind::Callback, QDate::currentDate());
    ui::MainWindow window(std::move(t.database));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.debtorFiles()->openDebtor(debtor));

    window.findChild<QAction *>(QStringLiteral("actionAgenda"))->trigger();
    QApplication::processEvents();
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused);
    CHECK(focused->objectName() == QStringLiteral("tree"));
    const auto *tree = qobject_cast<QAbstractItemView *>(focused);
    REQUIRE(tree);
    CHECK(tree->currentIndex().parent().isValid());  // an item, not its group
    CHECK(tree->currentIndex().siblingAtColumn(1).data().toString() == QStringLiteral("Rosa Díaz"));
}

TEST_CASE("The status bar says when the open file is a demo office, whose debtors are invented",
          "[ui][mainwindow][demo]")
{
    SECTION("an office of one's own")
    {
        test::TempDb t;
        ui::MainWindow window(std::move(t.database));
        window.show();
        auto *demo = window.findChild<QLabel *>(QStringLiteral("statusDemo"));
        REQUIRE(demo);
        CHECK_FALSE(demo->isVisible());
    }
    SECTION("a demo office")
    {
        test::TempDb t;
        store::SettingsRepository settings(t.db());
        domain::OfficeSettings s = settings.load();
        s.demo = true;
        settings.save(s);
        ui::MainWindow window(std::move(t.database));
        window.show();
        auto *demo = window.findChild<QLabel *>(QStringLiteral("statusDemo"));
        REQUIRE(demo);
        CHECK(demo->isVisible());
        CHECK(demo->toolTip().contains(QStringLiteral("New office file")));
    }
}

TEST_CASE("View ▸ Show toolbar and Show side bar start ticked, hide their bars and are remembered",
          "[ui][mainwindow][bars]")
{
    test::TempDb t;
    const QString path = t.path();
    {
        ui::MainWindow window(std::move(t.database));
        window.show();
        auto *showToolBar = window.findChild<QAction *>(QStringLiteral("actionShowToolBar"));
        auto *showSideBar = window.findChild<QAction *>(QStringLiteral("actionShowSideBar"));
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        auto *sideBar = window.findChild<QWidget *>(QStringLiteral("sideBar"));
        REQUIRE(showToolBar);
        REQUIRE(showSideBar);
        REQUIRE(toolBar);
        REQUIRE(sideBar);
        // Both bars are on screen, so both entries are ticked: one click hides.
        CHECK(toolBar->isVisible());
        CHECK(sideBar->isVisible());
        CHECK(showToolBar->isChecked());
        CHECK(showSideBar->isChecked());
        showToolBar->trigger();
        showSideBar->trigger();
        CHECK_FALSE(toolBar->isVisible());
        CHECK_FALSE(sideBar->isVisible());
        // Shown again from the bars' own context menu: the entry follows.
        toolBar->toggleViewAction()->trigger();
        CHECK(toolBar->isVisible());
        CHECK(showToolBar->isChecked());
        window.close();
    }
    ui::MainWindow again(std::make_unique<store::Database>(path));
    again.show();
    CHECK(again.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->isVisible());
    CHECK_FALSE(again.findChild<QWidget *>(QStringLiteral("sideBar"))->isVisible());
    CHECK_FALSE(again.findChild<QAction *>(QStringLiteral("actionShowSideBar"))->isChecked());
    again.findChild<QAction *>(QStringLiteral("actionShowSideBar"))->trigger();
    again.close();
}

TEST_CASE("A first start fits the window to a screen smaller than its usual size", "[ui][mainwindow][screen]")
{
    test::TempDb t;
    ui::UiSettings().setWindowGeometry({});
    ui::MainWindow window(std::move(t.database));
    window.show();
    const QRect available = window.screen()->availableGeometry();
    // The test platform's screen (800×800) is narrower than the 1280×800 a
    // first start otherwise takes.
    REQUIRE(available.width() < 1280);
    CHECK(window.isMaximized());
    // Its bottom (status bar, the portfolio's totals) is on the screen.
    CHECK(window.height() <= available.height());
    window.close();
}

TEST_CASE("File ▸ Save a backup copy writes the office on a thread and the status bar says when",
          "[ui][mainwindow][backup]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ferretería Núñez"));
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("copia.sqlite"));
    ui::MainWindow window(std::move(t.database));
    window.show();
    auto *backup = window.findChild<QAction *>(QStringLiteral("actionBackup"));
    REQUIRE(backup);
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusBackup"));
    REQUIRE(status);
    // An office with debtors and no copy yet is reminded.
    CHECK(status->isVisible());
    CHECK(status->text() == QStringLiteral("No backup copy yet"));
    CHECK(status->property("due").toBool());

    QSignalSpy saved(window.backup(), &ui::OfficeBackup::saved);
    window.backup()->saveTo(t.path(), target);
    CHECK(window.backup()->saving());
    REQUIRE(saved.wait(10000));
    CHECK(QFile::exists(target));
    REQUIRE(prompts.prompter->infos.size() == 1);
    CHECK(prompts.prompter->infos.first().contains(QDir::toNativeSeparators(target)));
    CHECK(prompts.prompter->infos.first().contains(QStringLiteral("1 debtor(s) and 0 invoice(s)")));
    CHECK(status->text() == QStringLiteral("Backup copy: today"));
    CHECK_FALSE(status->property("due").toBool());

    // A copy that cannot be written says why, and is not counted.
    QSignalSpy failed(window.backup(), &ui::OfficeBackup::failed);
    window.backup()->saveTo(t.path(), t.path());
    REQUIRE(failed.wait(10000));
    CHECK(prompts.prompter->errors.size() == 1);
}

TEST_CASE("A demo office and an empty one are not reminded of backups", "[ui][mainwindow][backup]")
{
    test::TempDb t;
    ui::MainWindow window(std::move(t.database));
    window.show();
    CHECK_FALSE(window.findChild<QLabel *>(QStringLiteral("statusBackup"))->isVisible());
}

TEST_CASE("A copy older than a week is shown as due in the status bar", "[ui][mainwindow][backup]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"));
    store::SettingsRepository(t.db())
        .setValue(QStringLiteral("last_backup_at"),
                  QDateTime::currentDateTimeUtc().addDays(-10).toString(Qt::ISODate));
    ui::MainWindow window(std::move(t.database));
    window.show();
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusBackup"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("Backup copy: 10 day(s) ago"));
    CHECK(status->property("due").toBool());
}

TEST_CASE("The Debtor and Work menus list the files' actions with their keys and bring the file into view",
          "[ui][mainwindow][menus]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ferretería Núñez"));
    ui::MainWindow window(std::move(t.database));
    window.show();
    auto *debtorMenu = window.findChild<QMenu *>(QStringLiteral("menuDebtor"));
    auto *workMenu = window.findChild<QMenu *>(QStringLiteral("menuWork"));
    REQUIRE(debtorMenu);
    REQUIRE(workMenu);
    const auto names = [](const QMenu *menu) {
        QStringList out;
        for (const QAction *a : menu->actions())
            if (!a->isSeparator())
                out << a->objectName();
        return out;
    };
    CHECK(names(debtorMenu).contains(QStringLiteral("actionRecordPayment")));
    CHECK(names(debtorMenu).contains(QStringLiteral("actionNewDebtor")));
    CHECK(names(workMenu) == QStringList{QStringLiteral("actionNextCall"), QStringLiteral("actionDiscountApprovals"),
                                         QStringLiteral("actionStartCall"),
                                         QStringLiteral("actionPreviousStage"), QStringLiteral("actionNextStage"),
                                         QStringLiteral("actionSaveCall"), QStringLiteral("actionDiscardCall"),
                                         QStringLiteral("actionCorrectCall")});

    // Chosen from a menu while the agenda is shown: the file comes into view.
    REQUIRE(window.debtorFiles()->openDebtor(debtor));
    window.showSection(ui::MainWindow::AgendaSection);
    QAction *addNote = window.findChild<QAction *>(QStringLiteral("actionAddNote"));
    REQUIRE(addNote);
    REQUIRE(addNote->isEnabled());
    addNote->trigger();
    Q_EMIT debtorMenu->triggered(addNote);
    CHECK(window.currentSection() == ui::MainWindow::PortfolioSection);
}

namespace {

// A promise of `debtorId` due today whose reminder is in `agentId`'s agenda.
void addPromiseDueToday(store::Database &db, Id debtorId, Id agentId)
{
    const QDate today = QDate::currentDate();
    FollowUp reminder;
    reminder.debtorId = debtorId;
    reminder.kind = FollowUpKind::PromiseReminder;
    reminder.dueDate = today;
    reminder.promiseId = test::addPromise(db, debtorId, test::pesos(1500), today, today.addDays(-2));
    reminder.assignedTo = agentId;
    REQUIRE(store::FollowUpRepository(db).add(reminder));
}

} // namespace

TEST_CASE("An agent with a monthly target sees in the status bar how much of it came in", "[ui][mainwindow][figures]")
{
    test::TempDb t;
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("D-1"), QStringLiteral("Abarrotes Núñez"));
    Debtor d = *store::DebtorRepository(t.db()).byId(debtor);
    d.assignedAgentId = people.ana;
    store::DebtorRepository(t.db()).update(d);
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate::currentDate().addDays(-40), test::pesos(2000));
    Payment p;
    p.debtorId = debtor;
    p.paidOn = QDate::currentDate();
    p.amount = test::pesos(250);
    store::PaymentRepository(t.db()).add(p);  // Ana's debtor: Ana's money
    store::TargetRepository(t.db()).setMonthlyRecovery(people.ana, test::pesos(1000));
    const auto targetOf = [](ui::MainWindow &window) {
        auto *target = window.findChild<QLabel *>(QStringLiteral("statusTarget"));
        REQUIRE(target);
        return target;
    };
    SECTION("the agent with one")
    {
        test::DeskLogin login("ana");
        ui::MainWindow window(std::move(t.database));
        window.show();
        QLabel *target = targetOf(window);
        CHECK(target->isVisible());
        CHECK(target->text() == QStringLiteral("My target this month: 25 %"));
        CHECK(target->toolTip().contains(QStringLiteral("1,000.00")));
    }
    SECTION("an agent without one")
    {
        test::DeskLogin login("beto");
        ui::MainWindow window(std::move(t.database));
        window.show();
        CHECK_FALSE(targetOf(window)->isVisible());
    }
    SECTION("a supervisor, who reads the office's figures")
    {
        test::DeskLogin login("sue");
        ui::MainWindow window(std::move(t.database));
        window.show();
        CHECK_FALSE(targetOf(window)->isVisible());
    }
}

TEST_CASE("The status bar's figures of the day are an agent's own, and the office's for a supervisor",
          "[ui][mainwindow][figures]")
{
    test::TempDb t;
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const Id first = test::addDebtor(t.db(), QStringLiteral("D-1"), QStringLiteral("Abarrotes Núñez"));
    const Id second = test::addDebtor(t.db(), QStringLiteral("D-2"), QStringLiteral("Ferretería Ávila"));
    // Today on this computer's calendar: Ana two calls, Beto one; Ana's of
    // yesterday is not today's.
    const QDateTime morning = QDate::currentDate().startOfDay().toUTC().addSecs(60);
    test::addCall(t.db(), first, people.ana, morning);
    test::addCall(t.db(), second, people.ana, morning.addSecs(600));
    test::addCall(t.db(), first, people.beto, morning.addSecs(1200));
    test::addCall(t.db(), second, people.ana, morning.addDays(-1));
    addPromiseDueToday(t.db(), first, people.ana);
    addPromiseDueToday(t.db(), second, people.beto);

    const auto figures = [](ui::MainWindow &window) {
        auto *promises = window.findChild<QLabel *>(QStringLiteral("statusPromises"));
        auto *calls = window.findChild<QLabel *>(QStringLiteral("statusCalls"));
        REQUIRE(promises);
        REQUIRE(calls);
        return std::pair{promises, calls};
    };
    SECTION("an agent")
    {
        test::DeskLogin login("ana");
        ui::MainWindow window(std::move(t.database));
        const auto [promises, calls] = figures(window);
        CHECK(promises->text() == QStringLiteral("My promises due today: 1"));
        CHECK(calls->text() == QStringLiteral("My calls today: 2"));
        CHECK(calls->toolTip().startsWith(QStringLiteral("The calls you made today")));
    }
    SECTION("a supervisor")
    {
        test::DeskLogin login("sue");
        ui::MainWindow window(std::move(t.database));
        const auto [promises, calls] = figures(window);
        CHECK(promises->text() == QStringLiteral("Promises due today: 2"));
        CHECK(calls->text() == QStringLiteral("Calls today: 3"));
        CHECK(calls->toolTip().contains(QStringLiteral("whole office")));
    }
}

TEST_CASE("File ▸ Open Recent on another program's database says so and keeps the office's file open",
          "[ui][mainwindow]")
{
    test::TempDb t;
    const QString office = t.db().path();
    ui::MainWindow window(std::move(t.database));
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("clientes.sqlite"));
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(foreign.toUtf8().constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "CREATE TABLE clientes (id INTEGER PRIMARY KEY, nombre TEXT)", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    sqlite3_close(raw);
    QFile file(foreign);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    ui::UiSettings().addRecentFile(foreign);
    auto *recent = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
    REQUIRE(recent);
    Q_EMIT recent->aboutToShow();  // as opening the menu does
    QAction *entry = nullptr;
    for (QAction *action : recent->actions())
        if (action->text() == QDir::toNativeSeparators(foreign))
            entry = action;
    REQUIRE(entry);
    QString said;
    QTimer::singleShot(0, [&said] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    entry->trigger();
    CHECK(said.startsWith(QStringLiteral("This file is not a Libreta file: it holds another program's data.")));
    CHECK(window.database().path() == office);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    CHECK_FALSE(QFile::exists(foreign + QStringLiteral("-wal")));
}

TEST_CASE("Edit ▸ Office details opens the office's details, not only a document's preview", "[ui][mainwindow][menus]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    ui::MainWindow window(std::move(t.database));
    window.show();
    auto *editMenu = window.findChild<QMenu *>(QStringLiteral("menuEdit"));
    REQUIRE(editMenu);
    QAction *details = window.findChild<QAction *>(QStringLiteral("actionOfficeDetails"));
    REQUIRE(details);
    CHECK(editMenu->actions().contains(details));
    details->trigger();
    auto *dialog = window.findChild<ui::OfficeDetailsDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    dialog->reject();
}

TEST_CASE("An agent reads the office's details but cannot change how debtors pay", "[ui][mainwindow]")
{
    test::TempDb t;
    const Id agent = test::addUser(t.db(), QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), UserRole::Agent);
    const FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(17, 0), Qt::UTC));
    ui::OfficeDetailsDialog dialog(ui::FormContext{t.db(), clock, agent});
    auto *payment = dialog.findChild<QPlainTextEdit *>(QStringLiteral("paymentEdit"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    REQUIRE((payment && buttons));
    CHECK(payment->isReadOnly());
    CHECK_FALSE(buttons->button(QDialogButtonBox::Save));
    CHECK(buttons->button(QDialogButtonBox::Close));
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->isHidden());

    const Id supervisor =
        test::addUser(t.db(), QStringLiteral("sofia"), QStringLiteral("Sofía Mena"), UserRole::Supervisor);
    ui::OfficeDetailsDialog supervisors(ui::FormContext{t.db(), clock, supervisor});
    CHECK_FALSE(supervisors.findChild<QPlainTextEdit *>(QStringLiteral("paymentEdit"))->isReadOnly());
    CHECK(supervisors.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save));
}

TEST_CASE("Who and which file make way in the status bar while a message is shown", "[ui][mainwindow]")
{
    test::TempDb t;
    ui::MainWindow window(std::move(t.database));
    window.show();
    auto *bar = window.statusBar();
    auto *user = window.findChild<QLabel *>(QStringLiteral("statusUser"));
    auto *calls = window.findChild<QLabel *>(QStringLiteral("statusCalls"));
    REQUIRE((user && calls));
    bar->clearMessage();
    CHECK(user->isVisible());
    bar->showMessage(QStringLiteral("Backup saved in /home/rocio/Documentos/Ferretería-copia-2026-12-06.sqlite"));
    CHECK_FALSE(user->isVisible());
    CHECK(calls->isVisible());  // the day's figures stay
    bar->clearMessage();
    CHECK(user->isVisible());
}
