#include "support/statementtrace.h"

#include "store/database.h"
#include "store/dialect.h"

#include <sqlite3.h>

namespace libreta::test {

namespace {

struct Trace {
    QStringList seen;
    bool withValues = false;
};

int onStatement(unsigned, void *context, void *statement, void *)
{
    auto *trace = static_cast<Trace *>(context);
    auto *prepared = static_cast<sqlite3_stmt *>(statement);
    if (trace->withValues) {
        char *text = sqlite3_expanded_sql(prepared);
        trace->seen.append(QString::fromUtf8(text));
        sqlite3_free(text);
    } else {
        trace->seen.append(QString::fromUtf8(sqlite3_sql(prepared)));
    }
    return 0;
}

} // namespace

QStringList statementsDuring(store::Database &db, const std::function<void()> &action, bool withValues)
{
    Trace trace;
    trace.withValues = withValues;
    sqlite3 *native = store::Dialect::nativeHandle(db.connection());
    sqlite3_trace_v2(native, SQLITE_TRACE_STMT, onStatement, &trace);
    action();
    sqlite3_trace_v2(native, 0, nullptr, nullptr);
    return trace.seen;
}

} // namespace libreta::test
