// The importer's corpus, debtors: every encoding, separator and line end,
// titles above the header, blank lines, quoting and leading zeros.

#include "importtesthelpers.h"
#include "servicetesthelpers.h"
#include "store/debtorrepository.h"
#include "store/portfoliorepository.h"
#include "store/settingsrepository.h"
#include "support/fixtures.h"
#include "support/searchwords.h"
#include "support/tempdb.h"

#include <QFile>
#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::services;
using libreta::test::corpus;
using libreta::test::runImport;
using libreta::test::storedDebtor;

namespace {

QStringList phonesOf(store::Database &db, const QString &ref)
{
    QStringList out;
    for (const auto &c : store::ContactRepository(db).forDebtor(storedDebtor(db, ref).id))
        for (const auto &p : c.phones)
            out << p.number;
    return out;
}

} // namespace

TEST_CASE("Excel's UTF-8 CSV with a title above the header imports every field", "[import]")
{
    test::TempDb t;
    const ImportResult r = runImport(t.db(), ImportKind::Debtors, "debtors-utf8bom-semicolon-crlf.csv");
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.stored);
    CHECK(r.headerLine == 3);
    CHECK(r.rows == 3);
    CHECK(r.added == 3);
    CHECK(r.refused == 0);

    const domain::Debtor jose = storedDebtor(t.db(), QStringLiteral("000123"));
    CHECK(jose.name == QStringLiteral("José Pérez Núñez"));
    CHECK(jose.kind == domain::DebtorKind::Person);
    CHECK(jose.taxId == QStringLiteral("PENJ800101AB1"));
    CHECK(jose.address == QStringLiteral("Av. Juárez 12"));
    CHECK(jose.city == QStringLiteral("Ciudad de México"));
    CHECK(jose.segment == QStringLiteral("Alto"));
    CHECK(jose.risk == domain::Level::High);
    const auto contacts = store::ContactRepository(t.db()).forDebtor(jose.id);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts[0].role == domain::ContactRole::Debtor);
    CHECK(contacts[0].name == QStringLiteral("José Pérez Núñez"));
    REQUIRE(contacts[0].phones.size() == 1);
    CHECK(contacts[0].phones[0].number == QStringLiteral("55 1234 5678"));
    REQUIRE(contacts[0].emails.size() == 1);
    CHECK(contacts[0].emails[0].address == QStringLiteral("jose@example.mx"));

    const domain::Debtor ferreteria = storedDebtor(t.db(), QStringLiteral("000124"));
    CHECK(ferreteria.name == QStringLiteral("Ferretería López; Hermanos S.A. de C.V."));
    CHECK(ferreteria.kind == domain::DebtorKind::Company);  // told by its legal form
    CHECK(phonesOf(t.db(), QStringLiteral("000124")) == QStringList{QStringLiteral("(33) 3615-0000")});

    // Leading zeros are part of the reference.
    const domain::Debtor ana = storedDebtor(t.db(), QStringLiteral("0042"));
    CHECK(ana.name == QStringLiteral("Ana Ruiz"));
    CHECK(ana.risk == domain::Level::Low);
    CHECK_FALSE(store::DebtorRepository(t.db()).byRef(QStringLiteral("42")));
    CHECK(store::ContactRepository(t.db()).forDebtor(ana.id).isEmpty());
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("In a one-person office the debtors an import adds are its owner's", "[import]")
{
    test::TempDb t;
    const domain::Id owner = test::addUser(t.db(), QStringLiteral("rgarza"), QStringLiteral("Roberto Garza"),
                                           domain::UserRole::Admin);
    test::importBaseDebtors(t.db());
    CHECK(storedDebtor(t.db(), QStringLiteral("000123")).assignedAgentId == owner);
    // An invoice file that creates its debtors does the same.
    QTemporaryDir dir;
    QFile invoices(dir.filePath(QStringLiteral("facturas.csv")));
    REQUIRE(invoices.open(QIODevice::WriteOnly));
    invoices.write("debtor_ref,number,issue_date,due_date,amount\nNUEVO-1,F-1,2025-10-01,2025-10-31,100.00\n");
    invoices.close();
    REQUIRE(runImport(t.db(), ImportKind::Invoices, "", [&](ImportRequest &q) {
                q.path = invoices.fileName();
                q.createDebtors = true;
            }).stored);
    CHECK(storedDebtor(t.db(), QStringLiteral("NUEVO-1")).assignedAgentId == owner);
    // With a second person they wait to be shared out.
    test::TempDb shared;
    test::addUser(shared.db(), QStringLiteral("rgarza"), QStringLiteral("Roberto Garza"), domain::UserRole::Admin);
    test::addUser(shared.db(), QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), domain::UserRole::Agent);
    test::importBaseDebtors(shared.db());
    CHECK_FALSE(storedDebtor(shared.db(), QStringLiteral("000123")).assignedAgentId.has_value());
}

