// Work ▸ Next call at the desk: the file it opens and why, what it does
// with a call left open, and the files earlier Next calls opened.

#include "debtorfiletesthelpers.h"
#include "domain/clock.h"
#include "store/followuprepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/callpanel.h"
#include "ui/callpresentationpage.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/mainwindow.h"
#include "ui/noticebar.h"
#include "ui/shortcutswindow.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QKeySequence>
#include <QTest>

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

TEST_CASE("Next call opens the next debtor's file and says why it was chosen", "[ui][mainwindow][queue]")
{
    const QByteArray oldUser = qgetenv("USER");
    qputenv("USER", "ana");
    test::TempDb t;
    const Id ana = store::UserRepository(t.db()).add({0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    // 17:00 on the desk's clock, which is in every debtor's calling hours
    // whether the machine runs on UTC or on Mexico City time.
    const QDate today(2026, 3, 10);
    FixedClock clock(QDateTime(today, QTime(17, 0)).toUTC());
    const Id big = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Gran Deudor"));
    test::addInvoice(t.db(), big, QStringLiteral("F-1"), today.addDays(-40), test::pesos(90000));
    const Id agreed = test::addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("Lucía Campos"));
    test::addInvoice(t.db(), agreed, QStringLiteral("F-2"), today.addDays(-40), test::pesos(300));
    FollowUp callback;
    callback.debtorId = agreed;
    callback.kind = FollowUpKind::Callback;
    callback.dueDate = today;
    callback.dueTime = QTime(16, 0);
    callback.assignedTo = ana;
    store::FollowUpRepository(t.db()).add(callback);

    ui::MainWindow window(std::move(t.database));
    window.setClock(clock);
    auto *next = window.findChild<QAction *>(QStringLiteral("actionNextCall"));
    REQUIRE(next);
    CHECK(next->shortcut() == QKeySequence(Qt::Key_F6));
    ui::ShortcutsWindow *shortcuts = window.showShortcuts();
    const auto entries = shortcuts->entries();
    CHECK(std::any_of(entries.cbegin(), entries.cend(), [](const auto &e) {
        return e.first == QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText) && e.second == QStringLiteral("Next call");
    }));
    shortcuts->close();
    window.showSection(ui::MainWindow::AgendaSection);
    next->trigger();
    CHECK(window.currentSection() == ui::MainWindow::PortfolioSection);
    REQUIRE(window.debtorFiles()->currentFile());
    CHECK(window.debtorFiles()->currentFile()->debtorId() == agreed);
    const QString notice = window.noticeBar()->text();
    CHECK(notice.contains(QStringLiteral("Lucía Campos")));
    CHECK(notice.contains(QStringLiteral("Call-back")));

    next->trigger();  // asking again moves on: the call-back's debtor is held
    REQUIRE(window.debtorFiles()->currentFile());
    CHECK(window.debtorFiles()->currentFile()->debtorId() == big);
    CHECK(window.noticeBar()->text().contains(QStringLiteral("Gran Deudor")));

    // Its file closed (the call kept as a draft): the band no longer tells
    // of that call, and still offers the next.
    test::PrompterScope prompts;
    prompts.prompter->answers << true;
    REQUIRE(window.debtorFiles()->closeFile(window.debtorFiles()->currentIndex()));
    CHECK(window.noticeBar()->text() == QStringLiteral("Ready for the next call."));
    CHECK_FALSE(window.noticeBar()->isHidden());
    qputenv("USER", oldUser);
}

