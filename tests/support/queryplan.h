#pragma once

#include <QList>
#include <QString>

namespace libreta::store {
class Database;
}

namespace libreta::test {

// SQLite's EXPLAIN QUERY PLAN of `sql` on `db`, one line per step (its
// parameters left unbound).
QString queryPlan(store::Database &db, const QString &sql);

// One instruction of the program SQLite compiles `sql` into (EXPLAIN).
struct Instruction {
    QString opcode;
    int p1 = 0;
    int p2 = 0;
};

// The program of `sql` on `db`, in the order of its addresses: where a test
// must know what SQLite does first, not only which index it uses.
QList<Instruction> program(store::Database &db, const QString &sql);

} // namespace libreta::test
