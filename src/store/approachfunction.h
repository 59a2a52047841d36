#pragma once

class QSqlDatabase;

namespace libreta::store {

// libreta_approach(outstanding, oldest_due_date, today, risk, value,
// promises_kept, promises_broken, willing, able): the suggested approach's
// code ('remind', 'firm', 'renegotiate'), or NULL when nothing is owed.
// It calls domain::suggestApproach, so SQL orders the portfolio by the very
// rule the screens show, never by a copy of it. Registered on every
// connection a Database opens (SQLite-specific, like the rest of Dialect).
void registerApproachFunction(QSqlDatabase &db);

} // namespace libreta::store
