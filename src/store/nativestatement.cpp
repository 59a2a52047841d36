#include "store/nativestatement.h"

#include "store/dialect.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <QSqlDatabase>
#include <QVariant>

#include <sqlite3.h>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace libreta::store {
namespace {

[[noreturn]] void fail(sqlite3 *db)
{
    // SQLite's message names the constraint, never the values.
    spdlog::error("store: statement failed: {}", sqlite3_errmsg(db));
    throw sqliteFailure(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

sqlite3 *nativeHandle(Database &db)
{
    return Dialect::nativeHandle(db.connection());
}

qint64 lastInsertId(sqlite3 *db) { return sqlite3_last_insert_rowid(db); }

int isoDate(const QDate &d, char *buf)
{
    // By hand: snprintf and three calendar look-ups cost more than the
    // INSERT they feed when an import writes millions of dates.
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 0 || y > 9999)
        return std::snprintf(buf, 11, "%04d-%02d-%02d", y, m, day);
    buf[0] = char('0' + y / 1000);
    buf[1] = char('0' + y / 100 % 10);
    buf[2] = char('0' + y / 10 % 10);
    buf[3] = char('0' + y % 10);
    buf[4] = '-';
    buf[5] = char('0' + m / 10);
    buf[6] = char('0' + m % 10);
    buf[7] = '-';
    buf[8] = char('0' + day / 10);
    buf[9] = char('0' + day % 10);
    buf[10] = '\0';
    return 10;
}

NativeStatement::NativeStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        fail(db);
}

NativeStatement::~NativeStatement() { sqlite3_finalize(m_stmt); }

void NativeStatement::check(int rc)
{
    if (rc != SQLITE_OK) {
        reset();
        fail(m_db);
    }
}

NativeStatement &NativeStatement::text(int i, const QString &s)
{
    const QByteArray bytes = s.toUtf8();
    check(sqlite3_bind_text(m_stmt, i, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT));
    return *this;
}

NativeStatement &NativeStatement::utf8(int i, QByteArrayView s)
{
    check(sqlite3_bind_text(m_stmt, i, s.data() ? s.data() : "", int(s.size()), SQLITE_TRANSIENT));
    return *this;
}

NativeStatement &NativeStatement::utf8View(int i, QByteArrayView s)
{
    check(sqlite3_bind_text(m_stmt, i, s.data() ? s.data() : "", int(s.size()), SQLITE_STATIC));
    return *this;
}

NativeStatement &NativeStatement::integer(int i, qint64 v)
{
    check(sqlite3_bind_int64(m_stmt, i, v));
    return *this;
}

NativeStatement &NativeStatement::null(int i)
{
    check(sqlite3_bind_null(m_stmt, i));
    return *this;
}

NativeStatement &NativeStatement::date(int i, const QDate &d)
{
    if (!d.isValid())
        return null(i);
    char buf[16];
    const int n = isoDate(d, buf);
    check(sqlite3_bind_text(m_stmt, i, buf, n, SQLITE_TRANSIENT));
    return *this;
}

int NativeStatement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    const int changes = sqlite3_changes(m_db);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(m_db);
    return changes;
}

bool NativeStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_stepping = true;
        return true;
    }
    sqlite3_reset(m_stmt);
    m_stepping = false;
    if (rc != SQLITE_DONE)
        fail(m_db);
    return false;
}

void NativeStatement::reset()
{
    sqlite3_reset(m_stmt);
    m_stepping = false;
}

qint64 NativeStatement::columnInteger(int i) const { return sqlite3_column_int64(m_stmt, i); }

bool NativeStatement::columnIsNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }

QByteArrayView NativeStatement::columnUtf8(int i) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, i));
}

QString NativeStatement::columnText(int i) const { return QString::fromUtf8(columnUtf8(i)); }

} // namespace libreta::store
