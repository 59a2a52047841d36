// A payment made before a promise but entered after it (yesterday's
// deposit, posted after today's call) counts toward the promise: the
// balance the debtor promised still held it (domain::countsToward).

#include "domain/clock.h"
#include "services/callservice.h"
#include "services/paymentservice.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

TEST_CASE("Yesterday's payment entered after today's promise counts toward it", "[services][payments][promises]")
{
    test::TempDb t;
    const QDateTime callAt(QDate(2026, 12, 6), QTime(17, 0), Qt::UTC);
    FixedClock clock(callAt);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"), QStringLiteral("Hugo Núñez"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 10, 1), test::pesos(2444));

    services::CallDraft draft;
    draft.call.debtorId = debtor;
    draft.call.startedAt = callAt.addSecs(-300);
    draft.call.endedAt = callAt;
    draft.call.answeredBy = AnsweredBy::Debtor;
    draft.call.excuseCategory = ExcuseCategory::NoFunds;
    draft.call.commitmentConfirmed = true;
    Promise p;
    p.amount = test::pesos(2444);
    p.dueDate = QDate(2026, 12, 15);
    p.method = PaymentMethod::Deposit;
    draft.promise = p;
    const auto made = services::CallService(t.db(), clock).commit(draft);
    REQUIRE(made.promiseIds.size() == 1);

    // Ten minutes later the back office posts a deposit dated the day before.
    clock.set(callAt.addSecs(600));
    services::PostPaymentRequest payment;
    payment.debtorId = debtor;
    payment.amount = test::pesos(1500);
    payment.paidOn = callAt.toLocalTime().date().addDays(-1);
    payment.method = PaymentMethod::Deposit;
    services::PaymentService(t.db(), clock).post(payment);

    const auto promise = store::PromiseRepository(t.db()).byId(made.promiseIds.first());
    REQUIRE(promise);
    CHECK(promise->paid == test::pesos(1500));
    CHECK(promise->status == PromiseStatus::Pending);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->openPromisePaid == test::pesos(1500));
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}
