#pragma once

#include "domain/callworksheet.h"
#include "services/callservice.h"

#include <QCoreApplication>

namespace libreta::services {

// What a call is made against, read when it starts.
struct CallFacts {
    domain::Money balance;          // outstanding when the call started
    int discountLimitPercent = 10;  // the debtor's: its segment's, or the office's
    domain::TermLimits termLimits;  // the office's for an agent; none for a supervisor
    QDate today;
    std::optional<domain::Id> agentId;
    QList<domain::Id> openPromiseIds;  // pending promises a new one may replace
    std::optional<QString> desk;       // whose draft the save removes
};

// Turns what the five stages hold into what CallService::commit stores:
// the outcome from who answered and the pre-close answer, the promise or
// plan from the option built in the negotiation (only when the debtor
// accepted), the discount, the promises replaced, the next attempt.
class CallAssembly final {
    Q_DECLARE_TR_FUNCTIONS(CallAssembly)

public:
    // Throws InputError when the worksheet cannot be a call yet (nobody
    // chosen as having answered; an option that does not add up).
    static CallDraft draftFrom(const domain::CallWorksheet &worksheet, const CallFacts &facts);
};

} // namespace libreta::services