TEST_CASE("Next call keeps the desk on a call with something recorded in it until it is saved or discarded",
          "[ui][mainwindow][queue]")
{
    const QByteArray oldUser = qgetenv("USER");
    qputenv("USER", "ana");
    test::PrompterScope prompts;
    test::TempDb t;
    store::UserRepository(t.db()).add({0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    const QDate today(2026, 3, 10);
    FixedClock clock(QDateTime(today, QTime(17, 0)).toUTC());
    const Id big = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Gran Deudor"));
    test::addInvoice(t.db(), big, QStringLiteral("F-1"), today.addDays(-40), test::pesos(90000));
    const Id small = test::addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("Lucía Campos"));
    test::addInvoice(t.db(), small, QStringLiteral("F-2"), today.addDays(-40), test::pesos(300));
    ui::MainWindow window(std::move(t.database));
    window.setClock(clock);
    window.show();
    auto *next = window.findChild<QAction *>(QStringLiteral("actionNextCall"));
    next->trigger();
    ui::DebtorFileView *first = window.debtorFiles()->currentFile();
    REQUIRE(first);
    REQUIRE(first->callPanel());
    CHECK(first->debtorId() == big);
    // Something typed in the call: asking again stays on it, and says why.
    auto *notes = first->callPanel()->presentationPage()->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
    REQUIRE(notes);
    notes->setPlainText(QStringLiteral("Contesta su hijo, vuelve a las cinco"));
    REQUIRE(first->callPanel()->isTouched());
    next->trigger();
    CHECK(window.debtorFiles()->currentFile() == first);
    CHECK(window.noticeBar()->text().contains(QStringLiteral("The call with Gran Deudor is still open")));
    CHECK_FALSE(window.debtorFiles()->fileFor(small));
    // Discarded, the next one comes.
    prompts.prompter->answers = {true};
    REQUIRE(first->callPanel()->discard());
    next->trigger();
    REQUIRE(window.debtorFiles()->currentFile());
    CHECK(window.debtorFiles()->currentFile()->debtorId() == small);
    qputenv("USER", oldUser);
}

TEST_CASE("Next call tells a desk the office does not list what to do", "[ui][mainwindow][queue]")
{
    const QByteArray oldUser = qgetenv("USER");
    qputenv("USER", "nadie");
    test::TempDb t;
    ui::MainWindow window(std::move(t.database));
    window.findChild<QAction *>(QStringLiteral("actionNextCall"))->trigger();
    CHECK(window.noticeBar()->text().contains(QStringLiteral("nadie")));
    CHECK_FALSE(window.debtorFiles()->currentFile());
    qputenv("USER", oldUser);
}

TEST_CASE("Next call closes the files earlier Next calls opened once their call is over", "[ui][mainwindow][queue]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    QList<Id> debtors;
    for (int i = 1; i <= 4; ++i) {
        debtors << test::addDebtor(t.db(), QStringLiteral("Q-%1").arg(i), QStringLiteral("Deudor %1").arg(i));
        test::addInvoice(t.db(), debtors.last(), QStringLiteral("F-%1").arg(i), QDate(2026, 1, 10), test::pesos(500));
    }
    const Id first = debtors[0], second = debtors[1], byHand = debtors[2], fourth = debtors[3];
    ui::MainWindow window(std::move(t.database));
    window.show();
    ui::DebtorFileTabs *tabs = window.debtorFiles();
    REQUIRE(tabs->openDebtor(byHand));  // opened by the agent, not by the queue
    REQUIRE(tabs->startQueuedCall(first));
    ui::CallPanel *call = tabs->fileFor(first)->callPanel();
    REQUIRE(call);
    // A call in progress keeps its file open.
    REQUIRE(tabs->startQueuedCall(second));
    CHECK(tabs->fileFor(first));
    CHECK(tabs->files().size() == 3);
    // Once it is over (here discarded), the next Next call closes it.
    prompts.prompter->answers = {true, true};
    REQUIRE(call->discard());
    REQUIRE(tabs->startQueuedCall(fourth));
    CHECK_FALSE(tabs->fileFor(first));
    CHECK(tabs->fileFor(second));  // its call is still open
    CHECK(tabs->fileFor(byHand));
    CHECK(tabs->currentFile() == tabs->fileFor(fourth));
}
