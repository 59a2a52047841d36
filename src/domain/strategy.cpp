#include "domain/strategy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace libreta::domain {
namespace {

// A history is good when no promise was broken, or kept ones outnumber them.
// Past this many days no debtor is reminded: long overdue comes before any
// courtesy (see decide, and approachPossibleFrom).
constexpr int kLongOverdueDays = 90;

bool goodHistory(const StrategyInput &in)
{
    return in.promisesBroken == 0 || in.promisesKept > in.promisesBroken;
}

// How long a good payer is reminded before being pressed, by what the
// customer is worth to the office: a valuable account is kept with courtesy
// up to the long-overdue line, a small one is pressed once its first month
// is over. Never past kLongOverdueDays (approachPossibleFrom relies on it).
int courtesyDays(Level value)
{
    switch (value) {
    case Level::Low: return 30;
    case Level::High: return kLongOverdueDays;
    case Level::Medium: break;
    }
    return 60;
}

// How each factor of priorityScore grows to its full weight: the balance
// by log10 in major units, full at 1,000,000; the days past due linearly,
// full at 180 (the last bucket); the risk by level (none, half, all); the
// broken promises by count, full at two.
constexpr double kBalanceFullDecades = 6.0;
constexpr int kDaysFull = 180;
constexpr int kBrokenPromisesCounted = 2;

// A debtor just called is left alone for a while: the score is kept at this
// share (per mille) for contacts within 1 day, 3 days and 7 days. Older
// contacts leave it whole, so nobody is forgotten for being called once.
constexpr int kRecentShare1Day = 300;
constexpr int kRecentShare3Days = 600;
constexpr int kRecentShare7Days = 850;

int recentContactShare(const StrategyInput &in)
{
    if (!in.lastContactAt || !in.lastContactAt->isValid() || !in.now.isValid())
        return 1000;
    // A contact stamped in the future (a clock out of step) counts as just now.
    const qint64 secs = std::max<qint64>(0, in.lastContactAt->secsTo(in.now));
    constexpr qint64 day = 24 * 3600;
    if (secs < day)
        return kRecentShare1Day;
    if (secs < 3 * day)
        return kRecentShare3Days;
    if (secs < 7 * day)
        return kRecentShare7Days;
    return 1000;
}

} // namespace

