#include "domain/clock.h"
#include "services/inputerror.h"
#include "services/paymentservice.h"
#include "services/rolloverservice.h"
#include "store/auditrepository.h"
#include "store/followuprepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

Id addPromise(store::Database &db, Id debtor, Money amount, const QDate &due, const QDate &madeOn)
{
    Promise p;
    p.debtorId = debtor;
    p.amount = amount;
    p.dueDate = due;
    p.madeOn = madeOn;
    p.method = PaymentMethod::Transfer;
    const Id id = store::PromiseRepository(db).add(p);
    FollowUp reminder;
    reminder.debtorId = debtor;
    reminder.kind = FollowUpKind::PromiseReminder;
    reminder.dueDate = due;
    reminder.promiseId = id;
    store::FollowUpRepository(db).add(reminder);
    store::TotalsRepository(db).refresh(debtor);
    return id;
}

services::PostPaymentRequest request(Id debtor, Money amount, const QDate &on)
{
    services::PostPaymentRequest r;
    r.debtorId = debtor;
    r.amount = amount;
    r.paidOn = on;
    r.method = PaymentMethod::Transfer;
    r.reference = QStringLiteral("SPEI 123");
    return r;
}

} // namespace

TEST_CASE("Posting a payment allocates oldest first, keeps a covered promise and updates totals", "[services][payment]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    const Id older = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(600));
    const Id newer = test::addInvoice(t.db(), debtor, QStringLiteral("F-2"), QDate(2026, 2, 10), test::pesos(600));
    const Id promise = addPromise(t.db(), debtor, test::pesos(800), QDate(2026, 3, 12), QDate(2026, 3, 1));

    const auto result = services::PaymentService(t.db(), clock).post(request(debtor, test::pesos(800), QDate(2026, 3, 10)));

    REQUIRE(result.allocations.size() == 2);
    CHECK(result.allocations[0].invoiceId == older);
    CHECK(result.allocations[0].amount == test::pesos(600));
    CHECK(result.allocations[1].invoiceId == newer);
    CHECK(result.allocations[1].amount == test::pesos(200));
    CHECK(result.outstandingAfter == test::pesos(400));
    REQUIRE(result.promiseChanges.size() == 1);
    CHECK(result.promiseChanges[0].after == PromiseStatus::Kept);
    CHECK(store::PromiseRepository(t.db()).byId(promise)->status == PromiseStatus::Kept);
    // The settled promise's reminder is closed, and nothing else is left open.
    CHECK(store::FollowUpRepository(t.db()).openForDebtor(debtor).isEmpty());

    store::TotalsRepository totals(t.db());
    CHECK(totals.mismatches().isEmpty());
    const auto row = totals.forDebtor(debtor);
    CHECK(row->outstanding == test::pesos(400));
    CHECK(row->lastPromiseStatus == PromiseStatus::Kept);
    CHECK(row->promisesKept == 1);
    CHECK_FALSE(row->openPromiseId.has_value());
    CHECK(store::AuditRepository(t.db()).latest(1).at(0).action == QStringLiteral("payment.post"));
}

TEST_CASE("An overpayment is kept as credit, never lost", "[services][payment]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(100));
    const auto result = services::PaymentService(t.db(), clock).post(request(debtor, test::pesos(150), QDate(2026, 3, 9)));
    CHECK(result.credit == test::pesos(50));
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->credit == test::pesos(50));
    CHECK(store::PaymentRepository(t.db()).forDebtor(debtor).at(0).unallocated == test::pesos(50));
}