TEST_CASE("A Windows-1252 file from an English system keeps its accents and zeros", "[import]")
{
    test::TempDb t;
    const auto plan = ImportService(t.db(), test::importClock())
                          .prepare(test::importRequest(ImportKind::Debtors, "debtors-windows1252-comma.csv"));
    CHECK(plan.encoding == csv::Encoding::Windows1252);
    CHECK(plan.delimiter == ',');
    CHECK(plan.mapping.missingRequired(ImportKind::Debtors).isEmpty());
    CHECK(plan.mapping.field(0) == QStringLiteral("ref"));      // Customer ID
    CHECK(plan.mapping.field(2) == QStringLiteral("tax_id"));   // Tax ID
    CHECK(plan.mapping.field(4) == QStringLiteral("email"));    // E-mail

    const ImportResult r = runImport(t.db(), ImportKind::Debtors, "debtors-windows1252-comma.csv");
    REQUIRE(r.added == 2);
    const auto nunez = storedDebtor(t.db(), QStringLiteral("C-001"));
    CHECK(nunez.name == QStringLiteral("Núñez Ibáñez S.L."));
    CHECK(nunez.kind == domain::DebtorKind::Company);
    CHECK(nunez.city == QStringLiteral("Málaga"));
    CHECK(nunez.risk == domain::Level::High);
    const auto pena = storedDebtor(t.db(), QStringLiteral("C-002"));
    CHECK(pena.name == QStringLiteral("Peña, María"));
    CHECK(pena.taxId == QStringLiteral("00123456S"));
    CHECK(pena.city == QStringLiteral("Cádiz"));
}

TEST_CASE("UTF-16 files in either byte order, with tabs or pipes, import", "[import]")
{
    test::TempDb t;
    const auto le = runImport(t.db(), ImportKind::Debtors, "debtors-utf16le-tab.txt");
    CHECK(le.added == 2);
    CHECK(storedDebtor(t.db(), QStringLiteral("T-01")).name == QStringLiteral("Álvaro Gómez"));
    CHECK(storedDebtor(t.db(), QStringLiteral("T-01")).taxId == QStringLiteral("12345678Z"));
    CHECK(storedDebtor(t.db(), QStringLiteral("T-02")).city == QStringLiteral("Bilbao"));
    const auto be = runImport(t.db(), ImportKind::Debtors, "debtors-utf16be-pipe.csv");
    CHECK(be.added == 1);
    CHECK(storedDebtor(t.db(), QStringLiteral("P-01")).name == QStringLiteral("Søren Ñandú"));
}

TEST_CASE("Latin-1 with old Mac line ends (CR only) imports", "[import]")
{
    test::TempDb t;
    const auto r = runImport(t.db(), ImportKind::Debtors, "debtors-latin1-cr.csv");
    CHECK(r.added == 2);
    CHECK(storedDebtor(t.db(), QStringLiteral("L-01")).name == QStringLiteral("Begoña Muñoz"));
    CHECK(storedDebtor(t.db(), QStringLiteral("L-02")).city == QStringLiteral("Irún"));
    // The same bytes read as Latin-1 when asked.
    test::TempDb t2;
    const auto latin = runImport(t2.db(), ImportKind::Debtors, "debtors-latin1-cr.csv",
                                 [](ImportRequest &q) { q.format.encoding = csv::Encoding::Latin1; });
    CHECK(storedDebtor(t2.db(), QStringLiteral("L-02")).name == QStringLiteral("Iñaki Etxeberría"));
}