namespace {

// Which rule of the method decides the approach, in the order they are
// tried. Kept apart from the wording so the store can order a million
// debtors by the decision without building a sentence for each.
enum class Rule {
    WillingUnable, TwoBroken, UnwillingAble, ValuableAtRisk, HighRiskLate, UnwillingUnable, Unable, LongOverdue,
    NothingDue, GoodPayerEarly, WillingAble, GoodHistoryInCourtesy, ValuableGoodHistory, SmallAccountLate,
    GoodHistoryLate, BrokenOutweigh
};

Rule decide(const StrategyInput &in)
{
    const bool willing = in.willing.value_or(false);
    const bool unwilling = in.willing.has_value() && !*in.willing;
    const bool able = in.able.value_or(false);
    const bool unable = in.able.has_value() && !*in.able;

    // The order matters. Willing but unable comes first: pressing someone who
    // cannot pay only buys another broken promise. Then the signs of "able but
    // unwilling" (broken promises, the profile, high risk long overdue), and
    // only then courtesy for good payers.
    //
    // The customer's value weighs with the risk, as the method asks: a
    // valuable customer at high risk is offered a plan rather than pressed
    // (pressing may lose the account and the money) unless known to be able
    // to pay, and how long a good
    // payer is reminded grows with the value (courtesyDays).
    if (willing && unable)
        return Rule::WillingUnable;
    if (in.promisesBroken >= 2)
        return Rule::TwoBroken;
    if (unwilling && able)
        return Rule::UnwillingAble;
    if (in.risk == Level::High && in.daysPastDue > 60)
        return in.value == Level::High && !able ? Rule::ValuableAtRisk : Rule::HighRiskLate;
    if (unwilling && unable)
        return Rule::UnwillingUnable;
    if (unable)
        return Rule::Unable;
    if (in.daysPastDue > kLongOverdueDays)
        return Rule::LongOverdue;
    if (goodHistory(in)) {
        if (in.daysPastDue <= 0)
            return Rule::NothingDue;
        if (in.daysPastDue <= 30)
            return Rule::GoodPayerEarly;
        if (willing && able)
            return Rule::WillingAble;
        if (in.daysPastDue <= courtesyDays(in.value))
            return in.daysPastDue > courtesyDays(Level::Medium) ? Rule::ValuableGoodHistory
                                                                : Rule::GoodHistoryInCourtesy;
        return in.daysPastDue <= courtesyDays(Level::Medium) ? Rule::SmallAccountLate : Rule::GoodHistoryLate;
    }
    return Rule::BrokenOutweigh;
}

Approach approachOf(Rule rule)
{
    switch (rule) {
    case Rule::WillingUnable:
    case Rule::ValuableAtRisk:
    case Rule::Unable: return Approach::Renegotiate;
    case Rule::NothingDue:
    case Rule::GoodPayerEarly:
    case Rule::WillingAble:
    case Rule::GoodHistoryInCourtesy:
    case Rule::ValuableGoodHistory: return Approach::Remind;
    default: return Approach::Firm;
    }
}

QString reasonFor(Rule rule, const StrategyInput &in)
{
    switch (rule) {
    case Rule::WillingUnable:
        return QCoreApplication::translate(
            "Strategy", "The debtor wants to pay but cannot now: offer a plan with new dates.");
    case Rule::TwoBroken:
        return QCoreApplication::translate(
            "Strategy", "The debtor has broken %n promise(s): set one date and amount, with no way out.", nullptr,
            in.promisesBroken);
    case Rule::UnwillingAble:
        return QCoreApplication::translate(
            "Strategy", "The debtor can pay but does not want to: be firm and set a date.");
    case Rule::ValuableAtRisk:
        return QCoreApplication::translate(
            "Strategy",
            "A valuable customer at high risk, %Ln day(s) past due: offer a plan rather than press, to keep "
            "both the money and the customer.",
            nullptr, in.daysPastDue);
    case Rule::HighRiskLate:
        return QCoreApplication::translate(
            "Strategy", "High risk and %Ln day(s) past due: be firm and set a date.", nullptr, in.daysPastDue);
    case Rule::UnwillingUnable:
        return QCoreApplication::translate(
            "Strategy",
            "The debtor neither wants to nor can pay now: be firm and ask for a first payment "
            "on a set date.");
    case Rule::Unable:
        return QCoreApplication::translate(
            "Strategy", "The debtor cannot pay in full now: offer instalments with new dates.");
    case Rule::LongOverdue:
        return QCoreApplication::translate(
            "Strategy", "%Ln day(s) past due is long overdue: be firm and set a date.", nullptr, in.daysPastDue);
    case Rule::NothingDue:
        return QCoreApplication::translate(
            "Strategy", "Nothing is overdue yet: a courteous reminder is enough.");
    case Rule::GoodPayerEarly:
        return QCoreApplication::translate(
            "Strategy", "A good payer only %Ln day(s) past due: a courteous reminder is enough.", nullptr,
            in.daysPastDue);
    case Rule::WillingAble:
        return QCoreApplication::translate(
            "Strategy", "The debtor wants to pay and can: a courteous reminder with a date is enough.");
    case Rule::GoodHistoryInCourtesy:
        return QCoreApplication::translate(
            "Strategy", "No broken promises and %Ln day(s) past due: start with a courteous reminder.", nullptr,
            in.daysPastDue);
    case Rule::ValuableGoodHistory:
        return QCoreApplication::translate(
            "Strategy",
            "A valuable customer with a good history, %Ln day(s) past due: a courteous reminder with a date "
            "keeps the relationship.",
            nullptr, in.daysPastDue);
    case Rule::SmallAccountLate:
        return QCoreApplication::translate(
            "Strategy", "A customer of low value, %Ln day(s) past due: the month of courtesy is over; be firm "
                        "and set a date.",
            nullptr, in.daysPastDue);
    case Rule::GoodHistoryLate:
        return QCoreApplication::translate(
            "Strategy", "%Ln day(s) past due with no payment in sight: be firm and set a date.", nullptr,
            in.daysPastDue);
    case Rule::BrokenOutweigh:
        break;
    }
    return QCoreApplication::translate(
        "Strategy", "Broken promises outweigh the kept ones: be firm and set a date.");
}

} // namespace

Approach decideApproach(const StrategyInput &in) { return approachOf(decide(in)); }

bool approachPossibleFrom(Approach approach, int minDaysPastDue)
{
    // Every rule that reminds comes after the long-overdue one in decide().
    return approach != Approach::Remind || minDaysPastDue <= kLongOverdueDays;
}

Suggestion suggestApproach(const StrategyInput &in)
{
    const Rule rule = decide(in);
    return {approachOf(rule), reasonFor(rule, in)};
}

int priorityScore(const StrategyInput &in, const PriorityWeights &weights)
{
    if (!in.outstanding.isPositive())
        return 0;  // nothing to collect: at the bottom of the queue
    // An office that weighs nothing (the rules refuse it) orders by balance.
    const PriorityWeights w = weights.total() > 0 ? weights : PriorityWeights{1, 0, 0, 0};

    // Each factor as per mille of its weight in tenths of the score:
    // weights of 100 in all give 1000 at the top. log10 of the balance:
    // going from 1,000 to 10,000 weighs as much as from 10,000 to 100,000.
    // A score is not money, so a double is fine here.
    const double major = double(in.outstanding.minor()) / 100.0;
    const double decades = std::clamp(std::log10(1.0 + major) / kBalanceFullDecades, 0.0, 1.0);
    const qint64 balance = std::lround(10 * w.balance * decades);
    const qint64 days = qint64(10) * w.daysLate * std::clamp(in.daysPastDue, 0, kDaysFull) / kDaysFull;
    const qint64 risk = qint64(10) * w.risk * std::clamp(int(in.risk), 0, 2) / 2;
    const qint64 broken =
        qint64(10) * w.brokenPromises * std::clamp(in.promisesBroken, 0, kBrokenPromisesCounted) /
        kBrokenPromisesCounted;

    // Read against each other: the weights' total is the whole score.
    const qint64 raw = (balance + days + risk + broken) * 100 / w.total();
    const qint64 score = raw * recentContactShare(in) / 1000;
    // Anyone who owes something stays above those who owe nothing.
    return int(std::clamp<qint64>(score, 1, 1000));
}

} // namespace libreta::domain
