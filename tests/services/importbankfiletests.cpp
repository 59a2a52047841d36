// The weekly files an Argentine bank sends its collections office, as its
// spreadsheet exports them: the columns are read for what they are, the
// document's type tells a person from a company only when it can, and the
// bank's payment wording ("Transferencia CBU", "DEBIN") is read.

#include "importtesthelpers.h"
#include "servicetesthelpers.h"
#include "support/tempdb.h"

#include "services/columnmapping.h"
#include "services/importwords.h"

using namespace libreta;
using namespace libreta::services;
using libreta::test::storedDebtor;

namespace {

QStringList split(const char *titles) { return QString::fromUtf8(titles).split(u';'); }

QString titleOf(const ColumnMapping &m, const QStringList &headers, const char *field)
{
    const int c = m.column(QString::fromLatin1(field));
    return c < 0 ? QString() : headers.at(c);
}

} // namespace

TEST_CASE("A bank's debtor list: its client number, surnames-and-name and CUIT, not the DNI", "[import]")
{
    const QStringList headers = split("Nro. Cliente;Apellido y Nombre;Tipo Doc.;Nro. Documento;CUIT/CUIL;Teléfono;"
                                      "Celular;Email;Domicilio;Localidad;Provincia;Segmento");
    const ColumnMapping m = ColumnMapping::suggest(ImportKind::Debtors, headers);
    CHECK(titleOf(m, headers, "ref") == QStringLiteral("Nro. Cliente"));
    CHECK(titleOf(m, headers, "name") == QStringLiteral("Apellido y Nombre"));
    CHECK(titleOf(m, headers, "tax_id") == QStringLiteral("CUIT/CUIL"));
    CHECK(titleOf(m, headers, "kind") == QStringLiteral("Tipo Doc."));
    CHECK(titleOf(m, headers, "mobile") == QStringLiteral("Celular"));
    CHECK(m.field(3).isEmpty());  // the DNI: the CUIT is the tax id

    test::TempDb t;
    const auto r = test::runImportText(t.db(), ImportKind::Debtors,
                                       "Nro. Cliente;Apellido y Nombre;Tipo Doc.;Nro. Documento;CUIT/CUIL\n"
                                       "BS-100231;GÓMEZ, MARÍA FLORENCIA;DNI;28.456.789;27-28456789-2\n"
                                       "BS-100234;PANADERÍA LA ESPIGA S.R.L.;CUIT;30-71234567-1;30-71234567-1\n"
                                       "BS-100235;ACUÑA, NÉSTOR HUGO;CUIT;20-12345678-6;20-12345678-6\n");
    INFO(test::messagesOf(r).toStdString());
    CHECK(r.added == 3);
    CHECK(storedDebtor(t.db(), QStringLiteral("BS-100231")).name == QStringLiteral("GÓMEZ, MARÍA FLORENCIA"));
    CHECK(storedDebtor(t.db(), QStringLiteral("BS-100231")).taxId == QStringLiteral("27-28456789-2"));
    CHECK(storedDebtor(t.db(), QStringLiteral("BS-100231")).kind == domain::DebtorKind::Person);
    // A CUIT is a person's or a company's: the name tells which.
    CHECK(storedDebtor(t.db(), QStringLiteral("BS-100234")).kind == domain::DebtorKind::Company);
    CHECK(storedDebtor(t.db(), QStringLiteral("BS-100235")).kind == domain::DebtorKind::Person);
}

TEST_CASE("A bank's debts: the operation is the invoice, «Fecha Vto.» its due date, «Saldo Deudor» what is owed",
          "[import]")
{
    const QStringList headers =
        split("Nro. Cliente;Cliente;Nro. Operación;Producto;Fecha Origen;Fecha Vto.;Saldo Deudor;Moneda");
    const ColumnMapping m = ColumnMapping::suggest(ImportKind::Invoices, headers);
    CHECK(titleOf(m, headers, "debtor_ref") == QStringLiteral("Nro. Cliente"));
    CHECK(titleOf(m, headers, "debtor_name") == QStringLiteral("Cliente"));
    CHECK(titleOf(m, headers, "number") == QStringLiteral("Nro. Operación"));
    CHECK(titleOf(m, headers, "issue_date") == QStringLiteral("Fecha Origen"));
    CHECK(titleOf(m, headers, "due_date") == QStringLiteral("Fecha Vto."));
    CHECK(titleOf(m, headers, "amount") == QStringLiteral("Saldo Deudor"));
    CHECK(titleOf(m, headers, "currency") == QStringLiteral("Moneda"));
    CHECK(m.missingRequired(ImportKind::Invoices).isEmpty());
}

TEST_CASE("A bank's payments: «Nro. Comprobante» is the payment's number and «Nro. Operación» the debt's, unless "
          "it is the only number",
          "[import]")
{
    const QStringList bank = split("Nro. Cliente;Nro. Operación;Fecha Pago;Importe;Medio de Pago;Nro. Comprobante");
    const ColumnMapping m = ColumnMapping::suggest(ImportKind::Payments, bank);
    CHECK(titleOf(m, bank, "debtor_ref") == QStringLiteral("Nro. Cliente"));
    CHECK(titleOf(m, bank, "invoice_number") == QStringLiteral("Nro. Operación"));
    CHECK(titleOf(m, bank, "reference") == QStringLiteral("Nro. Comprobante"));
    CHECK(titleOf(m, bank, "method") == QStringLiteral("Medio de Pago"));
    // A Peruvian bank's statement: its operation number is the payment's.
    const QStringList statement = split("Cliente;Fecha;Importe;Nro. Operación");
    const ColumnMapping p = ColumnMapping::suggest(ImportKind::Payments, statement);
    CHECK(titleOf(p, statement, "reference") == QStringLiteral("Nro. Operación"));
    CHECK(p.column(QStringLiteral("invoice_number")) < 0);
}

TEST_CASE("A bank's payment wording names its method first, then its channel", "[import]")
{
    using domain::PaymentMethod;
    CHECK(readPaymentMethod(QStringLiteral("Transferencia CBU")) == PaymentMethod::Transfer);
    CHECK(readPaymentMethod(QStringLiteral("DEBIN")) == PaymentMethod::Transfer);
    CHECK(readPaymentMethod(QStringLiteral("Transferencia a alias")) == PaymentMethod::Transfer);
    CHECK(readPaymentMethod(QStringLiteral("Tarjeta Visa")) == PaymentMethod::Card);
    CHECK(readPaymentMethod(QStringLiteral("Depósito en efectivo")) == PaymentMethod::Deposit);
    CHECK(readPaymentMethod(QStringLiteral("Pago Fácil")) == PaymentMethod::Store);
    CHECK(readPaymentMethod(QStringLiteral("Débito automático")) == PaymentMethod::DirectDebit);
    CHECK_FALSE(readPaymentMethod(QStringLiteral("bitcoin")).has_value());
    CHECK_FALSE(readPaymentMethod(QStringLiteral("Transferencias")).has_value());  // a word, not a phrase's start
}
