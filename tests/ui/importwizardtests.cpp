// The import wizard, offscreen: the pages fill from the file, ask what the
// file cannot say, import on their own thread, and a stop stores nothing.

#include "debtorfiletesthelpers.h"
#include "services/importservice.h"
#include "store/database.h"
#include "store/invoicerepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/datatransfer.h"
#include "ui/importcheckpage.h"
#include "ui/importfilepage.h"
#include "ui/importformatpage.h"
#include "ui/importmappingpage.h"
#include "ui/importrunpage.h"
#include "ui/importsession.h"
#include "ui/importwizard.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::ui;

namespace {

QString corpus(const char *name)
{
    return QDir(QStringLiteral(LIBRETA_TEST_DATA_DIR "/import")).filePath(QString::fromLatin1(name));
}

const domain::FixedClock &fixedClock()
{
    static const domain::FixedClock c(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    return c;
}

void importDebtors(store::Database &db)
{
    services::ImportRequest r;
    r.kind = services::ImportKind::Debtors;
    r.path = corpus("debtors-utf8bom-semicolon-crlf.csv");
    REQUIRE(services::ImportService(db, fixedClock()).run(r).stored);
}

qint64 invoices(store::Database &db)
{
    return store::SqlQuery(db, QStringLiteral("SELECT count(*) FROM invoices")).execScalar();
}

// Next, and wait until the wizard is on `page` with nothing running.
bool nextTo(ImportWizard &w, int page)
{
    w.next();
    return test::waitFor([&] { return w.currentId() == page && !w.session().busy(); }, 10000);
}


} // namespace

TEST_CASE("The import wizard reads a Spanish Excel file, checks it and stores it", "[ui][import]")
{
    test::TempDb t;
    importDebtors(t.db());
    // A Spanish company's file ("€ 99,90"): a euro office.
    test::setOfficeCurrency(t.db(), QStringLiteral("EUR"));
    ImportWizard wizard(t.db(), fixedClock(), std::nullopt);
    wizard.show();
    wizard.filePage()->setFile(corpus("invoices-dmy-comma.csv"));
    wizard.filePage()->setKind(int(services::ImportKind::Invoices));
    REQUIRE(nextTo(wizard, ImportWizard::FormatPageId));
    const auto &plan = wizard.session().plan();
    CHECK(plan.encoding == csv::Encoding::Windows1252);
    CHECK(plan.delimiter == ';');
    CHECK(plan.dateOrder == domain::DateOrder::DayMonthYear);
    CHECK(plan.decimal == domain::DecimalHint::Comma);
    CHECK(wizard.formatPage()->isComplete());
    CHECK(wizard.formatPage()->question().isEmpty());

    REQUIRE(nextTo(wizard, ImportWizard::MappingPageId));
    CHECK(wizard.mappingPage()->fieldOf(0) == QStringLiteral("debtor_ref"));
    CHECK(wizard.mappingPage()->fieldOf(4) == QStringLiteral("amount"));
    CHECK(wizard.mappingPage()->isComplete());

    REQUIRE(nextTo(wizard, ImportWizard::CheckPageId));
    CHECK(wizard.checkPage()->checkSummary().startsWith(QStringLiteral("All 4 rows can be imported: 4 new")));
    CHECK(invoices(t.db()) == 0);  // the check stored nothing

    REQUIRE(nextTo(wizard, ImportWizard::RunPageId));
    CHECK(wizard.runPage()->summary().contains(QStringLiteral("Stored.")));
    CHECK(invoices(t.db()) == 4);
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("The wizard asks how dates are written when the file cannot say", "[ui][import]")
{
    test::TempDb t;
    importDebtors(t.db());
    ImportWizard wizard(t.db(), fixedClock(), std::nullopt);
    wizard.show();
    wizard.filePage()->setFile(corpus("invoices-ambiguous-dates.csv"));
    REQUIRE(nextTo(wizard, ImportWizard::FormatPageId));
    CHECK_FALSE(wizard.formatPage()->isComplete());
    CHECK(wizard.formatPage()->question().startsWith(QStringLiteral("Every date in the file can be read more than one way")));
    wizard.formatPage()->chooseDateOrder(int(domain::DateOrder::MonthDayYear));
    REQUIRE(test::waitFor([&] { return !wizard.session().busy() && wizard.formatPage()->isComplete(); }, 10000));
    CHECK(wizard.session().plan().dateOrder == domain::DateOrder::MonthDayYear);
}

TEST_CASE("A file that cannot be read says why on the first page", "[ui][import]")
{
    test::TempDb t;
    ImportWizard wizard(t.db(), fixedClock(), std::nullopt);
    wizard.show();
    wizard.filePage()->setFile(corpus("malformed-binary.csv"));
    wizard.next();
    REQUIRE(test::waitFor([&] { return !wizard.session().busy() && !wizard.filePage()->errorText().isEmpty(); }, 10000));
    CHECK(wizard.currentId() == ImportWizard::FilePageId);
    CHECK(wizard.filePage()->errorText().contains(QStringLiteral("is not a text file")));
}

TEST_CASE("The wizard's mapping can be changed and saved as a preset", "[ui][import]")
{
    test::TempDb t;
    importDebtors(t.db());
    // A Spanish company's file ("€ 99,90"): a euro office.
    test::setOfficeCurrency(t.db(), QStringLiteral("EUR"));
    ImportWizard wizard(t.db(), fixedClock(), std::nullopt);
    wizard.show();
    wizard.filePage()->setFile(corpus("invoices-dmy-comma.csv"));
    REQUIRE(nextTo(wizard, ImportWizard::FormatPageId));
    REQUIRE(nextTo(wizard, ImportWizard::MappingPageId));
    wizard.mappingPage()->setField(4, QString());
    REQUIRE(test::waitFor([&] { return !wizard.session().busy(); }, 10000));
    CHECK_FALSE(wizard.mappingPage()->isComplete());
    CHECK(wizard.mappingPage()->problemText().startsWith(QStringLiteral("No column is mapped to Amount")));
    // Fields by their names; the code --map takes is said on hover.
    auto *fields = wizard.findChild<QComboBox *>(QStringLiteral("fieldCombo4"));
    REQUIRE(fields);
    const int amount = fields->findData(QStringLiteral("amount"));
    CHECK(fields->itemText(amount) == QStringLiteral("Amount (required)"));
    CHECK(fields->itemData(amount, Qt::ToolTipRole).toString() == QStringLiteral("Code for libreta-cli --map: amount"));
    CHECK(fields->itemText(fields->findData(QStringLiteral("disputed"))) == QStringLiteral("Disputed"));
    wizard.mappingPage()->setField(4, QStringLiteral("amount"));
    REQUIRE(test::waitFor([&] { return !wizard.session().busy() && wizard.mappingPage()->isComplete(); }, 10000));
    wizard.mappingPage()->savePreset(QStringLiteral("Excel de contabilidad"));
    CHECK(wizard.mappingPage()->presetMessage().startsWith(QStringLiteral("Saved as «Excel de contabilidad»")));
    CHECK(services::ImportService(t.db(), fixedClock()).presetNames(services::ImportKind::Invoices) ==
          QStringList{QStringLiteral("Excel de contabilidad")});
}

TEST_CASE("Keep-valid through the wizard stores the good rows and writes the refused ones", "[ui][import]")
{
    test::TempDb t;
    importDebtors(t.db());
    QTemporaryDir dir;
    const QString rejects = dir.filePath(QStringLiteral("rechazadas.csv"));
    ImportWizard wizard(t.db(), fixedClock(), std::nullopt);
    wizard.show();
    wizard.filePage()->setFile(corpus("invoices-some-bad.csv"));
    REQUIRE(nextTo(wizard, ImportWizard::FormatPageId));
    REQUIRE(nextTo(wizard, ImportWizard::MappingPageId));
    REQUIRE(nextTo(wizard, ImportWizard::CheckPageId));
    CHECK(wizard.checkPage()->checkSummary().startsWith(QStringLiteral("6 of 8 rows would be refused")));
    CHECK(wizard.checkPage()->report().size() == 6);
    CHECK(wizard.checkPage()->report().first().startsWith(QStringLiteral("Line 3, column «debtor_ref»")));
    wizard.checkPage()->setKeepValid(true, rejects);
    REQUIRE(nextTo(wizard, ImportWizard::RunPageId));
    CHECK(wizard.runPage()->summary().contains(QStringLiteral("6 rows were refused")));
    CHECK(invoices(t.db()) == 2);
    CHECK(QFile::exists(rejects));
}

TEST_CASE("An import that stored nothing because of refused rows stores the valid ones at a click", "[ui][import]")
{
    test::TempDb t;
    importDebtors(t.db());
    // A copy: the refused rows are written beside the file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("facturas.csv"));
    REQUIRE(QFile::copy(corpus("invoices-some-bad.csv"), file));
    ImportWizard wizard(t.db(), fixedClock(), std::nullopt);
    wizard.show();
    wizard.filePage()->setFile(file);
    REQUIRE(nextTo(wizard, ImportWizard::FormatPageId));
    REQUIRE(nextTo(wizard, ImportWizard::MappingPageId));
    REQUIRE(nextTo(wizard, ImportWizard::CheckPageId));
    REQUIRE(nextTo(wizard, ImportWizard::RunPageId));  // all or nothing, as it starts
    CHECK(wizard.runPage()->summary().contains(QStringLiteral("Nothing was stored")));
    CHECK(invoices(t.db()) == 0);
    CHECK(wizard.runPage()->subTitle().isEmpty());  // "Stop stores nothing" is past
    REQUIRE(wizard.runPage()->offersValidRows());

    wizard.runPage()->storeValidRows();
    REQUIRE(test::waitFor([&] { return !wizard.session().busy(); }, 10000));
    CHECK(wizard.runPage()->summary().contains(QStringLiteral("6 rows were refused")));
    CHECK(invoices(t.db()) == 2);
    // Named by what was read: a pass as debtors does not overwrite it.
    CHECK(QFile::exists(dir.filePath(QStringLiteral("facturas-refused-invoices.csv"))));
    CHECK_FALSE(wizard.runPage()->offersValidRows());
}

TEST_CASE("Stopping an import stores nothing", "[ui][import]")
{
    test::TempDb t;
    importDebtors(t.db());
    ImportSession session(t.path(), fixedClock(), std::nullopt);
    session.request().kind = services::ImportKind::Invoices;
    session.request().path = corpus("invoices-iso-point.csv");
    session.prepare();
    REQUIRE(test::waitFor([&] { return !session.busy(); }, 10000));
    session.run();
    session.cancel();
    REQUIRE(test::waitFor([&] { return !session.busy(); }, 10000));
    CHECK(session.cancelled());
    CHECK_FALSE(session.result());
    CHECK(invoices(t.db()) == 0);
}

TEST_CASE("File ▸ Import opens the wizard, File ▸ Export writes the portfolio as shown", "[ui][import][mainwindow]")
{
    test::TempDb t;
    importDebtors(t.db());
    const QString path = t.path();
    MainWindow window(std::move(t.database));
    auto *import = window.findChild<QAction *>(QStringLiteral("actionImport"));
    REQUIRE(import);
    for (const char *name : {"actionExportPortfolio", "actionExportAgenda", "actionExportCalls",
                             "actionExportPromises", "actionExportPayments"})
        CHECK(window.findChild<QAction *>(QString::fromLatin1(name)));
    import->trigger();
    auto *wizard = window.findChild<ImportWizard *>();
    REQUIRE(wizard);
    CHECK(wizard->isVisible());
    wizard->reject();

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cartera.csv"));
    services::ExportRequest request;
    request.kind = services::ExportKind::Portfolio;
    request.delimiter = ';';
    request.portfolio.search = QStringLiteral("ferreteria");
    window.dataTransfer()->exportTo(request, path, out);
    REQUIRE(test::waitFor([&] { return !window.dataTransfer()->exporting(); }, 10000));
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    CHECK(lines[0].startsWith("\xEF\xBB\xBFref;name;kind;"));
    CHECK(lines[1].startsWith("000124;\"Ferretería López; Hermanos S.A. de C.V.\";company;"));
}

TEST_CASE("The first page starts on debtors for a new office and names the columns in words", "[ui][import]")
{
    test::TempDb t;
    const auto kindShown = [](ImportWizard &w) {
        return services::ImportKind(w.filePage()->findChild<QComboBox *>(QStringLiteral("kindCombo"))->currentData().toInt());
    };
    const auto help = [](ImportWizard &w) {
        return w.filePage()->findChild<QLabel *>(QStringLiteral("kindHelp"))->text();
    };
    {
        // Nothing stored yet: the list of debtors comes first.
        ImportWizard wizard(t.db(), fixedClock(), std::nullopt);
        CHECK(kindShown(wizard) == services::ImportKind::Debtors);
        CHECK(help(wizard).startsWith(QStringLiteral("Columns it needs: Reference, Name.")));
        CHECK_FALSE(help(wizard).contains(QStringLiteral("debtor_ref")));
    }
    importDebtors(t.db());
    ImportWizard wizard(t.db(), fixedClock(), std::nullopt);
    CHECK(kindShown(wizard) == services::ImportKind::Invoices);
    CHECK(help(wizard) == QStringLiteral("Columns it needs: Debtor's reference, Invoice number, Issue date, Due date, "
                                         "Amount. It may also have: Debtor's name, for new debtors, Disputed, Currency."));
}

TEST_CASE("Going back after correcting the file, the check's preview shows the file as it is now", "[ui][import]")
{
    test::TempDb t;
    importDebtors(t.db());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("facturas.csv"));
    const auto write = [&](const QByteArray &amount) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("debtor_ref,number,issue_date,due_date,amount\n000123,G-1,2025-10-01,2025-10-31," + amount + "\n");
    };
    write("\"1,2OO.50\"");
    ImportWizard wizard(t.db(), fixedClock(), std::nullopt);
    wizard.show();
    wizard.filePage()->setFile(path);
    REQUIRE(nextTo(wizard, ImportWizard::FormatPageId));
    REQUIRE(nextTo(wizard, ImportWizard::MappingPageId));
    REQUIRE(nextTo(wizard, ImportWizard::CheckPageId));
    auto *preview = test::child<QTableWidget>(wizard.checkPage(), "previewTable");
    const auto refusedCells = [&] {
        int n = 0;
        for (int r = 0; r < preview->rowCount(); ++r)
            for (int c = 0; c < preview->columnCount(); ++c)
                if (preview->item(r, c) && !preview->item(r, c)->toolTip().isEmpty())
                    ++n;
        return n;
    };
    CHECK(wizard.checkPage()->checkSummary().startsWith(QStringLiteral("1 of 1 rows would be refused")));
    CHECK(refusedCells() == 1);

    write("\"1,200.50\"");  // corrected in the spreadsheet and saved
    wizard.back();
    REQUIRE(test::waitFor([&] { return wizard.currentId() == ImportWizard::MappingPageId && !wizard.session().busy(); }));
    REQUIRE(nextTo(wizard, ImportWizard::CheckPageId));
    INFO(wizard.checkPage()->checkSummary().toStdString() << " / " << wizard.checkPage()->report().join(u'|').toStdString());
    CHECK(wizard.checkPage()->checkSummary().startsWith(QStringLiteral("All 1 rows can be imported")));
    CHECK(refusedCells() == 0);
    CHECK(preview->item(0, 4)->text().contains(QStringLiteral("1,200.50")));
}
