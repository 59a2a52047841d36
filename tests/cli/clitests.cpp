#include "clirun.h"

#include "store/database.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <tuple>

using namespace libreta;

using test::cli;
using test::corpusFile;
using test::fileHash;
using test::InitialisedOffice;
using test::Office;
using test::Run;


TEST_CASE("libreta-cli without a command prints usage and exits 2", "[cli]")
{
    const Run r = cli({});
    CHECK(r.status == 2);
    CHECK(r.err.contains(QStringLiteral("Usage")));
    CHECK(cli({QStringLiteral("frobnicate")}).status == 2);
}

TEST_CASE("Every command's --help lists its options with what they do, and exits 0", "[cli]")
{
    InitialisedOffice o;
    for (const char *command : {"init", "demo", "post-payment", "import", "export", "statement", "backup"}) {
        INFO(command);
        const Run r = o.run({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(r.status == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: libreta-cli [--db FILE] ") + QString::fromLatin1(command)));
        CHECK(r.out.contains(QStringLiteral("\n  --")));
        CHECK_FALSE(r.err.contains(QStringLiteral("Usage")));
    }
    CHECK(o.run({QStringLiteral("post-payment"), QStringLiteral("-h")}).out.contains(QStringLiteral("--method M")));
}

TEST_CASE("init creates a migrated database with the chosen currency and no user", "[cli]")
{
    Office o;
    const Run r = o.run({QStringLiteral("init"), QStringLiteral("--currency"), QStringLiteral("EUR")});
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("EUR")));
    CHECK(QFile::exists(o.db));
    {
        // The team's Spanish and English call scripts come with a new office.
        store::Database db(o.db);
        store::SqlQuery q(db, QStringLiteral("SELECT group_concat(language, ',') FROM "
                                             "(SELECT language FROM call_scripts ORDER BY language)"));
        q.exec();
        REQUIRE(q.next());
        CHECK(q.text(0) == QStringLiteral("en,es"));
        // No user, as the app's new office: one person who does everything
        // until the office lists its people (the desk then asks nobody).
        CHECK(store::SqlQuery(db, QStringLiteral("SELECT count(*) FROM users")).execScalar() == 0);
    }
    REQUIRE(o.run({QStringLiteral("init"), QStringLiteral("--payment-instructions"),
                   QStringLiteral("Depósito en la cuenta 123, referencia {referencia}")})
                .status == 0);
    {
        store::Database db(o.db);
        store::SqlQuery q(db, QStringLiteral("SELECT value FROM office_settings WHERE key = 'payment_instructions'"));
        q.exec();
        REQUIRE(q.next());
        CHECK(q.text(0) == QStringLiteral("Depósito en la cuenta 123, referencia {referencia}"));
    }
    CHECK(o.run({QStringLiteral("init"), QStringLiteral("--currency"), QStringLiteral("euros")}).status == 1);
    const Run unknown = o.run({QStringLiteral("init"), QStringLiteral("--currency"), QStringLiteral("XYZ")});
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("not the code of any country's money")));
    // Still free to change while no debtor's amount is in it.
    CHECK(o.run({QStringLiteral("init"), QStringLiteral("--currency"), QStringLiteral("MXN")}).status == 0);

    // The zone new debtors are given: the computer's until one is chosen.
    const auto zone = [&] {
        store::Database db(o.db);
        return store::SettingsRepository(db).load().debtorTimeZone;
    };
    CHECK_FALSE(zone().isEmpty());
    const Run atlantis = o.run({QStringLiteral("init"), QStringLiteral("--time-zone"), QStringLiteral("Atlantis/Capital")});
    CHECK(atlantis.status == 1);
    CHECK(atlantis.err.contains(QStringLiteral("Atlantis/Capital")));
    REQUIRE(o.run({QStringLiteral("init"), QStringLiteral("--time-zone"), QStringLiteral("Europe/Madrid")}).status == 0);
    CHECK(zone() == QStringLiteral("Europe/Madrid"));
    REQUIRE(o.run({QStringLiteral("init")}).status == 0);  // kept once chosen
    CHECK(zone() == QStringLiteral("Europe/Madrid"));
}

