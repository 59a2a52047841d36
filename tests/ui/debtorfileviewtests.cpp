#include "debtorfiletesthelpers.h"
#include "store/database.h"
#include "store/followuprepository.h"
#include "store/noterepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/sqlquery.h"
#include "store/callrepository.h"
#include "store/settingsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/agendaview.h"
#include "ui/callpanel.h"
#include "ui/debtorfileactions.h"
#include "ui/debtorfileheader.h"
#include "ui/debtorfileinvoices.h"
#include "ui/debtorfilenoteeditor.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfiletimeline.h"
#include "ui/debtorfileview.h"
#include "ui/debtorinvoicesmodel.h"
#include "ui/debtortimelinemodel.h"
#include "ui/itemroles.h"
#include "ui/mainwindow.h"
#include "ui/paymentdialog.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTableView>
#include <QTreeView>

using namespace libreta;
using test::saveButton;
using namespace libreta::domain;
using ui::DebtorTimelineModel;

namespace {

// The row of the timeline about `id` of `kind`, or -1.
int timelineRow(ui::DebtorFileView *file, DebtorTimelineModel::EntryKind kind, Id id)
{
    const auto *model = file->timeline()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, DebtorTimelineModel::What);
        if (index.data(ui::KindRole).toInt() == int(kind) && index.data(ui::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

QString headerText(ui::DebtorFileView *file, const char *label)
{
    auto *l = file->findChild<QLabel *>(QString::fromLatin1(label));
    return l ? l->text() : QString();
}

} // namespace

TEST_CASE("From the portfolio: search, open a file with Enter, record a payment, see the balance and the "
          "promise change",
          "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    ui::MainWindow window(std::move(t.database));
    window.show();
    window.showSection(ui::MainWindow::PortfolioSection);

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *table = window.portfolioView()->findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(search);
    REQUIRE(table);
    auto *portfolio = window.portfolioView()->model();
    REQUIRE(portfolio->rowCount() == 2);
    QTest::keyClicks(search, QStringLiteral("perez"));
    REQUIRE(test::waitFor([&] { return portfolio->rowCount() == 1; }));

    table->setFocus();
    table->setCurrentIndex(portfolio->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    ui::DebtorFileView *file = window.debtorFiles()->currentFile();
    REQUIRE(file);
    CHECK(file->debtorId() == seeded.debtorId);
    CHECK(window.debtorFiles()->tabText(window.debtorFiles()->currentIndex()) == QStringLiteral("José Pérez Núñez"));
    CHECK(headerText(file, "outstandingLabel").contains(QStringLiteral("1,200.00")));
    const int promiseRow = timelineRow(file, DebtorTimelineModel::EntryKind::Promise, seeded.promiseId);
    REQUIRE(promiseRow >= 0);
    CHECK(file->timeline()->model()->index(promiseRow, DebtorTimelineModel::What).data().toString().contains(QStringLiteral("Pending")));

    window.debtorFiles()->actions()->recordPayment->trigger();
    auto *dialog = file->findChild<ui::PaymentDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    auto *preview = dialog->findChild<QLabel *>(QStringLiteral("previewLabel"));
    QTest::keyClicks(amount, QStringLiteral("500.00"));
    CHECK(preview->text().contains(QStringLiteral("Kept")));
    CHECK(preview->text().contains(QStringLiteral("700.00")));
    saveButton(dialog)->click();
    CHECK(test::waitFor([&] { return !dialog->isVisible(); }));

    CHECK(headerText(file, "outstandingLabel").contains(QStringLiteral("700.00")));
    CHECK(file->message().contains(QStringLiteral("Kept")));
    // Opened again later (from the portfolio, Next call), the file has no
    // old news at its top.
    window.showSection(ui::MainWindow::AgendaSection);
    REQUIRE(window.debtorFiles()->openDebtor(seeded.debtorId) == file);
    CHECK(file->message().isEmpty());
    const int keptRow = timelineRow(file, DebtorTimelineModel::EntryKind::Promise, seeded.promiseId);
    REQUIRE(keptRow >= 0);
    CHECK(file->timeline()->model()->index(keptRow, DebtorTimelineModel::What).data().toString().contains(QStringLiteral("Kept")));
    CHECK(headerText(file, "promiseLabel").contains(QStringLiteral("Kept")));

    store::PromiseRepository repo(window.database());
    CHECK(repo.byId(seeded.promiseId)->status == PromiseStatus::Kept);

    // Back in the portfolio, the row shows the new balance.
    window.debtorFiles()->setCurrentIndex(0);
    REQUIRE(portfolio->rowCount() == 1);
    CHECK(portfolio->index(0, ui::PortfolioModel::Outstanding).data().toString().contains(QStringLiteral("700.00")));
    CHECK(prompts.prompter->asked.isEmpty());
}

TEST_CASE("On an agent's screen the invoices show their days late whole, before and after a call",
          "[ui][debtorfile][layout]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    test::addInvoice(t.db(), seeded.debtorId, QStringLiteral("FACTURA-2026-000123"), QDate(2025, 1, 10),
                     test::pesos(12345678, 90));
    ui::MainWindow window(std::move(t.database));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // An agent's 1280 × 800 screen (the test platform's own is smaller, and
    // the window fits itself to it on showing).
    window.resize(1280, 800);
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(seeded.debtorId);
    REQUIRE(file);
    QApplication::processEvents();
    auto *invoices = file->findChild<ui::DebtorFileInvoices *>();
    REQUIRE(invoices);
    auto *table = invoices->findChild<QTableView *>();
    REQUIRE(table);
    const auto daysEnd = [&] {
        const QHeaderView *h = table->horizontalHeader();
        return h->sectionViewportPosition(ui::DebtorInvoicesModel::DaysPastDue) +
               h->sectionSize(ui::DebtorInvoicesModel::DaysPastDue);
    };
    CHECK(test::waitFor([&] { return daysEnd() <= table->viewport()->width(); }));

    REQUIRE(file->startCall());
    QApplication::processEvents();
    prompts.prompter->answers = {true};
    REQUIRE(file->callPanel()->discard());
    QApplication::processEvents();
    CHECK(file->callPanel() == nullptr);
    CHECK(daysEnd() <= table->viewport()->width());
}

TEST_CASE("A double-click opens a file in its own tab, and opening it again goes to that tab", "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    ui::MainWindow window(std::move(t.database));
    window.show();
    window.showSection(ui::MainWindow::PortfolioSection);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *table = window.portfolioView()->findChild<QTableView *>(QStringLiteral("table"));
    auto *portfolio = window.portfolioView()->model();
    ui::DebtorFileTabs *tabs = window.debtorFiles();
    REQUIRE(portfolio->rowCount() == 2);

    for (int row = 0; row < portfolio->rowCount(); ++row) {
        // A widget double-click in QTest is only the second click: the first comes before.
        const QPoint cell = table->visualRect(portfolio->index(row, 0)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
        tabs->setCurrentIndex(0);
    }
    REQUIRE(tabs->files().size() == 2);
    CHECK(tabs->count() == 3);
    tabs->openDebtor(seeded.debtorId);
    CHECK(tabs->count() == 3);
    CHECK(tabs->currentFile()->debtorId() == seeded.debtorId);

    // Ctrl+Tab and Ctrl+Shift+Tab go round the tabs, even from inside a table.
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const int from = tabs->currentIndex();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == (from + 1) % 3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(tabs->currentIndex() == from);
}

TEST_CASE("Tab leaves each of the file's tables for the next control", "[ui][debtorfile][keyboard]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    ui::MainWindow window(std::move(t.database));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(seeded.debtorId);
    REQUIRE(file);
    const QList<QTableView *> tables = file->findChildren<QTableView *>();
    REQUIRE(tables.size() >= 4);
    for (QTableView *table : tables) {
        if (!table->isVisibleTo(file))
            continue;
        table->setFocus();
        if (!table->hasFocus())
            continue;  // on a page not shown
        QTest::keyClick(table, Qt::Key_Tab);
        INFO(table->parentWidget()->objectName().toStdString());
        CHECK_FALSE(table->hasFocus());
    }
}

TEST_CASE("Closing a file with an unsaved note asks first and keeps it when told to", "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    ui::MainWindow window(std::move(t.database));
    window.show();
    ui::DebtorFileTabs *tabs = window.debtorFiles();
    ui::DebtorFileView *file = tabs->openDebtor(seeded.debtorId);
    auto *note = file->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    REQUIRE(note);
    // Shortcuts reach only the active window's focused widget.
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Quedo en llamar"));
    CHECK(tabs->tabText(tabs->currentIndex()).endsWith(QStringLiteral("•")));

    prompts.prompter->answers = {false};  // keep editing
    QTest::keyClick(note, Qt::Key_W, Qt::ControlModifier);
    REQUIRE(prompts.prompter->asked.size() == 1);
    CHECK(prompts.prompter->asked[0].contains(QStringLiteral("José Pérez Núñez")));
    CHECK(tabs->files().size() == 1);
    CHECK(note->toPlainText() == QStringLiteral("Quedo en llamar"));

    prompts.prompter->answers = {true};  // discard
    tabs->actions()->closeFile->trigger();
    CHECK(prompts.prompter->asked.size() == 2);
    CHECK(tabs->files().isEmpty());
    CHECK(store::NoteRepository(window.database()).forDebtor(seeded.debtorId).size() == 1);

    // A file without edits closes without a question.
    tabs->openDebtor(seeded.debtorId);
    tabs->actions()->closeFile->trigger();
    CHECK(tabs->files().isEmpty());
    CHECK(prompts.prompter->asked.size() == 2);
}

namespace {

// A debtor with contacts, invoices, a promise and a note, in a desk window
// whose questions a test answers.
struct RichDesk {
    test::PrompterScope prompts;
    test::TempDb t;
    const test::RichDebtor seeded = test::addRichDebtor(t.db());
    ui::MainWindow window{std::move(t.database)};

    ui::DebtorFileView *openFile()
    {
        window.show();
        return window.debtorFiles()->openDebtor(seeded.debtorId);
    }
};

} // namespace

TEST_CASE("A payment form refuses what it cannot read, says so beside the field and saves nothing",
          "[ui][debtorfile]")
{
    RichDesk desk;
    ui::DebtorFileView *file = desk.openFile();
    ui::PaymentDialog *dialog = file->recordPayment(QStringLiteral("doce pesos"));
    REQUIRE(dialog);
    saveButton(dialog)->click();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorFor(QStringLiteral("amount")).startsWith(QStringLiteral("Amount")));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("amountError"))->isVisibleTo(dialog));
    CHECK(store::PaymentRepository(desk.window.database()).forDebtor(desk.seeded.debtorId).isEmpty());

