#include "domain/clock.h"
#include "services/debtorfilereader.h"
#include "services/paymentservice.h"
#include "servicetesthelpers.h"
#include "store/callrepository.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

Call callWithExcuse(Id id, const QDateTime &at, std::optional<ExcuseCategory> excuse)
{
    Call c;
    c.id = id;
    c.startedAt = at;
    c.answeredBy = AnsweredBy::Debtor;
    c.excuseCategory = excuse;
    return c;
}

} // namespace

TEST_CASE("An excuse counts how many times the debtor has given it, in call order", "[services][debtorfile]")
{
    const QDateTime day = kNow.addDays(-30);
    // Newest first, as the store returns calls.
    const QList<Call> calls{
        callWithExcuse(5, day.addDays(4), ExcuseCategory::NoFunds),
        callWithExcuse(4, day.addDays(3), std::nullopt),
        callWithExcuse(3, day.addDays(2), ExcuseCategory::InvoiceNotReceived),
        callWithExcuse(2, day.addDays(1), ExcuseCategory::NoFunds),
        callWithExcuse(1, day, ExcuseCategory::NoFunds),
    };
    const auto occurrences = services::DebtorFileReader::excuseOccurrences(calls);
    CHECK(occurrences.value(1) == 1);
    CHECK(occurrences.value(2) == 2);
    CHECK(occurrences.value(3) == 1);
    CHECK_FALSE(occurrences.contains(4));
    CHECK(occurrences.value(5) == 3);
}

TEST_CASE("A corrected call's excuse is not counted again: the correction says what was said",
          "[services][debtorfile]")
{
    const QDateTime day = kNow.addDays(-30);
    Call correction = callWithExcuse(3, day.addDays(1), ExcuseCategory::NoFunds);
    correction.correctsCallId = 2;
    const QList<Call> calls{correction, callWithExcuse(2, day.addDays(1), ExcuseCategory::NoFunds),
                            callWithExcuse(1, day, ExcuseCategory::NoFunds)};
    const auto occurrences = services::DebtorFileReader::excuseOccurrences(calls);
    CHECK_FALSE(occurrences.contains(2));
    CHECK(occurrences.value(3) == 2);
}

TEST_CASE("The debtor file says which promises each payment paid", "[services][debtorfile]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(2000));
    Promise first;
    first.debtorId = debtor;
    first.amount = test::pesos(300);
    first.dueDate = QDate(2026, 3, 5);
    first.madeOn = QDate(2026, 3, 1);
    Promise second = first;
    second.amount = test::pesos(500);
    second.dueDate = QDate(2026, 3, 20);
    const Id firstId = store::PromiseRepository(t.db()).add(first);
    const Id secondId = store::PromiseRepository(t.db()).add(second);

    services::PostPaymentRequest r;
    r.debtorId = debtor;
    r.amount = test::pesos(400);
    r.paidOn = QDate(2026, 3, 4);
    const Id paymentId = services::PaymentService(t.db(), clock).post(r).paymentId;

    const auto file = services::DebtorFileReader(t.db()).read(debtor, clock.today(), kNow);
    REQUIRE(file);
    const auto shares = file->settlementsOfPayment(paymentId);
    REQUIRE(shares.size() == 2);
    CHECK(shares[0].promiseId == firstId);
    CHECK(shares[0].amount == test::pesos(300));
    CHECK(shares[1].promiseId == secondId);
    CHECK(shares[1].amount == test::pesos(100));
    CHECK(file->promise(firstId)->status == PromiseStatus::Kept);
    CHECK(file->settlementsOfPromise(secondId).size() == 1);
}

TEST_CASE("The debtor file reads the header's figures: aging, approach and attempts in 7 days",
          "[services][debtorfile]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 9), test::pesos(900));
    store::CallRepository calls(t.db());
    for (int days : {1, 3, 6, 9}) {
        Call c = callWithExcuse(0, kNow.addDays(-days), std::nullopt);
        c.debtorId = debtor;
        c.answeredBy = AnsweredBy::Nobody;
        calls.add(c);
    }
    store::TotalsRepository(t.db()).refresh(debtor);

    const auto file = services::DebtorFileReader(t.db()).read(debtor, QDate(2026, 3, 10), kNow);
    REQUIRE(file);
    CHECK(file->daysPastDue == 60);
    CHECK(file->bucket == AgingBucket::Days31To60);
    CHECK(file->attemptsInLast7Days == 3);
    CHECK(file->totals.outstanding == test::pesos(900));
    CHECK_FALSE(file->suggestion.reason.isEmpty());
    CHECK(file->calls.size() == 4);
    CHECK_FALSE(services::DebtorFileReader(t.db()).read(debtor + 100, QDate(2026, 3, 10), kNow).has_value());
}
