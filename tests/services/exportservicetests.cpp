// Exports: what Excel opens (UTF-8 with BOM, comma or semicolon), and what
// the importer reads back to the same data.

#include "importtesthelpers.h"
#include "servicetesthelpers.h"
#include "support/tempdb.h"

#include "domain/clock.h"
#include "domain/labels.h"
#include "services/callcorrectionservice.h"
#include "services/exportservice.h"
#include "services/invoiceservice.h"
#include "services/paymentservice.h"
#include "store/callrepository.h"
#include "store/invoicerepository.h"
#include "store/promiserepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"

#include <QBuffer>

#include <algorithm>
#include <QFile>
#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::services;
using libreta::test::runImport;

namespace {

// The lines `request` writes, without the byte-order mark.
QStringList exportedLines(store::Database &db, const domain::Clock &clock, const ExportRequest &request)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportService(db, clock).write(request, buffer);
    return QString::fromUtf8(buffer.data()).remove(QChar(0xfeff)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

QString exportTo(store::Database &db, ExportKind kind, const QString &path, char delimiter = ',',
                 const std::function<void(ExportRequest &)> &tweak = {})
{
    ExportRequest request;
    request.kind = kind;
    request.delimiter = delimiter;
    if (tweak)
        tweak(request);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    ExportService(db, test::importClock()).write(request, f);
    f.close();
    return path;
}

QStringList linesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

// Everything the office's data is made of, as text, for comparing two files.
QStringList snapshot(store::Database &db)
{
    QStringList out;
    QTemporaryDir dir;
    for (ExportKind k : {ExportKind::Portfolio, ExportKind::Invoices, ExportKind::Payments, ExportKind::Contacts})
        out << linesOf(exportTo(db, k, dir.filePath(ExportService::kindName(k) + QStringLiteral(".csv"))));
    return out;
}

void fillOffice(store::Database &db)
{
    test::importBaseDebtors(db);
    REQUIRE(runImport(db, ImportKind::Invoices, "invoices-iso-point.csv").stored);
    // The Spanish file's "€ 99,90" without its euro sign: one office, one
    // currency (a peso office refuses a euro amount).
    QFile spanish(test::corpus("invoices-dmy-comma.csv"));
    REQUIRE(spanish.open(QIODevice::ReadOnly));
    QByteArray rows = spanish.readAll();
    rows.replace("\x80 99,90", "99,90");
    REQUIRE(test::runImportText(db, ImportKind::Invoices, rows).stored);
    REQUIRE(runImport(db, ImportKind::Payments, "payments-bank.csv").stored);
    REQUIRE(runImport(db, ImportKind::Contacts, "contacts.csv").stored);
}

// A call to Ana (0042) at `at` that nobody answered; her id.
domain::Id callAnaUnanswered(store::Database &db, const QDateTime &at)
{
    const domain::Id ana =
        store::SqlQuery(db, QStringLiteral("SELECT id FROM debtors WHERE external_ref = '0042'")).execScalar();
    domain::Call call;
    call.debtorId = ana;
    call.startedAt = at;
    call.endedAt = at.addSecs(30);
    call.answeredBy = domain::AnsweredBy::Nobody;
    call.outcome = domain::CallOutcome::NoAnswer;
    store::CallRepository(db).add(call);
    return ana;
}

} // namespace

TEST_CASE("The portfolio export has the debtor's figures under the import's field names", "[export]")
{
    test::TempDb t;
    fillOffice(t.db());
    QTemporaryDir dir;
    const auto lines = linesOf(exportTo(t.db(), ExportKind::Portfolio, dir.filePath(QStringLiteral("p.csv"))));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith(QStringLiteral("ref,name,kind,tax_id,phone,email,address,city,segment,risk,value,status,agent,"
                                             "outstanding,days_past_due,aging,")));
    // Sorted by name as the portfolio opens: Ana, Ferretería, José.
    CHECK(lines[1].startsWith(QStringLiteral("0042,Ana Ruiz,person,,,,,,,low,medium,active,,2007.50,15,1-30,2025-12-31,")));
    CHECK(lines[3].startsWith(QStringLiteral("000123,José Pérez Núñez,person,PENJ800101AB1,55 1234 5678,jose@example.mx,"
                                             "Av. Juárez 12,Ciudad de México,Alto,high,medium,active,,2569.02,76,61-90,2025-10-31,")));
}