    dialog->setAmountText(QStringLiteral("0"));
    saveButton(dialog)->click();
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->errorFor(QStringLiteral("amount")).isEmpty());
    // Typing in the field again takes the message about what it held away.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit")), QStringLiteral("5"));
    CHECK(dialog->errorFor(QStringLiteral("amount")).isEmpty());
    CHECK_FALSE(dialog->findChild<QLabel *>(QStringLiteral("amountError"))->isVisibleTo(dialog));

    // Escape with something typed asks before throwing it away.
    desk.prompts.prompter->answers = {false};
    dialog->reject();
    CHECK(dialog->isVisible());
    CHECK(desk.prompts.prompter->asked.size() == 1);
    desk.prompts.prompter->answers = {true};
    dialog->reject();
    CHECK(test::waitFor([&] { return !dialog->isVisible(); }));
    CHECK(store::PaymentRepository(desk.window.database()).forDebtor(desk.seeded.debtorId).isEmpty());
}

TEST_CASE("A payment above what is owed is recorded only once the credit is said to be meant", "[ui][debtorfile]")
{
    RichDesk desk;
    ui::DebtorFileView *file = desk.openFile();
    // A zero too many.
    ui::PaymentDialog *dialog = file->recordPayment(QStringLiteral("900000"));
    REQUIRE(dialog);
    desk.prompts.prompter->answers = {false};
    saveButton(dialog)->click();
    REQUIRE(desk.prompts.prompter->asked.size() == 1);
    CHECK(desk.prompts.prompter->asked.at(0).contains(QStringLiteral("would stay as credit")));
    CHECK(desk.prompts.prompter->goOnButtons.at(0) == QStringLiteral("Record payment"));
    CHECK(dialog->isVisible());
    CHECK(dialog->errorFor(QStringLiteral("amount")).startsWith(QStringLiteral("Amount: not recorded")));
    CHECK(store::PaymentRepository(desk.window.database()).forDebtor(desk.seeded.debtorId).isEmpty());

    desk.prompts.prompter->answers = {true};
    saveButton(dialog)->click();
    CHECK(test::waitFor([&] { return !dialog->isVisible(); }));
    CHECK(store::PaymentRepository(desk.window.database()).forDebtor(desk.seeded.debtorId).size() == 1);
    CHECK(desk.prompts.prompter->asked.size() == 2);
}

