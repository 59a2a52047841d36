#include "domain/strategy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace libreta::domain {
namespace {

// A history is good when no promise was broken, or kept ones outnumber them.
bool goodHistory(const StrategyInput &in)
{
    return in.promisesBroken == 0 || in.promisesKept > in.promisesBroken;
}

// Weights of priorityScore. They add up to the 1000 ceiling, so each factor
// is read as "how much of the queue order it may decide".
constexpr int kBalanceWeight = 350;   // log10 of the balance in major units, full at 1,000,000
constexpr double kBalanceFullDecades = 6.0;
constexpr int kDaysWeight = 300;      // linear in days past due, full at 180 (the last bucket)
constexpr int kDaysFull = 180;
constexpr int kRiskWeight[] = {0, 75, 150};  // Low, Medium, High
constexpr int kBrokenPromiseWeight = 100;    // each broken promise, counted up to two
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

Suggestion suggestApproach(const StrategyInput &in)
{
    const bool willing = in.willing.value_or(false);
    const bool unwilling = in.willing.has_value() && !*in.willing;
    const bool able = in.able.value_or(false);
    const bool unable = in.able.has_value() && !*in.able;

    // The order matters. Willing but unable comes first: pressing someone who
    // cannot pay only buys another broken promise. Then the signs of "able but
    // unwilling" (broken promises, the profile, high risk long overdue), and
    // only then courtesy for good payers.
    if (willing && unable)
        return {Approach::Renegotiate,
                QCoreApplication::translate(
                    "Strategy", "The debtor wants to pay but cannot now: offer a plan with new dates.")};
    if (in.promisesBroken >= 2)
        return {Approach::Firm,
                QCoreApplication::translate(
                    "Strategy",
                    "The debtor has broken %n promise(s): set one date and amount, with no way out.",
                    nullptr, in.promisesBroken)};
    if (unwilling && able)
        return {Approach::Firm,
                QCoreApplication::translate(
                    "Strategy", "The debtor can pay but does not want to: be firm and set a date.")};
    if (in.risk == Level::High && in.daysPastDue > 60)
        return {Approach::Firm,
                QCoreApplication::translate(
                    "Strategy", "High risk and %n day(s) past due: be firm and set a date.", nullptr,
                    in.daysPastDue)};
    if (unwilling && unable)
        return {Approach::Firm,
                QCoreApplication::translate(
                    "Strategy",
                    "The debtor neither wants to nor can pay now: be firm and ask for a first payment "
                    "on a set date.")};
    if (unable)
        return {Approach::Renegotiate,
                QCoreApplication::translate(
                    "Strategy", "The debtor cannot pay in full now: offer instalments with new dates.")};
    if (in.daysPastDue > 90)
        return {Approach::Firm,
                QCoreApplication::translate(
                    "Strategy", "%n day(s) past due is long overdue: be firm and set a date.", nullptr,
                    in.daysPastDue)};
    if (goodHistory(in)) {
        if (in.daysPastDue <= 0)
            return {Approach::Remind,
                    QCoreApplication::translate(
                        "Strategy", "Nothing is overdue yet: a courteous reminder is enough.")};
        if (in.daysPastDue <= 30)
            return {Approach::Remind,
                    QCoreApplication::translate(
                        "Strategy", "A good payer only %n day(s) past due: a courteous reminder is enough.",
                        nullptr, in.daysPastDue)};
        if (willing && able)
            return {Approach::Remind,
                    QCoreApplication::translate(
                        "Strategy", "The debtor wants to pay and can: a courteous reminder with a date is enough.")};
        if (in.daysPastDue <= 60)
            return {Approach::Remind,
                    QCoreApplication::translate(
                        "Strategy", "No broken promises and %n day(s) past due: start with a courteous reminder.",
                        nullptr, in.daysPastDue)};
        return {Approach::Firm,
                QCoreApplication::translate(
                    "Strategy", "%n day(s) past due with no payment in sight: be firm and set a date.",
                    nullptr, in.daysPastDue)};
    }
    return {Approach::Firm,
            QCoreApplication::translate(
                "Strategy", "Broken promises outweigh the kept ones: be firm and set a date.")};
}

int priorityScore(const StrategyInput &in)
{
    if (!in.outstanding.isPositive())
        return 0;  // nothing to collect: at the bottom of the queue

    // log10 of the balance: going from 1,000 to 10,000 weighs as much as
    // from 10,000 to 100,000. A score is not money, so a double is fine here.
    const double major = double(in.outstanding.minor()) / 100.0;
    const double decades = std::clamp(std::log10(1.0 + major) / kBalanceFullDecades, 0.0, 1.0);
    const int balance = int(std::lround(kBalanceWeight * decades));

    const int days = kDaysWeight * std::clamp(in.daysPastDue, 0, kDaysFull) / kDaysFull;
    const int risk = kRiskWeight[std::clamp(int(in.risk), 0, 2)];
    const int broken =
        kBrokenPromiseWeight * std::clamp(in.promisesBroken, 0, kBrokenPromisesCounted);

    const int raw = balance + days + risk + broken;
    const int score = raw * recentContactShare(in) / 1000;
    // Anyone who owes something stays above those who owe nothing.
    return std::clamp(score, 1, 1000);
}

} // namespace libreta::domain