TEST_CASE("init keeps the currency of an office that has debtors", "[cli]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("20")}).status == 0);
    const auto currency = [&] {
        store::Database db(o.db);
        store::SqlQuery q(db, QStringLiteral("SELECT value FROM office_settings WHERE key = 'currency'"));
        q.exec();
        return q.next() ? q.text(0) : QString();
    };
    const QString before = currency();
    REQUIRE_FALSE(before.isEmpty());
    const QString other = before == QStringLiteral("EUR") ? QStringLiteral("MXN") : QStringLiteral("EUR");
    const Run changed = o.run({QStringLiteral("init"), QStringLiteral("--currency"), other});
    CHECK(changed.status == 1);
    CHECK(changed.err.contains(QStringLiteral("has debtors already")));
    CHECK(currency() == before);
    // The same currency again, or none, is no change: init still upgrades the file.
    CHECK(o.run({QStringLiteral("init"), QStringLiteral("--currency"), before}).status == 0);
    CHECK(o.run({QStringLiteral("init")}).status == 0);
}

TEST_CASE("A database from a newer version is refused by the CLI and left untouched", "[cli]")
{
    Office o;
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(o.db.toUtf8().constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "CREATE TABLE t (x); PRAGMA user_version = 77;", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    const QByteArray before = fileHash(o.db);
    const Run r = o.run({QStringLiteral("check")});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("newer")));
    CHECK(fileHash(o.db) == before);
}

TEST_CASE("Another program's database is refused by the CLI and left untouched", "[cli]")
{
    Office o;
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(o.db.toUtf8().constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "CREATE TABLE clientes (id INTEGER PRIMARY KEY, nombre TEXT);", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    const QByteArray before = fileHash(o.db);
    for (const char *command : {"check", "init"}) {
        const Run r = o.run({QString::fromLatin1(command)});
        INFO(command);
        CHECK(r.status == 1);
        CHECK(r.err.contains(QStringLiteral("not a Libreta file")));
    }
    CHECK(fileHash(o.db) == before);
}

TEST_CASE("demo then check: the totals equal a recomputation", "[cli]")
{
    Office o;
    const Run demo = o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("300"),
                            QStringLiteral("--seed"), QStringLiteral("7")});
    REQUIRE(demo.status == 0);
    const Run check = o.run({QStringLiteral("check")});
    CHECK(check.status == 0);
    CHECK(check.out.contains(QStringLiteral("Check passed")));
}

TEST_CASE("check finds totals that drifted and exits 1", "[cli]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("50")}).status == 0);
    {
        store::Database db(o.db);
        store::SqlQuery(db, QStringLiteral("UPDATE debtor_totals SET outstanding = outstanding + 1 "
                                           "WHERE debtor_id = 3")).exec();
    }
    const Run check = o.run({QStringLiteral("check")});
    CHECK(check.status == 1);
    CHECK(check.out.contains(QStringLiteral("debtor 3")));
}

TEST_CASE("check finds an invoice whose kept number tail is not its number's, and exits 1", "[cli]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("50")}).status == 0);
    const Run clean = o.run({QStringLiteral("check")});
    CHECK(clean.status == 0);
    CHECK(clean.out.contains(QStringLiteral("Invoice numbers for search: ok")));
    {
        store::Database db(o.db);
        store::SqlQuery(db, QStringLiteral("UPDATE invoices SET number_tail = 'X' WHERE id = 7")).exec();
    }
    const Run check = o.run({QStringLiteral("check")});
    CHECK(check.status == 1);
    CHECK(check.out.contains(QStringLiteral("Invoice numbers for search: 1 problem")));
    CHECK(check.out.contains(QStringLiteral("invoice 7: kept 'X'")));
}

TEST_CASE("check finds a phone whose kept name key is not its debtor's, and exits 1", "[cli]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("50")}).status == 0);
    const Run clean = o.run({QStringLiteral("check")});
    CHECK(clean.status == 0);
    CHECK(clean.out.contains(QStringLiteral("Phone numbers for search: ok")));
    {
        store::Database db(o.db);
        store::SqlQuery(db, QStringLiteral("UPDATE contact_phones SET search_text = 'zz' WHERE id = 5")).exec();
    }
    const Run check = o.run({QStringLiteral("check")});
    CHECK(check.status == 1);
    CHECK(check.out.contains(QStringLiteral("Phone numbers for search: 1 problem")));
    CHECK(check.out.contains(QStringLiteral("phone 5: kept debtor")));
}

