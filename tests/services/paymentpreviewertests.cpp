#include "domain/clock.h"
#include "services/paymentpreviewer.h"
#include "services/paymentservice.h"
#include "servicetesthelpers.h"
#include "store/followuprepository.h"
#include "store/invoicerepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

services::PostPaymentRequest request(Id debtor, Money amount, const QDate &on)
{
    services::PostPaymentRequest r;
    r.debtorId = debtor;
    r.amount = amount;
    r.paidOn = on;
    return r;
}

// The preview must say exactly what posting then does.
void checkPreviewMatchesPost(store::Database &db, const Clock &clock, const services::PostPaymentRequest &r)
{
    const auto preview = services::PaymentPreviewer(db, clock).preview(r);
    const Money before = store::TotalsRepository(db).forDebtor(r.debtorId)->outstanding;
    const auto posted = services::PaymentService(db, clock).post(r);
    CHECK(preview.outstandingBefore == before);
    CHECK(preview.outstandingAfter == posted.outstandingAfter);
    CHECK(preview.credit == posted.credit);
    REQUIRE(preview.allocations.size() == posted.allocations.size());
    for (qsizetype i = 0; i < preview.allocations.size(); ++i) {
        CHECK(preview.allocations[i].invoiceId == posted.allocations[i].invoiceId);
        CHECK(preview.allocations[i].amount == posted.allocations[i].amount);
    }
    REQUIRE(preview.promiseChanges.size() == posted.promiseChanges.size());
    for (qsizetype i = 0; i < preview.promiseChanges.size(); ++i) {
        CHECK(preview.promiseChanges[i].promiseId == posted.promiseChanges[i].promiseId);
        CHECK(preview.promiseChanges[i].after == posted.promiseChanges[i].after);
        CHECK(preview.promiseChanges[i].paid == posted.promiseChanges[i].paid);
    }
}

} // namespace

TEST_CASE("The payment preview stores nothing", "[services][payment][preview]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("P-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(600));
    const Id promise = test::addPromise(t.db(), debtor, test::pesos(500), QDate(2026, 3, 12), QDate(2026, 3, 1));

    const auto preview = services::PaymentPreviewer(t.db(), clock).preview(request(debtor, test::pesos(500), QDate(2026, 3, 10)));
    REQUIRE(preview.promiseChanges.size() == 1);
    CHECK(preview.promiseChanges[0].after == PromiseStatus::Kept);
    CHECK(preview.outstandingAfter == test::pesos(100));

    CHECK(store::PaymentRepository(t.db()).forDebtor(debtor).isEmpty());
    CHECK(store::PromiseRepository(t.db()).byId(promise)->status == PromiseStatus::Pending);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->outstanding == test::pesos(600));
    CHECK(test::auditActions(t.db()).isEmpty());
}

TEST_CASE("The payment preview gives what posting gives: allocations, credit, promises, balance",
          "[services][payment][preview]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("P-1"));
    const Id older = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(600));
    const Id newer = test::addInvoice(t.db(), debtor, QStringLiteral("F-2"), QDate(2026, 2, 10), test::pesos(600));
    test::addPromise(t.db(), debtor, test::pesos(300), QDate(2026, 2, 20), QDate(2026, 2, 1));  // grace over: broken now
    test::addPromise(t.db(), debtor, test::pesos(400), QDate(2026, 3, 12), QDate(2026, 3, 1));
    test::addPromise(t.db(), debtor, test::pesos(400), QDate(2026, 4, 12), QDate(2026, 3, 1));

    SECTION("a part payment")
    {
        checkPreviewMatchesPost(t.db(), clock, request(debtor, test::pesos(250), QDate(2026, 3, 9)));
    }
    SECTION("a payment that keeps one promise and starts the next")
    {
        checkPreviewMatchesPost(t.db(), clock, request(debtor, test::pesos(550), QDate(2026, 3, 10)));
    }
    SECTION("an overpayment aimed at the newer invoice")
    {
        auto r = request(debtor, test::pesos(1500), QDate(2026, 3, 10));
        r.invoiceId = newer;
        checkPreviewMatchesPost(t.db(), clock, r);
    }
    SECTION("a second payment on the same day as an earlier one")
    {
        services::PaymentService(t.db(), clock).post(request(debtor, test::pesos(100), QDate(2026, 3, 10)));
        checkPreviewMatchesPost(t.db(), clock, request(debtor, test::pesos(350), QDate(2026, 3, 10)));
    }
    SECTION("an old payment dated before every promise")
    {
        checkPreviewMatchesPost(t.db(), clock, request(debtor, test::pesos(200), QDate(2026, 1, 15)));
    }
    SECTION("a payment recorded late, made before the newer invoice was issued")
    {
        // On 20 December only F-1 (disputed) was owed: the payment goes to
        // it first, as it would have that day, and only the rest to F-2.
        store::InvoiceRepository(t.db()).setDisputed(older, true, QStringLiteral("Mercancía dañada"));
        const auto r = request(debtor, test::pesos(700), QDate(2025, 12, 20));
        const auto preview = services::PaymentPreviewer(t.db(), clock).preview(r);
        REQUIRE(preview.allocations.size() == 2);
        CHECK(preview.allocations[0].invoiceId == older);
        CHECK(preview.allocations[0].amount == test::pesos(600));
        CHECK(preview.allocations[1].invoiceId == newer);
        checkPreviewMatchesPost(t.db(), clock, r);
    }
}
