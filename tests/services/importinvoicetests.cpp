// The importer's corpus, invoices: date orders, amount conventions, the
// questions it must ask, refusals by line and field, the two modes, and
// re-imports.

#include "importtesthelpers.h"
#include "servicetesthelpers.h"
#include "store/debtorrepository.h"
#include "store/portfoliorepository.h"
#include "store/sqlquery.h"
#include "support/fixtures.h"
#include "support/statementtrace.h"
#include "support/tempdb.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::services;
using domain::DateOrder;
using domain::DecimalHint;
using libreta::test::runImport;
using libreta::test::storedDebtor;
using libreta::test::storedInvoice;

namespace {

qint64 minor(const domain::Money &m) { return m.minor(); }

} // namespace

TEST_CASE("ISO dates and decimal points, with symbols, thousands and a time after the date", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto r = runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.stored);
    CHECK(r.added == 4);
    const auto f1 = storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("F-0001"));
    CHECK(f1.issueDate == QDate(2025, 10, 1));
    CHECK(f1.dueDate == QDate(2025, 10, 31));
    CHECK(minor(f1.amount) == 123450);
    CHECK_FALSE(f1.disputed);
    const auto f2 = storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("F-0002"));
    CHECK(minor(f2.amount) == 123456);
    CHECK(f2.disputed);
    CHECK(f2.disputeReason == QStringLiteral("Marked disputed in an imported file."));
    // A number with leading zeros stays text.
    const auto z = storedInvoice(t.db(), QStringLiteral("000124"), QStringLiteral("000045"));
    CHECK(minor(z.amount) == 9990);
    const auto f7 = storedInvoice(t.db(), QStringLiteral("0042"), QStringLiteral("F-7"));
    CHECK(f7.issueDate == QDate(2025, 12, 1));
    CHECK(minor(f7.amount) == 200000);

    const auto totals = store::TotalsRepository(t.db()).forDebtor(storedDebtor(t.db(), QStringLiteral("000123")).id);
    CHECK(minor(totals->outstanding) == 246906);
    CHECK(totals->openInvoices == 2);
    CHECK(totals->oldestDueDate == QDate(2025, 10, 31));
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("Spanish Excel: semicolons, day/month/year, decimal comma, Saldo, Windows-1252", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    // A Spanish company's file, "€ 99,90" among its amounts: a euro office.
    test::setOfficeCurrency(t.db(), QStringLiteral("EUR"));
    ImportService service(t.db(), test::importClock());
    const auto plan = service.prepare(test::importRequest(ImportKind::Invoices, "invoices-dmy-comma.csv"));
    CHECK(plan.ready());
    CHECK(plan.dateOrder == DateOrder::DayMonthYear);
    CHECK(plan.dateOrderDetected);
    CHECK(plan.decimal == DecimalHint::Comma);
    CHECK(plan.mapping.field(4) == QStringLiteral("amount"));  // "Saldo"

    const auto r = runImport(t.db(), ImportKind::Invoices, "invoices-dmy-comma.csv");
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.added == 4);
    CHECK(minor(storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("A-1")).amount) == 123456);
    const auto a2 = storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("A-2"));
    CHECK(minor(a2.amount) == 9990);  // "€ 99,90"
    CHECK(a2.issueDate == QDate(2025, 11, 15));
    CHECK(a2.dueDate == QDate(2025, 12, 15));
    CHECK(minor(storedInvoice(t.db(), QStringLiteral("000124"), QStringLiteral("A-3")).amount) == 150000);
    const auto a4 = storedInvoice(t.db(), QStringLiteral("0042"), QStringLiteral("A-4"));
    CHECK(minor(a4.amount) == 750);
    CHECK(a4.dueDate == QDate(2026, 1, 4));
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("Month/day/year is told apart by a day above twelve", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto r = runImport(t.db(), ImportKind::Invoices, "invoices-mdy.csv");
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.added == 2);
    const auto us1 = storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("US-1"));
    CHECK(us1.issueDate == QDate(2025, 10, 1));
    CHECK(us1.dueDate == QDate(2025, 10, 31));
    CHECK(minor(us1.amount) == 150000);
    const auto us2 = storedInvoice(t.db(), QStringLiteral("000124"), QStringLiteral("US-2"));
    CHECK(us2.issueDate == QDate(2025, 11, 5));
    CHECK(us2.disputed);
}