TEST_CASE("post-payment keeps a pending promise and the totals stay equal to a recomputation", "[cli]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("init")}).status == 0);
    QString ref;
    qint64 promiseAmount = 0;
    {
        store::Database db(o.db);
        store::SqlQuery(db, QStringLiteral("INSERT INTO debtors (external_ref, kind, name, search_text, created_at, updated_at) "
                                           "VALUES ('CLI-000001', 'person', 'José Pérez', 'jose perez', 'x', 'x')")).exec();
        store::SqlQuery(db, QStringLiteral("INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount, created_at) "
                                           "VALUES (1, 'F-1', '2026-01-01', '2026-02-01', 150000, 'x')")).exec();
        const QDate today = QDate::currentDate();
        store::SqlQuery(db, QStringLiteral("INSERT INTO promises (debtor_id, amount, due_date, method, made_on) "
                                           "VALUES (1, 100000, :due, 'transfer', :made)"))
            .bind(QStringLiteral(":due"), today.addDays(3))
            .bind(QStringLiteral(":made"), today.addDays(-1))
            .exec();
        store::TotalsRepository(db).refreshAll();
        ref = QStringLiteral("CLI-000001");
        promiseAmount = 100000;
    }
    const Run pay = o.run({QStringLiteral("post-payment"), QStringLiteral("--debtor"), ref, QStringLiteral("--amount"),
                           QStringLiteral("1,000.00"), QStringLiteral("--date"),
                           QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--method"),
                           QStringLiteral("transferencia"), QStringLiteral("--reference"), QStringLiteral("SPEI-9")});
    INFO(pay.err.toStdString());
    REQUIRE(pay.status == 0);
    CHECK(pay.out.contains(QStringLiteral("Kept")));
    {
        store::Database db(o.db);
        CHECK(store::PromiseRepository(db).byId(1)->status == domain::PromiseStatus::Kept);
        CHECK(store::PromiseRepository(db).byId(1)->paid.minor() == promiseAmount);
        CHECK(store::TotalsRepository(db).forDebtor(1)->outstanding.minor() == 50000);
    }
    CHECK(o.run({QStringLiteral("check")}).status == 0);
}

TEST_CASE("post-payment to a debtor with nothing invoiced keeps it as credit and says so plainly", "[cli]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("init")}).status == 0);
    {
        store::Database db(o.db);
        store::SqlQuery(db, QStringLiteral("INSERT INTO debtors (external_ref, kind, name, search_text, created_at, updated_at) "
                                           "VALUES ('CLI-000001', 'person', 'José Pérez', 'jose perez', 'x', 'x')")).exec();
        store::TotalsRepository(db).refreshAll();
    }
    const Run pay = o.run({QStringLiteral("post-payment"), QStringLiteral("--debtor"), QStringLiteral("CLI-000001"),
                           QStringLiteral("--amount"), QStringLiteral("100"), QStringLiteral("--date"),
                           QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--method"),
                           QStringLiteral("cash")});
    INFO(pay.err.toStdString());
    REQUIRE(pay.status == 0);
    CHECK(pay.out.contains(QStringLiteral("with no invoice to pay")));
    CHECK_FALSE(pay.out.contains(QStringLiteral("in 0 invoices")));
    CHECK(pay.out.contains(QStringLiteral("Kept as credit for the debtor")));
}

