#pragma once

#include "domain/entities.h"

#include <QDate>

namespace libreta::domain {

// Whether a follow-up of `kind` counts in the Panel's follow-through: a
// promise's reminder and check are the promise's own, and its figures say
// how it went.
bool inFollowThrough(FollowUpKind kind);

// Whether moving a follow-up of `kind` from the day it is due, `from`, to
// `to`, on the desk's day `movedOn`, puts it off: a move to a later day made
// once its day had come. One made days ahead is planning. Schema 38's
// trigger and store/putoffsql.h count by the same rule in SQL.
bool putsOff(FollowUpKind kind, const QDate &from, const QDate &to, const QDate &movedOn);

} // namespace libreta::domain
