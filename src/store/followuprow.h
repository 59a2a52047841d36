#pragma once

#include "domain/entities.h"

#include <QString>

namespace libreta::store {

class SqlQuery;

// How a follow-up is read from `followups f` (store-internal): the columns,
// in the order readFollowUp expects them first in a row. Shared by the
// follow-up and agenda repositories, so the two never read it differently.
// A function, not a global: other files' globals are built from it, and the
// order globals of different files are built in is not defined.
QString followUpColumns();
domain::FollowUp readFollowUp(const SqlQuery &q);

} // namespace libreta::store
