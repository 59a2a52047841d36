#include "domain/promisesettlement.h"

#include "domaintesthelpers.h"

#include <QRandomGenerator>

using namespace libreta::domain;

namespace {
Money m(qint64 minor) { return Money::fromMinor(minor); }
constexpr int kGrace = 2;
} // namespace

TEST_CASE("A payment that covers two promises is shared between them, earliest due first")
{
    const QList<InstalmentTerms> promises{{m(500), QDate(2026, 4, 20)}, {m(300), QDate(2026, 4, 10)}};
    const auto shares = settlementShares(promises, {{QDate(2026, 4, 9), m(700)}}, kGrace);
    REQUIRE(shares.size() == 2);
    CHECK(shares[0].promise == 1);  // due on the 10th: paid first
    CHECK(shares[0].amount == m(300));
    CHECK(shares[1].promise == 0);
    CHECK(shares[1].amount == m(400));
    CHECK(shares[0].payment == 0);
}

TEST_CASE("A payment after a promise's grace goes to the next promise still open")
{
    const QList<InstalmentTerms> promises{{m(300), QDate(2026, 4, 10)}, {m(300), QDate(2026, 5, 10)}};
    const auto shares = settlementShares(promises, {{QDate(2026, 4, 13), m(300)}}, kGrace);
    REQUIRE(shares.size() == 1);
    CHECK(shares[0].promise == 1);
}

TEST_CASE("A payment later than every promise's grace settles none")
{
    const auto shares =
        settlementShares({{m(300), QDate(2026, 4, 10)}}, {{QDate(2026, 6, 1), m(300)}}, kGrace);
    CHECK(shares.isEmpty());
}

TEST_CASE("Settlement shares add up to what evaluatePlan counts as paid for every promise")
{
    QRandomGenerator random(7);
    const QDate start(2026, 1, 1);
    for (int round = 0; round < 300; ++round) {
        QList<InstalmentTerms> promises;
        const int promiseCount = 1 + int(random.bounded(5));
        for (int i = 0; i < promiseCount; ++i)
            promises.append({m(100 + random.bounded(5000)), start.addDays(random.bounded(90))});
        QList<PaymentEvent> payments;
        const int paymentCount = int(random.bounded(6));
        for (int i = 0; i < paymentCount; ++i)
            payments.append({start.addDays(random.bounded(100)), m(1 + random.bounded(6000))});

        const auto results = evaluatePlan(promises, payments, kGrace, start.addDays(200));
        const auto shares = settlementShares(promises, payments, kGrace);
        QList<Money> paid(promises.size());
        QList<Money> spent(payments.size());
        for (const auto &s : shares) {
            paid[s.promise] += s.amount;
            spent[s.payment] += s.amount;
        }
        for (qsizetype i = 0; i < promises.size(); ++i)
            REQUIRE(paid[i] == results[i].paid);
        for (qsizetype i = 0; i < payments.size(); ++i)
            REQUIRE(spent[i] <= payments[i].amount);
    }
}

TEST_CASE("A payment made before a promise was agreed settles an earlier one, not it")
{
    const QList<InstalmentTerms> promises{{m(300), QDate(2026, 4, 10), QDate(2026, 4, 1)},
                                          {m(300), QDate(2026, 5, 10), QDate(2026, 4, 20)}};
    // 600 on 4 April: 300 settle the first promise; the rest was received
    // before the second one was agreed, so it settles nothing.
    const auto shares = settlementShares(promises, {{QDate(2026, 4, 4), m(600)}}, kGrace);
    REQUIRE(shares.size() == 1);
    CHECK(shares[0].promise == 0);
    CHECK(shares[0].amount == m(300));
}
