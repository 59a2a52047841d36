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
};

// The same statements straight through the SQLite C API, on a connection of
// its own with the store's pragmas (WAL, synchronous=FULL, cache size): what
// the SQL costs with nothing above it. Each statement is prepared once and
// kept, as the store keeps its own; its values are bound, every row is
// stepped and every column read.
class SqlFloor final {
public:
    explicit SqlFloor(const QString &path);
    ~SqlFloor();
    Q_DISABLE_COPY_MOVE(SqlFloor)

    static QList<FloorStatement> compile(const QList<TracedStatement> &traced);
    // Milliseconds each statement took. Throws std::runtime_error when SQLite
    // refuses one (the floor would not be the same work).
    QList<double> run(const QList<FloorStatement> &statements);

private:
    sqlite3_stmt *prepared(const QByteArray &sql);
    void bind(sqlite3_stmt *statement, const QList<BoundValue> &values);
    void step(sqlite3_stmt *statement);
    [[noreturn]] void fail(const char *what);

    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
    quint64 m_sink = 0;  // keeps the column reads from being optimised away
};

} // namespace libreta::bench