TEST_CASE("Quoted line breaks, doubled quotes and blank lines keep line numbers right", "[import]")
{
    test::TempDb t;
    const auto r = runImport(t.db(), ImportKind::Debtors, "debtors-quoting-blank-lines.csv");
    CHECK(r.rows == 2);
    CHECK(r.added == 2);
    const auto q1 = storedDebtor(t.db(), QStringLiteral("Q-01"));
    CHECK(q1.name == QStringLiteral("Roberto \"el Güero\" Sánchez"));
    CHECK(q1.address == QStringLiteral("Calle 1, int. 2 Colonia Centro"));  // kept on one line
    CHECK(q1.city == QStringLiteral("Puebla"));
    CHECK(storedDebtor(t.db(), QStringLiteral("Q-02")).address == QStringLiteral("Av. 5 de Mayo, 100"));

    // Q-02 sits on line 7 (the quoted break, then two blank lines): a refusal
    // there names line 7.
    test::TempDb t2;
    const auto refused = runImport(t2.db(), ImportKind::Debtors, "debtors-quoting-blank-lines.csv",
                                   [](ImportRequest &q) { q.mapSpecs << QStringLiteral("city=risk"); });
    REQUIRE(refused.refusals.size() == 2);
    CHECK(refused.refusals[0].line == 3);
    CHECK(refused.refusals[1].line == 7);
    CHECK(refused.refusals[1].problems[0].message ==
          QStringLiteral("«Toluca» is not a risk level (low, medium or high)."));
}

