#pragma once

#include <QString>

namespace libreta::store {

// A move (followup_moves, alias m) of a follow-up (alias f) that put it off,
// as domain::putsOff says and schema 38's trigger counts: what the agenda's
// rows and `libreta-cli check` read.
inline QString putOffMoveCondition()
{
    return QStringLiteral("m.to_date > m.from_date AND m.moved_on >= m.from_date "
                          "AND f.kind NOT IN ('promise_reminder', 'promise_check')");
}

} // namespace libreta::store
