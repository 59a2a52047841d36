// An invoice or a payment in another currency is refused, not stored as the
// same number in the office's: a dollar invoice in a sol office was a debt
// a quarter of its size.

#include "importtesthelpers.h"
#include "servicetesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"


using namespace libreta;
using namespace libreta::services;
using libreta::test::runImport;
using libreta::test::runImportText;


TEST_CASE("A sol office refuses the rows its file marks as dollars, by the currency column or on the amount",
          "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    test::setOfficeCurrency(t.db(), QStringLiteral("PEN"));
    const QByteArray file = "Cliente;Nro. Comprobante;Fecha Emisión;Vencimiento;Importe Total;Moneda\n"
                            "0042;F001-1;2025-11-02;2025-12-02;2,340.00;PEN\n"
                            "0042;F001-2;2025-11-03;2025-12-03;500.00;USD\n"
                            "0042;F001-3;2025-11-04;2025-12-04;S/ 1,250.00;Soles\n"
                            "0042;F001-4;2025-11-05;2025-12-05;US$ 800.00;\n"
                            "0042;F001-5;2025-11-06;2025-12-06;900.00;Dólares\n"
                            "0042;F001-6;2025-11-07;2025-12-07;100.00;MN\n"
                            "0042;F001-7;2025-11-08;2025-12-08;100.00;trueque\n";
    const ImportResult kept = runImportText(t.db(), ImportKind::Invoices, file,
                                            [](ImportRequest &q) { q.keepValid = true; });
    INFO(test::messagesOf(kept).toStdString());
    // The column and the headers a Peruvian system writes were recognised.
    CHECK(kept.added == 3);
    REQUIRE(kept.refused == 4);
    const QString messages = test::messagesOf(kept);
    CHECK(messages.contains(QStringLiteral("3 currency: the row is in USD, and the office keeps its accounts in PEN")));
    CHECK(messages.contains(QStringLiteral("5 amount: «US$ 800.00» is in US$, and the office keeps its accounts in PEN")));
    CHECK(messages.contains(QStringLiteral("6 currency: the row is in Dólares")));
    CHECK(messages.contains(QStringLiteral("8 currency: «trueque» is not a currency; write its code, such as PEN.")));
    CHECK(test::totalsConsistent(t.db()));
}

TEST_CASE("A peso office reads $ and pesos as its own, and a euro office refuses the dollar sign", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    test::setOfficeCurrency(t.db(), QStringLiteral("MXN"));
    const auto pesos = runImportText(t.db(), ImportKind::Payments,
                                     "debtor_ref,date,amount,currency\n"
                                     "0042,2025-12-20,\"$1,000.00\",MXN\n"
                                     "0042,2025-12-21,100.00,pesos\n"
                                     "0042,2025-12-22,MXN 100.00,M.N.\n");
    INFO(test::messagesOf(pesos).toStdString());
    CHECK(pesos.added == 3);

    test::TempDb e;
    test::importBaseDebtors(e.db());
    test::setOfficeCurrency(e.db(), QStringLiteral("EUR"));
    const auto euros = runImportText(e.db(), ImportKind::Payments,
                                     "debtor_ref,date,amount\n"
                                     "0042,2025-12-20,\"$1,000.00\"\n");
    CHECK(euros.added == 0);
    CHECK(test::messagesOf(euros).contains(QStringLiteral("is in $, and the office keeps its accounts in EUR")));
}
