// Statements and letters: the template engine, what each document says and
// when it cannot be written yet, and an office's own templates.

#include "domain/officecountry.h"
#include "importtesthelpers.h"
#include "servicetesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include "services/documentservice.h"
#include "services/documenttemplate.h"
#include "services/invoiceservice.h"
#include "services/paymentservice.h"
#include "store/promiserepository.h"
#include "store/sqlquery.h"

#include <QFile>
#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::services;
using libreta::test::runImport;
using libreta::test::storedDebtor;

namespace {

DocumentRequest requestFor(store::Database &db, DocumentKind kind, const char *ref, const char *language = "es")
{
    DocumentRequest r;
    r.kind = kind;
    r.debtorId = storedDebtor(db, QString::fromLatin1(ref)).id;
    r.language = QString::fromLatin1(language);
    r.locale = r.language == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates)
                                   : QLocale(QLocale::Spanish, QLocale::Mexico);
    r.currencySymbol = QStringLiteral("$");
    return r;
}

void office(store::Database &db)
{
    DocumentService(db, test::importClock())
        .saveOfficeDetails({QStringLiteral("Cobranza Ágil S.C."), QStringLiteral("Av. Reforma 10\nCDMX"),
                            QStringLiteral("55 5000 0000"), QStringLiteral("cobranza@agil.mx"),
                            QStringLiteral("CAG0101019A1"),
                            QStringLiteral("BBVA, CLABE 012180001234567891, referencia {referencia}")}, std::nullopt);
}

} // namespace

TEST_CASE("Templates fill fields, repeat lists and show sections by what is there", "[documents]")
{
    TemplateValues v;
    v.fields = {{QStringLiteral("name"), QStringLiteral("Pérez & <Hijos>")}, {QStringLiteral("note"), QStringLiteral("a\nb")}};
    v.lists[QStringLiteral("rows")] = {{{QStringLiteral("n"), QStringLiteral("1")}}, {{QStringLiteral("n"), QStringLiteral("2")}}};
    v.lists[QStringLiteral("none")] = {};
    CHECK(fillTemplate(QStringLiteral("<b>{{name}}</b>"), v) == QStringLiteral("<b>Pérez &amp; &lt;Hijos&gt;</b>"));
    CHECK(fillTemplate(QStringLiteral("{{#rows}}[{{n}} {{name}}]{{/rows}}"), v) ==
          QStringLiteral("[1 Pérez &amp; &lt;Hijos&gt;][2 Pérez &amp; &lt;Hijos&gt;]"));
    CHECK(fillTemplate(QStringLiteral("{{^none}}empty{{/none}}{{^rows}}no{{/rows}}"), v) == QStringLiteral("empty"));
    CHECK(fillTemplate(QStringLiteral("{{#note}}N: {{note}}{{/note}}{{#missing}}x{{/missing}}{{^missing}}-{{/missing}}"), v) ==
          QStringLiteral("N: a<br>b-"));
    CHECK(fillTemplate(QStringLiteral("{{unknown}}|{{#open}}kept"), v) == QStringLiteral("|{{#open}}kept"));
}

