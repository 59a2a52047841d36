// Files that name a debtor by its tax id, or by another spelling of its
// reference: a Chilean customer list keyed by the RUT alone, and an
// accounting system that writes the RUT with dots where the list did not.

#include "importtesthelpers.h"
#include "servicetesthelpers.h"
#include "store/debtorrepository.h"
#include "services/useofficecurrency.h"
#include "store/paymentrepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::services;
using libreta::test::runImportText;

namespace {

// A Chilean office, as the program opens one: pesos without decimals, RUTs.
void chileanOffice(store::Database &db)
{
    test::setOfficeCurrency(db, QStringLiteral("CLP"));
    useOfficeCurrency(db);
}

domain::Money owedBy(store::Database &db, const QString &ref)
{
    return store::TotalsRepository(db).forDebtor(store::DebtorRepository(db).byRef(ref)->id)->outstanding;
}

} // namespace

TEST_CASE("A customer list keyed by the RUT alone takes it as each debtor's reference", "[import]")
{
    test::TempDb t;
    chileanOffice(t.db());
    const QByteArray list = "RUT;Nombre o Razón Social;Comuna;Celular\n"
                            "12.345.678-5;Núñez Pérez José Ignacio;Ñuñoa;+56 9 8765 4321\n"
                            "16.543.210-K;Comercial Los Andes SpA;Providencia;+56 9 5424 9154\n"
                            ";Sin RUT Limitada;Maipú;\n";
    const ImportResult r = runImportText(t.db(), ImportKind::Debtors, list,
                                         [](ImportRequest &q) { q.keepValid = true; });
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.added == 2);
    REQUIRE(r.refused == 1);
    CHECK(test::messagesOf(r).contains(QStringLiteral("the tax id is missing, and it is the debtor's reference")));
    const auto debtor = store::DebtorRepository(t.db()).byRef(QStringLiteral("16.543.210-K"));
    REQUIRE(debtor);
    CHECK(debtor->taxId == QStringLiteral("16.543.210-K"));
    CHECK(debtor->name == QStringLiteral("Comercial Los Andes SpA"));
}

TEST_CASE("An invoice or payment file finds the debtor whatever the dots and dashes of its RUT, and creates no twin",
          "[import]")
{
    test::TempDb t;
    chileanOffice(t.db());
    // References without dots, the RUT with them; and one debtor known by
    // a code of its own whose RUT the accounting system uses instead.
    const auto debtors = runImportText(t.db(), ImportKind::Debtors,
                                       "Referencia;Nombre;RUT\n"
                                       "12345678-5;Núñez Pérez José Ignacio;12.345.678-5\n"
                                       "C-0007;Comercial Los Andes SpA;16.543.210-K\n");
    INFO(test::messagesOf(debtors).toStdString());
    REQUIRE(debtors.added == 2);
    const QByteArray invoices = "RUT Cliente;Razón Social;N° Factura;Fecha Emisión;Vencimiento;Monto\n"
                                "12.345.678-5;Núñez Pérez;1001;01-10-2025;31-10-2025;1.250.000\n"
                                "123456785;Núñez Pérez;1002;01-11-2025;30-11-2025;250.000\n"
                                "16543210-k;Comercial Los Andes;1003;01-11-2025;30-11-2025;3.000.000\n"
                                "11.111.111-1;Otro Cliente;1004;01-11-2025;30-11-2025;10.000\n";
    const ImportResult r = runImportText(t.db(), ImportKind::Invoices, invoices, [](ImportRequest &q) {
        q.keepValid = true;
        q.createDebtors = true;
    });
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.added == 4);
    // Only the RUT nobody had became a new debtor.
    CHECK(r.debtorsCreated == 1);
    store::DebtorRepository repo(t.db());
    CHECK(repo.count() == 3);
    CHECK(owedBy(t.db(), QStringLiteral("12345678-5")) == test::pesos(1'500'000));
    CHECK(owedBy(t.db(), QStringLiteral("C-0007")) == test::pesos(3'000'000));
    CHECK(test::totalsConsistent(t.db()));

    // A bank's payments file writes the RUT its own way too.
    const ImportResult paid = runImportText(t.db(), ImportKind::Payments,
                                            "RUT;Fecha;Monto;Medio de pago\n"
                                            "12.345.678-5;28-12-2025;250.000;Transferencia\n");
    INFO(test::messagesOf(paid).toStdString());
    CHECK(paid.added == 1);
    CHECK(store::PaymentRepository(t.db()).forDebtor(repo.byRef(QStringLiteral("12345678-5"))->id).size() == 1);
}

TEST_CASE("A spelling two debtors share names neither of them", "[import]")
{
    test::TempDb t;
    runImportText(t.db(), ImportKind::Debtors,
                  "Referencia;Nombre\n"
                  "A-100;Primero\n"
                  "A.100;Segundo\n");
    const ImportResult r = runImportText(t.db(), ImportKind::Invoices,
                                         "Referencia;Factura;Emisión;Vencimiento;Importe\n"
                                         "A100;F-1;2025-11-01;2025-12-01;100.00\n",
                                         [](ImportRequest &q) { q.keepValid = true; });
    CHECK(r.added == 0);
    CHECK(r.refused == 1);
    CHECK(test::messagesOf(r).contains(QStringLiteral("no debtor has the reference «A100»")));
}
