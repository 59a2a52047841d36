#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
struct sqlite3;

namespace libreta::store {

// Everything that is SQLite-specific lives behind this one class, so a
// PostgreSQL back end for multi-desk offices can replace it without touching
// the repositories (which use portable SQL: bound values, RETURNING,
// ON CONFLICT, ISO-8601 text dates).
class Dialect final {
public:
    static QString driverName();  // "QSQLITE"
    static QString connectOptions();
    // Statements run on every new connection (WAL, synchronous=FULL, ...).
    static QStringList connectionPragmas();
    // Whether a commit waits for the disk (the connection's default) or
    // only hands its pages to the operating system, for writes that may be
    // lost in a power cut without harm.
    static QString durabilityPragma(bool durable);
    // For a connection that only scans (see Database::keepSmallCache).
    static QString scanCachePragma();
    // A connection set up for writing a great many rows in one transaction,
    // and put back (see BulkLoad): foreign keys are not checked when the
    // load has read every row it refers to itself.
    static QStringList bulkLoadPragmas(bool checkReferences);
    static QStringList afterBulkLoadPragmas();
    // How one statement that sorts far more than the page cache holds is
    // run, and how the connection is put back after it (see LargeSort).
    static QStringList largeSortPragmas();
    static QStringList afterLargeSortPragmas();
    static int busyTimeoutMs() { return 5000; }
    // What the write-ahead log file is cut back to once copied (64 MiB).
    static constexpr qint64 kLogBytesKept = 64 * 1024 * 1024;
    // Copies what the write-ahead log holds back into the file, without
    // waiting for readers or writers (SQLite's passive checkpoint). Returns
    // the log's pages that were copied.
    static int checkpointPassively(QSqlDatabase &db);

    // Throws ForeignFileError when the file is not a database at all.
    static int schemaVersion(QSqlDatabase &db);
    static void setSchemaVersion(QSqlDatabase &db, int version);
    // Runs a whole migration script (several statements, triggers) on `db`.
    static void executeScript(QSqlDatabase &db, const QString &script);
    // The SQLite connection under Qt's, for what Qt's driver cannot do
    // (scripts, SQL functions, bulk statements). Throws StoreError when the
    // connection is not open.
    static sqlite3 *nativeHandle(QSqlDatabase &db);
    // Whether the file holds nothing yet (no tables), so it may be created.
    static bool isEmpty(QSqlDatabase &db);
};

} // namespace libreta::store