TEST_CASE("An account statement lists invoices, payments, the balance and days past due", "[documents]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    runImport(t.db(), ImportKind::Payments, "payments-bank.csv");
    office(t.db());
    DocumentService service(t.db(), test::importClock());
    const Document es = service.compose(requestFor(t.db(), DocumentKind::Statement, "000123"));
    CHECK(es.title == QStringLiteral("Estado de cuenta — José Pérez Núñez"));
    CHECK(es.fileName == QStringLiteral("estado-de-cuenta-000123-2026-01-15.pdf"));
    for (const char *text : {"Cobranza Ágil S.C.", "Av. Reforma 10<br>CDMX", "José Pérez Núñez", "PENJ800101AB1",
                             "F-0001", "F-0002", "$1,234.50", "SPEI-001", "Transferencia bancaria", "Efectivo",
                             "$1,234.56", "Saldo pendiente", "76 (61 a 90 días)", "15/01/2026",
                             "BBVA, CLABE 012180001234567891, referencia 000123"})
        CHECK(es.html.contains(QString::fromUtf8(text)));
    // A long office name or title wraps in the heading instead of running
    // off the page: the cells every other table keeps on one line.
    CHECK(es.html.contains(QStringLiteral("<td valign=\"top\" style=\"white-space: normal\"><h2>")));
    CHECK(es.html.contains(QStringLiteral("h1, h2, .office { white-space: normal; }")));
    // 12:00 UTC on the office's clock (Mexico City), whatever the machine's.
    CHECK(es.html.contains(QStringLiteral("Saldo calculado el 15/01/2026 06:00")));
    // Outstanding: 1,234.50 + 1,234.56 − 1,000.00 − 234.50.
    CHECK(es.html.contains(QStringLiteral("$1,234.56</td></tr>")));
    // A peso office's tax ids are RFCs, on both sides of the letter.
    CHECK(es.html.contains(QStringLiteral("RFC: PENJ800101AB1")));
    CHECK(es.html.contains(QStringLiteral("RFC CAG0101019A1")));
    CHECK_FALSE(es.html.contains(QStringLiteral("NIF")));
    const Document en = service.compose(requestFor(t.db(), DocumentKind::Statement, "000123", "en"));
    CHECK(en.title == QStringLiteral("Account statement — José Pérez Núñez"));
    CHECK(en.html.contains(QStringLiteral("Outstanding balance")));
    CHECK(en.html.contains(QStringLiteral("Bank transfer")));
    CHECK(en.fileName == QStringLiteral("account-statement-000123-2026-01-15.pdf"));
    CHECK_FALSE(es.html.contains(QStringLiteral("(antes ")));

    // Renumbered in Libreta: the number it came with beside the new one,
    // as the debtor's own copy may have it.
    store::SqlQuery(t.db(), QStringLiteral("UPDATE invoices SET number = 'F-0001-A' WHERE number = 'F-0001'")).exec();
    CHECK(service.compose(requestFor(t.db(), DocumentKind::Statement, "000123")).html.contains(
        QStringLiteral("<td>F-0001-A<br><span class=\"former\">(antes F-0001)</span></td>")));
    CHECK(service.compose(requestFor(t.db(), DocumentKind::Statement, "000123", "en")).html.contains(
        QStringLiteral("<td>F-0001-A<br><span class=\"former\">(formerly F-0001)</span></td>")));
}

TEST_CASE("A paid-in-full letter is only written once the balance is zero", "[documents]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    DocumentService service(t.db(), test::importClock());
    CHECK(test::refusedMessage([&] { service.compose(requestFor(t.db(), DocumentKind::PaidInFull, "0042")); }) ==
          QStringLiteral("Ana Ruiz still owes $2,000.00: a paid-in-full letter is written once the balance is zero."));
    PostPaymentRequest pay;
    pay.debtorId = storedDebtor(t.db(), QStringLiteral("0042")).id;
    pay.amount = domain::Money::fromMinor(200000);
    pay.paidOn = QDate(2026, 1, 10);
    PaymentService(t.db(), test::importClock()).post(pay);
    const Document letter = service.compose(requestFor(t.db(), DocumentKind::PaidInFull, "0042"));
    CHECK(letter.title == QStringLiteral("Carta finiquito — Ana Ruiz"));
    CHECK(letter.html.contains(QStringLiteral("no tiene saldo pendiente")));
    CHECK(letter.html.contains(QStringLiteral("último pago el 10/01/2026")));
    CHECK(letter.html.contains(QStringLiteral("<h1>Carta finiquito</h1>")));
    // Spain and the rest of Latin America call it as their desks do.
    struct CountryScope {
        ~CountryScope() { domain::setOfficeCountry(domain::OfficeCountry::Other); }
    } country;
    domain::setOfficeCountry(domain::OfficeCountry::Spain);
    const Document spain = service.compose(requestFor(t.db(), DocumentKind::PaidInFull, "0042"));
    CHECK(spain.title == QStringLiteral("Certificado de deuda saldada — Ana Ruiz"));
    CHECK(spain.html.contains(QStringLiteral("<h1>Certificado de deuda saldada</h1>")));
    CHECK(spain.fileName.startsWith(QStringLiteral("certificado-de-deuda-saldada-0042")));
    domain::setOfficeCountry(domain::OfficeCountry::Chile);
    const Document chile = service.compose(requestFor(t.db(), DocumentKind::PaidInFull, "0042"));
    CHECK(chile.title == QStringLiteral("Constancia de deuda saldada — Ana Ruiz"));
    CHECK(chile.fileName.startsWith(QStringLiteral("constancia-de-deuda-saldada-0042")));
    CHECK_FALSE(chile.html.contains(QStringLiteral("finiquito")));
    CHECK(service.compose(requestFor(t.db(), DocumentKind::PaidInFull, "0042", "en")).title ==
          QStringLiteral("Paid-in-full letter — Ana Ruiz"));
}