TEST_CASE("Importing the same debtors again changes nothing, a changed row is updated", "[import]")
{
    test::TempDb t;
    runImport(t.db(), ImportKind::Debtors, "debtors-utf8bom-semicolon-crlf.csv");
    const auto before = test::countsOf(t.db());
    const auto again = runImport(t.db(), ImportKind::Debtors, "debtors-utf8bom-semicolon-crlf.csv");
    CHECK(again.stored);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);
    auto after = test::countsOf(t.db());
    CHECK(after.debtors == before.debtors);
    CHECK(after.contacts == before.contacts);

    // The Windows-1252 file read with its ref column as 000123's... a
    // smaller file that renames one debtor and gives a new phone.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("update.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("ref;name;phone;city\n000123;José Pérez Núñez;55 0000 1111;\n0042;Ana Ruiz Gil;;\n");
    f.close();
    const auto update = runImport(t.db(), ImportKind::Debtors, "", [&](ImportRequest &q) { q.path = path; });
    CHECK(update.updated == 2);
    CHECK(update.unchanged == 0);
    const auto jose = storedDebtor(t.db(), QStringLiteral("000123"));
    CHECK(jose.city == QStringLiteral("Ciudad de México"));  // the empty cell erased nothing
    CHECK(phonesOf(t.db(), QStringLiteral("000123")) ==
          (QStringList{QStringLiteral("55 1234 5678"), QStringLiteral("55 0000 1111")}));
    CHECK(storedDebtor(t.db(), QStringLiteral("0042")).name == QStringLiteral("Ana Ruiz Gil"));
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("The customer's value imports from its own column, and a value it cannot read refuses the row",
          "[import]")
{
    test::TempDb t;
    QTemporaryDir dir;
    const auto importText = [&](const QByteArray &text) {
        const QString path = dir.filePath(QStringLiteral("valor.csv"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        return runImport(t.db(), ImportKind::Debtors, "", [&](ImportRequest &q) { q.path = path; });
    };
    const auto first = importText("referencia;nombre;riesgo;valor del cliente\n"
                                  "V-1;Comercial Uno;alto;Alto\nV-2;Comercial Dos;bajo;bajo\n");
    INFO(test::messagesOf(first).toStdString());
    CHECK(first.added == 2);
    CHECK(storedDebtor(t.db(), QStringLiteral("V-1")).value == domain::Level::High);
    CHECK(storedDebtor(t.db(), QStringLiteral("V-2")).value == domain::Level::Low);

    // A new value updates the debtor; one the file cannot read is refused
    // by line and column, and nothing of the file is stored.
    const auto changed = importText("referencia;nombre;valor\nV-2;Comercial Dos;medio\n");
    CHECK(changed.updated == 1);
    CHECK(storedDebtor(t.db(), QStringLiteral("V-2")).value == domain::Level::Medium);
    const auto refused = importText("referencia;nombre;valor\nV-1;Comercial Uno;bajo\nV-2;Comercial Dos;enorme\n");
    CHECK_FALSE(refused.stored);
    CHECK(test::messagesOf(refused).contains(QStringLiteral("«enorme» is not a customer value")));
    CHECK(storedDebtor(t.db(), QStringLiteral("V-1")).value == domain::Level::High);
}

TEST_CASE("A reference twice in one file is refused on its second line", "[import]")
{
    test::TempDb t;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("twice.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("ref,name\nD-1,Uno\nD-2,Dos\nD-1,Otra vez\n");
    f.close();
    const auto r = runImport(t.db(), ImportKind::Debtors, "", [&](ImportRequest &q) { q.path = path; });
    CHECK_FALSE(r.stored);
    REQUIRE(r.refusals.size() == 1);
    CHECK(r.refusals[0].line == 4);
    CHECK(r.refusals[0].problems[0].message == QStringLiteral("reference D-1 is already on an earlier line of the file."));
    CHECK(test::rowsIn(t.db(), "debtors") == 0);
}

TEST_CASE("Malformed and non-text files are refused whole and store nothing", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto before = test::countsOf(t.db());
    auto refusal = [&](const char *file, const std::function<void(ImportRequest &)> &tweak = {}) {
        return test::importRefusal([&] { runImport(t.db(), ImportKind::Invoices, file, tweak); });
    };
    CHECK(refusal("malformed-unterminated-quote.csv") ==
          QStringLiteral("Line 3: a quoted value starts here and is never closed (a \" is missing); the rest of "
                         "the file was read as part of it."));
    // Even when the valid rows were to be kept.
    CHECK(refusal("malformed-unterminated-quote.csv", [](ImportRequest &q) { q.keepValid = true; })
              .startsWith(QStringLiteral("Line 3:")));
    CHECK(refusal("malformed-binary.csv") ==
          QStringLiteral("%1 is not a text file (it holds binary data); save the spreadsheet as CSV and import "
                         "that file.")
              .arg(QDir::toNativeSeparators(corpus("malformed-binary.csv"))));
    CHECK(refusal("empty.csv") ==
          QStringLiteral("%1 is empty.").arg(QDir::toNativeSeparators(corpus("empty.csv"))));
    CHECK(refusal("blank-lines-only.csv") == QStringLiteral("The file has no rows: it is blank."));
    CHECK(refusal("does-not-exist.csv") == QStringLiteral("There is no file %1; check its name and folder.")
                                               .arg(QDir::toNativeSeparators(corpus("does-not-exist.csv"))));
    // The office's own file, or one SQLite keeps beside it, is not even read.
    for (const QString &own : QStringList{t.path(), t.path() + QStringLiteral("-wal")}) {
        ImportRequest request = test::importRequest(ImportKind::Debtors, "debtors-basic.csv");
        request.path = own;
        CHECK(test::importRefusal([&] { ImportService(t.db(), test::importClock()).prepare(request); }) ==
              QStringLiteral("%1 is this office's own Libreta file, not a file to import; choose the CSV file your "
                             "other program saved.")
                  .arg(QDir::toNativeSeparators(own)));
    }
    CHECK(test::countsOf(t.db()) == before);
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("A row with more values than the header has columns is refused by line", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto before = test::countsOf(t.db());
    const auto r = runImport(t.db(), ImportKind::Invoices, "malformed-wrong-columns.csv");
    CHECK_FALSE(r.stored);
    CHECK(r.refused == 1);
    REQUIRE(r.refusals.size() == 1);
    CHECK(ImportService::describe(r.refusals[0], r.refusals[0].problems[0], r.headers, ColumnMapping()) ==
          QStringLiteral("Line 3: it has 6 values but the header has 5 columns (a separator inside a value that "
                         "is not in quotes?)."));
    CHECK(test::countsOf(t.db()) == before);
}

TEST_CASE("Text that is not the chosen encoding is refused by row, not stored garbled", "[import]")
{
    test::TempDb t;
    const auto r = runImport(t.db(), ImportKind::Debtors, "debtors-windows1252-comma.csv",
                             [](ImportRequest &q) { q.format.encoding = csv::Encoding::Utf8; });
    CHECK_FALSE(r.stored);
    CHECK(r.refused == 2);
    CHECK(r.refusals[0].problems[0].message ==
          QStringLiteral("the text is not valid UTF-8; the file is probably in another encoding (choose "
                         "Windows-1252 or Latin-1)."));
}

TEST_CASE("Random bytes and mangled CSV never crash the importer and never half-store", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const auto before = test::countsOf(t.db());
    QFile good(corpus("invoices-iso-point.csv"));
    REQUIRE(good.open(QIODevice::ReadOnly));
    const QByteArray base = good.readAll();
    QTemporaryDir dir;
    quint32 seed = 7;
    auto rnd = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int i = 0; i < 120; ++i) {
        QByteArray bytes = base;
        if (i % 3 == 0) {
            bytes = QByteArray(int(rnd() % 600), '\0');
            for (char &c : bytes)
                c = char(rnd() & 0xFF);
        } else {
            // Mangle a valid file: drop, duplicate or replace a few bytes
            // with quotes, separators, line ends, NULs and high bytes.
            static const char junk[] = {'"', ',', ';', '\n', '\r', '\0', '\xA0', '\xC3', '\xFF', '\t'};
            for (int k = 0; k < 1 + int(rnd() % 8); ++k) {
                const qsizetype at = qsizetype(rnd() % quint32(bytes.size()));
                switch (rnd() % 3) {
                case 0: bytes.remove(at, 1); break;
                case 1: bytes.insert(at, junk[rnd() % sizeof junk]); break;
                default: bytes[at] = junk[rnd() % sizeof junk]; break;
                }
            }
        }
        const QString path = dir.filePath(QStringLiteral("mangled-%1.csv").arg(i));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        try {
            const auto r = runImport(t.db(), ImportKind::Invoices, "", [&](ImportRequest &q) {
                q.path = path;
                q.dryRun = i % 2 == 0;
            });
            if (!r.stored) {
                CHECK(test::countsOf(t.db()).invoices == before.invoices);
            }
        } catch (const InputError &e) {
            CHECK_FALSE(e.message().isEmpty());
        }
        CHECK(test::totalsConsistent(t.db()));
        // What a stored run added is taken back out by starting over.
        if (test::rowsIn(t.db(), "invoices") != before.invoices) {
            t.database.reset();
            QFile::remove(t.path());
            QFile::remove(t.path() + QStringLiteral("-wal"));
            QFile::remove(t.path() + QStringLiteral("-shm"));
            t.reopen();
            test::importBaseDebtors(t.db());
        }
    }
}

TEST_CASE("Imported debtors' words and full-text entries are written at the end, and later debtors get theirs "
          "as before",
          "[import][search]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("ANTES-1"), QStringLiteral("Marta Antes Gil"));
    const auto wordsMatch = [&] {
        const QStringList stored = test::debtorWordsStored(t.db());
        return !stored.isEmpty() && stored == test::debtorWordsExpected(t.db()) &&
               test::debtorInitialsStored(t.db()) == test::debtorInitialsExpected(t.db());
    };
    const auto fullText = [&](const char *term) {
        return store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM debtor_search WHERE debtor_search "
                                                      "MATCH '%1'")
                                           .arg(QLatin1String(term)))
            .execScalar();
    };
    // FTS5 compares its index with the debtors' search_text, row by row.
    const auto fullTextIntact = [&] {
        store::SqlQuery(t.db(), QStringLiteral("INSERT INTO debtor_search (debtor_search) VALUES ('integrity-check')"))
            .exec();
        return true;
    };

    const ImportResult r = runImport(t.db(), ImportKind::Debtors, "debtors-utf8bom-semicolon-crlf.csv");
    REQUIRE(r.added == 3);
    CHECK(wordsMatch());
    CHECK(fullText("nunez") == 1);  // José Pérez Núñez, imported
    CHECK(fullText("antes") == 1);  // the debtor from before, once
    CHECK(fullTextIntact());
    // The triggers set aside for the import are back, as they were.
    CHECK(store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                                 "AND name IN ('debtors_words_insert', 'debtors_initials_insert', "
                                                 "'debtors_search_insert')"))
              .execScalar() == 3);
    test::addDebtor(t.db(), QStringLiteral("DESPUES-1"), QStringLiteral("Luis Después Mora"));
    CHECK(wordsMatch());
    CHECK(fullText("despues") == 1);
    CHECK(fullTextIntact());

    // A search sorted by name reads them (the ranges of schema 9).
    store::PortfolioRepository portfolio(t.db());
    portfolio.setWay(store::PortfolioRepository::Way::Words);
    store::PortfolioQuery q;
    q.search = QStringLiteral("nunez");
    const auto rows = portfolio.fetchPage(q, std::nullopt, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().name == QStringLiteral("José Pérez Núñez"));
}