TEST_CASE("Dotted dates in a tab-separated file", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto r = runImport(t.db(), ImportKind::Invoices, "invoices-dotted.tsv");
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.added == 2);
    CHECK(storedInvoice(t.db(), QStringLiteral("0042"), QStringLiteral("D-2")).issueDate == QDate(2025, 11, 3));
    CHECK(minor(storedInvoice(t.db(), QStringLiteral("0042"), QStringLiteral("D-2")).amount) == 2050);
}

TEST_CASE("A file with two columns titled as an amount is not guessed: the importer asks which", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cartera.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Cliente;Factura;Fecha;Vencimiento;Saldo;Importe;Pagado\n"
               "000123;NN-1;01/10/2025;31/10/2025;400,00;1.000,00;600,00\n");
    file.close();
    ImportRequest request;
    request.kind = ImportKind::Invoices;
    request.path = path;
    request.dateOrder = DateOrder::DayMonthYear;
    ImportService service(t.db(), test::importClock());
    const auto plan = service.prepare(request);
    REQUIRE_FALSE(plan.ready());
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems[0].kind == ImportProblem::Kind::Mapping);
    CHECK(plan.problems[0].message.startsWith(QStringLiteral("The columns «Saldo», «Importe» could each be the amount")));
    // Neither is taken until one is chosen (the wizard showed the first as
    // chosen while refusing to go on), and the amount is not said twice.
    CHECK(plan.mapping.column(QStringLiteral("amount")) < 0);
    const auto before = test::countsOf(t.db());
    CHECK(test::refusedField([&] { service.run(request); }) == QStringLiteral("map"));
    CHECK(test::countsOf(t.db()) == before);

    // Named by hand, either way, it is imported as named.
    request.mapSpecs = {QStringLiteral("Importe=amount")};
    REQUIRE(service.prepare(request).ready());
    CHECK(service.run(request).added == 1);
    CHECK(storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("NN-1")).amount == test::pesos(1000));
    request.mapSpecs = {QStringLiteral("Importe=")};
    CHECK(service.prepare(request).ready());
}

TEST_CASE("A file whose dates read both ways is not guessed: the importer asks", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    ImportService service(t.db(), test::importClock());
    const auto request = test::importRequest(ImportKind::Invoices, "invoices-ambiguous-dates.csv");
    const auto plan = service.prepare(request);
    REQUIRE_FALSE(plan.ready());
    CHECK(plan.problems[0].kind == ImportProblem::Kind::DateOrder);
    CHECK(plan.problems[0].message ==
          QStringLiteral("Every date in the file can be read more than one way (for example «03/04/2025» on line "
                         "2): Day/month/year (31/12/2025) or Month/day/year (12/31/2025). Choose how the file "
                         "writes dates."));
    CHECK(plan.dateCandidates == (QList<DateOrder>{DateOrder::DayMonthYear, DateOrder::MonthDayYear}));
    const auto before = test::countsOf(t.db());
    CHECK(test::refusedField([&] { service.run(request); }) == QStringLiteral("date_format"));
    CHECK(test::countsOf(t.db()) == before);

    const auto r = runImport(t.db(), ImportKind::Invoices, "invoices-ambiguous-dates.csv",
                             [](ImportRequest &q) { q.dateOrder = DateOrder::DayMonthYear; });
    CHECK(r.added == 2);
    const auto amb = storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("AMB-1"));
    CHECK(amb.issueDate == QDate(2025, 4, 3));
    CHECK(amb.dueDate == QDate(2025, 6, 5));
}

TEST_CASE("A file whose amounts read both ways is not guessed: the importer asks", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    ImportService service(t.db(), test::importClock());
    const auto plan = service.prepare(test::importRequest(ImportKind::Invoices, "invoices-ambiguous-amounts.csv"));
    REQUIRE_FALSE(plan.ready());
    CHECK(plan.problems[0].kind == ImportProblem::Kind::Decimal);
    CHECK(plan.problems[0].message ==
          QStringLiteral("Amounts like «1.500» on line 2 can be read two ways: the mark may separate thousands or "
                         "cents. Choose the decimal mark the file uses."));
    const auto r = runImport(t.db(), ImportKind::Invoices, "invoices-ambiguous-amounts.csv",
                             [](ImportRequest &q) { q.decimal = DecimalHint::Comma; });
    CHECK(r.added == 2);
    CHECK(minor(storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("AM-1")).amount) == 150000);
    CHECK(minor(storedInvoice(t.db(), QStringLiteral("000124"), QStringLiteral("AM-2")).amount) == 275000);
}

