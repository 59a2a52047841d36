#include "domain/clock.h"
#include "services/invoiceservice.h"
#include "services/paymentservice.h"
#include "servicetesthelpers.h"
#include "store/invoicerepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

Invoice invoiceFor(Id debtor, const QString &number = QStringLiteral("F-100"))
{
    Invoice inv;
    inv.debtorId = debtor;
    inv.number = number;
    inv.issueDate = QDate(2026, 1, 5);
    inv.dueDate = QDate(2026, 2, 4);
    inv.amount = test::pesos(2500, 50);
    return inv;
}

} // namespace

TEST_CASE("Adding an invoice moves the debtor's totals in the same step and audits it", "[services][invoice]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("I-1"));
    const Id id = services::InvoiceService(t.db(), clock).add(invoiceFor(debtor));

    const auto totals = store::TotalsRepository(t.db()).forDebtor(debtor);
    CHECK(totals->outstanding == test::pesos(2500, 50));
    CHECK(totals->oldestDueDate == QDate(2026, 2, 4));
    CHECK(totals->openInvoices == 1);
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
    CHECK(store::InvoiceRepository(t.db()).byId(id)->number == QStringLiteral("F-100"));
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("invoice.add")});
}

TEST_CASE("An invoice is refused for a repeated number, impossible dates or no amount", "[services][invoice]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("I-1"));
    services::InvoiceService service(t.db(), clock);
    service.add(invoiceFor(debtor));

    auto refused = [&](const Invoice &inv) { return test::refusedField([&] { service.add(inv); }); };
    CHECK(refused(invoiceFor(debtor, QStringLiteral(" F-100 "))) == QStringLiteral("number"));
    CHECK(refused(invoiceFor(debtor, QString())) == QStringLiteral("number"));
    Invoice early = invoiceFor(debtor, QStringLiteral("F-101"));
    early.dueDate = early.issueDate.addDays(-1);
    CHECK(refused(early) == QStringLiteral("due_date"));
    Invoice future = invoiceFor(debtor, QStringLiteral("F-102"));
    future.issueDate = QDate(2026, 3, 11);
    future.dueDate = QDate(2026, 4, 11);
    CHECK(refused(future) == QStringLiteral("issue_date"));
    Invoice free = invoiceFor(debtor, QStringLiteral("F-103"));
    free.amount = Money();
    CHECK(refused(free) == QStringLiteral("amount"));
    CHECK(refused(invoiceFor(debtor + 9, QStringLiteral("F-104"))) == QStringLiteral("debtor"));

    CHECK(store::InvoiceRepository(t.db()).forDebtor(debtor).size() == 1);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->outstanding == test::pesos(2500, 50));
    CHECK(test::auditActions(t.db()).size() == 1);
}

TEST_CASE("A disputed invoice needs its reason and is paid after the undisputed ones", "[services][invoice]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("I-1"));
    const Id older = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(100));
    const Id newer = test::addInvoice(t.db(), debtor, QStringLiteral("F-2"), QDate(2026, 2, 10), test::pesos(100));
    services::InvoiceService service(t.db(), clock);

    CHECK(test::refusedField([&] { service.setDisputed(older, true, QStringLiteral(" ")); }) == QStringLiteral("reason"));
    CHECK_FALSE(store::InvoiceRepository(t.db()).byId(older)->disputed);
    CHECK(test::refusedField([&] { service.setDisputed(older, false, QString()); }) == QStringLiteral("invoice"));

    service.setDisputed(older, true, QStringLiteral("Mercancía dañada"));
    CHECK(store::InvoiceRepository(t.db()).byId(older)->disputeReason == QStringLiteral("Mercancía dañada"));
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("invoice.dispute")});

    services::PostPaymentRequest payment;
    payment.debtorId = debtor;
    payment.amount = test::pesos(100);
    payment.paidOn = QDate(2026, 3, 9);
    const auto result = services::PaymentService(t.db(), clock).post(payment);
    REQUIRE(result.allocations.size() == 1);
    CHECK(result.allocations[0].invoiceId == newer);

    service.setDisputed(older, false, QString());
    CHECK_FALSE(store::InvoiceRepository(t.db()).byId(older)->disputed);
    CHECK(store::InvoiceRepository(t.db()).byId(older)->disputeReason.isEmpty());
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("invoice.undispute")});
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}
