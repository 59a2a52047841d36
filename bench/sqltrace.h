#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <thread>

namespace libreta::bench {

// One statement as SQLite ran it: the text the store prepared (with its
// parameters), the same text with the bound values written in, and how many
// rows the app stepped through before it let the statement go (a walk that
// stops at its first fitting row reads one of the 200 its LIMIT allows).
struct TracedStatement {
    QByteArray sql;
    QByteArray expanded;
    int rows = 0;
};

// Records the statements the store runs, as SQLite itself sees them, so a
// floor can run exactly the same SQL straight through the C API: no copy of
// the repositories' SQL is kept beside them to drift out of step.
//
// install() hooks every connection opened afterwards (sqlite3_auto_extension
// plus sqlite3_trace_v2); Qt's SQLite driver and the bench share the one
// libsqlite3 of the process. While no SqlTrace object is alive the hook only
// checks a flag. Only the recording thread's statements are kept: work the
// app hands to other threads (the portfolio's background count) is not
// part of what the action itself waits for.
class SqlTrace final {
public:
    static void install();

    SqlTrace();  // starts recording; one recorder at a time
    ~SqlTrace();
    Q_DISABLE_COPY_MOVE(SqlTrace)

    QList<TracedStatement> take();

private:
    QList<TracedStatement> m_statements;
    QHash<const void *, qsizetype> m_running;  // statement handle -> its latest record
    std::thread::id m_thread;
    friend int onTrace(unsigned, void *, void *, void *);
};

} // namespace libreta::bench
