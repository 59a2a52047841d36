#pragma once

#include <QString>

namespace libreta::store {
class Database;
}

namespace libreta::test {

// SQLite's EXPLAIN QUERY PLAN of `sql` on `db`, one line per step (its
// parameters left unbound).
QString queryPlan(store::Database &db, const QString &sql);

} // namespace libreta::test