TEST_CASE("The portfolio exported at the desk is in words, on the desk's clock, and imports back to the same "
          "debtors",
          "[export]")
{
    test::TempDb from;
    fillOffice(from.db());
    const QDateTime contact(QDate(2025, 12, 30), QTime(18, 31), Qt::UTC);
    const domain::Id ana = callAnaUnanswered(from.db(), contact);
    store::TotalsRepository(from.db()).refresh(ana);
    QTemporaryDir dir;
    const QString path = exportTo(from.db(), ExportKind::Portfolio, dir.filePath(QStringLiteral("p.csv")), ',',
                                  [](ExportRequest &r) { r.titlesInWords = true; });
    const auto lines = linesOf(path);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith(QStringLiteral("Reference,Name,Kind,Tax id,Phone,Email,Address,City,Segment,Risk,Value,"
                                             "Status,Agent,Outstanding,Days past due,Age,")));
    CHECK(lines[1].startsWith(QStringLiteral("0042,Ana Ruiz,Person,,,,,,,Low,Medium,Active,,2007.50,15,")));
    CHECK(lines[1].contains(contact.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    CHECK_FALSE(lines[1].contains(QStringLiteral("T18:31")));

    test::TempDb to;
    const auto r = runImport(to.db(), ImportKind::Debtors, "", [&](ImportRequest &q) { q.path = path; });
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.refused == 0);
    CHECK(r.stored);
    // The debtors' own fields come back as they were (their invoices are
    // another import).
    auto debtorFields = [](QStringList lines) {
        for (QString &l : lines)
            l = l.section(u',', 0, 10);
        return lines;
    };
    QTemporaryDir again;
    CHECK(debtorFields(linesOf(exportTo(to.db(), ExportKind::Portfolio, again.filePath(QStringLiteral("to.csv"))))) ==
          debtorFields(linesOf(exportTo(from.db(), ExportKind::Portfolio, again.filePath(QStringLiteral("from.csv"))))));
}

TEST_CASE("A semicolon export writes amounts with a decimal comma", "[export]")
{
    test::TempDb t;
    fillOffice(t.db());
    QTemporaryDir dir;
    const auto lines = linesOf(exportTo(t.db(), ExportKind::Invoices, dir.filePath(QStringLiteral("i.csv")), ';'));
    CHECK(lines[0] == QStringLiteral("debtor_ref;name;number;issue_date;due_date;amount;outstanding;disputed;"
                                     "former_number"));
    CHECK(lines.contains(QStringLiteral("000123;José Pérez Núñez;F-0002;2025-11-01;2025-11-30;1234,56;234,56;yes;")));
    CHECK(lines.contains(QStringLiteral("000124;\"Ferretería López; Hermanos S.A. de C.V.\";000045;2025-09-15;2025-10-15;99,90;99,90;no;")));
}

TEST_CASE("An invoice renumbered in Libreta is exported with the number the accounting system knows it by", "[export]")
{
    test::TempDb t;
    fillOffice(t.db());
    const auto invoiceId = store::SqlQuery(t.db(), QStringLiteral("SELECT id FROM invoices WHERE number = 'F-0002'"))
                               .execScalar();
    const auto inv = *store::InvoiceRepository(t.db()).byId(invoiceId);
    InvoiceChange change;
    change.invoiceId = inv.id;
    change.number = QStringLiteral("F-0020");
    change.issueDate = inv.issueDate;
    change.dueDate = inv.dueDate;
    change.amount = inv.amount;
    REQUIRE(InvoiceService(t.db(), test::importClock()).change(change).changed);

    QTemporaryDir dir;
    const auto lines = linesOf(exportTo(t.db(), ExportKind::Invoices, dir.filePath(QStringLiteral("i.csv"))));
    CHECK(lines.contains(QStringLiteral("000123,José Pérez Núñez,F-0020,2025-11-01,2025-11-30,1234.56,234.56,yes,F-0002")));
    // The others were never renumbered: nothing after their dispute.
    CHECK(lines.contains(QStringLiteral("000124,Ferretería López; Hermanos S.A. de C.V.,000045,2025-09-15,2025-10-15,99.90,99.90,no,")));
    CHECK(std::count_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.endsWith(u','); }) ==
          lines.size() - 2);  // all but the header and the renumbered one
}

