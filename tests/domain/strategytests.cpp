#include "domain/aging.h"
#include "domain/strategy.h"

#include "domaintesthelpers.h"

#include <cstdlib>
#include <functional>
#include <limits>

using namespace libreta::domain;
using libreta::tests::MarkingTranslator;
using libreta::tests::utc;

namespace {

StrategyInput base()
{
    StrategyInput in;
    in.outstanding = Money::fromMinor(500000);  // 5,000.00
    in.daysPastDue = 10;
    in.risk = Level::Medium;
    in.value = Level::Medium;
    in.now = utc(2026, 6, 1, 15, 0);
    return in;
}

// Calls `check` with every combination of the inputs the decision reads:
// the days past due, risk, value, promises kept and broken given, and each
// profile answer (unknown, yes, no).
void forEachInput(const QList<int> &days, const QList<int> &kept, const QList<int> &broken,
                  const std::function<void(const StrategyInput &)> &check)
{
    const std::optional<bool> answers[] = {std::nullopt, true, false};
    StrategyInput in = base();
    for (const int d : days)
        for (const Level risk : {Level::Low, Level::Medium, Level::High})
            for (const Level value : {Level::Low, Level::Medium, Level::High})
                for (const int k : kept)
                    for (const int b : broken)
                        for (const auto &willing : answers)
                            for (const auto &able : answers) {
                                in.daysPastDue = d;
                                in.risk = risk;
                                in.value = value;
                                in.promisesKept = k;
                                in.promisesBroken = b;
                                in.willing = willing;
                                in.able = able;
                                check(in);
                            }
}

} // namespace

TEST_CASE("A willing debtor who cannot pay gets a renegotiation")
{
    StrategyInput in = base();
    in.willing = true;
    in.able = false;
    const Suggestion s = suggestApproach(in);
    CHECK(s.approach == Approach::Renegotiate);
    CHECK_FALSE(s.reason.isEmpty());

    // Even with a poor record, pressing someone who cannot pay gains nothing.
    in.promisesBroken = 3;
    in.risk = Level::High;
    in.daysPastDue = 200;
    CHECK(suggestApproach(in).approach == Approach::Renegotiate);
}

TEST_CASE("Two broken promises call for a firm approach")
{
    StrategyInput in = base();
    in.promisesBroken = 1;
    in.promisesKept = 3;
    CHECK(suggestApproach(in).approach == Approach::Remind);
    in.promisesBroken = 2;
    const Suggestion s = suggestApproach(in);
    CHECK(s.approach == Approach::Firm);
    CHECK(s.reason.contains(QStringLiteral("2")));  // says how many
}

TEST_CASE("A debtor able but unwilling gets a firm approach")
{
    StrategyInput in = base();
    in.daysPastDue = 3;
    in.willing = false;
    in.able = true;
    CHECK(suggestApproach(in).approach == Approach::Firm);
}

TEST_CASE("High risk is firm only once more than 60 days past due")
{
    StrategyInput in = base();
    in.risk = Level::High;
    in.willing = true;
    in.able = true;
    in.daysPastDue = 60;
    CHECK(suggestApproach(in).approach == Approach::Remind);
    in.daysPastDue = 61;
    CHECK(suggestApproach(in).approach == Approach::Firm);
    // The same debtor at medium risk still gets courtesy.
    in.risk = Level::Medium;
    CHECK(suggestApproach(in).approach == Approach::Remind);
}

TEST_CASE("A good payer a few days late gets a reminder")
{
    StrategyInput in = base();
    in.daysPastDue = 5;
    in.promisesKept = 4;
    const Suggestion s = suggestApproach(in);
    CHECK(s.approach == Approach::Remind);
    CHECK(s.reason.contains(QStringLiteral("5")));

    in.daysPastDue = 0;
    CHECK(suggestApproach(in).approach == Approach::Remind);
}