TEST_CASE("A note is corrected by an addendum and both stay in the history", "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    ui::MainWindow window(std::move(t.database));
    window.show();
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(seeded.debtorId);
    auto *table = file->timeline()->findChild<QTableView *>(QStringLiteral("table"));
    const int noteRow = timelineRow(file, DebtorTimelineModel::EntryKind::Note, seeded.noteId);
    REQUIRE(noteRow >= 0);
    table->setCurrentIndex(file->timeline()->model()->index(noteRow, 0));
    CHECK(window.debtorFiles()->actions()->correctNote->isEnabled());
    window.debtorFiles()->actions()->correctNote->trigger();

    auto *note = file->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QTest::keyClicks(note, QStringLiteral("Corrijo: por la manana."));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);

    const auto notes = store::NoteRepository(window.database()).forDebtor(seeded.debtorId);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].correctsNoteId == seeded.noteId);
    CHECK(notes[1].body == QStringLiteral("Pidió que le llamen por la tarde."));
    const int oldRow = timelineRow(file, DebtorTimelineModel::EntryKind::Note, seeded.noteId);
    const int newRow = timelineRow(file, DebtorTimelineModel::EntryKind::Note, notes[0].id);
    REQUIRE(oldRow >= 0);
    REQUIRE(newRow >= 0);
    const auto *model = file->timeline()->model();
    CHECK(model->index(oldRow, DebtorTimelineModel::What).data().toString().contains(QStringLiteral("corrected on")));
    CHECK(model->index(newRow, DebtorTimelineModel::What).data().toString().startsWith(QStringLiteral("Correction")));
    CHECK(note->toPlainText().isEmpty());

    // An empty note is refused in words, and nothing is stored.
    file->timeline()->noteEditor()->save();
    CHECK_FALSE(file->timeline()->noteEditor()->errorText().isEmpty());
    CHECK(store::NoteRepository(window.database()).forDebtor(seeded.debtorId).size() == 2);
}