TEST_CASE("Negative amounts, in parentheses or with a minus, are read and refused for invoices", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto r = runImport(t.db(), ImportKind::Invoices, "invoices-negative.csv");
    CHECK_FALSE(r.stored);
    CHECK(r.refused == 2);
    CHECK(test::messagesOf(r) ==
          QStringLiteral("2 amount: «(120,00)»: the amount must be greater than zero.\n"
                         "3 amount: «-5»: the amount must be greater than zero."));
    CHECK(test::rowsIn(t.db(), "invoices") == 0);
}

TEST_CASE("All or nothing: one refused row stores nothing, and every refusal is named", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto before = test::countsOf(t.db());
    const auto r = runImport(t.db(), ImportKind::Invoices, "invoices-some-bad.csv");
    CHECK_FALSE(r.stored);
    CHECK(r.rows == 8);
    CHECK(r.refused == 6);
    QStringList described;
    const auto plan = ImportService(t.db(), test::importClock())
                          .prepare(test::importRequest(ImportKind::Invoices, "invoices-some-bad.csv"));
    for (const auto &refusal : r.refusals)
        for (const auto &p : refusal.problems)
            described << ImportService::describe(refusal, p, plan.headers, plan.mapping);
    CHECK(described ==
          (QStringList{
              QStringLiteral("Line 3, column «debtor_ref» (Debtor's reference): no debtor has the reference «999999»; import "
                             "the debtors first, or let this import create the missing ones."),
              // Written as the file writes its dates, but no such day: said as such.
              QStringLiteral("Line 4, column «issue_date»: «2025-02-31» is not a day of the calendar: February "
                             "2025 has 28 days."),
              QStringLiteral("Line 5, column «due_date»: 2025-09-30 is before the issue date (2025-10-01)."),
              QStringLiteral("Line 6, column «number» (Invoice number): the invoice number is missing."),
              QStringLiteral("Line 7: it has 6 values but the header has 5 columns (a separator inside a value that "
                             "is not in quotes?)."),
              QStringLiteral("Line 8, column «amount»: «abc» contains letters; type only the amount, for "
                             "example %1.")
                  .arg(domain::Money::fromMinor(123456).format(QLocale())),
          }));
    CHECK(test::countsOf(t.db()) == before);
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("Keep-valid stores the good rows and writes the refused ones with their reasons", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    QTemporaryDir dir;
    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    const auto r = runImport(t.db(), ImportKind::Invoices, "invoices-some-bad.csv", [&](ImportRequest &q) {
        q.keepValid = true;
        q.rejectsPath = rejects;
    });
    CHECK(r.stored);
    CHECK(r.added == 2);
    CHECK(r.refused == 6);
    CHECK(r.rejectsPath == rejects);
    CHECK(test::rowsIn(t.db(), "invoices") == 2);
    CHECK(minor(storedInvoice(t.db(), QStringLiteral("000124"), QStringLiteral("G-8")).amount) == 25000);
    CHECK(test::totalsConsistent(t.db()));

    QFile f(rejects);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == QStringLiteral("debtor_ref,number,issue_date,due_date,amount,line,reason"));
    CHECK(lines[1] == QStringLiteral("999999,G-2,2025-10-01,2025-10-31,100.00,3,\"Line 3, column «debtor_ref» "
                                     "(Debtor's reference): no debtor has the reference «999999»; import the debtors first, "
                                     "or let this import create the missing ones.\""));
    CHECK(lines[5].startsWith(QStringLiteral("000123,G-6,2025-10-01,2025-10-31,100.00,extra,7,")));
    // Fixed, the rejects file imports: its extra columns are not mapped.
    const auto plan = ImportService(t.db(), test::importClock()).prepare([&] {
        ImportRequest q = test::importRequest(ImportKind::Invoices, "");
        q.path = rejects;
        return q;
    }());
    CHECK(plan.mapping.column(QStringLiteral("amount")) == 4);
    CHECK(plan.mapping.field(5).isEmpty());
    CHECK(plan.mapping.field(6).isEmpty());
}

