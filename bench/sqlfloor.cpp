#include "sqlfloor.h"

#include "store/dialect.h"

#include <sqlite3.h>

#include <chrono>
#include <stdexcept>

namespace libreta::bench {

SqlFloor::SqlFloor(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        fail("open");
    for (const QString &pragma : store::Dialect::connectionPragmas())
        if (sqlite3_exec(m_db, pragma.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            fail("pragma");
    // The recorder's hook reaches every connection; the floor's own carries
    // nothing.
    sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
}

SqlFloor::~SqlFloor()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    sqlite3_close(m_db);
}

QList<FloorStatement> SqlFloor::compile(const QList<TracedStatement> &traced)
{
    QList<FloorStatement> out;
    out.reserve(traced.size());
    for (const TracedStatement &t : traced) {
        FloorStatement s;
        s.values = boundValues(t.sql, t.expanded);
        s.sql = t.sql;
        s.expanded = t.expanded;
        s.rows = t.rows;
        out.append(s);
    }
    return out;
}

QList<double> SqlFloor::run(const QList<FloorStatement> &statements)
{
    using Clock = std::chrono::steady_clock;
    QList<double> times;
    times.reserve(statements.size());
    for (const FloorStatement &s : statements) {
        const auto start = Clock::now();
        sqlite3_stmt *statement = prepared(s.values ? s.sql : s.expanded);
        if (s.values)
            bind(statement, *s.values);
        step(statement, s.rows);
        times.append(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return times;
}

sqlite3_stmt *SqlFloor::prepared(const QByteArray &sql)
{
    sqlite3_stmt *&slot = m_statements[sql];
    if (!slot && sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &slot,
                                    nullptr) != SQLITE_OK) {
        m_statements.remove(sql);
        fail("prepare");
    }
    return slot;
}

void SqlFloor::bind(sqlite3_stmt *statement, const QList<BoundValue> &values)
{
    int anonymous = 0;
    for (const BoundValue &v : values) {
        int index = 0;
        if (v.parameter == "?")
            index = ++anonymous;
        else if (v.parameter.startsWith('?'))
            index = anonymous = v.parameter.mid(1).toInt();
        else
            index = sqlite3_bind_parameter_index(statement, v.parameter.constData());
        int rc = SQLITE_OK;
        switch (v.type) {
        case BoundValue::Type::Null: rc = sqlite3_bind_null(statement, index); break;
        case BoundValue::Type::Integer: rc = sqlite3_bind_int64(statement, index, v.integer); break;
        case BoundValue::Type::Real: rc = sqlite3_bind_double(statement, index, v.real); break;
        case BoundValue::Type::Text:
            rc = sqlite3_bind_text(statement, index, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
            break;
        case BoundValue::Type::Blob:
            rc = sqlite3_bind_blob(statement, index, v.bytes.constData(), int(v.bytes.size()), SQLITE_STATIC);
            break;
        }
        if (rc != SQLITE_OK)
            fail("bind");
    }
}

void SqlFloor::step(sqlite3_stmt *statement, int rows)
{
    int rc = SQLITE_ROW;
    for (int stepped = 0; stepped <= rows && (rc = sqlite3_step(statement)) == SQLITE_ROW; ++stepped) {
        ++m_rowsRead;
        const int columns = sqlite3_column_count(statement);
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_INTEGER: m_sink += quint64(sqlite3_column_int64(statement, c)); break;
            case SQLITE_FLOAT: m_sink += quint64(sqlite3_column_double(statement, c)); break;
            case SQLITE_TEXT: {
                const unsigned char *text = sqlite3_column_text(statement, c);
                const int bytes = sqlite3_column_bytes(statement, c);
                m_sink += quint64(bytes) + (bytes > 0 ? text[bytes - 1] : 0);
                break;
            }
            case SQLITE_BLOB: m_sink += quint64(sqlite3_column_bytes(statement, c)); break;
            default: break;
            }
        }
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail("step");
}

void SqlFloor::fail(const char *what)
{
    throw std::runtime_error(std::string("SQLite floor: ") + what + ": " + (m_db ? sqlite3_errmsg(m_db) : "no connection"));
}

} // namespace libreta::bench