TEST_CASE("An excuse the debtor has given before stands out in the history, with its count", "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    ui::MainWindow window(std::move(t.database));
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(seeded.debtorId);
    auto *model = file->timeline()->model();
    model->setKindFilter(DebtorTimelineModel::EntryKind::Excuse);
    REQUIRE(model->rowCount() == 3);
    // Newest first: the second "no funds", then the only "invoice not received", then the first "no funds".
    const QModelIndex repeated = model->index(0, DebtorTimelineModel::What);
    CHECK(repeated.data().toString().contains(QStringLiteral("Said 2 times so far")));
    CHECK(repeated.data(Qt::FontRole).value<QFont>().bold());
    CHECK(repeated.data(Qt::BackgroundRole).isValid());
    for (int row : {1, 2}) {
        const QModelIndex once = model->index(row, DebtorTimelineModel::What);
        CHECK_FALSE(once.data().toString().contains(QStringLiteral("Said")));
        CHECK_FALSE(once.data(Qt::BackgroundRole).isValid());
    }
}

TEST_CASE("Enter on an agenda item opens its debtor's file", "[ui][debtorfile][agenda]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    FollowUp callback;
    callback.debtorId = seeded.debtorId;
    callback.kind = FollowUpKind::Callback;
    callback.dueDate = QDate::currentDate();
    store::FollowUpRepository(t.db()).add(callback);
    ui::MainWindow window(std::move(t.database));
    window.show();
    window.showSection(ui::MainWindow::AgendaSection);
    auto *agenda = window.agendaView()->findChild<QTreeView *>(QStringLiteral("tree"));
    REQUIRE(agenda);
    REQUIRE(agenda->model()->rowCount() == 1);  // one group: call-backs
    const QModelIndex group = agenda->model()->index(0, 0);
    REQUIRE(agenda->model()->rowCount(group) == 1);
    agenda->setFocus();
    agenda->setCurrentIndex(agenda->model()->index(0, 0, group));
    QTest::keyClick(agenda, Qt::Key_Return);
    CHECK(window.currentSection() == ui::MainWindow::PortfolioSection);
    REQUIRE(window.debtorFiles()->currentFile());
    CHECK(window.debtorFiles()->currentFile()->debtorId() == seeded.debtorId);
}