TEST_CASE("Debtors an import adds are given the office's time zone", "[import]")
{
    test::TempDb t;
    store::SettingsRepository settings(t.db());
    domain::OfficeSettings s = settings.load();
    s.debtorTimeZone = QStringLiteral("Europe/Madrid");
    settings.save(s);
    const ImportResult r =
        test::runImportText(t.db(), ImportKind::Debtors, "referencia;nombre\nE-1;Papelería Núñez, S.L.\n");
    INFO(test::messagesOf(r).toStdString());
    REQUIRE(r.added == 1);
    CHECK(storedDebtor(t.db(), QStringLiteral("E-1")).timeZone == QStringLiteral("Europe/Madrid"));
}

TEST_CASE("An imported segment is spelled as the office spells it", "[import]")
{
    test::TempDb t;
    const domain::Id known = test::addDebtor(t.db(), QStringLiteral("K-1"));
    domain::Debtor d = *store::DebtorRepository(t.db()).byId(known);
    d.segment = QStringLiteral("General");
    store::DebtorRepository(t.db()).update(d);
    const ImportResult r = test::runImportText(t.db(), ImportKind::Debtors,
                                               "referencia;nombre;segmento\nE-1;Ana;general\nE-2;Beto;NUEVO\nE-3;Cris;nuevo\n");
    INFO(test::messagesOf(r).toStdString());
    REQUIRE(r.added == 3);
    CHECK(storedDebtor(t.db(), QStringLiteral("E-1")).segment == QStringLiteral("General"));
    CHECK(storedDebtor(t.db(), QStringLiteral("E-3")).segment == QStringLiteral("NUEVO"));
}

