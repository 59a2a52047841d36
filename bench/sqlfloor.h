#pragma once

#include "boundvalues.h"
#include "sqltrace.h"

#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace libreta::bench {

// A traced statement made ready to run again: its values read back out once,
// before any clock starts.
struct FloorStatement {
    QByteArray sql;                         // prepared text, when the values could be read back
    std::optional<QList<BoundValue>> values;
    QByteArray expanded;                    // run as it is when they could not
    int rows = 0;                           // rows the app stepped through
};

// The same statements straight through the SQLite C API, on a connection of
// its own with the store's pragmas (WAL, synchronous=FULL, cache size): what
// the SQL costs with nothing above it. Each statement is prepared once and
// kept, as the store keeps its own; its values are bound, and it is stepped
// as far as the app stepped it, plus one step (the app either found the end
// there or stopped: a queue's walk takes the first row that fits out of the
// 200 its LIMIT allows), every column of every row read.
class SqlFloor final {
public:
    explicit SqlFloor(const QString &path);
    ~SqlFloor();
    Q_DISABLE_COPY_MOVE(SqlFloor)

    static QList<FloorStatement> compile(const QList<TracedStatement> &traced);
    // Milliseconds each statement took. Throws std::runtime_error when SQLite
    // refuses one (the floor would not be the same work).
    QList<double> run(const QList<FloorStatement> &statements);
    // Rows stepped through so far, all statements together.
    quint64 rowsRead() const { return m_rowsRead; }

private:
    sqlite3_stmt *prepared(const QByteArray &sql);
    void bind(sqlite3_stmt *statement, const QList<BoundValue> &values);
    void step(sqlite3_stmt *statement, int rows);
    [[noreturn]] void fail(const char *what);

    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
    quint64 m_sink = 0;  // keeps the column reads from being optimised away
    quint64 m_rowsRead = 0;
};

} // namespace libreta::bench