TEST_CASE("A confirmation letter repeats the promise: amount, date, method and how to pay", "[documents]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    office(t.db());
    DocumentService service(t.db(), test::importClock());
    CHECK(test::refusedMessage([&] { service.compose(requestFor(t.db(), DocumentKind::PromiseConfirmation, "0042")); }) ==
          QStringLiteral("Ana Ruiz has no pending promise or plan to confirm."));
    domain::PaymentPlan plan;
    plan.debtorId = storedDebtor(t.db(), QStringLiteral("0042")).id;
    for (int i = 0; i < 2; ++i) {
        domain::Promise p;
        p.debtorId = plan.debtorId;
        p.amount = domain::Money::fromMinor(100000);
        p.dueDate = QDate(2026, 1, 20).addMonths(i);
        p.method = domain::PaymentMethod::Deposit;
        p.madeOn = QDate(2026, 1, 14);
        plan.instalments.append(p);
    }
    store::PromiseRepository(t.db()).addPlan(plan, std::nullopt);
    const Document letter = service.compose(requestFor(t.db(), DocumentKind::PromiseConfirmation, "0042"));
    for (const char *text : {"Confirmación de pago", "14/01/2026", "en 2 pagos", "20/01/2026", "20/02/2026",
                             "$1,000.00", "$2,000.00", "Depósito bancario", "BBVA, CLABE", "Total comprometido"})
        CHECK(letter.html.contains(QString::fromUtf8(text)));
    CHECK_FALSE(letter.html.contains(QStringLiteral("ya recibimos")));

    // A payment of 400.00 on the first: the letter asks for what is left
    // of it, not for it whole again.
    PostPaymentRequest pay;
    pay.debtorId = plan.debtorId;
    pay.amount = domain::Money::fromMinor(40000);
    pay.paidOn = QDate(2026, 1, 15);
    PaymentService(t.db(), test::importClock()).post(pay);
    const Document later = service.compose(requestFor(t.db(), DocumentKind::PromiseConfirmation, "0042"));
    INFO(later.html.toStdString());
    CHECK(later.html.contains(QStringLiteral("$600.00<br><span class=\"muted\">de $1,000.00; ya recibimos $400.00</span>")));
    CHECK(later.html.contains(QStringLiteral("Total por pagar")));
    CHECK(later.html.contains(QStringLiteral("$1,600.00")));
}

