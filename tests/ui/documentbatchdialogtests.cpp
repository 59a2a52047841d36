// Debtor ▸ Documents for several debtors: one PDF to print or one per
// debtor, what a stop leaves, where it cannot write, and what the activity
// keeps.

#include "debtorfiletesthelpers.h"
#include "deskwindow.h"
#include "documents/pdfbook.h"
#include "domain/clock.h"
#include "hardwareshops.h"
#include "services/documentservice.h"
#include "store/auditrepository.h"
#include "store/documentlogrepository.h"
#include "store/sqlquery.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/documentbatchdialog.h"
#include "ui/mainwindow.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace libreta;
using namespace libreta::domain;
using test::child;

namespace {

using Office = test::HardwareShops;

// The desk's day, as the window's clock reads it.
QString today() { return QDate::currentDate().toString(Qt::ISODate); }

int pagesIn(const QString &pdf)
{
    QFile f(pdf);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(QString::fromLatin1(f.readAll()).count(QRegularExpression(QStringLiteral("/Type\\s*/Page\\b"))));
}

void run(ui::DocumentBatchDialog *dialog)
{
    child<QPushButton>(dialog, "writeButton")->click();
    REQUIRE(test::waitFor([dialog] { return !dialog->working(); }, 20000));
}

} // namespace

TEST_CASE("One PDF holds a statement for each debtor shown who owes, each on its own pages", "[ui][documents]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    ui::DocumentBatchDialog *dialog = window.showBatchDocuments();
    // Nothing picked in the portfolio: the debtors shown are the only choice.
    CHECK_FALSE(child<QRadioButton>(dialog, "selectedRadio")->isVisibleTo(dialog));
    CHECK(child<QLabel>(dialog, "shownLabel")->text().contains(QStringLiteral("each of the 5 debtor(s)")));
    CHECK(child<QLabel>(dialog, "shownLabel")->text().endsWith(QStringLiteral("The whole portfolio: no search, no filter.")));
    CHECK(child<QLineEdit>(dialog, "pathEdit")->text().endsWith(QStringLiteral("account-statements-%1.pdf").arg(today())));
    CHECK_FALSE(child<QPushButton>(dialog, "openButton")->isVisibleTo(dialog));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("estados.pdf"));
    child<QLineEdit>(dialog, "pathEdit")->setText(pdf);
    run(dialog);
    CHECK(pagesIn(pdf) == 4);
    CHECK(dialog->resultText() ==
          QStringLiteral("4 account statement(s) written in %1. Left out: 1 who owe nothing.")
              .arg(QDir::toNativeSeparators(pdf)));
    CHECK(child<QPushButton>(dialog, "openButton")->isVisibleTo(dialog));
    // The next run is offered a new name, not this one's file.
    CHECK(child<QLineEdit>(dialog, "pathEdit")->text() != pdf);

    const auto entry = store::AuditRepository(window.database()).latest(1).at(0);
    CHECK(entry.action == QStringLiteral("document.batch"));
    CHECK(entry.userId == o.people.sue);
    CHECK(entry.details == QStringLiteral("kind=statement written=4 skipped=1 stopped=0 selected=0"));
    // Each debtor's file says its statement went out; not the one left out.
    for (const Id id : o.ferreterias)
        CHECK(store::DocumentLogRepository(window.database()).forDebtor(id).size() == 1);
    CHECK(store::DocumentLogRepository(window.database()).forDebtor(o.other).isEmpty());

    SECTION("Unticked, the debtor who owes nothing gets one too")
    {
        child<QCheckBox>(dialog, "skipNothingOwedCheck")->setChecked(false);
        const QString all = dir.filePath(QStringLiteral("todos.pdf"));
        child<QLineEdit>(dialog, "pathEdit")->setText(all);
        run(dialog);
        CHECK(pagesIn(all) == 5);
    }
    SECTION("Letters that apply to nobody write no file and say why")
    {
        auto *kind = child<QComboBox>(dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(int(services::DocumentKind::PromiseConfirmation)));
        CHECK_FALSE(child<QCheckBox>(dialog, "skipNothingOwedCheck")->isEnabled());
        const QString none = dir.filePath(QStringLiteral("confirmaciones.pdf"));
        child<QLineEdit>(dialog, "pathEdit")->setText(none);
        run(dialog);
        CHECK_FALSE(QFile::exists(none));
        CHECK(dialog->resultText() == QStringLiteral("No document was written. Left out: 5 with no pending promise."));
    }
}