TEST_CASE("A dry run checks every row and stores nothing", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto before = test::countsOf(t.db());
    const auto r = runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv",
                             [](ImportRequest &q) { q.dryRun = true; });
    CHECK(r.dryRun);
    CHECK_FALSE(r.stored);
    CHECK(r.added == 4);
    CHECK(test::countsOf(t.db()) == before);
}

TEST_CASE("Re-importing invoices reports unchanged, and updates what changed", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    const auto again = runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    CHECK(again.added == 0);
    CHECK(again.unchanged == 4);
    CHECK(test::rowsIn(t.db(), "invoices") == 4);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("changed.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("debtor_ref,number,issue_date,due_date,amount,disputed\n"
            "000123,F-0001,2025-10-01,2025-11-15,1234.50,no\n"    // new due date
            "000123,F-0002,2025-11-01,2025-11-30,1234.56,no\n"    // dispute cleared
            "000124,000045,2025-09-15,2025-10-15,99.90,\n"        // same
            "000124,N-1,2025-12-01,2025-12-31,10.00,\n"           // new
            "000124,N-1,2025-12-01,2025-12-31,10.00,\n");         // twice in the file
    f.close();
    const auto r = runImport(t.db(), ImportKind::Invoices, "", [&](ImportRequest &q) {
        q.path = path;
        q.keepValid = true;
    });
    CHECK(r.updated == 2);
    CHECK(r.unchanged == 1);
    CHECK(r.added == 1);
    CHECK(r.refused == 1);
    CHECK(test::messagesOf(r) == QStringLiteral("6 number: invoice N-1 of this debtor is already on an earlier line of the file."));
    const auto f1 = storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("F-0001"));
    CHECK(f1.dueDate == QDate(2025, 11, 15));
    const auto f2 = storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("F-0002"));
    CHECK_FALSE(f2.disputed);
    CHECK(f2.disputeReason.isEmpty());
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("Invoices create the debtors they name when asked, named by reference", "[import]")
{
    test::TempDb t;
    const auto refused = runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    CHECK(refused.refused == 4);
    const auto r = runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv",
                             [](ImportRequest &q) { q.createDebtors = true; });
    CHECK(r.added == 4);
    CHECK(r.debtorsCreated == 3);
    CHECK(storedDebtor(t.db(), QStringLiteral("000124")).name == QStringLiteral("000124"));
    CHECK(test::totalsConsistent(t.db()));
    // Their own file then fills them in.
    const auto debtors = runImport(t.db(), ImportKind::Debtors, "debtors-utf8bom-semicolon-crlf.csv");
    CHECK(debtors.updated == 3);
    CHECK(storedDebtor(t.db(), QStringLiteral("000124")).name == QStringLiteral("Ferretería López; Hermanos S.A. de C.V."));
    // Created as a person by default, it becomes what its real name says,
    // as the check page showed.
    CHECK(storedDebtor(t.db(), QStringLiteral("000124")).kind == domain::DebtorKind::Company);
}