TEST_CASE("A payment reminder lists the overdue invoices, disputed ones aside, and a date to pay by", "[documents]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    office(t.db());
    DocumentService service(t.db(), test::importClock());
    // On 15 January 2026 José owes F-0001 (due 31 October, 76 days late)
    // and F-0002 (due 30 November), which he disputes.
    const Document letter = service.compose(requestFor(t.db(), DocumentKind::PaymentReminder, "000123"));
    CHECK(letter.title == QStringLiteral("Recordatorio de pago — José Pérez Núñez"));
    CHECK(letter.fileName == QStringLiteral("recordatorio-de-pago-000123-2026-01-15.pdf"));
    for (const char *text : {"<td>F-0001</td><td>31/10/2025</td><td align=\"right\">76</td><td align=\"right\">$1,234.50</td>",
                             "Total vencido", "<b>$1,234.50</b>", "jueves, 22 de enero de 2026", "al 55 5000 0000",
                             "BBVA, CLABE 012180001234567891, referencia 000123"})
        CHECK(letter.html.contains(QString::fromUtf8(text)));
    CHECK_FALSE(letter.html.contains(QStringLiteral("F-0002")));
    // The instructions already ask for the reference: the letter does not ask twice.
    CHECK_FALSE(letter.html.contains(QStringLiteral("como referencia del pago")));
    const Document en = service.compose(requestFor(t.db(), DocumentKind::PaymentReminder, "000123", "en"));
    CHECK(en.title == QStringLiteral("Payment reminder — José Pérez Núñez"));
    CHECK(en.html.contains(QStringLiteral("Thursday, January 22, 2026")));
    // Instructions that do not: the letter asks for it.
    OfficeDetails plain = service.officeDetails();
    plain.paymentInstructions = QStringLiteral("BBVA, CLABE 012180001234567891");
    service.saveOfficeDetails(plain, std::nullopt);
    CHECK(service.compose(requestFor(t.db(), DocumentKind::PaymentReminder, "000123"))
              .html.contains(QStringLiteral("Indique su número de cliente, <b>000123</b>, como referencia del pago.")));

    // Ana's only invoice is due on 31 December 2025: overdue too; once she
    // promises, the confirmation is the letter to send.
    CHECK(service.compose(requestFor(t.db(), DocumentKind::PaymentReminder, "0042")).html.contains(
        QStringLiteral("F-7")));
    domain::Promise p;
    p.debtorId = storedDebtor(t.db(), QStringLiteral("0042")).id;
    p.amount = domain::Money::fromMinor(200000);
    p.dueDate = QDate(2026, 1, 30);
    p.madeOn = QDate(2026, 1, 14);
    domain::PaymentPlan plan;
    plan.debtorId = p.debtorId;
    plan.instalments = {p};
    store::PromiseRepository(t.db()).addPlan(plan, std::nullopt);
    CHECK(test::refusedMessage([&] { service.compose(requestFor(t.db(), DocumentKind::PaymentReminder, "0042")); }) ==
          QStringLiteral("Ana Ruiz has a promise pending: send the confirmation letter rather than a reminder with a "
                         "date of ours."));
    // Ferretería López owes 99.90 due 15 October 2025, paid here in full.
    PostPaymentRequest pay;
    pay.debtorId = storedDebtor(t.db(), QStringLiteral("000124")).id;
    pay.amount = domain::Money::fromMinor(9990);
    pay.paidOn = QDate(2026, 1, 10);
    PaymentService(t.db(), test::importClock()).post(pay);
    CHECK(test::refusedMessage([&] { service.compose(requestFor(t.db(), DocumentKind::PaymentReminder, "000124")); }) ==
          QStringLiteral("Ferretería López; Hermanos S.A. de C.V. has no invoice past its due date (disputed ones "
                         "aside): there is nothing to remind."));
}

TEST_CASE("A reminder asks for what is still owed on what is overdue, and moves a weekend date to Monday",
          "[documents]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    DocumentService(t.db(), test::importClock())
        .saveOfficeDetails({QStringLiteral("Cobranza Ágil S.C."), {}, {}, {}, {},
                            QStringLiteral("Deposite {saldo} con la referencia {referencia}")}, std::nullopt);
    const domain::Id jose = storedDebtor(t.db(), QStringLiteral("000123")).id;
    // Part of F-0001 paid; an invoice due on the letter's day is not late yet.
    PostPaymentRequest pay;
    pay.debtorId = jose;
    pay.amount = domain::Money::fromMinor(23450);
    pay.paidOn = QDate(2026, 1, 10);
    PaymentService(t.db(), test::importClock()).post(pay);
    domain::Invoice today;
    today.debtorId = jose;
    today.number = QStringLiteral("F-0003");
    today.issueDate = QDate(2025, 12, 15);
    today.dueDate = QDate(2026, 1, 17);
    today.amount = domain::Money::fromMinor(50000);
    InvoiceService(t.db(), test::importClock()).add(today);
    // Written on Saturday 17 January: a week on is a Saturday, so Monday.
    const domain::FixedClock saturday(QDateTime(QDate(2026, 1, 17), QTime(12, 0), Qt::UTC));
    const Document letter =
        DocumentService(t.db(), saturday).compose(requestFor(t.db(), DocumentKind::PaymentReminder, "000123"));
    CHECK(letter.html.contains(QStringLiteral("<td align=\"right\">$1,000.00</td>")));
    CHECK(letter.html.contains(QStringLiteral("Deposite $1,000.00 con la referencia 000123")));
    CHECK(letter.html.contains(QStringLiteral("lunes, 26 de enero de 2026")));
    CHECK_FALSE(letter.html.contains(QStringLiteral("F-0003")));
    CHECK_FALSE(letter.html.contains(QStringLiteral("F-0002")));

    // Renumbered in Libreta: the number on the debtor's copy beside it.
    store::SqlQuery(t.db(), QStringLiteral("UPDATE invoices SET number = 'F-0001-A' WHERE number = 'F-0001'")).exec();
    CHECK(DocumentService(t.db(), saturday)
              .compose(requestFor(t.db(), DocumentKind::PaymentReminder, "000123"))
              .html.contains(QStringLiteral("<td>F-0001-A (antes F-0001)</td>")));

    // Paid in full, only the disputed invoice is left late: nothing to remind.
    pay.amount = domain::Money::fromMinor(100000);
    PaymentService(t.db(), test::importClock()).post(pay);
    CHECK(test::refusedField([&] {
              DocumentService(t.db(), saturday).compose(requestFor(t.db(), DocumentKind::PaymentReminder, "000123"));
          }) == QStringLiteral("balance"));
}