TEST_CASE("A single broken promise with none kept is not a good history")
{
    StrategyInput in = base();
    in.daysPastDue = 5;
    in.promisesBroken = 1;
    CHECK(suggestApproach(in).approach == Approach::Firm);
    in.promisesKept = 2;
    CHECK(suggestApproach(in).approach == Approach::Remind);
}

TEST_CASE("Long overdue debts without a profile get a firm approach")
{
    StrategyInput in = base();
    in.daysPastDue = 91;
    CHECK(suggestApproach(in).approach == Approach::Firm);
    in.daysPastDue = 75;
    CHECK(suggestApproach(in).approach == Approach::Firm);
    in.daysPastDue = 45;
    CHECK(suggestApproach(in).approach == Approach::Remind);
}

TEST_CASE("A debtor known to be unable gets a renegotiation, unwilling and unable a firm one")
{
    StrategyInput in = base();
    in.able = false;
    CHECK(suggestApproach(in).approach == Approach::Renegotiate);
    in.willing = false;
    CHECK(suggestApproach(in).approach == Approach::Firm);
}

TEST_CASE("Every suggestion carries a translated reason")
{
    MarkingTranslator translator("Strategy");
    forEachInput({0, 10, 45, 75, 120}, {0, 3}, {0, 1, 2}, [](const StrategyInput &in) {
        const QString reason = suggestApproach(in).reason;
        INFO(reason.toStdString());
        CHECK(reason.startsWith(QStringLiteral("ES:")));
        CHECK(reason.endsWith(QLatin1Char('.')));
        CHECK_FALSE(reason.contains(QStringLiteral("%n")));
        CHECK_FALSE(reason.contains(QStringLiteral("%L")));
    });
}

TEST_CASE("A valuable customer at high risk is offered a plan rather than pressed")
{
    StrategyInput in = base();
    in.risk = Level::High;
    in.value = Level::High;
    in.daysPastDue = 75;
    const Suggestion s = suggestApproach(in);
    CHECK(s.approach == Approach::Renegotiate);
    CHECK(s.reason.contains(QStringLiteral("75")));
    // Long overdue too: still a plan, not pressure.
    in.daysPastDue = 200;
    CHECK(suggestApproach(in).approach == Approach::Renegotiate);
    // The same debtor of medium or low value is pressed, as before.
    for (const Level value : {Level::Medium, Level::Low}) {
        in.value = value;
        CHECK(suggestApproach(in).approach == Approach::Firm);
    }
    // What the debtor said of themselves comes first: able but unwilling is
    // pressed whatever the account is worth, and one who said they can pay
    // needs no plan.
    in.value = Level::High;
    in.willing = false;
    in.able = true;
    CHECK(suggestApproach(in).approach == Approach::Firm);
    in.willing = true;
    CHECK(suggestApproach(in).approach == Approach::Firm);
    // Within 60 days a valuable customer at high risk is reminded, as anyone.
    in.willing.reset();
    in.able.reset();
    in.daysPastDue = 20;
    CHECK(suggestApproach(in).approach == Approach::Remind);
}

TEST_CASE("How long a good payer is reminded grows with the customer's value")
{
    StrategyInput in = base();
    in.promisesKept = 2;
    const auto approachAt = [&](Level value, int days) {
        in.value = value;
        in.daysPastDue = days;
        return suggestApproach(in);
    };
    // Low value: a month of courtesy.
    CHECK(approachAt(Level::Low, 30).approach == Approach::Remind);
    const Suggestion small = approachAt(Level::Low, 31);
    CHECK(small.approach == Approach::Firm);
    CHECK(small.reason.contains(QStringLiteral("31")));
    // Medium value: two months.
    CHECK(approachAt(Level::Medium, 60).approach == Approach::Remind);
    CHECK(approachAt(Level::Medium, 61).approach == Approach::Firm);
    // High value: up to the long-overdue line, never past it.
    const Suggestion valuable = approachAt(Level::High, 90);
    CHECK(valuable.approach == Approach::Remind);
    CHECK(valuable.reason.contains(QStringLiteral("90")));
    CHECK(approachAt(Level::High, 91).approach == Approach::Firm);
    // A broken promise that outweighs the kept ones ends the courtesy at any value.
    in.promisesKept = 0;
    in.promisesBroken = 1;
    CHECK(approachAt(Level::High, 40).approach == Approach::Firm);
}