TEST_CASE("The portfolio as filtered is what is exported", "[export]")
{
    test::TempDb t;
    fillOffice(t.db());
    QTemporaryDir dir;
    const auto lines = linesOf(exportTo(t.db(), ExportKind::Portfolio, dir.filePath(QStringLiteral("p.csv")), ',',
                                        [](ExportRequest &r) { r.portfolio.search = QStringLiteral("ferreteria"); }));
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].startsWith(QStringLiteral("000124,")));
}

TEST_CASE("Exports re-import to the same data, with either separator", "[export]")
{
    for (char delimiter : {',', ';'}) {
        test::TempDb from;
        fillOffice(from.db());
        QTemporaryDir dir;
        auto file = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
        exportTo(from.db(), ExportKind::Portfolio, file("portfolio.csv"), delimiter);
        exportTo(from.db(), ExportKind::Invoices, file("invoices.csv"), delimiter);
        exportTo(from.db(), ExportKind::Payments, file("payments.csv"), delimiter);
        exportTo(from.db(), ExportKind::Contacts, file("contacts.csv"), delimiter);

        test::TempDb to;
        auto import = [&](ImportKind kind, const QString &path) {
            const auto r = runImport(to.db(), kind, "", [&](ImportRequest &q) { q.path = path; });
            INFO(test::messagesOf(r).toStdString());
            CHECK(r.refused == 0);
            CHECK(r.stored);
        };
        import(ImportKind::Debtors, file("portfolio.csv"));
        import(ImportKind::Invoices, file("invoices.csv"));
        import(ImportKind::Payments, file("payments.csv"));
        import(ImportKind::Contacts, file("contacts.csv"));
        CHECK(snapshot(to.db()) == snapshot(from.db()));
        CHECK(test::totalsConsistent(to.db()));

        // And into the office it came from, nothing changes.
        const auto before = test::countsOf(from.db());
        for (auto [kind, name] : {std::pair{ImportKind::Debtors, "portfolio.csv"}, {ImportKind::Invoices, "invoices.csv"},
                                  {ImportKind::Payments, "payments.csv"}, {ImportKind::Contacts, "contacts.csv"}}) {
            const auto r = runImport(from.db(), kind, "", [&](ImportRequest &q) { q.path = file(name); });
            CHECK(r.added == 0);
            CHECK(r.updated == 0);
            CHECK(r.refused == 0);
        }
        auto after = test::countsOf(from.db());
        after.audit = before.audit;  // each import writes its audit entry
        CHECK(after == before);
    }
}

TEST_CASE("Agenda, calls and promises export with their headers", "[export]")
{
    test::TempDb t;
    fillOffice(t.db());
    QTemporaryDir dir;
    CHECK(linesOf(exportTo(t.db(), ExportKind::Agenda, dir.filePath(QStringLiteral("a.csv"))))[0] ==
          QStringLiteral("due_date,due_time,kind,debtor_ref,name,description,promise_amount,assigned_to"));
    CHECK(linesOf(exportTo(t.db(), ExportKind::Calls, dir.filePath(QStringLiteral("c.csv"))))[0] ==
          QStringLiteral("started_at,debtor_ref,name,agent,answered_by,outcome,excuse,excuse_words,commitment,"
                         "refusal_reason,next_step,corrected_at"));
    CHECK(linesOf(exportTo(t.db(), ExportKind::Promises, dir.filePath(QStringLiteral("p.csv"))))[0] ==
          QStringLiteral("debtor_ref,name,amount,due_date,method,status,paid,made_on,plan,instalment"));
}

