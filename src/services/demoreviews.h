#pragma once

#include "services/demoplan.h"

#include <optional>

namespace libreta::services::demo {

// Whether a supervisor reviewed this call of the demo, and how: about one
// conversation in twelve of the last three weeks, by one of the office's
// supervisors, with scores and a comment or coaching in their words.
// Decided from the call's id, so the plans' own random draws (and with
// them every other row of the demo) stay as they were.
std::optional<QualityReview> reviewOf(Id callId, const Call &call, const Context &ctx);

} // namespace libreta::services::demo