TEST_CASE("Priority is zero when nothing is outstanding")
{
    StrategyInput in = base();
    in.daysPastDue = 400;
    in.risk = Level::High;
    in.promisesBroken = 5;
    in.outstanding = Money();
    CHECK(priorityScore(in) == 0);
    in.outstanding = Money::fromMinor(-10000);  // a credit
    CHECK(priorityScore(in) == 0);
}

TEST_CASE("Priority stays above zero for any amount owed")
{
    StrategyInput in = base();
    in.outstanding = Money::fromMinor(1);
    in.daysPastDue = 0;
    in.risk = Level::Low;
    in.lastContactAt = in.now;
    CHECK(priorityScore(in) >= 1);
}

TEST_CASE("Priority stays within 0 to 1000 and reaches the ceiling")
{
    StrategyInput in = base();
    in.outstanding = Money::fromMinor(std::numeric_limits<qint64>::max());
    in.daysPastDue = 100000;
    in.risk = Level::High;
    in.promisesBroken = 1000;
    CHECK(priorityScore(in) == 1000);
    in.daysPastDue = -50;
    in.promisesBroken = -3;
    const int low = priorityScore(in);
    CHECK(low >= 1);
    CHECK(low <= 1000);
}

TEST_CASE("Priority grows with balance, logarithmically")
{
    StrategyInput in = base();
    int previous = 0;
    for (qint64 major : {1, 10, 100, 1000, 10000, 100000, 1000000}) {
        in.outstanding = Money::fromMinor(major * 100);
        const int score = priorityScore(in);
        INFO(major);
        CHECK(score > previous);
        previous = score;
    }
    // Each tenfold step adds about the same.
    in.outstanding = Money::fromMinor(100000);
    const int thousand = priorityScore(in);
    in.outstanding = Money::fromMinor(1000000);
    const int tenThousand = priorityScore(in);
    in.outstanding = Money::fromMinor(10000000);
    const int hundredThousand = priorityScore(in);
    CHECK(std::abs((tenThousand - thousand) - (hundredThousand - tenThousand)) <= 2);
}

TEST_CASE("Priority grows with days past due, risk and broken promises")
{
    StrategyInput in = base();
    const int start = priorityScore(in);
    in.daysPastDue = 90;
    const int later = priorityScore(in);
    CHECK(later > start);

    in.risk = Level::Low;
    const int low = priorityScore(in);
    in.risk = Level::Medium;
    const int medium = priorityScore(in);
    in.risk = Level::High;
    const int high = priorityScore(in);
    CHECK(low < medium);
    CHECK(medium < high);

    in.promisesBroken = 1;
    const int oneBroken = priorityScore(in);
    CHECK(oneBroken > high);
    in.promisesBroken = 2;
    CHECK(priorityScore(in) > oneBroken);
}

TEST_CASE("Priority drops for a debtor contacted recently")
{
    StrategyInput in = base();
    in.daysPastDue = 60;
    const int never = priorityScore(in);
    in.lastContactAt = in.now.addSecs(-3600);
    const int hourAgo = priorityScore(in);
    in.lastContactAt = in.now.addDays(-2);
    const int twoDays = priorityScore(in);
    in.lastContactAt = in.now.addDays(-5);
    const int fiveDays = priorityScore(in);
    in.lastContactAt = in.now.addDays(-8);
    const int eightDays = priorityScore(in);
    CHECK(hourAgo < twoDays);
    CHECK(twoDays < fiveDays);
    CHECK(fiveDays < never);
    CHECK(eightDays == never);

    // A contact stamped in the future counts as just now.
    in.lastContactAt = in.now.addSecs(7200);
    CHECK(priorityScore(in) == hourAgo);
}

