#include "schemafingerprint.h"

#include "store/database.h"

#include <QDir>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <stdexcept>

namespace libreta::bench {
namespace {

void appendRows(sqlite3 *db, const char *sql, QByteArray &out)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("cannot read a schema: ") + sqlite3_errmsg(db));
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
            out += text ? text : "";
            out += '\x1f';
        }
        out += '\n';
    }
    sqlite3_finalize(statement);
}

} // namespace

QByteArray SchemaFingerprint::of(const QString &path)
{
    sqlite3 *db = nullptr;
    // Read-write although it only reads: the last connection to close a WAL
    // file tidies its -wal and -shm away, which a read-only one cannot.
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + path.toStdString());
    }
    QByteArray out;
    try {
        appendRows(db, "PRAGMA user_version", out);
        appendRows(db,
                   "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
                   "ORDER BY type, name",
                   out);
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
    return out;
}

QByteArray SchemaFingerprint::ofThisBuild()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw std::runtime_error("cannot make a temporary folder");
    const QString path = QDir(dir.path()).filePath(QStringLiteral("empty.sqlite"));
    {
        store::Database empty(path);  // created and migrated by this build
    }
    return of(path);
}

} // namespace libreta::bench
