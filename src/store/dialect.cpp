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

namespace {

// Negative: KiB. The page cache a connection keeps (32 MiB), and the one a
// large sort runs with: SQLite sorts in runs as large as the page cache.
// Measured building the five totals indexes of a million debtors inside an
// import: 7.2 s with runs of 32 MiB, 4.2 s with 1 MiB (each page the index
// writes then pushes another out to the log), 3.3 s with 4 MiB.
const char *const kCachePragma = "PRAGMA cache_size=-32768";
const char *const kSortCachePragma = "PRAGMA cache_size=-4096";
const char *const kScanCachePragma = "PRAGMA cache_size=-1024";
const char *const kSecureDeletePragma = "PRAGMA secure_delete=ON";

} // namespace

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
        QString::fromLatin1(kCachePragma),
        // A large write (an import, a migration, the first roll-over of a
        // big office) leaves the log file as long as it grew, for as long as
        // the file stays open: 650 MB after a million debtors' day began.
        // Once its pages are back in the file, it is cut to this.
        QStringLiteral("PRAGMA journal_size_limit=%1").arg(kLogBytesKept),
        // What is deleted (a debtor's note corrected, a contact removed) is
        // overwritten, not left readable in free pages of the file. Debian's
        // SQLite does so by default; said here so that no build differs.
        QString::fromLatin1(kSecureDeletePragma),
    };
}

QStringList Dialect::bulkLoadPragmas(bool checkReferences)
{
    // Switching temporary storage back and forth closes the connection's
    // temporary database, which a large sort inside the load's transaction
    // needs closed to sort in files (see largeSortPragmas). It drops the
    // temporary tables: those the store uses are created when used (CREATE
    // TEMP TABLE IF NOT EXISTS).
    //
    // A load that moves most debtors drops the totals' indexes and builds
    // them again (see ImportRepository::suspendTotalsIndexes): overwriting
    // the freed pages of those numbers with zeros cost 0.8 s of a million
    // debtors' import, and the new indexes take the pages over at once.
    // FAST still clears what is deleted inside a page that is written anyway.
    QStringList pragmas{QStringLiteral("PRAGMA temp_store=FILE"), QStringLiteral("PRAGMA temp_store=MEMORY"),
                        QStringLiteral("PRAGMA secure_delete=FAST")};
    if (!checkReferences)
        pragmas.append(QStringLiteral("PRAGMA foreign_keys=OFF"));
    return pragmas;
}

QStringList Dialect::afterBulkLoadPragmas()
{
    return {QStringLiteral("PRAGMA foreign_keys=ON"), QString::fromLatin1(kSecureDeletePragma)};
}

QStringList Dialect::largeSortPragmas()
{
    // With temporary storage in memory SQLite sorts on one thread only; in
    // files (which the system keeps in its cache) it sorts one run on a
    // second thread while it reads the next. Only for the sort: a row
    // written with triggers keeps a statement journal, which in files costs
    // a system call per page (3.5 s more for 100,000 new debtors). SQLite
    // refuses the switch inside a transaction once the temporary database
    // is open; the sort then runs in memory, only slower.
    return {QString::fromLatin1(kSortCachePragma), QStringLiteral("PRAGMA threads=2"),
            QStringLiteral("PRAGMA temp_store=FILE")};
}

QStringList Dialect::afterLargeSortPragmas()
{
    // As connectionPragmas() leaves them.
    return {QString::fromLatin1(kCachePragma), QStringLiteral("PRAGMA threads=0"),
            QStringLiteral("PRAGMA temp_store=MEMORY")};
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

QString Dialect::scanCachePragma() { return QString::fromLatin1(kScanCachePragma); }

QString Dialect::durabilityPragma(bool durable)
{
    // In WAL mode NORMAL still keeps the file consistent: a commit that was
    // not flushed is lost whole, never half.
    return durable ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL");
}

int Dialect::schemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        // SQLite opens any file lazily: its first read is where a text file,
        // or one damaged past its header, shows it is not a database.
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;  // the primary code
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            throw ForeignFileError(ForeignFileError::Kind::NotADatabase);
        throw StoreError(QCoreApplication::translate("Store", "Could not read the schema version: %1")
                             .arg(q.lastError().text()));
    }
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
