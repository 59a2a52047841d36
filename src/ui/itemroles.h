#pragma once

#include <Qt>

namespace libreta::ui {

// Roles every Libreta item model answers beside Qt's own, numbered from
// Qt::UserRole so they never collide with a future Qt role.
enum ItemRole {
    IdRole = Qt::UserRole,  // the database id of the row's entity (qint64)
    RawValueRole,           // the value behind the cell, unformatted: cents, dates, enums as int
    DebtorIdRole,           // the debtor a row is about, in lists of other things (the agenda)
    KindRole,               // in lists that mix kinds of rows (the debtor file's timeline): the kind as int
    ReadWholeRole,          // header: a column of identifiers or short labels that must read whole, as figures (see figurecolumns.h)
};

} // namespace libreta::ui