TEST_CASE("Invoices name the debtors they create as the file names them, and no one else", "[import]")
{
    test::TempDb t;
    const domain::Id known = test::addDebtor(t.db(), QStringLiteral("C009"), QStringLiteral("Papelería Núñez"));
    // How an aged-receivables report is written: the customer's code and name.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("antiguedad.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Cliente;Nombre;Folio;Fecha;Vencimiento;Importe\n"
            "C001;  Construcciones  Peña S.A. de C.V. ;A-1;2025-11-01;2025-11-30;1500.00\n"
            "C001;Construcciones Peña S.A. de C.V.;A-2;2025-11-03;2025-12-03;250.00\n"
            "C002;María Gómez Ruiz;A-3;2025-11-05;2025-12-05;800.00\n"
            "C003;;A-4;2025-11-06;2025-12-06;120.00\n"
            "C009;Otro nombre cualquiera;A-5;2025-11-07;2025-12-07;90.00\n");
    f.close();
    const auto r = runImport(t.db(), ImportKind::Invoices, "", [&](ImportRequest &q) {
        q.path = path;
        q.createDebtors = true;
    });
    CHECK(r.added == 5);
    CHECK(r.debtorsCreated == 3);
    CHECK(r.debtorsNamedByRef == 1);
    const domain::Debtor company = storedDebtor(t.db(), QStringLiteral("C001"));
    CHECK(company.name == QStringLiteral("Construcciones Peña S.A. de C.V."));
    CHECK(company.kind == domain::DebtorKind::Company);  // as a debtors' file with no kind says
    const domain::Debtor person = storedDebtor(t.db(), QStringLiteral("C002"));
    CHECK(person.name == QStringLiteral("María Gómez Ruiz"));
    CHECK(person.kind == domain::DebtorKind::Person);
    CHECK(storedDebtor(t.db(), QStringLiteral("C003")).name == QStringLiteral("C003"));  // no name given
    // A debtor already in the office keeps its own name.
    CHECK(store::DebtorRepository(t.db()).byId(known)->name == QStringLiteral("Papelería Núñez"));
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("An invoice already partly paid cannot be lowered below what was paid", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    runImport(t.db(), ImportKind::Payments, "payments-bank.csv");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lower.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("debtor_ref,number,issue_date,due_date,amount\n000123,F-0002,2025-11-01,2025-11-30,500.00\n");
    f.close();
    const auto r = runImport(t.db(), ImportKind::Invoices, "", [&](ImportRequest &q) { q.path = path; });
    CHECK(test::messagesOf(r) ==
          QStringLiteral("2 amount: payments and adjustments already took 1000.00 off invoice F-0002; its amount cannot be less."));
}

TEST_CASE("A mapping given by column title or number, and a missing field is named", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    ImportService service(t.db(), test::importClock());
    auto request = test::importRequest(ImportKind::Invoices, "invoices-dmy-comma.csv");
    request.mapSpecs = {QStringLiteral("saldo=")};
    auto plan = service.prepare(request);
    REQUIRE_FALSE(plan.ready());
    CHECK(plan.problems[0].message ==
          QStringLiteral("No column is mapped to Amount; say which column holds it."));
    request.mapSpecs = {QStringLiteral("saldo="), QStringLiteral("5=amount")};
    CHECK(service.prepare(request).ready());
    request.mapSpecs = {QStringLiteral("Importe total=amount")};
    CHECK(test::refusedMessage([&] { service.prepare(request); })
              .startsWith(QStringLiteral("--map Importe total=amount: the file has no column «Importe total»")));
    request.mapSpecs = {QStringLiteral("Saldo=balance")};
    CHECK(test::refusedMessage([&] { service.prepare(request); })
              .startsWith(QStringLiteral("--map Saldo=balance: «balance» is not a field of invoices")));
}

TEST_CASE("A preset keeps a file's mapping and settings for the next file of its shape", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    ImportService service(t.db(), test::importClock());
    auto request = test::importRequest(ImportKind::Invoices, "invoices-ambiguous-dates.csv");
    request.dateOrder = DateOrder::MonthDayYear;
    request.mapSpecs = {QStringLiteral("amount="), QStringLiteral("5=amount")};
    const auto plan = service.prepare(request);
    REQUIRE(plan.ready());
    service.savePreset(QStringLiteral("ERP facturas"), request, plan);
    CHECK(service.presetNames(ImportKind::Invoices) == QStringList{QStringLiteral("ERP facturas")});
    CHECK(service.presetNames(ImportKind::Debtors).isEmpty());

    auto next = test::importRequest(ImportKind::Invoices, "invoices-ambiguous-dates.csv");
    next.preset = QStringLiteral("ERP facturas");
    const auto r = service.run(next);
    CHECK(r.added == 2);
    CHECK(storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("AMB-1")).issueDate == QDate(2025, 3, 4));

    next.kind = ImportKind::Payments;
    CHECK(test::refusedMessage([&] { service.prepare(next); }) ==
          QStringLiteral("The preset «ERP facturas» is for invoices, not payments."));
    next.preset = QStringLiteral("nope");
    CHECK(test::refusedMessage([&] { service.prepare(next); }) == QStringLiteral("There is no import preset named «nope»."));
}