TEST_CASE("post-payment refuses bad input naming the option, and stores nothing", "[cli]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("20")}).status == 0);
    auto pay = [&](const QString &amount, const QString &date, const QString &method, const QString &ref) {
        return o.run({QStringLiteral("post-payment"), QStringLiteral("--debtor"), ref, QStringLiteral("--amount"), amount,
                       QStringLiteral("--date"), date, QStringLiteral("--method"), method});
    };
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    qint64 paymentsBefore = 0;
    {
        store::Database db(o.db);
        paymentsBefore = store::SqlQuery(db, QStringLiteral("SELECT count(*) FROM payments")).execScalar();
    }
    const Run ambiguous = pay(QStringLiteral("1,234"), today, QStringLiteral("cash"), QStringLiteral("CLI-000001"));
    CHECK(ambiguous.status == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("--amount")));
    const Run badDate = pay(QStringLiteral("10"), QStringLiteral("31/02/2026"), QStringLiteral("cash"), QStringLiteral("CLI-000001"));
    CHECK(badDate.status == 1);
    CHECK(badDate.err.contains(QStringLiteral("--date")));
    const Run badMethod = pay(QStringLiteral("10"), today, QStringLiteral("bitcoin"), QStringLiteral("CLI-000001"));
    CHECK(badMethod.status == 1);
    CHECK(badMethod.err.contains(QStringLiteral("--method")));
    const Run badRef = pay(QStringLiteral("10"), today, QStringLiteral("cash"), QStringLiteral("NOPE"));
    CHECK(badRef.status == 1);
    CHECK(badRef.err.contains(QStringLiteral("--debtor")));
    const Run missing = o.run({QStringLiteral("post-payment"), QStringLiteral("--amount"), QStringLiteral("10")});
    CHECK(missing.status == 2);
    store::Database db(o.db);
    CHECK(store::SqlQuery(db, QStringLiteral("SELECT count(*) FROM payments")).execScalar() == paymentsBefore);
}

// ---- issue 7: import, export, statements -----------------------------------

TEST_CASE("export writes Excel-ready CSV that imports back into another office", "[cli][export]")
{
    InitialisedOffice from;
    REQUIRE(from.run({QStringLiteral("import"), QStringLiteral("debtors"), corpusFile("debtors-utf8bom-semicolon-crlf.csv")}).status == 0);
    REQUIRE(from.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-iso-point.csv")}).status == 0);
    REQUIRE(from.run({QStringLiteral("import"), QStringLiteral("payments"), corpusFile("payments-bank.csv")}).status == 0);
    const QString portfolio = from.dir.filePath(QStringLiteral("cartera.csv"));
    const QString invoices = from.dir.filePath(QStringLiteral("facturas.csv"));
    const QString payments = from.dir.filePath(QStringLiteral("pagos.csv"));
    Run r = from.run({QStringLiteral("export"), QStringLiteral("portfolio"), QStringLiteral("--out"), portfolio,
                      QStringLiteral("--delimiter"), QStringLiteral("semicolon")});
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("portfolio: 3 rows written")));
    QFile f(portfolio);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("\xEF\xBB\xBFref;name;kind;tax_id;phone;email;address;city;segment;risk;value;status;agent;"
                                 "outstanding;days_past_due"));
    REQUIRE(from.run({QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("--out"), invoices}).status == 0);
    REQUIRE(from.run({QStringLiteral("export"), QStringLiteral("payments"), QStringLiteral("--out"), payments}).status == 0);
    r = from.run({QStringLiteral("export"), QStringLiteral("promises")});
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("debtor_ref,name,amount,due_date")));

    InitialisedOffice to;
    for (auto [kind, file] : {std::pair{"debtors", portfolio}, {"invoices", invoices}, {"payments", payments}}) {
        r = to.run({QStringLiteral("import"), QString::fromLatin1(kind), file});
        INFO(r.err.toStdString());
        CHECK(r.status == 0);
    }
    CHECK(to.run({QStringLiteral("check")}).status == 0);
    const QString again = to.dir.filePath(QStringLiteral("otra-cartera.csv"));
    REQUIRE(to.run({QStringLiteral("export"), QStringLiteral("portfolio"), QStringLiteral("--out"), again,
                    QStringLiteral("--delimiter"), QStringLiteral("semicolon")}).status == 0);
    CHECK(fileHash(again) == fileHash(portfolio));
}

