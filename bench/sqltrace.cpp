#include "sqltrace.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <stdexcept>
#include <utility>

namespace libreta::bench {

namespace {
std::atomic<SqlTrace *> g_recorder{nullptr};
}

int onTrace(unsigned event, void *, void *p, void *x)
{
    SqlTrace *recorder = g_recorder.load(std::memory_order_acquire);
    if (!recorder || std::this_thread::get_id() != recorder->m_thread)
        return 0;
    if (event == SQLITE_TRACE_ROW) {
        const auto it = recorder->m_running.constFind(p);
        if (it != recorder->m_running.cend())
            ++recorder->m_statements[it.value()].rows;
        return 0;
    }
    if (event != SQLITE_TRACE_STMT)
        return 0;
    const char *text = static_cast<const char *>(x);
    // Statements inside triggers arrive as "-- TRIGGER name": the floor's own
    // statement fires the same trigger, so they are not run twice.
    if (!text || (text[0] == '-' && text[1] == '-'))
        return 0;
    // Nor statements a virtual table runs inside one of ours: FTS5 reads and
    // writes its shadow tables with SQL that names the schema ('main'.'x'),
    // which the store's own SQL never does.
    if (std::strstr(text, "'main'.") || std::strstr(text, "\"main\".")) {
        recorder->m_running.remove(p);
        return 0;
    }
    auto *statement = static_cast<sqlite3_stmt *>(p);
    char *expanded = sqlite3_expanded_sql(statement);
    recorder->m_running.insert(p, recorder->m_statements.size());
    recorder->m_statements.append({QByteArray(sqlite3_sql(statement)), QByteArray(expanded ? expanded : text), 0});
    sqlite3_free(expanded);
    return 0;
}

namespace {

int hookConnection(sqlite3 *db, const char **, const sqlite3_api_routines *)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT | SQLITE_TRACE_ROW, &onTrace, nullptr);
    return SQLITE_OK;
}

} // namespace

void SqlTrace::install()
{
    static const int rc = sqlite3_auto_extension(reinterpret_cast<void (*)()>(&hookConnection));
    if (rc != SQLITE_OK)
        throw std::runtime_error("could not hook SQLite connections for the SQL floors");
}

SqlTrace::SqlTrace() : m_thread(std::this_thread::get_id())
{
    SqlTrace *expected = nullptr;
    if (!g_recorder.compare_exchange_strong(expected, this))
        throw std::logic_error("only one SqlTrace may record at a time");
}

SqlTrace::~SqlTrace() { g_recorder.store(nullptr); }

QList<TracedStatement> SqlTrace::take()
{
    m_running.clear();
    return std::exchange(m_statements, {});
}

} // namespace libreta::bench
