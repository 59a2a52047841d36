#pragma once

#include "domain/agendagroup.h"

#include <QString>

namespace libreta::store {

// The follow-ups of an agenda group (alias f): its kind, and whether they
// carry a promise, written as the indexes of schema 10 key it (right after
// the kind), so the group is one range of them read in the agenda's order.
// The agenda and the work queue both walk groups.
QString followUpGroupCondition(domain::AgendaGroup group);

} // namespace libreta::store