TEST_CASE("The contact and invoice forms name the row or field they refuse and store nothing", "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    ui::MainWindow window(std::move(t.database));
    window.show();
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(seeded.debtorId);

    QDialog *contact = file->addContact();
    REQUIRE(contact);
    contact->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Aval"));
    auto *phones = contact->findChild<QTableWidget *>(QStringLiteral("phonesTable"));
    phones->item(0, 0)->setText(QStringLiteral("55 12"));
    saveButton(contact)->click();
    CHECK(contact->isVisible());
    auto *phonesError = contact->findChild<QLabel *>(QStringLiteral("phonesError"));
    CHECK(phonesError->text().startsWith(QStringLiteral("Phone 1")));
    CHECK(file->file().contacts.size() == 1);
    phones->item(0, 0)->setText(QStringLiteral("55 1212 3434"));
    saveButton(contact)->click();
    CHECK(test::waitFor([&] { return !contact->isVisible(); }));
    CHECK(file->file().contacts.size() == 2);

    QDialog *invoice = file->addInvoice();
    REQUIRE(invoice);
    invoice->findChild<QLineEdit *>(QStringLiteral("numberEdit"))->setText(QStringLiteral("F-1"));
    QTest::keyClicks(invoice->findChild<QLineEdit *>(QStringLiteral("amountEdit")), QStringLiteral("250.00"));
    saveButton(invoice)->click();
    CHECK(invoice->isVisible());
    CHECK(invoice->findChild<QLabel *>(QStringLiteral("numberEditError"))->text().contains(QStringLiteral("F-1")));
    CHECK(file->file().invoices.size() == 2);
    prompts.prompter->answers = {true};
    invoice->reject();
    CHECK(prompts.prompter->asked.size() == 1);
}

TEST_CASE("The file's header gives no approach when nothing is owed, and wraps its lines between their parts",
          "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    const Id clean = test::addDebtor(t.db(), QStringLiteral("R-9"), QStringLiteral("Nadia Sin Deuda"));
    ui::MainWindow window(std::move(t.database));
    ui::DebtorFileView *owing = window.debtorFiles()->openDebtor(seeded.debtorId);
    ui::DebtorFileView *settled = window.debtorFiles()->openDebtor(clean);
    REQUIRE(owing);
    REQUIRE(settled);
    CHECK(headerText(owing, "approachLabel").contains(QStringLiteral("Suggested approach")));
    CHECK(headerText(settled, "approachLabel").contains(QStringLiteral("Nothing to collect")));
    CHECK_FALSE(headerText(settled, "approachLabel").contains(QStringLiteral("Suggested approach")));

    // A line of parts never breaks inside one ("broken:" at a line's end,
    // its figure alone on the next): each part's words are held together.
    for (const char *label : {"identityLabel", "profileLabel"}) {
        INFO(label);
        const QStringList parts = headerText(owing, label).split(QStringLiteral(" · "));
        REQUIRE(parts.size() >= 3);
        for (const QString &part : parts)
            CHECK_FALSE(part.contains(QLatin1Char(' ')));
    }
    CHECK(headerText(owing, "profileLabel").contains(QStringLiteral("broken:") + QChar(QChar::Nbsp)));
    CHECK(headerText(owing, "callLabel").contains(QStringLiteral("days:") + QChar(QChar::Nbsp)));
}

