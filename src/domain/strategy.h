#pragma once

#include "domain/entities.h"

namespace libreta::domain {

struct StrategyInput {
    Money outstanding;
    int daysPastDue = 0;
    Level risk = Level::Medium;
    Level value = Level::Medium;
    int promisesKept = 0;
    int promisesBroken = 0;
    std::optional<bool> willing;  // last profile read by an agent, if any
    std::optional<bool> able;
    std::optional<QDateTime> lastContactAt;  // UTC
    QDateTime now;                           // UTC
};

struct Suggestion {
    Approach approach = Approach::Remind;
    QString reason;  // translated, one sentence: why this approach
};

// remind: good payer, courtesy (for 30, 60 or 90 days past due as the
// customer's value is low, medium or high); firm: able but unwilling (broken
// promises, high risk, long overdue); renegotiate: willing but unable, or a
// valuable customer at high risk.
Suggestion suggestApproach(const StrategyInput &input);
// The same decision without its sentence: for ordering many debtors.
Approach decideApproach(const StrategyInput &input);
// Whether any debtor at least `minDaysPastDue` days past due can be
// suggested `approach` (past 90 days no one is reminded): the portfolio
// sorted by approach skips a section an aging filter leaves empty.
bool approachPossibleFrom(Approach approach, int minDaysPastDue);

// Who to call first: higher is sooner. Grows with balance (logarithmically),
// days past due, risk and broken promises, each as much as the office's
// `weights` say; drops when contacted recently and for debtors with nothing
// outstanding (score 0). Range 0..1000.
int priorityScore(const StrategyInput &input, const PriorityWeights &weights = {});

} // namespace libreta::domain
