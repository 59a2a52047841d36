#pragma once

#include "services/demoplan.h"

namespace libreta::services::demo {

// Invents debtor number `index` of a demo office, and its last year, from
// `seed`: the same seed always gives the same debtor.
DebtorPlan buildDebtorPlan(const Context &ctx, quint64 seed, qint64 index);

} // namespace libreta::services::demo