TEST_CASE("The promises of a period are those due in it", "[export]")
{
    test::TempDb t;
    const domain::Id debtor = test::addDebtor(t.db(), QStringLiteral("P-1"), QStringLiteral("Abarrotes Núñez"));
    for (const QDate due : {QDate(2026, 2, 27), QDate(2026, 3, 2), QDate(2026, 3, 31), QDate(2026, 4, 1)}) {
        domain::Promise p;
        p.debtorId = debtor;
        p.amount = test::pesos(100);
        p.dueDate = due;
        p.madeOn = QDate(2026, 2, 20);
        store::PromiseRepository(t.db()).add(p);
    }
    QTemporaryDir dir;
    const auto march = linesOf(exportTo(t.db(), ExportKind::Promises, dir.filePath(QStringLiteral("p.csv")), ',',
                                        [](ExportRequest &r) {
                                            r.from = QDate(2026, 3, 1);
                                            r.to = QDate(2026, 3, 31);
                                        }));
    REQUIRE(march.size() == 3);  // the header and March's two
    CHECK(march[1].contains(QStringLiteral(",2026-03-02,")));
    CHECK(march[2].contains(QStringLiteral(",2026-03-31,")));
    // No days: all of them.
    CHECK(linesOf(exportTo(t.db(), ExportKind::Promises, dir.filePath(QStringLiteral("all.csv")))).size() == 5);
}

TEST_CASE("A corrected call is exported once, as its correction restates it, with when it was corrected",
          "[export][callcorrection]")
{
    test::TempDb t;
    const domain::FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC));
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const domain::Id debtor = test::addDebtor(t.db(), QStringLiteral("C-1"), QStringLiteral("Abarrotes Núñez"));
    const domain::Id call = test::addCall(t.db(), debtor, people.ana, QDateTime(QDate(2026, 3, 9), QTime(16, 0), Qt::UTC));
    test::addCall(t.db(), debtor, people.ana, QDateTime(QDate(2026, 3, 8), QTime(16, 0), Qt::UTC));
    services::CallCorrection fix = services::CallCorrection::of(*store::CallRepository(t.db()).byId(call));
    fix.nextStep = QStringLiteral("Enviar estado de cuenta");
    services::CallCorrectionService(t.db(), clock).correct(fix, people.sue);

    QTemporaryDir dir;
    const auto lines = linesOf(exportTo(t.db(), ExportKind::Calls, dir.filePath(QStringLiteral("c.csv"))));
    REQUIRE(lines.size() == 3);  // the header and two calls
    CHECK(lines[1].endsWith(QStringLiteral(",,")));  // the other call: no next step, never corrected
    CHECK(lines[2].startsWith(QStringLiteral("2026-03-09T16:00:00Z,C-1,")));
    CHECK(lines[2].endsWith(QStringLiteral(",Enviar estado de cuenta,2026-03-10T17:00:00Z")));
}

