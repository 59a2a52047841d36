// Payments and promises by mobile (Bizum, Nequi), at a store (OXXO, Efecty)
// or by direct debit (schema 46): read from what people write, stored as
// themselves, and in a file made before they existed.

#include "importtesthelpers.h"
#include "servicetesthelpers.h"
#include "domain/clock.h"
#include "domain/labels.h"
#include "domain/officecountry.h"
#include "services/importwords.h"
#include "services/paymentservice.h"
#include "services/useofficecurrency.h"
#include "store/database.h"
#include "store/paymentrepository.h"
#include "store/sqlquery.h"
#include "support/fixtures.h"
#include "support/olderfile.h"
#include "support/tempdb.h"

#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::domain;
using libreta::services::ImportKind;
using libreta::services::readPaymentMethod;

TEST_CASE("The words people write for a mobile payment, a store or a direct debit are those methods", "[import]")
{
    CHECK(readPaymentMethod(QStringLiteral("Bizum")) == PaymentMethod::Mobile);
    CHECK(readPaymentMethod(QStringLiteral("NEQUI")) == PaymentMethod::Mobile);
    CHECK(readPaymentMethod(QStringLiteral("Mercado Pago")) == PaymentMethod::Mobile);
    CHECK(readPaymentMethod(QStringLiteral("OXXO")) == PaymentMethod::Store);
    CHECK(readPaymentMethod(QStringLiteral("Efecty")) == PaymentMethod::Store);
    CHECK(readPaymentMethod(QStringLiteral("Domiciliación")) == PaymentMethod::DirectDebit);
    CHECK(readPaymentMethod(QStringLiteral("direct_debit")) == PaymentMethod::DirectDebit);
    CHECK(readPaymentMethod(QStringLiteral("SPEI")) == PaymentMethod::Transfer);
    CHECK_FALSE(readPaymentMethod(QStringLiteral("trueque")).has_value());
    // Every method a form offers, once.
    CHECK(paymentMethodsOffered().size() == 9);
    CHECK(paymentMethodsOffered().count(PaymentMethod::Mobile) == 1);
}

TEST_CASE("A bank file's Bizum, OXXO and direct debit payments are stored as such", "[import]")
{
    test::TempDb t;
    test::importBaseDebtors(t.db());
    test::runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    const auto r = test::runImportText(t.db(), ImportKind::Payments,
                                       "debtor_ref,date,amount,method,reference\n"
                                       "0042,2025-12-20,100.00,Bizum,612345678\n"
                                       "0042,2025-12-21,100.00,OXXO,9876543210\n"
                                       "0042,2025-12-22,100.00,domiciliacion,REC-1\n");
    INFO(test::messagesOf(r).toStdString());
    REQUIRE(r.added == 3);
    store::SqlQuery q(t.db(), QStringLiteral("SELECT group_concat(method, ' ') FROM "
                                             "(SELECT method FROM payments ORDER BY paid_on)"));
    REQUIRE(q.exec().next());
    CHECK(q.text(0) == QStringLiteral("mobile store direct_debit"));
}

TEST_CASE("Schema step 46 lets a file made before it take mobile, store and direct debit payments",
          "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v45.sqlite"));
    test::writeFileAtVersion(path, 45, {});
    {
        store::Database db(path);
        REQUIRE(db.schemaVersion() >= 46);
        const Id debtor = test::addDebtor(db, QStringLiteral("E-1"), QStringLiteral("Carmen Ortega"));
        test::addInvoice(db, debtor, QStringLiteral("F-1"), QDate(2026, 11, 1), test::pesos(300));
        const FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC));
        // On the very connection that ran the step.
        for (const PaymentMethod method : {PaymentMethod::Mobile, PaymentMethod::Store, PaymentMethod::DirectDebit}) {
            services::PostPaymentRequest paid;
            paid.debtorId = debtor;
            paid.amount = test::pesos(100);
            paid.paidOn = QDate(2026, 12, 7);
            paid.method = method;
            services::PaymentService(db, clock).post(paid);
        }
        store::SqlQuery check(db, QStringLiteral("PRAGMA integrity_check"));
        REQUIRE(check.exec().next());
        CHECK(check.text(0) == QStringLiteral("ok"));
        // The list is still a list: a method nobody knows is refused.
        CHECK_THROWS(store::SqlQuery(db, QStringLiteral("UPDATE payments SET method = 'barter'")).exec());
    }
    // And on the next one.
    store::Database again(path);
    CHECK(store::SqlQuery(again, QStringLiteral("SELECT count(*) FROM payments WHERE method IN "
                                                "('mobile', 'store', 'direct_debit')"))
              .execScalar() == 3);
}

TEST_CASE("A Peruvian office names a mobile payment Yape or Plin, and reads that name back from a file",
          "[import]")
{
    test::TempDb t;
    test::setOfficeCurrency(t.db(), QStringLiteral("PEN"));
    services::useOfficeCurrency(t.db());
    CHECK(officeCountry() == OfficeCountry::Peru);
    CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Yape or Plin"));
    // What the desk's own export writes is read back as the same method.
    CHECK(readPaymentMethod(label(PaymentMethod::Mobile)) == PaymentMethod::Mobile);
    CHECK(readPaymentMethod(label(PaymentMethod::Store)) == PaymentMethod::Store);
    CHECK(readPaymentMethod(QStringLiteral("Kasnet")) == PaymentMethod::Store);
    CHECK(readPaymentMethod(QStringLiteral("Caja Vecina")) == PaymentMethod::Store);
    CHECK(readPaymentMethod(QStringLiteral("Consignación")) == PaymentMethod::Deposit);
    CHECK(readPaymentMethod(QStringLiteral("billetera virtual")) == PaymentMethod::Mobile);
}

TEST_CASE("A Chilean office names a card payment with Webpay, and reads every one of its method names back",
          "[import]")
{
    test::TempDb t;
    test::setOfficeCurrency(t.db(), QStringLiteral("CLP"));
    services::useOfficeCurrency(t.db());
    CHECK(label(PaymentMethod::Card) == QStringLiteral("Card or Webpay"));
    CHECK(paymentMethodPhrase(PaymentMethod::Card) == QStringLiteral("by card or Webpay"));
    for (const PaymentMethod m : domain::paymentMethodsOffered()) {
        INFO(label(m).toStdString());
        CHECK(readPaymentMethod(label(m)) == m);
    }
    CHECK(readPaymentMethod(QStringLiteral("Webpay")) == PaymentMethod::Card);
    CHECK(readPaymentMethod(QStringLiteral("WebPay Plus")) == PaymentMethod::Card);
    CHECK(readPaymentMethod(QStringLiteral("Redcompra")) == PaymentMethod::Card);
    CHECK(readPaymentMethod(QStringLiteral("Khipu")) == PaymentMethod::Transfer);
}