TEST_CASE("An office's own template takes the place of the shipped one", "[documents]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("statement.es.html")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("<p>Nuestro estado para {{debtor.name}}: {{outstanding}}</p>");
    f.close();
    DocumentService service(t.db(), test::importClock(), dir.path());
    QString source;
    service.templateText(DocumentKind::Statement, QStringLiteral("es"), &source);
    CHECK(source == dir.filePath(QStringLiteral("statement.es.html")));
    CHECK(service.compose(requestFor(t.db(), DocumentKind::Statement, "0042")).html ==
          QStringLiteral("<p>Nuestro estado para Ana Ruiz: $0.00</p>"));
    // English still comes from the shipped one.
    service.templateText(DocumentKind::Statement, QStringLiteral("en"), &source);
    CHECK(source == QStringLiteral(":/templates/statement.en.html"));
}

TEST_CASE("The office's details are kept in the file, a name is required", "[documents]")
{
    test::TempDb t;
    office(t.db());
    DocumentService service(t.db(), test::importClock());
    CHECK(service.officeDetails().phone == QStringLiteral("55 5000 0000"));
    CHECK(test::refusedField([&] { service.saveOfficeDetails({}, std::nullopt); }) == QStringLiteral("office_name"));
}

TEST_CASE("Only a supervisor changes how debtors pay, and the office's activity says what changed", "[documents]")
{
    test::TempDb t;
    office(t.db());
    const domain::Id agent =
        test::addUser(t.db(), QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), domain::UserRole::Agent);
    const domain::Id supervisor =
        test::addUser(t.db(), QStringLiteral("sofia"), QStringLiteral("Sofía Mena"), domain::UserRole::Supervisor);
    DocumentService service(t.db(), test::importClock());
    OfficeDetails d = service.officeDetails();
    const OfficeDetails before = d;
    d.paymentInstructions = QStringLiteral("Banco Otro, cuenta 999");
    CHECK_FALSE(DocumentService::mayChangeOfficeDetails(t.db(), agent));
    CHECK(test::refusedField([&] { service.saveOfficeDetails(d, agent); }) == QStringLiteral("user"));
    CHECK(service.officeDetails() == before);

    service.saveOfficeDetails(d, supervisor);
    CHECK(service.officeDetails().paymentInstructions == QStringLiteral("Banco Otro, cuenta 999"));
    const auto supervisorsChanges = [&] {
        QStringList details;
        store::SqlQuery q(t.db(), QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                                 "'office_details.changed' AND user_id = :u"));
        q.bind(QStringLiteral(":u"), supervisor).exec();
        while (q.next())
            details << q.text(0);
        return details;
    };
    CHECK(supervisorsChanges() == QStringList{QStringLiteral("changed=payment_instructions")});
    // Saving what is already there adds nothing to the activity.
    service.saveOfficeDetails(d, supervisor);
    CHECK(supervisorsChanges().size() == 1);
}

