#pragma once

#include <QString>

#include <memory>

// The store's users never see QtSql: only src/store includes its headers
// (libreta_store links Qt6::Sql privately), so a query outside the store
// does not compile.
class QSqlDatabase;
class QSqlQuery;
struct sqlite3;

namespace libreta::store {

// One open connection to a Libreta file, ready to use: pragmas set and the
// schema migrated. Each thread opens its own Database on the same file.
class Database final {
public:
    // Opens (creating when absent) and migrates. Throws NewerSchemaError for a
    // file from a newer program (left untouched) and StoreError otherwise.
    explicit Database(const QString &path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase &connection();
    const QString &path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }

    int schemaVersion();
    static int latestSchemaVersion();
    // The schema version of the file at `path`, read without writing to it
    // or migrating it (opening a Database would): whether opening it will
    // first bring it up to date. 0 for a file that holds nothing yet.
    // Throws StoreError when the file cannot be read.
    static int schemaVersionOf(const QString &path);
    // Removes the file at `path` and what SQLite keeps beside it (its log,
    // shared memory and journal): for a file that was being made and failed.
    // The file must not be open.
    static void removeFiles(const QString &path);

    // Transactions nest: the outermost is a real BEGIN IMMEDIATE, inner ones
    // are savepoints. Use Transaction (transaction.h), not these.
    void begin();
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }
    // Commits that need not survive a power cut (a claim that expires by
    // itself) skip the flush to disk. Use Transaction's Durability.
    void setDurableCommits(bool durable);
    // For a connection that counts across whole tables (the portfolio's
    // count and total): each scan reads more than the usual cache holds and
    // pushes the last one out, so a large cache would only hold memory
    // (32 MiB of a million debtors' totals) for pages never read from it.
    void keepSmallCache();

    // Stops the statement this connection is running, from any thread (the
    // portfolio's count, superseded by a newer query while it reads a
    // million rows): it fails with InterruptedError. Does nothing when no
    // statement runs. The connection must stay open until it returns.
    void interrupt();

    // After each commit SQLite calls one hook, which may copy the
    // write-ahead log back into the file (a checkpoint). By default it is
    // SQLite's own: the commit that leaves the log past 1,000 pages copies
    // it. A WalCheckpointer puts its own in; nullptr puts SQLite's back.
    using CommitHook = int (*)(void *arg, sqlite3 *connection, const char *schema, int logPages);
    void setCommitHook(CommitHook hook, void *arg);
    // While held, commits copy nothing, whichever hook is set: the log of a
    // load of millions of rows (a gigabyte) is copied later, by the app's
    // checkpoint thread or when the file's last connection closes, not by
    // the load's commit, which is durable once the log is on disk.
    void holdCheckpoints(bool hold);

    // Prepared statements are kept per SQL text: preparing costs more than
    // running, and bulk work (demo data, imports) runs the same few millions
    // of times. A statement already in use is not handed out twice.
    struct CachedStatement;
    CachedStatement *acquireStatement(const QString &sql);
    static QSqlQuery &queryOf(CachedStatement *statement);
    static void release(CachedStatement *statement);

private:
    void applyPragmas();
    void installCommitHook();
    struct Private;
    QString m_path;
    QString m_connectionName;
    std::unique_ptr<Private> d;
    int m_depth = 0;
};

} // namespace libreta::store