TEST_CASE("One PDF per debtor goes in a folder, named by reference, two alike kept apart", "[ui][documents]")
{
    Office o;
    for (const char *ref : {"A/1", "A-1"}) {
        const Id id = test::addDebtor(o.t.db(), QString::fromLatin1(ref), QStringLiteral("Abarrotes %1").arg(QString::fromLatin1(ref)));
        test::addInvoice(o.t.db(), id, QStringLiteral("X-1"), QDate(2026, 1, 10), test::pesos(50));
    }
    test::DeskWindow desk(o.t, "sue");
    ui::DocumentBatchDialog *dialog = desk.window.showBatchDocuments();
    child<QRadioButton>(dialog, "perDebtorRadio")->setChecked(true);
    CHECK(child<QLineEdit>(dialog, "pathEdit")->text().endsWith(QStringLiteral("account-statements-%1").arg(today())));
    QTemporaryDir dir;
    // Made when missing.
    const QString folder = dir.filePath(QStringLiteral("enero/estados"));
    child<QLineEdit>(dialog, "pathEdit")->setText(folder);
    run(dialog);
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    QStringList expected;
    // In Spanish: the letters' language is the desk's, and the tests' C locale is not English.
    for (const char *name : {"A-1-%1-2", "A-1-%1", "F-1-%1", "F-2-%1", "F-3-%1", "F-4-%1"})
        expected << QStringLiteral("estado-de-cuenta-") + QString::fromLatin1(name).arg(today()) +
                        QStringLiteral(".pdf");
    CHECK(files.join(QLatin1Char(' ')) == expected.join(QLatin1Char(' ')));
    for (const QString &f : std::as_const(files))
        CHECK(pagesIn(QDir(folder).filePath(f)) == 1);
    CHECK(dialog->resultText().startsWith(QStringLiteral("6 account statement(s) written in ")));
}

TEST_CASE("Stopped, one PDF is not written and what was at its place stays", "[ui][documents]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::DocumentBatchDialog *dialog = desk.window.showBatchDocuments();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("estados.pdf"));
    {
        QFile old(pdf);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("last month's");
    }
    child<QLineEdit>(dialog, "pathEdit")->setText(pdf);
    dialog->start();
    CHECK(child<QPushButton>(dialog, "closeButton")->text() == QStringLiteral("Stop"));
    child<QPushButton>(dialog, "closeButton")->click();
    REQUIRE(test::waitFor([dialog] { return !dialog->working(); }));
    QFile kept(pdf);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "last month's");
    CHECK(dialog->resultText() ==
          QStringLiteral("Nothing was written: %1 is left as it was.").arg(QDir::toNativeSeparators(pdf)));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("estados.pdf")});
    CHECK(store::AuditRepository(desk.window.database()).latest(1).value(0).action != QStringLiteral("document.batch"));
    for (const Id id : o.ferreterias)  // nothing went out: no file says it did
        CHECK(store::DocumentLogRepository(desk.window.database()).forDebtor(id).isEmpty());
    CHECK(child<QPushButton>(dialog, "closeButton")->text() == QStringLiteral("Close"));
    CHECK(dialog->isVisible());
}

TEST_CASE("Where the documents cannot go is said before anything is read", "[ui][documents]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::DocumentBatchDialog *dialog = desk.window.showBatchDocuments();
    QTemporaryDir dir;
    auto *path = child<QLineEdit>(dialog, "pathEdit");
    auto *status = child<QLabel>(dialog, "statusLabel");
    path->setText(dir.filePath(QStringLiteral("no/such/folder/estados.pdf")));
    dialog->start();
    CHECK_FALSE(dialog->working());
    CHECK(status->text() == QStringLiteral("Where the documents go: the folder %1 does not exist.")
                                .arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("no/such/folder")))));
    path->setText(dir.path());
    dialog->start();
    CHECK(status->text().contains(QStringLiteral("is a folder; write the name of the PDF to write")));
    path->clear();
    dialog->start();
    CHECK(status->text() == QStringLiteral("Where the documents go: write a file name or choose a folder."));
    child<QRadioButton>(dialog, "perDebtorRadio")->setChecked(true);
    const QString file = dir.filePath(QStringLiteral("a-file.txt"));
    QFile(file).open(QIODevice::WriteOnly);
    path->setText(file);
    dialog->start();
    CHECK(status->text().contains(QStringLiteral("is a file, not a folder.")));
    CHECK_FALSE(dialog->working());
}

