// libreta-cli import: Spanish Excel files, questions instead of guesses,
// column maps and presets, and every column either imported or named as
// left out.

#include "clirun.h"

#include "store/database.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"

#include <QFile>

using namespace libreta;
using test::corpusFile;
using test::InitialisedOffice;
using test::Office;
using test::Run;

TEST_CASE("import reads Spanish Excel files and keeps the totals the check recomputes", "[cli][import]")
{
    Office o;
    // A Spanish company's files ("€ 99,90"): a euro office.
    REQUIRE(o.run({QStringLiteral("init"), QStringLiteral("--currency"), QStringLiteral("EUR")}).status == 0);
    Run r = o.run({QStringLiteral("import"), QStringLiteral("debtors"), corpusFile("debtors-utf8bom-semicolon-crlf.csv")});
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("column titles on line 3")));
    CHECK(r.out.contains(QStringLiteral("3 rows: 3 added, 0 updated, 0 unchanged, 0 refused.")));
    r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-dmy-comma.csv")});
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("Windows-1252")));
    CHECK(r.out.contains(QStringLiteral("Saldo → Amount (amount)")));
    CHECK(r.out.contains(QStringLiteral("4 rows: 4 added")));
    CHECK(o.run({QStringLiteral("check")}).status == 0);
    r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-dmy-comma.csv")});
    CHECK(r.out.contains(QStringLiteral("4 rows: 0 added, 0 updated, 4 unchanged, 0 refused.")));
}

TEST_CASE("import asks instead of guessing, and refuses all or keeps the valid rows", "[cli][import]")
{
    InitialisedOffice o;
    REQUIRE(o.run({QStringLiteral("import"), QStringLiteral("debtors"), corpusFile("debtors-utf8bom-semicolon-crlf.csv")}).status == 0);
    Run r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-ambiguous-dates.csv")});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("can be read more than one way")));
    CHECK(r.err.contains(QStringLiteral("--date-format dmy")));
    r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-ambiguous-dates.csv"),
               QStringLiteral("--date-format"), QStringLiteral("dmy"), QStringLiteral("--dry-run")});
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("Dry run: nothing was stored.")));
    r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-ambiguous-amounts.csv")});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("--decimal-comma")));

    r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-some-bad.csv")});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("Line 3, column «debtor_ref» (Debtor's reference): no debtor has the reference «999999»")));
    CHECK(r.err.contains(QStringLiteral("Line 7: it has 6 values but the header has 5 columns")));
    CHECK(r.err.contains(QStringLiteral("Nothing was stored: 6 rows refused.")));
    // Standard output alone (a scheduled task's log) does not read as stored.
    CHECK(r.out.contains(QStringLiteral("8 rows: 2 to add, 0 to update, 0 unchanged, 6 refused.\nNothing was stored.")));
    CHECK_FALSE(r.out.contains(QStringLiteral("added")));
    const QString rejects = o.dir.filePath(QStringLiteral("rechazadas.csv"));
    r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-some-bad.csv"),
               QStringLiteral("--keep-valid"), rejects});
    CHECK(r.status == 3);  // stored, but a scheduled task hears of the refused rows
    CHECK(r.out.contains(QStringLiteral("8 rows: 2 added, 0 updated, 0 unchanged, 6 refused.")));
    CHECK(QFile::exists(rejects));
    CHECK(o.run({QStringLiteral("check")}).status == 0);

    r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("malformed-unterminated-quote.csv")});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("Line 3: a quoted value starts here and is never closed")));
}

TEST_CASE("import maps columns by title or number and saves presets", "[cli][import]")
{
    InitialisedOffice o;
    REQUIRE(o.run({QStringLiteral("import"), QStringLiteral("debtors"), corpusFile("debtors-utf8bom-semicolon-crlf.csv")}).status == 0);
    Run r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-dmy-comma.csv"),
                   QStringLiteral("--map"), QStringLiteral("saldo="), QStringLiteral("--dry-run")});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("No column is mapped to Amount")));
    r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-ambiguous-dates.csv"),
               QStringLiteral("--map"), QStringLiteral("5=amount"), QStringLiteral("--date-format"),
               QStringLiteral("mdy"), QStringLiteral("--save-preset"), QStringLiteral("banco")});
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("Saved as the preset «banco».")));
    r = o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-ambiguous-dates.csv"),
               QStringLiteral("--preset"), QStringLiteral("banco")});
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("2 unchanged")));
}

TEST_CASE("import and export refuse a wrong command line with status 2", "[cli][import]")
{
    Office o;
    CHECK(o.run({QStringLiteral("import"), QStringLiteral("clients"), corpusFile("contacts.csv")}).status == 2);
    CHECK(o.run({QStringLiteral("import"), QStringLiteral("debtors")}).status == 2);
    CHECK(o.run({QStringLiteral("import"), QStringLiteral("debtors"), corpusFile("contacts.csv"),
                 QStringLiteral("--encoding"), QStringLiteral("ebcdic")}).status == 2);
    CHECK(o.run({QStringLiteral("import"), QStringLiteral("debtors"), corpusFile("contacts.csv"),
                 QStringLiteral("--decimal-comma"), QStringLiteral("--decimal-point")}).status == 2);
    CHECK(o.run({QStringLiteral("export"), QStringLiteral("everything")}).status == 2);
    CHECK(o.run({QStringLiteral("export"), QStringLiteral("portfolio"), QStringLiteral("--delimiter"),
                 QStringLiteral("pipe")}).status == 2);
    CHECK(o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("empty.csv")}).status == 1);
}

TEST_CASE("import names the columns it leaves out, and takes a mobile beside the phone", "[cli][import]")
{
    InitialisedOffice o;
    const QString path = o.dir.filePath(QStringLiteral("clientes.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Referencia;Nombre;Teléfono;Móvil;Notas\n"
                              "C001;José Martínez;91 123 45 67;612 34 56 78;llamar tarde\n")
                   .toUtf8());
    file.close();
    const Run r = o.run({QStringLiteral("import"), QStringLiteral("debtors"), path});
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("Móvil → Mobile phone (mobile)")));
    CHECK(r.out.contains(QStringLiteral("Not imported: Notas")));
    store::Database db(o.db);
    CHECK(store::SqlQuery(db, QStringLiteral("SELECT count(*) FROM contact_phones")).execScalar() == 2);
}