TEST_CASE("The calls of a period are those of the desk's days, not of UTC's", "[export]")
{
    // A desk in Mexico City (UTC-6): its 30th of November runs from 06:00 UTC
    // that day to 06:00 UTC on the 1st.
    const QByteArray oldZone = qgetenv("TZ");
    qputenv("TZ", "America/Mexico_City");
    test::TempDb t;
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const domain::Id debtor = test::addDebtor(t.db(), QStringLiteral("C-1"), QStringLiteral("Abarrotes Núñez"));
    test::addCall(t.db(), debtor, people.ana, QDateTime(QDate(2026, 11, 30), QTime(5, 0), Qt::UTC));  // 29th, 23:00
    test::addCall(t.db(), debtor, people.ana, QDateTime(QDate(2026, 11, 30), QTime(7, 0), Qt::UTC));  // 30th, 01:00
    test::addCall(t.db(), debtor, people.ana, QDateTime(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC));   // 30th, 19:00
    test::addCall(t.db(), debtor, people.ana, QDateTime(QDate(2026, 12, 1), QTime(7, 0), Qt::UTC));   // 1st, 01:00
    QTemporaryDir dir;
    const auto lines = linesOf(exportTo(t.db(), ExportKind::Calls, dir.filePath(QStringLiteral("c.csv")), ',',
                                        [](ExportRequest &r) {
                                            r.from = QDate(2026, 11, 30);
                                            r.to = QDate(2026, 11, 30);
                                        }));
    if (oldZone.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldZone);
    REQUIRE(lines.size() == 3);  // the header and the 30th's two calls
    CHECK(lines[1].startsWith(QStringLiteral("2026-11-30T07:00:00Z,")));
    CHECK(lines[2].startsWith(QStringLiteral("2026-12-01T01:00:00Z,")));
}

TEST_CASE("The aging export writes what is owed today by age and segment, for everyone or one agent",
          "[export][aging]")
{
    test::TempDb t;
    using namespace libreta::domain;
    const Id ana = test::addUser(t.db(), QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), UserRole::Agent);
    const FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));
    const auto owing = [&](const char *ref, std::optional<Id> agent, int daysLate, qint64 pesos) {
        const Id debtor = test::addDebtor(t.db(), QString::fromLatin1(ref));
        store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET segment = 'Alto', assigned_agent_id = :a WHERE id = :d"))
            .bind(QStringLiteral(":a"), agent)
            .bind(QStringLiteral(":d"), debtor)
            .exec();
        test::addInvoice(t.db(), debtor, QStringLiteral("F-%1").arg(QLatin1String(ref)),
                         QDate(2026, 11, 30).addDays(-daysLate), test::pesos(pesos));
        store::TotalsRepository(t.db()).refresh(debtor);
    };
    owing("A", ana, 45, 1000);
    owing("B", std::nullopt, 45, 500);
    owing("C", ana, 200, 250);

    const auto exported = [&](std::optional<Id> agent) {
        services::ExportRequest request;
        request.kind = services::ExportKind::Aging;
        request.agentId = agent;
        return exportedLines(t.db(), clock, request);
    };
    CHECK(exported(std::nullopt) == QStringList{QStringLiteral("as_of,aging,segment,debtors,outstanding"),
                                                QStringLiteral("2026-11-30,31-60,Alto,2,1500.00"),
                                                QStringLiteral("2026-11-30,180+,Alto,1,250.00")});
    CHECK(exported(ana) == QStringList{QStringLiteral("as_of,aging,segment,debtors,outstanding"),
                                       QStringLiteral("2026-11-30,31-60,Alto,1,1000.00"),
                                       QStringLiteral("2026-11-30,180+,Alto,1,250.00")});
    CHECK(services::ExportService::kindFromName(u"aging") == services::ExportKind::Aging);
    // For a person's spreadsheet: the same rows under words.
    services::ExportRequest words;
    words.kind = services::ExportKind::Aging;
    words.titlesInWords = true;
    const QStringList lines = exportedLines(t.db(), clock, words);
    CHECK(lines.value(0) == QStringLiteral("As of,Age,Segment,Debtors,Outstanding"));
    CHECK(lines.value(1) == QStringLiteral("2026-11-30,31-60,Alto,2,1500.00"));
}

TEST_CASE("Every report a person opens, and the portfolio, has every column in words, and what the importer reads "
          "keeps field names",
          "[export]")
{
    using services::ExportService;
    for (const auto kind : ExportService::allKinds()) {
        INFO(ExportService::kindName(kind).toStdString());
        const QStringList codes = ExportService::columns(kind);
        const QStringList titles = ExportService::titles(kind);
        REQUIRE(titles.size() == codes.size());
        for (qsizetype i = 0; i < codes.size(); ++i)
            CHECK((titles.at(i) != codes.at(i)) == ExportService::inWordsAtTheDesk(kind));
    }
    CHECK(ExportService::titles(services::ExportKind::Figures).first() == QStringLiteral("Day"));
}