TEST_CASE("The bare decision is always the suggestion's approach")
{
    // Every combination the rules look at, so ordering by the decision
    // (the portfolio's sort) can never disagree with what the file shows.
    int cases = 0;
    forEachInput({-5, 0, 1, 30, 31, 60, 61, 90, 91, 200}, {0, 1, 3}, {0, 1, 2, 4}, [&](const StrategyInput &in) {
        REQUIRE(decideApproach(in) == suggestApproach(in).approach);
        ++cases;
    });
    CHECK(cases == 10 * 3 * 3 * 3 * 4 * 3 * 3);
}

TEST_CASE("No debtor past 90 days is reminded, whatever else is known, as approachPossibleFrom says",
          "[domain][strategy]")
{
    // Every combination the decision reads, from 85 to 400 days past due.
    QList<int> days;
    for (int d = 85; d <= 400; d += 5)
        days << d;
    forEachInput(days, {0, 1, 2, 3}, {0, 1, 2, 3}, [](const StrategyInput &in) {
        const Approach approach = decideApproach(in);
        INFO(in.daysPastDue << " days, risk " << int(in.risk) << ", value " << int(in.value) << ", "
                            << in.promisesKept << " kept, "
                            << in.promisesBroken << " broken");
        CHECK((approach != Approach::Remind || in.daysPastDue <= 90));
        CHECK(approachPossibleFrom(approach, in.daysPastDue));
    });
    CHECK(approachPossibleFrom(Approach::Remind, 90));
    CHECK_FALSE(approachPossibleFrom(Approach::Remind, 91));
    CHECK(approachPossibleFrom(Approach::Firm, 400));
    CHECK(minDaysPastDue(AgingBucket::Days91To180) == 91);
    CHECK(minDaysPastDue(AgingBucket::Current) == 0);
    CHECK(minDaysPastDue(AgingBucket::Over180) == 181);
}

TEST_CASE("A debt years past due reads its days as the desk writes numbers", "[domain][strategy]")
{
    // Old debts are a collections office's daily bread: 1,200 days, not "1200".
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    StrategyInput in = base();
    in.daysPastDue = 1200;
    const Suggestion s = suggestApproach(in);
    in.risk = Level::High;
    const Suggestion risky = suggestApproach(in);
    QLocale::setDefault(before);
    CHECK(s.reason.contains(QStringLiteral("1,200")));
    CHECK(risky.reason.contains(QStringLiteral("1,200")));
}

TEST_CASE("The office's weights decide what priority counts, read against each other")
{
    StrategyInput large = base();
    large.outstanding = Money::fromMinor(500000000);  // 5,000,000.00
    large.daysPastDue = 30;
    StrategyInput old = base();
    old.outstanding = Money::fromMinor(2000);  // 20.00
    old.daysPastDue = 200;
    // The product's weights put the large balance first.
    CHECK(priorityScore(large) > priorityScore(old));
    CHECK(priorityScore(large, PriorityWeights{}) == priorityScore(large));
    // Days late alone: the old debt first, at the whole score.
    const PriorityWeights daysOnly{0, 100, 0, 0};
    CHECK(priorityScore(old, daysOnly) > priorityScore(large, daysOnly));
    CHECK(priorityScore(old, daysOnly) == 1000);
    // Read against each other: halving every weight changes nothing (but
    // the rounding of a point).
    CHECK(std::abs(priorityScore(large, PriorityWeights{10, 15, 5, 0}) -
                   priorityScore(large, PriorityWeights{20, 30, 10, 0})) <= 1);
    // Weights of nothing at all (the rules refuse them) order by balance.
    CHECK(priorityScore(large, PriorityWeights{0, 0, 0, 0}) > priorityScore(old, PriorityWeights{0, 0, 0, 0}));
}