TEST_CASE("statement writes a debtor's account statement as PDF", "[cli][documents]")
{
    InitialisedOffice o;
    REQUIRE(o.run({QStringLiteral("import"), QStringLiteral("debtors"), corpusFile("debtors-utf8bom-semicolon-crlf.csv")}).status == 0);
    REQUIRE(o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-iso-point.csv")}).status == 0);
    const QString pdf = o.dir.filePath(QStringLiteral("estado.pdf"));
    Run r = o.run({QStringLiteral("statement"), QStringLiteral("--debtor"), QStringLiteral("000123"),
                   QStringLiteral("--out"), pdf});
    REQUIRE(r.status == 0);
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    // The debtor's file says it was written, by nobody named; the check still passes.
    {
        store::Database db(o.db);
        CHECK(store::SqlQuery(db, QStringLiteral("SELECT count(*) FROM documents_written d JOIN debtors b ON "
                                                 "b.id = d.debtor_id WHERE b.external_ref = '000123' AND "
                                                 "d.kind = 'statement' AND d.written_by IS NULL"))
                  .execScalar() == 1);
    }
    CHECK(o.run({QStringLiteral("check")}).status == 0);
    CHECK(o.run({QStringLiteral("statement"), QStringLiteral("--debtor"), QStringLiteral("000123"),
                 QStringLiteral("--out"), pdf, QStringLiteral("--letter"), QStringLiteral("paid-in-full")}).status == 1);
    CHECK(o.run({QStringLiteral("statement"), QStringLiteral("--debtor"), QStringLiteral("nadie"),
                 QStringLiteral("--out"), pdf}).status == 1);
}

TEST_CASE("A euro office's statement is laid out on A4 as in Spain, a peso office's on Letter", "[cli][documents]")
{
    // Each office's own file: "€ 99,90" in Spain, "$1,234.56" in Mexico.
    for (const auto &[currency, mediaBox, invoices] :
         {std::tuple{"EUR", "/MediaBox [0 0 595", "invoices-dmy-comma.csv"},
          std::tuple{"MXN", "/MediaBox [0 0 612", "invoices-iso-point.csv"}}) {
        INFO(currency);
        Office o;
        REQUIRE(o.run({QStringLiteral("init"), QStringLiteral("--currency"), QString::fromLatin1(currency)}).status == 0);
        REQUIRE(o.run({QStringLiteral("import"), QStringLiteral("debtors"), corpusFile("debtors-utf8bom-semicolon-crlf.csv")}).status == 0);
        REQUIRE(o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile(invoices)}).status == 0);
        const QString pdf = o.dir.filePath(QStringLiteral("estado.pdf"));
        REQUIRE(o.run({QStringLiteral("statement"), QStringLiteral("--debtor"), QStringLiteral("000123"),
                       QStringLiteral("--out"), pdf}).status == 0);
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll().contains(mediaBox));
    }
}

TEST_CASE("letters writes the same document for many debtors, to one PDF or one per debtor", "[cli][documents]")
{
    InitialisedOffice o;
    REQUIRE(o.run({QStringLiteral("import"), QStringLiteral("debtors"), corpusFile("debtors-utf8bom-semicolon-crlf.csv")}).status == 0);
    REQUIRE(o.run({QStringLiteral("import"), QStringLiteral("invoices"), corpusFile("invoices-iso-point.csv")}).status == 0);
    const QString pdf = o.dir.filePath(QStringLiteral("estados.pdf"));
    Run r = o.run({QStringLiteral("letters"), QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("^3 account statements? written to "))));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromLatin1(f.readAll()).count(QRegularExpression(QStringLiteral("/Type\\s*/Page\\b"))) == 3);

    // A segment's, one file each; the activity keeps the count.
    const QString folder = o.dir.filePath(QStringLiteral("alto"));
    // Typed as a scheduled task's author types it: capitals do not matter.
    r = o.run({QStringLiteral("letters"), QStringLiteral("--out-dir"), folder, QStringLiteral("--segment"),
               QStringLiteral("ALTO"), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(r.status == 0);
    CHECK(QDir(folder).entryList(QDir::Files) ==
          QStringList{QStringLiteral("account-statement-000123-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))});

    // Nobody has a promise: nothing written, and why.
    const QString none = o.dir.filePath(QStringLiteral("confirmaciones.pdf"));
    r = o.run({QStringLiteral("letters"), QStringLiteral("--out"), none, QStringLiteral("--letter"),
               QStringLiteral("confirmation")});
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("No document was written.")));
    CHECK(r.out.contains(QStringLiteral("Left out: 3 with no pending promise.")));
    CHECK_FALSE(QFile::exists(none));

    // Reminders: every debtor has an invoice overdue by now.
    const QString reminders = o.dir.filePath(QStringLiteral("recordatorios.pdf"));
    r = o.run({QStringLiteral("letters"), QStringLiteral("--out"), reminders, QStringLiteral("--letter"),
               QStringLiteral("reminder")});
    CHECK(r.status == 0);
    CHECK(r.out.contains(QRegularExpression(QStringLiteral("^3 payment reminders? written to "))));

    CHECK(o.run({QStringLiteral("letters")}).status == 2);
    CHECK(o.run({QStringLiteral("letters"), QStringLiteral("--out"), pdf, QStringLiteral("--out-dir"), folder}).status == 2);
    CHECK(o.run({QStringLiteral("letters"), QStringLiteral("--out"), pdf, QStringLiteral("--agent"),
                 QStringLiteral("nadie")}).status == 1);
    CHECK(o.run({QStringLiteral("letters"), QStringLiteral("--out-dir"), pdf}).status == 1);
    r = o.run({QStringLiteral("letters"), QStringLiteral("--out"), pdf, QStringLiteral("--segment"), QStringLiteral("Alta")});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("--segment: no debtor is in the segment «Alta»; the segments are: Alto, Medio.")));
    // The portfolio's export reads --segment the same way.
    const QString csv = o.dir.filePath(QStringLiteral("cartera.csv"));
    r = o.run({QStringLiteral("export"), QStringLiteral("portfolio"), QStringLiteral("--segment"), QStringLiteral("Alta"),
               QStringLiteral("--out"), csv});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("no debtor is in the segment «Alta»")));
    r = o.run({QStringLiteral("export"), QStringLiteral("portfolio"), QStringLiteral("--segment"), QStringLiteral("medio"),
               QStringLiteral("--out"), csv});
    CHECK(r.status == 0);
}