TEST_CASE("The Panel's figures, exported for a person, name the money nobody's debtors paid", "[export]")
{
    test::TempDb t;
    using namespace libreta::domain;
    const FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 10, 1), test::pesos(900));
    services::PostPaymentRequest paid;
    paid.debtorId = debtor;
    paid.amount = test::pesos(300);
    paid.paidOn = QDate(2026, 11, 30);
    services::PaymentService(t.db(), clock).post(paid);
    const auto exported = [&](bool words) {
        services::ExportRequest request;
        request.kind = services::ExportKind::Figures;
        request.titlesInWords = words;
        return exportedLines(t.db(), clock, request);
    };
    const QStringList forPeople = exported(true);
    REQUIRE(forPeople.size() == 2);
    CHECK(forPeople.at(0).startsWith(QStringLiteral("Day,Agent,Segment,Calls,")));
    CHECK(forPeople.at(1).startsWith(QStringLiteral("2026-11-30,Nobody,")));
    // For scripts: the field names, and nobody is an empty cell.
    CHECK(exported(false).value(1).startsWith(QStringLiteral("2026-11-30,,")));
}

TEST_CASE("Calls, promises and payments exported at the desk are in words and on the desk's clock, and the payments "
          "import back",
          "[export]")
{
    test::TempDb from;
    fillOffice(from.db());
    const QDateTime started(QDate(2025, 12, 30), QTime(18, 31), Qt::UTC);
    callAnaUnanswered(from.db(), started);
    const auto inWords = [](ExportRequest &r) { r.titlesInWords = true; };
    QTemporaryDir dir;

    const auto calls = linesOf(exportTo(from.db(), ExportKind::Calls, dir.filePath(QStringLiteral("c.csv")), ',', inWords));
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].startsWith(QStringLiteral("Call started,Debtor's reference,Name,Agent,Answered by,Outcome,")));
    const QString local = started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    CHECK(calls[1].startsWith(local + QStringLiteral(",0042,Ana Ruiz,,") + domain::label(domain::AnsweredBy::Nobody)
                              + QLatin1Char(',') + domain::label(domain::CallOutcome::NoAnswer)));
    CHECK_FALSE(calls[1].contains(QStringLiteral("T18:31")));

    const auto payments =
        linesOf(exportTo(from.db(), ExportKind::Payments, dir.filePath(QStringLiteral("p.csv")), ';', inWords));
    CHECK(payments[0] == QStringLiteral("Debtor's reference;Name;Invoice;Payment date;Amount;Payment method;"
                                        "Payment reference;Applied to that invoice"));
    CHECK_FALSE(payments.join(u'\n').contains(QStringLiteral(";transfer;")));

    // Into an office with the same debtors and invoices, the payments in
    // words come back as they were.
    exportTo(from.db(), ExportKind::Portfolio, dir.filePath(QStringLiteral("d.csv")));
    exportTo(from.db(), ExportKind::Invoices, dir.filePath(QStringLiteral("i.csv")));
    test::TempDb to;
    for (auto [kind, name] : {std::pair{ImportKind::Debtors, "d.csv"}, {ImportKind::Invoices, "i.csv"},
                              {ImportKind::Payments, "p.csv"}}) {
        const auto r = runImport(to.db(), kind, "", [&](ImportRequest &q) { q.path = dir.filePath(QString::fromLatin1(name)); });
        INFO(name << ": " << test::messagesOf(r).toStdString());
        CHECK(r.refused == 0);
        CHECK(r.stored);
    }
    QTemporaryDir again;
    CHECK(linesOf(exportTo(to.db(), ExportKind::Payments, again.filePath(QStringLiteral("to.csv")))) ==
          linesOf(exportTo(from.db(), ExportKind::Payments, again.filePath(QStringLiteral("from.csv")))));
}