TEST_CASE("A file opened from a search by invoice number has that invoice picked, and one found by name does not",
          "[ui][debtorfile]")
{
    test::TempDb t;
    const Id ana = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    test::addInvoice(t.db(), ana, QStringLiteral("F-10020"), QDate::currentDate().addDays(-20), test::pesos(100));
    test::addInvoice(t.db(), ana, QStringLiteral("F-1002"), QDate::currentDate().addDays(-2), test::pesos(50));
    test::addInvoice(t.db(), ana, QStringLiteral("FAC-44528"), QDate::currentDate().addDays(-10), test::pesos(200));
    test::addInvoice(t.db(), ana, QStringLiteral("FAC-50001"), QDate::currentDate().addDays(-5), test::pesos(300));
    ui::MainWindow window(std::move(t.database));
    window.show();
    window.showSection(ui::MainWindow::PortfolioSection);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *table = window.portfolioView()->findChild<QTableView *>(QStringLiteral("table"));
    auto *portfolio = window.portfolioView()->model();
    const auto openFirstRow = [&](const QString &typed) -> ui::DebtorFileView * {
        search->clear();
        QTest::keyClicks(search, typed);
        if (!test::waitFor([&] { return portfolio->rowCount() == 1 && portfolio->searchText() == typed; }))
            return nullptr;
        table->setFocus();
        table->setCurrentIndex(portfolio->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        return window.debtorFiles()->currentFile();
    };
    const auto sections = [](ui::DebtorFileView *file) {
        return file->findChild<QTabWidget *>(QStringLiteral("sections"));
    };
    const auto invoicesTable = [&](ui::DebtorFileView *file) {
        return sections(file)->currentWidget()->findChild<QTableView *>();
    };

    const auto selectedNumber = [&](ui::DebtorFileView *file) {
        const QModelIndex current = invoicesTable(file)->currentIndex();
        return current.isValid() ? current.sibling(current.row(), 0).data().toString() : QString();
    };

    // Not the first invoice of the table: the one the number found.
    ui::DebtorFileView *file = openFirstRow(QStringLiteral("fac 4452"));
    REQUIRE(file);
    REQUIRE(invoicesTable(file));
    CHECK(selectedNumber(file) == QStringLiteral("FAC-44528"));

    // Found by name, the file opens as files open, nothing picked for it.
    REQUIRE(window.debtorFiles()->closeFile(window.debtorFiles()->currentIndex()));
    window.showSection(ui::MainWindow::PortfolioSection);
    file = openFirstRow(QStringLiteral("ruiz"));
    REQUIRE(file);
    CHECK(selectedNumber(file) != QStringLiteral("FAC-44528"));

    // From another tab of the file, the Invoices tab comes back to show it.
    sections(file)->setCurrentIndex(1);
    CHECK_FALSE(file->showInvoiceFoundBy(QStringLiteral("9999")));  // no such invoice: nothing moves
    CHECK(sections(file)->currentIndex() == 1);
    CHECK(file->showInvoiceFoundBy(QStringLiteral("50001")));
    CHECK(sections(file)->currentIndex() == 0);
    CHECK(selectedNumber(file) == QStringLiteral("FAC-50001"));
    // A number typed whole is picked before the numbers it starts.
    CHECK(file->showInvoiceFoundBy(QStringLiteral("1002")));
    CHECK(selectedNumber(file) == QStringLiteral("F-1002"));
}

TEST_CASE("The history opens on the next thing to do and what happened, and all still to come is a choice, soonest first",
          "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    const QDate today = QDate::currentDate();
    const auto followUp = [&](const QDate &due, std::optional<QTime> at, const QString &what) {
        test::addCallback(t.db(), seeded.debtorId, due, at, std::nullopt, what);
    };
    followUp(today.addDays(-1), std::nullopt, QStringLiteral("ayer"));
    followUp(today.addDays(60), QTime(10, 0), QStringLiteral("en dos meses"));
    followUp(today.addDays(1), std::nullopt, QStringLiteral("mañana"));
    followUp(today.addDays(30), std::nullopt, QStringLiteral("en un mes"));
    ui::MainWindow window(std::move(t.database));
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(seeded.debtorId);
    auto *combo = test::child<QComboBox>(file->timeline(), "filterCombo");
    const auto *model = file->timeline()->model();
    const auto details = [model](int row) { return model->index(row, DebtorTimelineModel::Details).data().toString(); };
    const auto rowsSaying = [&](const QString &text) {
        int n = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            n += details(row).contains(text) ? 1 : 0;
        return n;
    };

    CHECK(combo->currentText().startsWith(QStringLiteral("History (")));
    const int history = model->rowCount();
    CHECK(rowsSaying(QStringLiteral("ayer")) == 1);
    for (const QString &ahead : {QStringLiteral("en un mes"), QStringLiteral("en dos meses")})
        CHECK(rowsSaying(ahead) == 0);
    // The next thing to do on top, then only what happened.
    const auto whenIn = [model](int row) {
        return model->index(row, DebtorTimelineModel::When).data(ui::RawValueRole).toDateTime();
    };
    REQUIRE(history > 1);
    CHECK(whenIn(0).toLocalTime().date() > today);
    const QString next = details(0);
    for (int row = 1; row < history; ++row)
        CHECK(whenIn(row).toLocalTime().date() <= today);

    const auto choose = [combo](const QString &start) {
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemText(i).startsWith(start))
                combo->setCurrentIndex(i);
        REQUIRE(combo->currentText().startsWith(start));
    };
    const auto when = [model](int row) {
        return model->index(row, DebtorTimelineModel::When).data(ui::RawValueRole).toDateTime();
    };
    const auto rowOf = [&](const QString &text) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (details(row) == text)
                return row;
        return -1;
    };
    choose(QStringLiteral("Coming up ("));
    const int upcoming = model->rowCount();
    CHECK(combo->currentText() == QStringLiteral("Coming up (%1)").arg(upcoming));
    CHECK(upcoming >= 3);  // with the reminder of the debtor's promise
    for (int row = 1; row < upcoming; ++row)
        CHECK(when(row - 1) <= when(row));  // soonest first
    CHECK(details(0) == next);
    CHECK(when(0).toLocalTime().date() > today);
    CHECK(rowOf(QStringLiteral("mañana")) >= 0);
    CHECK(rowOf(QStringLiteral("mañana")) < rowOf(QStringLiteral("en un mes")));
    CHECK(rowOf(QStringLiteral("en un mes")) < rowOf(QStringLiteral("en dos meses")));
    // Read again (something saved in the file): the choice stays.
    file->reload();
    CHECK(combo->currentText() == QStringLiteral("Coming up (%1)").arg(upcoming));
    CHECK(model->rowCount() == upcoming);

    choose(QStringLiteral("Everything ("));
    CHECK(model->rowCount() == history - 1 + upcoming);
    for (int row = 1; row < model->rowCount(); ++row)
        CHECK(when(row - 1) >= when(row));  // newest first, what is to come at the top
    // A kind is all of its entries, past and to come.
    choose(QStringLiteral("Follow-up ("));
    CHECK(rowsSaying(QStringLiteral("ayer")) + rowsSaying(QStringLiteral("mañana")) == 2);
}

