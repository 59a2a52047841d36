#pragma once

#include "domain/agendagroup.h"

#include <QString>

namespace libreta::store {

// The follow-ups of an agenda group (alias f): its kind, and whether they
// carry a promise, written as the indexes of schema 10 key it (right after
// the kind), so the group is one range of them read in the agenda's order.
// The agenda and the work queue both walk groups.
QString followUpGroupCondition(domain::AgendaGroup group);

// The follow-ups table (alias f) read through the group index for one
// assignee's items (`oneAssignee`: an agent's, or nobody's) or for
// everyone's. Named, not left to the planner: in a file without statistics
// (every office that was never given a demo) SQLite took everyone's index
// for one agent's later pages, reading other agents' rows to pass them by.
QString followUpsByGroup(bool oneAssignee);

} // namespace libreta::store
