// Not a test: the screenshots of docs/screenshots/import-wizard-*.png and
// the statement PDF behind docs/screenshots/statement.png, taken in Spanish
// on a demo office. Hidden ([.]); run it by hand:
//   LIBRETA_SCREENSHOT_DIR=docs/screenshots xvfb-run -a build/tests/ui/ui_tests "[.screenshots]"
//   pdftoppm -r 90 -png -singlefile docs/screenshots/statement.pdf docs/screenshots/statement

#include "debtorfiletesthelpers.h"
#include "spanishdemo.h"
#include "services/documentservice.h"
#include "store/database.h"
#include "store/invoicerepository.h"
#include "store/portfoliorepository.h"
#include "store/userrepository.h"
#include "support/tempdb.h"
#include "ui/documentdialog.h"
#include "ui/importcheckpage.h"
#include "ui/importfilepage.h"
#include "ui/importwizard.h"
#include "ui/importsession.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStringEncoder>

using namespace libreta;
using namespace libreta::ui;

TEST_CASE("Screenshots of the import wizard and a statement, in Spanish", "[.screenshots]")
{
    test::SpanishDemo office;
    test::TempDb &t = office.t;
    const domain::FixedClock &clock = office.clock;
    const QString &out = office.out;
    // The office's details are a supervisor's to keep.
    std::optional<domain::Id> supervisor;
    for (const domain::User &u : store::UserRepository(t.db()).all())
        if (u.role != domain::UserRole::Agent && !supervisor)
            supervisor = u.id;
    services::DocumentService(t.db(), clock)
        .saveOfficeDetails({QStringLiteral("Despacho Cobranza del Centro"),
                            QStringLiteral("Av. Insurgentes Sur 1605, piso 9\nCol. San José Insurgentes, 03900 CDMX"),
                            QStringLiteral("55 5322 1800"), QStringLiteral("cobranza@despachocentro.mx"),
                            QStringLiteral("DCC090512KT4"),
                            QStringLiteral("Transferencia a BBVA, CLABE 012 180 00123456789 1, a nombre de Despacho "
                                           "Cobranza del Centro S.C. Indique su número de cliente como referencia.")}, supervisor);

    // The accounting system's invoice list, as Excel in Spanish saves it.
    store::PortfolioQuery query;
    const auto debtors = store::PortfolioRepository(t.db()).fetchPage(query, std::nullopt, 12);
    QString csv = QStringLiteral("Cartera de clientes — corte al 20/11/2026;;;;;;\r\n;;;;;;\r\n"
                                 "Código cliente;Razón social;Factura;Fecha;Vencimiento;Importe;Estatus\r\n");
    int n = 9100;
    for (const auto &d : debtors) {
        const int number = n++;
        csv += QStringLiteral("%1;%2;F-%3;%4/10/2026;%5/11/2026;%6.%7,50;Vigente\r\n")
                   .arg(d.externalRef, d.name)
                   .arg(number)
                   .arg(n % 28 + 1, 2, 10, QLatin1Char('0'))
                   .arg(n % 28 + 1, 2, 10, QLatin1Char('0'))
                   .arg(n % 9 + 1)
                   .arg(n % 1000, 3, 10, QLatin1Char('0'));
    }
    csv += QStringLiteral("CLI-999999;Cliente que no existe;F-9999;03/10/2026;02/11/2026;1.200,00;Vigente\r\n");
    csv += QStringLiteral("%1;%2;F-9998;31/09/2026;30/10/2026;350,00;Vigente\r\n").arg(debtors[0].externalRef, debtors[0].name);
    const test::PictureFolder dir;
    const QString file = dir.filePath(QStringLiteral("facturas-contabilidad.csv"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringEncoder(QStringEncoder::Latin1).encode(csv.replace(QStringLiteral("—"), QStringLiteral("-"))));
    f.close();

    ImportWizard wizard(t.db(), clock, std::nullopt);
    wizard.resize(900, 640);
    wizard.show();
    auto shoot = [&](const char *name) {
        QTest::qWait(300);
        REQUIRE(wizard.grab().save(QDir(out).filePath(QString::fromLatin1(name))));
    };
    auto next = [&](int page) {
        wizard.next();
        REQUIRE(test::waitFor([&] { return wizard.currentId() == page && !wizard.session().busy(); }, 20000));
    };
    wizard.filePage()->setFile(QDir::toNativeSeparators(file));
    wizard.filePage()->setKind(int(services::ImportKind::Invoices));
    shoot("import-wizard-1-file.png");
    next(ImportWizard::FormatPageId);
    shoot("import-wizard-2-reading.png");
    next(ImportWizard::MappingPageId);
    shoot("import-wizard-3-columns.png");
    next(ImportWizard::CheckPageId);
    wizard.checkPage()->setKeepValid(true, QDir::toNativeSeparators(dir.filePath(QStringLiteral("facturas-rechazadas.csv"))));
    shoot("import-wizard-4-check.png");
    next(ImportWizard::RunPageId);
    shoot("import-wizard-5-done.png");

    const auto owing = store::PortfolioRepository(t.db()).fetchPage(
        [] {
            store::PortfolioQuery q;
            q.sort = store::PortfolioSort::Outstanding;
            q.ascending = false;
            return q;
        }(),
        std::nullopt, 3);
    DocumentDialog statement(FormContext{t.db(), clock, std::nullopt}, services::DocumentKind::Statement,
                             owing[2].debtorId);
    statement.setLanguage(QStringLiteral("es"));
    REQUIRE(statement.savePdf(QDir(out).filePath(QStringLiteral("statement.pdf"))));
}

TEST_CASE("Screenshot of a bank's payments checked by the import wizard, in Spanish", "[.screenshots]")
{
    test::SpanishDemo office;
    test::TempDb &t = office.t;
    store::InvoiceRepository invoices(t.db());

    // The bank's deposits of one morning: each debtor who owes most pays
    // part of its first open invoice; one deposit names an invoice the
    // debtor had already paid (the books kept as credit what Libreta
    // applied), and is refused with what to do.
    store::PortfolioQuery query;
    query.sort = store::PortfolioSort::Outstanding;
    query.ascending = false;
    const auto owing = store::PortfolioRepository(t.db()).fetchPage(query, std::nullopt, 40);
    QString csv = QStringLiteral("Fecha de abono;Código cliente;Factura;Abono;Forma de pago;Referencia\r\n");
    int rows = 0;
    bool paidNamed = false;
    for (const auto &d : owing) {
        const auto list = invoices.forDebtor(d.debtorId);
        const auto open = std::find_if(list.cbegin(), list.cend(), [](const auto &i) { return i.outstanding.isPositive(); });
        const auto paid = std::find_if(list.cbegin(), list.cend(), [](const auto &i) { return i.outstanding.isZero(); });
        // From the sixth line on: the first debtor with an invoice paid in full.
        if (!paidNamed && paid != list.cend() && rows >= 5) {
            csv += QStringLiteral("20/11/2026;%1;%2;500.00;Transferencia;SPEI %3\r\n")
                       .arg(d.externalRef, paid->number)
                       .arg(4417000 + rows);
            paidNamed = true;
            ++rows;
            continue;
        }
        if (open == list.cend() || rows >= 12)
            continue;
        const domain::Money part = domain::Money::fromMinor(std::max<qint64>(open->outstanding.minor() / 3, 100));
        csv += QStringLiteral("20/11/2026;%1;%2;%3;%4;%5 %6\r\n")
                   .arg(d.externalRef, open->number, part.toPlainString(),
                        rows % 3 == 2 ? QStringLiteral("Depósito") : QStringLiteral("Transferencia"),
                        rows % 3 == 2 ? QStringLiteral("Ficha") : QStringLiteral("SPEI"))
                   .arg(4417000 + rows);
        ++rows;
    }
    REQUIRE(paidNamed);
    const test::PictureFolder dir;
    const QString file = dir.filePath(QStringLiteral("abonos-banco-20-11.csv"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    f.close();

    ImportWizard wizard(t.db(), office.clock, std::nullopt);
    wizard.resize(900, 640);
    wizard.show();
    auto next = [&](int page) {
        wizard.next();
        REQUIRE(test::waitFor([&] { return wizard.currentId() == page && !wizard.session().busy(); }, 20000));
    };
    wizard.filePage()->setFile(QDir::toNativeSeparators(file));
    wizard.filePage()->setKind(int(services::ImportKind::Payments));
    next(ImportWizard::FormatPageId);
    next(ImportWizard::MappingPageId);
    next(ImportWizard::CheckPageId);
    wizard.checkPage()->setKeepValid(true, QDir::toNativeSeparators(dir.filePath(QStringLiteral("abonos-rechazados.csv"))));
    QTest::qWait(300);
    REQUIRE(wizard.grab().save(office.picture(QStringLiteral("import-wizard-payments-check.png"))));
}