TEST_CASE("A file with no number says so instead of saying a call is allowed", "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const Id bare = test::addDebtor(t.db(), QStringLiteral("S-1"), QStringLiteral("Sin Teléfono"));
    test::addInvoice(t.db(), bare, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(500));
    // Mid-morning for a debtor in Mexico City: inside the calling window.
    const FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC));
    ui::MainWindow window(std::move(t.database));
    window.setClock(clock);
    window.show();
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(bare);
    REQUIRE(test::waitFor([&] { return file->isLoaded(); }));
    // The header keeps each phrase on one line (no-break spaces).
    const QString said = file->findChild<QLabel *>(QStringLiteral("callLabel"))->text().replace(QChar(0xa0), u' ');
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("No number to call")));
    CHECK_FALSE(said.contains(QStringLiteral("A call is allowed now")));
    // The debtor's zone by its place, not its id.
    CHECK(said.contains(QStringLiteral(" (Mexico City) ")));
}

TEST_CASE("A file says today's attempts against the office's limit a day, and stops the call at it", "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    {
        store::SettingsRepository settings(t.db());
        OfficeSettings s = settings.load();
        s.maxAttemptsPerDay = 1;
        settings.save(s);
    }
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("S-3"), QStringLiteral("Llamado Hoy"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(500));
    test::addPhones(t.db(), debtor, {QStringLiteral("5512345678")});
    // 08:00 in Mexico City, then the file read at 11:00.
    Call earlier;
    earlier.debtorId = debtor;
    earlier.startedAt = QDateTime(QDate(2026, 3, 10), QTime(14, 0), Qt::UTC);
    earlier.endedAt = earlier.startedAt.addSecs(60);
    store::CallRepository(t.db()).add(earlier);
    const FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC));
    ui::MainWindow window(std::move(t.database));
    window.setClock(clock);
    window.show();
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(debtor);
    REQUIRE(test::waitFor([&] { return file->isLoaded(); }));
    const QString said = file->findChild<QLabel *>(QStringLiteral("callLabel"))->text().replace(QChar(0xa0), u' ');
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("Do not call now")));
    CHECK(said.contains(QStringLiteral("today: 1 of 1")));
    CHECK(said.contains(QStringLiteral("today; the office allows 1 a day.")));
}

