#include "store/dialect.h"

#include "store/storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace libreta::store {

QString Dialect::driverName() { return QStringLiteral("QSQLITE"); }

QString Dialect::connectOptions()
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs());
}

QStringList Dialect::connectionPragmas()
{
    // WAL lets the UI read while a write commits; FULL makes every commit
    // durable (an office's payments must survive a power cut).
    return {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs()),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA cache_size=-32768"),
        // A large write (an import, a migration, the first roll-over of a
        // big office) leaves the log file as long as it grew, for as long as
        // the file stays open: 650 MB after a million debtors' day began.
        // Once its pages are back in the file, it is cut to this.
        QStringLiteral("PRAGMA journal_size_limit=%1").arg(kLogBytesKept),
    };
}

int Dialect::checkpointPassively(QSqlDatabase &db)
{
    int logPages = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(nativeHandle(db), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        throw StoreError(QCoreApplication::translate("Store", "Could not write the log back into the file: %1")
                             .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return std::max(copied, 0);
}

QString Dialect::durabilityPragma(bool durable)
{
    // In WAL mode NORMAL still keeps the file consistent: a commit that was
    // not flushed is lost whole, never half.
    return durable ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL");
}

int Dialect::schemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw StoreError(QCoreApplication::translate("Store", "Could not read the schema version: %1")
                             .arg(q.lastError().text()));
    return q.value(0).toInt();
}

void Dialect::setSchemaVersion(QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)))
        throw StoreError(QCoreApplication::translate("Store", "Could not record the schema version: %1")
                             .arg(q.lastError().text()));
}

sqlite3 *Dialect::nativeHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        if (auto *native = *static_cast<sqlite3 *const *>(handle.constData()))
            return native;
    throw StoreError(QCoreApplication::translate("Store", "The database connection is not open."));
}

void Dialect::executeScript(QSqlDatabase &db, const QString &script)
{
    // QSqlQuery runs one statement at a time; a migration holds many
    // (including triggers with inner semicolons), so use SQLite's own runner.
    sqlite3 *native = nativeHandle(db);
    char *error = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(native, utf8.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        throw StoreError(QCoreApplication::translate("Store", "A schema step failed: %1").arg(message));
    }
}

bool Dialect::isEmpty(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    return q.next() && q.value(0).toInt() == 0;
}

} // namespace libreta::store