TEST_CASE("A cancelled import stores nothing", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto before = test::countsOf(t.db());
    std::atomic_bool cancel{true};
    ImportService service(t.db(), test::importClock());
    CHECK_THROWS_AS(service.run(test::importRequest(ImportKind::Invoices, "invoices-iso-point.csv"), {}, &cancel),
                    ImportCancelled);
    CHECK(test::countsOf(t.db()) == before);
}

TEST_CASE("The preview shows the first rows as they will be stored", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    ImportService service(t.db(), test::importClock());
    const auto request = test::importRequest(ImportKind::Invoices, "invoices-some-bad.csv");
    const auto plan = service.prepare(request);
    const auto rows = service.preview(request, plan, 3);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].line == 2);
    REQUIRE(rows[0].cells.size() == 5);
    CHECK(rows[0].cells[0].field == QStringLiteral("debtor_ref"));
    CHECK(rows[0].cells[0].value == QStringLiteral("000123"));
    CHECK_FALSE(rows[2].cells[2].refused == false);  // issue date 2025-02-31
    CHECK(rows[2].cells[2].value.contains(QStringLiteral("2025-02-31")));
}

TEST_CASE("New invoices move a debtor's totals exactly as the check's recomputation would", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    runImport(t.db(), ImportKind::Payments, "payments-bank.csv");
    // Credit left over, so a new invoice does not take it by itself.
    QTemporaryDir dir;
    const QString credit = dir.filePath(QStringLiteral("credit.csv"));
    QFile c(credit);
    REQUIRE(c.open(QIODevice::WriteOnly));
    c.write("debtor_ref,date,amount\n0042,2025-12-20,5000.00\n");
    c.close();
    REQUIRE(runImport(t.db(), ImportKind::Payments, "", [&](ImportRequest &q) { q.path = credit; }).added == 1);
    const qint64 indexes = store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE "
                                                                   "type = 'index' AND tbl_name = 'debtor_totals'"))
                               .execScalar();

    auto importText = [&](const char *name, const QByteArray &text) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const auto r = runImport(t.db(), ImportKind::Invoices, "", [&](ImportRequest &q) { q.path = path; });
        INFO(test::messagesOf(r).toStdString());
        CHECK(r.stored);
        CHECK(test::totalsConsistent(t.db()));
    };
    // One debtor of three: its totals row is moved with the indexes kept.
    importText("one.csv", "debtor_ref,number,issue_date,due_date,amount\n0042,X-1,2025-12-01,2025-12-10,10.00\n");
    // All three, one of them twice apart: the indexes are dropped and built again.
    importText("all.csv", "debtor_ref,number,issue_date,due_date,amount\n"
                          "000123,X-2,2025-12-01,2025-12-31,10.00\n"
                          "000124,X-3,2025-01-01,2025-02-01,10.00\n"
                          "000123,X-4,2025-06-01,2025-06-30,10.00\n"
                          "0042,X-5,2025-12-01,2026-01-10,10.00\n");
    CHECK(store::TotalsRepository(t.db()).forDebtor(storedDebtor(t.db(), QStringLiteral("000124")).id)->oldestDueDate ==
          QDate(2025, 2, 1));
    CHECK(store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                                 "tbl_name = 'debtor_totals'"))
              .execScalar() == indexes);
}