TEST_CASE("backup saves a copy that passes the check, refuses its own file and needs --out", "[cli][backup]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("60")}).status == 0);
    const QString copy = o.dir.filePath(QStringLiteral("copia.sqlite"));
    const Run saved = o.run({QStringLiteral("backup"), QStringLiteral("--out"), copy});
    CHECK(saved.status == 0);
    CHECK(saved.out.startsWith(QStringLiteral("Copy saved to %1: 60 debtors").arg(QDir::toNativeSeparators(copy))));
    const Run check = cli({QStringLiteral("--db"), copy, QStringLiteral("check")});
    CHECK(check.status == 0);
    CHECK(check.out.contains(QStringLiteral("Check passed")));

    const QByteArray before = fileHash(o.db);
    const Run onItself = o.run({QStringLiteral("backup"), QStringLiteral("--out"), o.db});
    CHECK(onItself.status == 1);
    CHECK(onItself.err.contains(QStringLiteral("office file")));
    CHECK(fileHash(o.db) == before);
    CHECK(o.run({QStringLiteral("backup")}).status == 2);
}

TEST_CASE("export activity writes one person's actions and refuses a login the office does not have",
          "[cli][export][activity]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("60")}).status == 0);
    const Run r = o.run({QStringLiteral("export"), QStringLiteral("activity"), QStringLiteral("--user"),
                         QStringLiteral("lhernandez"), QStringLiteral("--action"), QStringLiteral("call.commit")});
    REQUIRE(r.status == 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 1);
    CHECK(lines[0].endsWith(QStringLiteral("at,user,login,action,entity,entity_id,debtor_ref,name,amount,details")));
    for (qsizetype i = 1; i < lines.size(); ++i)
        CHECK(lines[i].contains(QStringLiteral(",lhernandez,call.commit,call,")));
    const Run nobody = o.run({QStringLiteral("export"), QStringLiteral("activity"), QStringLiteral("--user"),
                              QStringLiteral("zorro")});
    CHECK(nobody.status == 2);
    CHECK(nobody.err.contains(QStringLiteral("--user: the office has no user zorro.")));
    // Options of one export are refused for another, not ignored.
    const Run wrongKind = o.run({QStringLiteral("export"), QStringLiteral("portfolio"), QStringLiteral("--action"),
                                 QStringLiteral("call.commit")});
    CHECK(wrongKind.status == 2);
    CHECK(wrongKind.err.contains(QStringLiteral("--action: only the activity export takes it.")));
}