TEST_CASE("A letter names the debtor's city once, when the address already ends with it", "[documents]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    office(t.db());
    DocumentService service(t.db(), test::importClock());
    const auto addressed = [&](const char *address, const char *city) {
        store::SqlQuery q(t.db(), QStringLiteral("UPDATE debtors SET address = :a, city = :c WHERE external_ref = '000123'"));
        q.bind(QStringLiteral(":a"), QString::fromUtf8(address));
        q.bind(QStringLiteral(":c"), QString::fromUtf8(city));
        q.exec();
        return service.compose(requestFor(t.db(), DocumentKind::Statement, "000123")).html;
    };
    const QString bogota = addressed("Calle 45 # 12-30, Bogotá", "Bogotá");
    CHECK(bogota.contains(QStringLiteral("Calle 45 # 12-30, Bogotá</p>")));
    CHECK_FALSE(bogota.contains(QStringLiteral("Bogotá, Bogotá")));
    // A postal code after the city still names it.
    CHECK_FALSE(addressed("Av. Arequipa 1234, Lima 15001", "Lima").contains(QStringLiteral("15001, Lima")));
    // A street named like the city is not the city.
    CHECK(addressed("Av. Reforma 10", "Reforma").contains(QStringLiteral("Av. Reforma 10, Reforma")));
    // The days-late column's title in two lines, never a letter at a time.
    CHECK(bogota.contains(QStringLiteral("<th align=\"right\">Atraso<br>(días)</th>")));
}

TEST_CASE("A letter greets a company as a company and a person by name", "[documents]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    office(t.db());
    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET kind = 'company' WHERE external_ref = '000124'")).exec();
    DocumentService service(t.db(), test::importClock());
    const QString company = service.compose(requestFor(t.db(), DocumentKind::PaymentReminder, "000124")).html;
    CHECK(company.contains(QStringLiteral("<p>Estimados señores:</p>")));
    CHECK_FALSE(company.contains(QStringLiteral("Estimado(a)")));
    CHECK(service.compose(requestFor(t.db(), DocumentKind::PaymentReminder, "000124", "en"))
              .html.contains(QStringLiteral("<p>Dear Sir or Madam,</p>")));
    CHECK(service.compose(requestFor(t.db(), DocumentKind::PaymentReminder, "000123"))
              .html.contains(QStringLiteral("<p>Estimado(a) José Pérez Núñez:</p>")));
    // A person listed surnames first is greeted given names first.
    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET name = 'Pérez Núñez, José' WHERE external_ref = '000123'"))
        .exec();
    const QString listed = service.compose(requestFor(t.db(), DocumentKind::PaymentReminder, "000123")).html;
    CHECK(listed.contains(QStringLiteral("<p>Estimado(a) José Pérez Núñez:</p>")));
    CHECK_FALSE(listed.contains(QStringLiteral("Pérez Núñez, José")));
}

TEST_CASE("A confirmation letter names the method as the office's country does, and a direct debit asks for no "
          "transfer",
          "[documents]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    office(t.db());
    DocumentService service(t.db(), test::importClock());
    const domain::Id ana = storedDebtor(t.db(), QStringLiteral("0042")).id;
    const auto promise = [&](domain::PaymentMethod method) {
        store::SqlQuery(t.db(), QStringLiteral("UPDATE promises SET status = 'cancelled' WHERE status = 'pending'")).exec();
        domain::Promise p;
        p.debtorId = ana;
        p.amount = domain::Money::fromMinor(100000);
        p.dueDate = QDate(2026, 1, 20);
        p.method = method;
        p.madeOn = QDate(2026, 1, 14);
        store::PromiseRepository(t.db()).add(p);
        return service.compose(requestFor(t.db(), DocumentKind::PromiseConfirmation, "0042")).html;
    };
    domain::setOfficeCountry(domain::OfficeCountry::Chile);
    const QString store = promise(domain::PaymentMethod::Store);
    CHECK(store.contains(QStringLiteral("Caja Vecina o Servipag")));
    CHECK_FALSE(store.contains(QStringLiteral("Pago en tienda")));
    CHECK(store.contains(QStringLiteral("BBVA, CLABE")));
    const QString charged = promise(domain::PaymentMethod::DirectDebit);
    CHECK(charged.contains(QStringLiteral("Débito automático")));
    CHECK(charged.contains(QStringLiteral("no tiene que transferir nada")));
    CHECK_FALSE(charged.contains(QStringLiteral("BBVA, CLABE")));
    // An office of no country of its own writes the general names.
    domain::setOfficeCountry(domain::OfficeCountry::Other);
    CHECK(promise(domain::PaymentMethod::Store).contains(QStringLiteral("Pago en tienda")));
}