TEST_CASE("A partial payment leaves the promise pending until its grace ends", "[services][payment]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    const Id promise = addPromise(t.db(), debtor, test::pesos(800), QDate(2026, 3, 12), QDate(2026, 3, 1));
    services::PaymentService(t.db(), clock).post(request(debtor, test::pesos(300), QDate(2026, 3, 10)));
    const auto p = store::PromiseRepository(t.db()).byId(promise);
    CHECK(p->status == PromiseStatus::Pending);
    CHECK(p->paid == test::pesos(300));
    // The portfolio's line reads both from the totals, to say what is left.
    const auto totals = store::TotalsRepository(t.db()).forDebtor(debtor);
    CHECK(totals->openPromiseAmount == test::pesos(800));
    CHECK(totals->openPromisePaid == test::pesos(300));
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("A broken promise's call-back is called off once the debtor owes nothing and not while they owe part", "[services][payment]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    const Id promise = addPromise(t.db(), debtor, test::pesos(800), QDate(2026, 3, 2), QDate(2026, 2, 25));
    services::RolloverService(t.db(), clock).run(QDate(2026, 3, 10));
    REQUIRE(store::PromiseRepository(t.db()).byId(promise)->status == PromiseStatus::Broken);
    store::FollowUpRepository followUps(t.db());
    const auto open = followUps.openForDebtor(debtor);
    REQUIRE(open.size() == 1);
    const Id callback = open[0].id;
    REQUIRE(open[0].kind == FollowUpKind::Callback);

    // Part of the debt: the agent still has to call about the rest.
    services::PaymentService payments(t.db(), clock);
    payments.post(request(debtor, test::pesos(300), QDate(2026, 3, 10)));
    CHECK(followUps.byId(callback)->status == FollowUpStatus::Open);
    // The rest: nobody calls to ask for money no longer owed.
    const auto paid = payments.post(request(debtor, test::pesos(700), QDate(2026, 3, 10)));
    CHECK_FALSE(paid.outstandingAfter.isPositive());
    const FollowUp calledOff = *followUps.byId(callback);
    CHECK(calledOff.status == FollowUpStatus::Cancelled);
    CHECK(calledOff.result == QStringLiteral("Paid since: nothing is owed any more."));
    CHECK(followUps.openForDebtor(debtor).isEmpty());
    CHECK_FALSE(store::TotalsRepository(t.db()).forDebtor(debtor)->nextActionDate.has_value());
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("A refused payment names the field and stores nothing", "[services][payment]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(100));
    services::PaymentService service(t.db(), clock);

    auto refusedField = [&](const services::PostPaymentRequest &r) {
        try {
            service.post(r);
        } catch (const services::InputError &e) {
            CHECK_FALSE(e.message().isEmpty());
            return e.field();
        }
        return QString();
    };
    CHECK(refusedField(request(debtor, Money(), QDate(2026, 3, 1))) == QStringLiteral("amount"));
    CHECK(refusedField(request(debtor, test::pesos(-5), QDate(2026, 3, 1))) == QStringLiteral("amount"));
    CHECK(refusedField(request(debtor, test::pesos(5), QDate(2026, 3, 11))) == QStringLiteral("date"));
    CHECK(refusedField(request(debtor, test::pesos(5), QDate())) == QStringLiteral("date"));
    CHECK(refusedField(request(debtor + 99, test::pesos(5), QDate(2026, 3, 1))) == QStringLiteral("debtor"));
    auto wrongInvoice = request(debtor, test::pesos(5), QDate(2026, 3, 1));
    wrongInvoice.invoiceId = 999;
    CHECK(refusedField(wrongInvoice) == QStringLiteral("invoice"));

    CHECK(store::PaymentRepository(t.db()).forDebtor(debtor).isEmpty());
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->outstanding == test::pesos(100));
}

TEST_CASE("A payment aimed at one invoice pays that invoice first", "[services][payment]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(100));
    const Id newer = test::addInvoice(t.db(), debtor, QStringLiteral("F-2"), QDate(2026, 2, 10), test::pesos(100));
    auto r = request(debtor, test::pesos(100), QDate(2026, 3, 1));
    r.invoiceId = newer;
    const auto result = services::PaymentService(t.db(), clock).post(r);
    REQUIRE(result.allocations.size() == 1);
    CHECK(result.allocations[0].invoiceId == newer);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->oldestDueDate == QDate(2026, 1, 10));
}

TEST_CASE("A payment dated after today is refused with today written as the desk writes dates", "[services][payment]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(600));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    QString message;
    try {
        services::PaymentService(t.db(), clock).post(request(debtor, test::pesos(100), QDate(2026, 3, 11)));
    } catch (const services::InputError &e) {
        message = e.message();
    }
    QLocale::setDefault(before);
    CHECK(message.contains(QStringLiteral("(today is 10/03/2026)")));
    CHECK(store::PaymentRepository(t.db()).forDebtor(debtor).isEmpty());
}
