#include "domain/clock.h"
#include "services/callservice.h"
#include "services/paymentservice.h"
#include "services/rolloverservice.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "store/debtorrepository.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

// The desk's clock on the morning (in Mexico City) of `day`: a roll-over
// closes today at the latest.
void dayIs(FixedClock &clock, const QDate &day) { clock.set(QDateTime(day, QTime(15, 0), Qt::UTC)); }

// A debtor who owes 1,000.00 on one invoice, due 2026-01-10.
Id owingDebtor(store::Database &db)
{
    const Id debtor = test::addDebtor(db, QStringLiteral("R-1"));
    test::addInvoice(db, debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    return debtor;
}

// A promise of 500 due on 2026-03-12, made in a call on 2026-03-10; the
// office's grace is 2 days, so it may still be kept until 2026-03-14.
Id promiseDueOnTheTwelfth(store::Database &db, Id debtor, const Clock &clock)
{
    services::CallDraft d;
    d.call.debtorId = debtor;
    d.call.startedAt = clock.nowUtc();
    d.call.answeredBy = AnsweredBy::Debtor;
    d.call.excuseCategory = ExcuseCategory::WaitingForCustomer;
    d.call.commitmentConfirmed = true;
    Promise p;
    p.amount = test::pesos(500);
    p.dueDate = QDate(2026, 3, 12);
    p.method = PaymentMethod::Transfer;
    d.promise = p;
    return services::CallService(db, clock).commit(d).promiseIds.at(0);
}

} // namespace

TEST_CASE("Roll-over breaks a promise only after its grace, with a call-back, and twice changes nothing", "[services][rollover]")
{
    test::TempDb t;
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC));
    const Id debtor = owingDebtor(t.db());
    const Id promise = promiseDueOnTheTwelfth(t.db(), debtor, clock);
    services::RolloverService rollover(t.db(), clock);

    dayIs(clock, QDate(2026, 3, 14));
    CHECK(rollover.run(QDate(2026, 3, 14)).promisesBroken == 0);  // last day of grace
    CHECK(store::PromiseRepository(t.db()).byId(promise)->status == PromiseStatus::Pending);

    dayIs(clock, QDate(2026, 3, 15));
    const auto first = rollover.run(QDate(2026, 3, 15));
    CHECK(first.promisesBroken == 1);
    CHECK(store::PromiseRepository(t.db()).byId(promise)->status == PromiseStatus::Broken);
    const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == FollowUpKind::Callback);
    CHECK(open[0].dueDate == QDate(2026, 3, 15));

    const auto second = rollover.run(QDate(2026, 3, 15));
    CHECK(second.debtorsReviewed == 0);
    CHECK(store::FollowUpRepository(t.db()).openForDebtor(debtor).size() == 1);
    const auto totals = store::TotalsRepository(t.db()).forDebtor(debtor);
    CHECK(totals->promisesBroken == 1);
    CHECK(totals->lastPromiseStatus == PromiseStatus::Broken);
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("Roll-over marks a partly paid promise as partially kept", "[services][rollover]")
{
    test::TempDb t;
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC));
    const Id debtor = owingDebtor(t.db());
    const Id promise = promiseDueOnTheTwelfth(t.db(), debtor, clock);
    clock.set(QDateTime(QDate(2026, 3, 12), QTime(17, 0), Qt::UTC));
    services::PostPaymentRequest pay;
    pay.debtorId = debtor;
    pay.amount = test::pesos(200);
    pay.paidOn = QDate(2026, 3, 12);
    services::PaymentService(t.db(), clock).post(pay);

    clock.set(QDateTime(QDate(2026, 3, 15), QTime(8, 0), Qt::UTC));
    const auto r = services::RolloverService(t.db(), clock).run(QDate(2026, 3, 15));
    CHECK(r.promisesPartlyKept == 1);
    const auto p = store::PromiseRepository(t.db()).byId(promise);
    CHECK(p->status == PromiseStatus::PartiallyKept);
    CHECK(p->paid == test::pesos(200));
}

TEST_CASE("A broken promise's call-back goes to the debtor's agent, once however often the day rolls over", "[services][rollover]")
{
    test::TempDb t;
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC));
    const Id agent = store::UserRepository(t.db()).add({0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    {
        store::DebtorRepository debtors(t.db());
        auto d = *debtors.byId(debtor);
        d.assignedAgentId = agent;
        debtors.update(d);
    }
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    promiseDueOnTheTwelfth(t.db(), debtor, clock);
    services::RolloverService rollover(t.db(), clock);
    dayIs(clock, QDate(2026, 3, 16));
    // Started late in the month, the desk rolls over every day it missed.
    for (int i = 0; i < 3; ++i)
        for (const QDate day : {QDate(2026, 3, 15), QDate(2026, 3, 16)})
            rollover.run(day);
    const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == FollowUpKind::Callback);
    CHECK(open[0].promiseId.has_value());
    CHECK(open[0].assignedTo == std::optional<Id>(agent));
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("A broken promise of a debtor nobody has goes back to the agent who took it", "[services][rollover]")
{
    test::TempDb t;
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC));
    const Id agent = store::UserRepository(t.db()).add({0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    const Id debtor = owingDebtor(t.db());
    services::CallDraft d;
    d.call.debtorId = debtor;
    d.call.agentId = agent;
    d.call.startedAt = clock.nowUtc();
    d.call.answeredBy = AnsweredBy::Debtor;
    d.call.excuseCategory = ExcuseCategory::WaitingForCustomer;
    d.call.commitmentConfirmed = true;
    Promise p;
    p.amount = test::pesos(500);
    p.dueDate = QDate(2026, 3, 12);
    p.method = PaymentMethod::Transfer;
    d.promise = p;
    services::CallService(t.db(), clock).commit(d);
    dayIs(clock, QDate(2026, 3, 15));
    services::RolloverService(t.db(), clock).run(QDate(2026, 3, 15));
    const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
    REQUIRE(open.size() == 1);
    CHECK(open[0].assignedTo == std::optional<Id>(agent));
}

TEST_CASE("Roll-over refuses a day after today and changes nothing", "[services][rollover]")
{
    test::TempDb t;
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC));
    const Id debtor = owingDebtor(t.db());
    const Id promise = promiseDueOnTheTwelfth(t.db(), debtor, clock);
    dayIs(clock, QDate(2026, 3, 13));  // the debtor still has a day of grace
    services::RolloverService rollover(t.db(), clock);
    // Today is said as the desk writes dates, not in ISO form.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
    CHECK_THROWS_WITH(rollover.run(QDate(2026, 3, 20)), Catch::Contains("cannot be later than today (13/03/2026)"));
    QLocale::setDefault(before);
    CHECK(store::PromiseRepository(t.db()).byId(promise)->status == PromiseStatus::Pending);
    CHECK(store::FollowUpRepository(t.db()).openForDebtor(debtor).size() == 2);  // the reminder and the check
    CHECK(rollover.run(QDate(2026, 3, 13)).promisesBroken == 0);
}