TEST_CASE("A sheet with a phone and a mobile column keeps both numbers, and the mobile alone when it is all",
          "[import]")
{
    test::TempDb t;
    const ImportResult r = test::runImportText(
        t.db(), ImportKind::Debtors,
        QByteArrayLiteral("Referencia;Nombre;Teléfono;Móvil;Email\n"
                          "C001;José Martínez Núñez;91 123 45 67;612 34 56 78;jose@example.es\n"
                          "C004;Íñigo Azcárate;;699 11 22 33;\n"
                          "C005;Ángela Sáez;91 222 33 44;;\n"));
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.added == 3);
    CHECK(r.refused == 0);
    CHECK(phonesOf(t.db(), QStringLiteral("C001"))
          == QStringList({QStringLiteral("91 123 45 67"), QStringLiteral("612 34 56 78")}));
    CHECK(phonesOf(t.db(), QStringLiteral("C004")) == QStringList{QStringLiteral("699 11 22 33")});
    CHECK(phonesOf(t.db(), QStringLiteral("C005")) == QStringList{QStringLiteral("91 222 33 44")});
    // The mobile says what it is beside the number.
    const auto inigo = store::ContactRepository(t.db()).forDebtor(storedDebtor(t.db(), QStringLiteral("C004")).id);
    REQUIRE(inigo.size() == 1);
    REQUIRE(inigo.first().phones.size() == 1);
    CHECK(inigo.first().phones.first().label == QStringLiteral("mobile"));

    // Imported again with the mobile now known: nothing is added twice.
    const ImportResult again = test::runImportText(
        t.db(), ImportKind::Debtors,
        QByteArrayLiteral("Referencia;Nombre;Teléfono;Móvil;Email\n"
                          "C001;José Martínez Núñez;91 123 45 67;612 34 56 78;jose@example.es\n"));
    CHECK(again.unchanged == 1);
    CHECK(phonesOf(t.db(), QStringLiteral("C001")).size() == 2);
}

TEST_CASE("A contacts sheet whose mobile cell is empty keeps the row by its other phone", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    const ImportResult r = test::runImportText(
        t.db(), ImportKind::Contacts,
        QByteArrayLiteral("Cliente,Contacto,Teléfono,Celular\n"
                          "000123,Laura Pérez,55 8888 1111,\n"
                          "000123,Mario Pérez,,55 9999 2222\n"));
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.added == 2);
    CHECK(r.refused == 0);
}

TEST_CASE("An imported NIF whose letter does not add up refuses its row, saying the right letter", "[import]")
{
    test::TempDb t;
    const ImportResult r = test::runImportText(t.db(), ImportKind::Debtors,
                                               QByteArrayLiteral("Referencia;Nombre;NIF\n"
                                                                 "C001;José Martínez;12345678Z\n"
                                                                 "C002;María Gómez;12345678A\n"));
    CHECK(r.added == 1);
    CHECK(r.refused == 1);
    CHECK(test::messagesOf(r).contains(QStringLiteral("tax_id: the NIF 12345678A does not add up: its letter should be Z.")));
}
