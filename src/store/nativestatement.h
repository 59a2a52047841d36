#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace libreta::store {

class Database;

// The SQLite handle under a Database's Qt connection, for the few bulk
// paths (imports) where Qt's per-value QVariant conversions cost more than
// the work itself. Throws StoreError when the connection is not SQLite.
sqlite3 *nativeHandle(Database &db);

// One prepared statement run many times with positional values straight
// through the SQLite C API. Text can be bound from UTF-8 bytes without a
// copy when the bytes outlive the step (`utf8View`).
class NativeStatement final {
public:
    NativeStatement(sqlite3 *db, const char *sql);
    ~NativeStatement();
    Q_DISABLE_COPY_MOVE(NativeStatement)

    NativeStatement &text(int i, const QString &s);
    NativeStatement &utf8(int i, QByteArrayView s);      // copied
    NativeStatement &utf8View(int i, QByteArrayView s);  // not copied: valid until step()
    NativeStatement &integer(int i, qint64 v);
    NativeStatement &null(int i);
    NativeStatement &date(int i, const QDate &d);

    // Runs a statement that returns no rows; the number of rows it changed.
    int exec();
    // Runs a query; true while a row is available (call again for the next).
    bool step();
    qint64 columnInteger(int i) const;
    bool columnIsNull(int i) const;
    QByteArrayView columnUtf8(int i) const;
    QString columnText(int i) const;
    // Ready for new values (after the last step()).
    void reset();

private:
    void check(int rc);
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_stepping = false;
};

// The rowid of the row the connection inserted last.
qint64 lastInsertId(sqlite3 *db);

// "2025-03-31" in `buf` (at least 11 bytes); the length written.
int isoDate(const QDate &date, char *buf);

} // namespace libreta::store
