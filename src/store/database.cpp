#include "store/database.h"

#include "store/approachfunction.h"
#include "store/searchtextfunction.h"

#include "store/dialect.h"
#include "store/migrations.h"
#include "store/numbertails.h"
#include "store/storeerror.h"

#include <QAtomicInt>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <atomic>
#include <optional>

namespace libreta::store {

struct Database::CachedStatement {
    QSqlQuery query;
    bool inUse = false;
};

struct Database::Private {
    QSqlDatabase db;
    QHash<QString, std::shared_ptr<CachedStatement>> statements;
    CommitHook commitHook = nullptr;  // nullptr: SQLite's own
    void *commitHookArg = nullptr;
    bool checkpointsHeld = false;
    // Read by interrupt() from other threads: set once, as the file opens.
    std::atomic<sqlite3 *> native{nullptr};
};

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("libreta-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's own hook checkpoints at this many pages (its default).
constexpr int kSqliteAutoCheckpointPages = 1000;

int copyNothing(void *, sqlite3 *, const char *, int) { return 0; }

void execOrThrow(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StoreError(QCoreApplication::translate("Store", "Database command failed: %1")
                             .arg(q.lastError().text()));
}

} // namespace

Database::Database(const QString &path)
    : m_path(path), m_connectionName(nextConnectionName()), d(std::make_unique<Private>())
{
    QSqlDatabase &db = d->db;
    db = QSqlDatabase::addDatabase(Dialect::driverName(), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(Dialect::connectOptions());
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = {};
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StoreError(QCoreApplication::translate("Store", "Could not open %1: %2").arg(path, error));
    }
    d->native.store(Dialect::nativeHandle(db));

    try {
        // Read the version before anything writes to the file (even switching
        // to WAL does), so a newer file is refused exactly as it was found.
        const int found = Dialect::schemaVersion(db);
        const int known = latestSchemaVersion();
        if (found > known)
            throw NewerSchemaError(found, known);
        // Schema 0 with tables of its own is another program's database,
        // which the first step would write Libreta's tables into.
        if (found == 0 && !Dialect::isEmpty(db))
            throw ForeignFileError(ForeignFileError::Kind::OtherProgramsData);

        applyPragmas();
        registerApproachFunction(db);
        registerSearchTextFunction(db);

        for (const Migration &step : bundledMigrations()) {
            if (step.version <= found)
                continue;
            spdlog::info("store: migrating schema to version {} ({})", step.version,
                         step.name.toStdString());
            begin();
            try {
                Dialect::executeScript(db, step.script);
                Dialect::setSchemaVersion(db, step.version);
                commit();
            } catch (...) {
                rollback();
                throw;
            }
        }
        if (const int filled = fillMissingInvoiceNumberTails(*this))
            spdlog::info("store: the number's tail written for {} invoices added by another program", filled);
    } catch (...) {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    d->statements.clear();  // statements must go before their connection
    if (d->db.isValid()) {
        while (m_depth > 0)
            rollback();
        d->db.close();
    }
    d->db = {};
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase &Database::connection() { return d->db; }

void Database::setCommitHook(CommitHook hook, void *arg)
{
    d->commitHook = hook;
    d->commitHookArg = arg;
    installCommitHook();
}

void Database::holdCheckpoints(bool hold)
{
    d->checkpointsHeld = hold;
    installCommitHook();
}

void Database::installCommitHook()
{
    sqlite3 *native = Dialect::nativeHandle(d->db);
    if (d->checkpointsHeld)
        sqlite3_wal_hook(native, &copyNothing, nullptr);
    else if (d->commitHook)
        sqlite3_wal_hook(native, d->commitHook, d->commitHookArg);
    else
        sqlite3_wal_autocheckpoint(native, kSqliteAutoCheckpointPages);
}

QSqlQuery &Database::queryOf(CachedStatement *statement) { return statement->query; }

void Database::release(CachedStatement *statement) { statement->inUse = false; }

Database::CachedStatement *Database::acquireStatement(const QString &sql)
{
    auto &slot = d->statements[sql];
    if (slot && slot->inUse)
        return nullptr;
    if (!slot) {
        slot = std::make_shared<CachedStatement>();
        slot->query = QSqlQuery(d->db);
        slot->query.setForwardOnly(true);
        if (!slot->query.prepare(sql)) {
            const QSqlError error = slot->query.lastError();
            d->statements.remove(sql);
            throw StoreError(QCoreApplication::translate("Store", "Database command failed: %1")
                                 .arg(error.text()));
        }
    }
    slot->inUse = true;
    return slot.get();
}

void Database::applyPragmas()
{
    for (const QString &pragma : Dialect::connectionPragmas())
        execOrThrow(d->db, pragma);
}

int Database::schemaVersion() { return Dialect::schemaVersion(d->db); }

void Database::setDurableCommits(bool durable) { execOrThrow(d->db, Dialect::durabilityPragma(durable)); }

void Database::keepSmallCache() { execOrThrow(d->db, Dialect::scanCachePragma()); }

void Database::interrupt()
{
    if (sqlite3 *native = d->native.load())
        sqlite3_interrupt(native);
}

int Database::schemaVersionOf(const QString &path)
{
    const QString name = nextConnectionName();
    std::optional<int> version;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Dialect::driverName(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            try {
                version = Dialect::schemaVersion(db);
            } catch (const StoreError &e) {
                error = e.message();
            }
            db.close();
        } else {
            error = QCoreApplication::translate("Store", "Could not open %1: %2").arg(path, db.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(name);  // once no QSqlDatabase refers to it
    if (!version)
        throw StoreError(error);
    return *version;
}

void Database::removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

int Database::latestSchemaVersion()
{
    const auto steps = bundledMigrations();
    return steps.isEmpty() ? 0 : steps.last().version;
}

void Database::begin()
{
    // IMMEDIATE takes the write lock up front, so two desks writing at once
    // wait on the busy timeout instead of failing half-way.
    execOrThrow(d->db, m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    ++m_depth;
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    execOrThrow(d->db, m_depth == 0 ? QStringLiteral("COMMIT")
                                   : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth));
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    QSqlQuery q(d->db);
    if (m_depth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth));
    }
}

} // namespace libreta::store