TEST_CASE("A file owing nothing does not invite a call in green", "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const Id paidUp = test::addDebtor(t.db(), QStringLiteral("S-2"), QStringLiteral("Al Corriente"));
    test::addPhones(t.db(), paidUp, {QStringLiteral("5512345678")});
    const FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC));
    ui::MainWindow window(std::move(t.database));
    window.setClock(clock);
    window.show();
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(paidUp);
    REQUIRE(test::waitFor([&] { return file->isLoaded(); }));
    const QString said = file->findChild<QLabel *>(QStringLiteral("callLabel"))->text().replace(QChar(0xa0), u' ');
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("Inside calling hours, nothing to collect")));
    CHECK_FALSE(said.contains(QStringLiteral("A call is allowed now")));
}

TEST_CASE("During a call the file's history keeps room to read, at the first-run window size", "[ui][debtorfile][call]")
{
    RichDesk desk;
    desk.window.resize(1280, 800);  // the first-run size
    // Inside the debtor's calling hours: outside them the header lists why,
    // on lines of its own.
    const FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(17, 0), Qt::UTC));
    desk.window.setClock(clock);
    ui::DebtorFileView *file = desk.openFile();
    REQUIRE(test::waitFor([&] { return file->isLoaded(); }));
    REQUIRE(file->startCall());
    QApplication::processEvents();
    auto *history = file->timeline()->findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(history);
    REQUIRE(history->model()->rowCount() > 0);
    const int rows = history->viewport()->height() / history->rowHeight(0);
    INFO("history rows in view: " << rows);
    CHECK(rows >= 8);  // two at first, then five with the header as before the call
    // What the call panel says, or what no longer matters once the call is
    // made, is not said again above it.
    auto *header = file->findChild<ui::DebtorFileHeader *>();
    REQUIRE(header);
    auto *approach = header->findChild<QLabel *>(QStringLiteral("approachLabel"));
    auto *callRule = header->findChild<QLabel *>(QStringLiteral("callLabel"));
    CHECK_FALSE(approach->isVisible());
    CHECK_FALSE(callRule->isVisible());
    // The balance under the name, not squeezed beside it.
    auto *name = header->findChild<QLabel *>(QStringLiteral("nameLabel"));
    auto *outstanding = header->findChild<QLabel *>(QStringLiteral("outstandingLabel"));
    CHECK(outstanding->geometry().top() >= name->geometry().bottom());
    desk.prompts.prompter->answers << true;  // discard it
    file->callPanel()->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
    REQUIRE(test::waitFor([&] { return !file->callPanel(); }));
    CHECK(approach->isVisible());
    CHECK(callRule->isVisible());
}

TEST_CASE("The file's header names a tax id as the office's country does: RUC for a Lima company, DNI for a person",
          "[ui][debtorfile]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    test::setOfficeCurrency(t.db(), QStringLiteral("PEN"));
    const Id company = test::addDebtor(t.db(), QStringLiteral("C0007"), QStringLiteral("Colegio Santa Rosa"));
    const Id person = test::addDebtor(t.db(), QStringLiteral("C0040"), QStringLiteral("Carmen Rosa Ñahui Torres"));
    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET kind = 'company', tax_id = '20518190939' WHERE id = :id"))
        .bind(QStringLiteral(":id"), company)
        .exec();
    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET tax_id = '39548620' WHERE id = :id"))
        .bind(QStringLiteral(":id"), person)
        .exec();
    ui::MainWindow window(std::move(t.database));
    ui::DebtorFileView *school = window.debtorFiles()->openDebtor(company);
    ui::DebtorFileView *carmen = window.debtorFiles()->openDebtor(person);
    REQUIRE(school);
    REQUIRE(carmen);
    // (The header holds each part's words together with no-break spaces.)
    const auto plain = [](QString s) { return s.replace(QChar(0x00A0), QLatin1Char(' ')); };
    CHECK(plain(headerText(school, "identityLabel")).contains(QStringLiteral("RUC 20518190939")));
    CHECK(plain(headerText(carmen, "identityLabel")).contains(QStringLiteral("DNI 39548620")));
    // A Peruvian office's person is a "persona natural".
    CHECK(plain(headerText(carmen, "identityLabel")).contains(QStringLiteral("Natural person")));
}