TEST_CASE("The debtors picked in the portfolio get theirs, and only they", "[ui][documents]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::PortfolioView *view = desk.window.portfolioView();
    view->search(QStringLiteral("ferreteria 2"));
    REQUIRE(test::waitFor([&] { return view->model()->rowCount() == 1; }));
    view->focusResults();  // the cursor's row is selected: one is not a pick
    REQUIRE(view->selectedDebtorIds().size() == 1);
    ui::DocumentBatchDialog *one = desk.window.showBatchDocuments();
    CHECK(child<QRadioButton>(one, "allShownRadio")->isChecked());
    CHECK(child<QLabel>(one, "shownLabel")->text().endsWith(QStringLiteral("Those matching “ferreteria 2”.")));
    one->close();

    view->search(QString());
    REQUIRE(test::waitFor([&] { return view->model()->rowCount() == 5; }));
    auto *table = view->findChild<QTableView *>();
    REQUIRE(table);
    table->selectRow(0);
    table->selectionModel()->select(view->model()->index(3, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(view->selectedDebtorIds().size() == 2);
    ui::DocumentBatchDialog *dialog = desk.window.showBatchDocuments();
    auto *selected = child<QRadioButton>(dialog, "selectedRadio");
    CHECK(selected->isVisibleTo(dialog));
    CHECK(selected->isChecked());
    CHECK(child<QLabel>(dialog, "shownLabel")->text().contains(QStringLiteral("each of the 2 debtor(s)")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("dos.pdf"));
    child<QLineEdit>(dialog, "pathEdit")->setText(pdf);
    run(dialog);
    CHECK(pagesIn(pdf) == 2);
    CHECK(store::AuditRepository(desk.window.database()).latest(1).at(0).details.endsWith(QStringLiteral("selected=1")));
}

TEST_CASE("Stopped half-way, the folder keeps the PDFs written and the activity says how many", "[ui][documents]")
{
    Office o;
    for (int i = 1; i <= 40; ++i) {
        const Id id = test::addDebtor(o.t.db(), QStringLiteral("T-%1").arg(i, 2, 10, QLatin1Char('0')),
                                      QStringLiteral("Tlapalería %1").arg(i));
        test::addInvoice(o.t.db(), id, QStringLiteral("T-%1").arg(i), QDate(2026, 1, 10), test::pesos(100));
    }
    test::DeskWindow desk(o.t, "sue");
    ui::DocumentBatchDialog *dialog = desk.window.showBatchDocuments();
    child<QRadioButton>(dialog, "perDebtorRadio")->setChecked(true);
    QTemporaryDir dir;
    child<QLineEdit>(dialog, "pathEdit")->setText(dir.path());
    dialog->start();
    REQUIRE(test::waitFor([&] { return !QDir(dir.path()).entryList(QDir::Files).isEmpty(); }, 20000));
    child<QPushButton>(dialog, "closeButton")->click();  // Stop
    REQUIRE(test::waitFor([dialog] { return !dialog->working(); }));
    const int kept = int(QDir(dir.path()).entryList(QDir::Files).size());
    CHECK(kept >= 1);
    CHECK(kept < 44);
    CHECK(dialog->resultText().contains(QStringLiteral("had been written in")));
    CHECK(store::AuditRepository(desk.window.database()).latest(1).at(0).details.contains(
        QStringLiteral("written=%1 ").arg(kept)));
    CHECK(store::AuditRepository(desk.window.database()).latest(1).at(0).details.contains(QStringLiteral("stopped=1")));
    // The files say so for exactly the PDFs written.
    CHECK(store::SqlQuery(desk.window.database(), QStringLiteral("SELECT count(*) FROM documents_written")).execScalar() ==
          kept);
}

TEST_CASE("Closed while writing, the run stops first and the form then closes", "[ui][documents]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::DocumentBatchDialog *dialog = desk.window.showBatchDocuments();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("estados.pdf"));
    child<QLineEdit>(dialog, "pathEdit")->setText(pdf);
    QPointer<ui::DocumentBatchDialog> alive(dialog);
    dialog->start();
    dialog->reject();  // Esc, or the window's close button
    REQUIRE(test::waitFor([&] { return alive.isNull() || !alive->isVisible(); }));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("Written once, the form offers a new name in the same folder, and writes again", "[ui][documents]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::DocumentBatchDialog *dialog = desk.window.showBatchDocuments();
    QTemporaryDir dir;
    auto *path = child<QLineEdit>(dialog, "pathEdit");
    path->setText(dir.filePath(QStringLiteral("enero")));
    QTest::keyClick(path, Qt::Key_End);  // typed: the person's own name
    QTest::keyClicks(path, QStringLiteral(".pdf"));
    CHECK(path->text() == dir.filePath(QStringLiteral("enero.pdf")));
    // A PDF's name follows the switch to a folder and back.
    child<QRadioButton>(dialog, "perDebtorRadio")->setChecked(true);
    CHECK(path->text() == dir.filePath(QStringLiteral("enero")));
    child<QRadioButton>(dialog, "oneFileRadio")->setChecked(true);
    CHECK(path->text() == dir.filePath(QStringLiteral("enero.pdf")));
    run(dialog);
    CHECK(pagesIn(dir.filePath(QStringLiteral("enero.pdf"))) == 4);
    const QString next = path->text();
    CHECK(QFileInfo(next).absolutePath() == QFileInfo(dir.path()).absoluteFilePath());
    CHECK(QFileInfo(next).fileName() == QStringLiteral("account-statements-%1.pdf").arg(today()));
    run(dialog);
    CHECK(pagesIn(next) == 4);
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("A PDF of several documents starts each on a new page and numbers each from 1", "[ui][documents]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("libro.pdf"));
    documents::PdfBook book(pdf, QStringLiteral("Libro"), QPageSize::Letter);
    REQUIRE(book.open());
    QString longText;
    for (int i = 0; i < 300; ++i)
        longText += QStringLiteral("<p>Renglón %1 del primer documento</p>").arg(i);
    book.add(longText);
    const int first = book.pageCount();
    CHECK(first > 1);
    book.add(QStringLiteral("<p>Segundo documento</p>"));
    CHECK(book.pageCount() == first + 1);
    CHECK_FALSE(QFile::exists(pdf));  // nothing in place until it is finished
    REQUIRE(book.finish());
    CHECK(pagesIn(pdf) == first + 1);
}

TEST_CASE("The statement and the reminder fit the page's width in both languages, with the widest amounts",
          "[ui][documents]")
{
    // Nine columns of six-figure amounts, a renumbered invoice, on Letter
    // and A4: the invoices' table once ran 6 mm into the right margin.
    test::TempDb t;
    const Id id = test::addDebtor(t.db(), QStringLiteral("CLI-000227"),
                                  QStringLiteral("Refaccionaria Muñoz Hermanos S.A. de C.V."));
    const Id renumbered = test::addInvoice(t.db(), id, QStringLiteral("FAC-44528"), QDate(2026, 8, 28),
                                           domain::Money::fromMinor(23857502));
    test::addInvoice(t.db(), id, QStringLiteral("FAC-44701"), QDate(2026, 9, 30), domain::Money::fromMinor(99999999));
    test::addInvoice(t.db(), id, QStringLiteral("FAC-45454"), QDate(2099, 12, 3), domain::Money::fromMinor(5757225));
    store::SqlQuery(t.db(), QStringLiteral("UPDATE invoices SET number = 'FAC-44528-B' WHERE id = :id"))
        .bind(QStringLiteral(":id"), renumbered)
        .exec();
    const domain::FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC));
    services::DocumentService service(t.db(), clock);
    QTemporaryDir dir;
    for (const char *language : {"es", "en"}) {
        for (const auto kind : {services::DocumentKind::Statement, services::DocumentKind::PaymentReminder}) {
            for (const auto paper : {QPageSize::Letter, QPageSize::A4}) {
                INFO(language << ", kind " << int(kind) << ", paper " << int(paper));
                services::DocumentRequest request;
                request.kind = kind;
                request.debtorId = id;
                request.language = QString::fromLatin1(language);
                request.locale = request.language == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                           : QLocale(QLocale::Spanish, QLocale::Mexico);
                request.currencySymbol = QStringLiteral("$");
                const services::Document document = service.compose(request);
                REQUIRE(document.html.contains(QStringLiteral("FAC-44528")));
                documents::PdfBook book(dir.filePath(QStringLiteral("ancho.pdf")), document.title, paper);
                REQUIRE(book.open());
                book.add(document.html);
                CHECK(book.overflowMm() < 0.5);  // a hundred-percent table may round a device dot over
                REQUIRE(book.finish());
            }
        }
    }
}