TEST_CASE("export scores writes the reviews' figures by day and agent, or one agent's", "[cli][export]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("400")}).status == 0);
    const Run all = o.run({QStringLiteral("export"), QStringLiteral("scores")});
    REQUIRE(all.status == 0);
    const QStringList lines = all.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 1);  // the demo's supervisors reviewed some conversations
    CHECK(lines[0].endsWith(QStringLiteral("day,agent,reviews,presentation_points,presentation_scored,listening_points,"
                                           "listening_scored,negotiation_points,negotiation_scored,preclose_points,"
                                           "preclose_scored,close_points,close_scored")));
    const Run hers = o.run({QStringLiteral("export"), QStringLiteral("scores"), QStringLiteral("--user"),
                            QStringLiteral("lhernandez")});
    REQUIRE(hers.status == 0);
    const QStringList herLines = hers.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(herLines.size() < lines.size());
    for (qsizetype i = 1; i < herLines.size(); ++i)
        CHECK(herLines[i].section(QLatin1Char(','), 1, 1) == QStringLiteral("Lucía Hernández Paz"));
}

TEST_CASE("export followthrough writes each day's tasks and call-backs by agent, or one agent's", "[cli][export]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("300")}).status == 0);
    const Run all = o.run({QStringLiteral("export"), QStringLiteral("followthrough")});
    REQUIRE(all.status == 0);
    const QStringList lines = all.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 1);  // the demo's agents scheduled call-backs and tasks
    CHECK(lines[0].endsWith(QStringLiteral("day,agent,due,done_on_time,done_late,cancelled,open,put_off")));
    qint64 due = 0;
    qint64 putOff = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        REQUIRE(cells.size() == 8);
        const qint64 rowDue = cells[2].toLongLong();
        // A day with nothing left due is there for what was put off from it.
        CHECK((rowDue > 0 || cells[7].toLongLong() > 0));
        // What is due is done on time, done late, called off or still open.
        CHECK(cells[3].toLongLong() + cells[4].toLongLong() + cells[5].toLongLong() + cells[6].toLongLong() == rowDue);
        due += rowDue;
        putOff += cells[7].toLongLong();
    }
    CHECK(putOff > 0);  // the demo's less diligent agents put tasks off
    const Run hers = o.run({QStringLiteral("export"), QStringLiteral("followthrough"), QStringLiteral("--user"),
                            QStringLiteral("lhernandez")});
    REQUIRE(hers.status == 0);
    const QStringList herLines = hers.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(herLines.size() > 1);
    CHECK(herLines.size() < lines.size());
    for (qsizetype i = 1; i < herLines.size(); ++i)
        CHECK(herLines[i].section(QLatin1Char(','), 1, 1) == QStringLiteral("Lucía Hernández Paz"));
    CHECK(due > 0);
}

TEST_CASE("export aging writes the office's aging, or one agent's", "[cli][export][aging]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("60")}).status == 0);
    const Run all = o.run({QStringLiteral("export"), QStringLiteral("aging")});
    REQUIRE(all.status == 0);
    const QStringList lines = all.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 1);
    CHECK(lines[0].endsWith(QStringLiteral("as_of,aging,segment,debtors,outstanding")));
    const Run hers = o.run({QStringLiteral("export"), QStringLiteral("aging"), QStringLiteral("--user"),
                            QStringLiteral("lhernandez")});
    REQUIRE(hers.status == 0);
    const auto debtors = [](const QString &csv) {
        qint64 n = 0;
        const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < rows.size(); ++i)
            n += rows[i].section(QLatin1Char(','), 3, 3).toLongLong();
        return n;
    };
    CHECK(debtors(hers.out) > 0);
    CHECK(debtors(hers.out) < debtors(all.out));
    const Run wrongKind = o.run({QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("--user"),
                                 QStringLiteral("lhernandez")});
    CHECK(wrongKind.status == 2);
    CHECK(wrongKind.err.contains(
        QStringLiteral("--user: only the activity, dashboard figures, scores, follow-through and aging exports take it.")));
}

TEST_CASE("An export whose last day comes before its first is refused, and no file is left", "[cli]")
{
    test::InitialisedOffice o;
    const QString out = QFileInfo(o.db).dir().filePath(QStringLiteral("pagos.csv"));
    const Run r = o.run({QStringLiteral("export"), QStringLiteral("payments"), QStringLiteral("--from"),
                         QStringLiteral("2026-11-30"), QStringLiteral("--to"), QStringLiteral("2026-11-01"),
                         QStringLiteral("--out"), out});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("Up to:")));
    CHECK_FALSE(QFile::exists(out));
}