TEST_CASE("A large invoice file is added with the number search's index set aside, built again after it",
          "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    QTemporaryDir dir;
    const auto writeFile = [&](const char *name, int rows, const char *series) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray text = "debtor_ref,number,issue_date,due_date,amount,disputed\n";
        const char *refs[] = {"000123", "000124", "0042"};
        for (int i = 0; i < rows; ++i)
            text += QByteArray(refs[i % 3]) + ',' + series + QByteArray::number(100000 + i) +
                    ",2025-12-01,2025-12-31,10.00,no\n";
        f.write(text);
        return path;
    };
    const auto numberIndexes = [&t] {
        return store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                                      "AND name = 'invoices_number_search'"))
            .execScalar();
    };
    struct Seen {
        bool dropped = false;
        bool built = false;
    };
    const auto importedWith = [&](const QString &path, bool dryRun = false, qint64 refused = 0) {
        Seen seen;
        const QStringList statements = test::statementsDuring(t.db(), [&] {
            const auto r = runImport(t.db(), ImportKind::Invoices, "", [&](ImportRequest &q) {
                q.path = path;
                q.dryRun = dryRun;
            });
            REQUIRE(r.refused == refused);
            REQUIRE(r.stored == (!dryRun && refused == 0));
        });
        for (const QString &sql : statements) {
            seen.dropped = seen.dropped || sql.contains(QLatin1String("DROP INDEX \"invoices_number_search\""));
            seen.built = seen.built || sql.contains(QLatin1String("CREATE INDEX invoices_number_search"));
        }
        return seen;
    };
    const QString big = writeFile("big.csv", 30000, "FAC-");
    // Checked first, as the wizard does: set aside for the rows, and left
    // to the rollback to bring back, not built for nothing.
    const Seen checked = importedWith(big, true);
    CHECK(checked.dropped);
    CHECK_FALSE(checked.built);
    CHECK(numberIndexes() == 1);
    CHECK(test::rowsIn(t.db(), "invoices") == 0);
    // All or nothing, with a bad last row: nothing stored, so the same.
    const QString badLast = writeFile("bad-last.csv", 30000, "FAC-");
    {
        QFile f(badLast);
        REQUIRE(f.open(QIODevice::Append));
        f.write("0042,FAC-X1,2025-12-01,2025-12-31,diez,no\n");
    }
    const Seen refused = importedWith(badLast, false, 1);
    CHECK(refused.dropped);
    CHECK_FALSE(refused.built);
    CHECK(numberIndexes() == 1);
    CHECK(test::rowsIn(t.db(), "invoices") == 0);
    // Stored: set aside once 20,000 were added, built again at the end.
    const Seen stored = importedWith(big);
    CHECK(stored.dropped);
    CHECK(stored.built);
    CHECK(numberIndexes() == 1);
    CHECK(test::rowsIn(t.db(), "invoices") == 30000);
    {
        store::SqlQuery integrity(t.db(), QStringLiteral("PRAGMA integrity_check"));
        integrity.exec();
        REQUIRE(integrity.next());
        CHECK(integrity.text(0) == QStringLiteral("ok"));
    }
    CHECK(store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM invoices INDEXED BY invoices_number_search "
                                                 "WHERE debtor_id > 0"))
              .execScalar() == 30000);
    store::PortfolioQuery q;
    q.search = QStringLiteral("fac-129999");  // the file's last row
    q.filters.today = QDate(2026, 1, 15);
    const auto found = store::PortfolioRepository(t.db()).fetchPage(q, std::nullopt, 10);
    REQUIRE(found.size() == 1);
    CHECK(found.first().externalRef == QStringLiteral("0042"));
    // A day's few rows, and the whole file again (nothing added): the
    // index is kept up row by row.
    CHECK_FALSE(importedWith(writeFile("day.csv", 20, "B-")).dropped);
    CHECK_FALSE(importedWith(big).dropped);
    CHECK(numberIndexes() == 1);
}

TEST_CASE("An import's commit leaves copying its log into the file for later while the rows are stored",
          "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    store::SqlQuery(t.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    const qint64 fileBefore = QFileInfo(t.path()).size();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoices.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray text = "debtor_ref,number,issue_date,due_date,amount,disputed\n";
        const char *refs[] = {"000123", "000124", "0042"};
        for (int i = 0; i < 40000; ++i)
            text += QByteArray(refs[i % 3]) + ",FAC-" + QByteArray::number(100000 + i) +
                    ",2025-12-01,2025-12-31,10.00,no\n";
        f.write(text);
    }
    const auto r = runImport(t.db(), ImportKind::Invoices, "", [&](ImportRequest &q) { q.path = path; });
    REQUIRE(r.stored);
    // Longer than SQLite's own hook lets a log grow before a commit copies it.
    REQUIRE(QFileInfo(t.path() + QStringLiteral("-wal")).size() > 1000 * 4096);
    CHECK(QFileInfo(t.path()).size() == fileBefore);
    {
        store::Database other(t.path());
        CHECK(test::rowsIn(other, "invoices") == 40000);
        CHECK(store::TotalsRepository(other).mismatches(10).isEmpty());
    }
    // The connection's commits copy the log again after the import.
    test::addDebtor(t.db(), QStringLiteral("CP-1"), QStringLiteral("Deudora Uno"));
    CHECK(QFileInfo(t.path()).size() > fileBefore);
}
