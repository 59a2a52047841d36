#include "store/database.h"
#include "store/migrations.h"
#include "store/sqlquery.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <optional>
#include <utility>

using namespace libreta;

namespace {

QString pragma(store::Database &db, const QString &name)
{
    store::SqlQuery q(db, QStringLiteral("PRAGMA ") + name);
    q.exec();
    return q.next() ? q.text(0) : QString();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes a file with the raw C API, as another program (or a newer Libreta) would.
void writeRawDatabase(const QString &path, const char *sql)
{
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
}

// How opening `path` was refused as not a Libreta file, and in what words;
// nothing when it opened.
std::optional<std::pair<store::ForeignFileError::Kind, QString>> foreignRefusal(const QString &path)
{
    try {
        store::Database db(path);
    } catch (const store::ForeignFileError &e) {
        return std::make_pair(e.kind(), e.message());
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Every connection runs with WAL, synchronous FULL, foreign keys, a busy timeout and secure delete", "[store]")
{
    test::TempDb t;
    store::Database second(t.path());  // a second desk, or a worker thread
    for (store::Database *db : {&t.db(), &second}) {
        CHECK(pragma(*db, QStringLiteral("journal_mode")) == QLatin1String("wal"));
        CHECK(pragma(*db, QStringLiteral("synchronous")) == QLatin1String("2"));  // FULL
        CHECK(pragma(*db, QStringLiteral("foreign_keys")) == QLatin1String("1"));
        CHECK(pragma(*db, QStringLiteral("busy_timeout")).toInt() >= 1000);
        CHECK(pragma(*db, QStringLiteral("secure_delete")) == QLatin1String("1"));  // deleted data overwritten
    }
}

TEST_CASE("A connection that only counts keeps a small page cache, the others theirs", "[store]")
{
    // The portfolio's count and total scan a million debtors' totals (71 MiB)
    // through a cache that would otherwise hold 32 MiB of them for nothing.
    test::TempDb t;
    store::Database counter(t.path());
    counter.keepSmallCache();
    CHECK(pragma(counter, QStringLiteral("cache_size")) == QLatin1String("-1024"));
    CHECK(pragma(t.db(), QStringLiteral("cache_size")) == QLatin1String("-32768"));
    CHECK(store::SqlQuery(counter, QStringLiteral("SELECT count(*) FROM debtor_totals")).execScalar() == 0);
}

TEST_CASE("A new file is migrated to the latest schema version", "[store]")
{
    test::TempDb t;
    CHECK(store::Database::latestSchemaVersion() >= 1);
    CHECK(t.db().schemaVersion() == store::Database::latestSchemaVersion());
    CHECK(pragma(t.db(), QStringLiteral("user_version")).toInt() == store::Database::latestSchemaVersion());
}

TEST_CASE("Reopening a migrated file changes nothing and keeps the version", "[store]")
{
    test::TempDb t;
    const int version = t.db().schemaVersion();
    t.reopen();
    CHECK(t.db().schemaVersion() == version);
}

TEST_CASE("A database from a newer Libreta is refused and left untouched", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    writeRawDatabase(path, "CREATE TABLE future (x INTEGER); INSERT INTO future VALUES (42); "
                           "PRAGMA user_version = 999;");
    const QByteArray before = fileHash(path);

    bool refused = false;
    try {
        store::Database db(path);
    } catch (const store::NewerSchemaError &e) {
        refused = true;
        CHECK(e.found() == 999);
        CHECK(e.message().contains(QStringLiteral("999")));
    }
    CHECK(refused);
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A failing migration step leaves the file at its previous version", "[store]")
{
    // A Libreta file set back to before the debtor_initials step, with that
    // step's table gone but its trigger kept: the step creates the table,
    // then fails on the trigger half-way, and must roll back entirely.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
    { store::Database made(path); }
    const auto steps = store::bundledMigrations();
    const auto step = std::find_if(steps.cbegin(), steps.cend(), [](const store::Migration &m) {
        return m.name == QStringLiteral("debtor_initials");
    });
    REQUIRE((step != steps.cend() && step != steps.cbegin()));
    const int previous = std::prev(step)->version;
    writeRawDatabase(path, QStringLiteral("DROP TABLE debtor_initials; PRAGMA user_version = %1;")
                               .arg(previous).toUtf8().constData());
    CHECK_THROWS_AS(store::Database(path), store::StoreError);

    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(raw, "SELECT count(*) FROM sqlite_schema WHERE name = 'debtor_initials'", -1, &stmt, nullptr);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    CHECK(sqlite3_column_int(stmt, 0) == 0);
    sqlite3_finalize(stmt);
    sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &stmt, nullptr);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    CHECK(sqlite3_column_int(stmt, 0) == previous);
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
}

TEST_CASE("Another program's database is refused and left untouched", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clientes.sqlite"));
    writeRawDatabase(path, "CREATE TABLE clientes (id INTEGER PRIMARY KEY, nombre TEXT); "
                           "INSERT INTO clientes VALUES (1, 'Ferretería Núñez');");
    const QByteArray before = fileHash(path);
    const auto refusal = foreignRefusal(path);
    REQUIRE(refusal);
    CHECK(refusal->first == store::ForeignFileError::Kind::OtherProgramsData);
    CHECK(refusal->second.startsWith(QStringLiteral("This file is not a Libreta file: it holds another program's")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A file that is not a database at all is refused in words and left untouched", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notas.sqlite"));
    QFile text(path);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("Deudores por llamar el lunes:\n").repeated(200));
    text.close();
    const QByteArray before = fileHash(path);
    const auto refusal = foreignRefusal(path);
    REQUIRE(refusal);
    CHECK(refusal->first == store::ForeignFileError::Kind::NotADatabase);
    CHECK(refusal->second.startsWith(QStringLiteral("This file is not a Libreta file, or it is damaged")));
    CHECK(fileHash(path) == before);
    // The look the window takes at a file before opening it refuses it too.
    CHECK_THROWS_AS(store::Database::schemaVersionOf(path), store::StoreError);
}

TEST_CASE("Schema steps need not be contiguous: a file at 3 migrates across the numbers other branches hold", "[store]")
{
    // Steps 4 and 5 are written on other branches while 6 is written here:
    // each build applies the steps it has, in increasing order, and records
    // the last one's number.
    const auto steps = store::bundledMigrations();
    REQUIRE(steps.size() >= 2);
    for (qsizetype i = 1; i < steps.size(); ++i)
        CHECK(steps[i].version > steps[i - 1].version);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    QByteArray upToThree;
    for (const auto &step : steps)
        if (step.version <= 3)
            upToThree += step.script.toUtf8() + "\n";
    // A follow-up already open, which schema 6 must count.
    upToThree += "INSERT INTO debtors (external_ref, kind, name, created_at, updated_at) "
                 "VALUES ('A-1', 'person', 'Ana', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
                 "INSERT INTO followups (debtor_id, kind, due_date, created_at) "
                 "VALUES (1, 'callback', '2026-05-20', '2026-01-01T00:00:00Z');"
                 "PRAGMA user_version = 3;";
    writeRawDatabase(path, upToThree.constData());

    store::Database db(path);
    CHECK(db.schemaVersion() == store::Database::latestSchemaVersion());
    CHECK(db.schemaVersion() >= 6);
    store::SqlQuery q(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'followups_open_group_due'"));
    CHECK(q.execScalar() == 1);
    store::SqlQuery counted(db, QStringLiteral("SELECT open FROM agenda_counts WHERE assignee = 0 "
                                               "AND due_date = '2026-05-20' AND kind = 'callback' AND about_promise = 0"));
    CHECK(counted.execScalar() == 1);
}

TEST_CASE("A relaxed transaction skips the flush to disk and puts full durability back", "[store]")
{
    test::TempDb t;
    CHECK(pragma(t.db(), QStringLiteral("synchronous")) == QStringLiteral("2"));  // FULL
    {
        store::Transaction tx(t.db(), store::Transaction::Durability::Relaxed);
        CHECK(pragma(t.db(), QStringLiteral("synchronous")) == QStringLiteral("1"));  // NORMAL
        tx.commit();
    }
    CHECK(pragma(t.db(), QStringLiteral("synchronous")) == QStringLiteral("2"));
    {
        store::Transaction rolledBack(t.db(), store::Transaction::Durability::Relaxed);
    }
    CHECK(pragma(t.db(), QStringLiteral("synchronous")) == QStringLiteral("2"));
    {
        // Inside a durable transaction a nested one cannot relax it.
        store::Transaction outer(t.db());
        store::Transaction inner(t.db(), store::Transaction::Durability::Relaxed);
        CHECK(pragma(t.db(), QStringLiteral("synchronous")) == QStringLiteral("2"));
        inner.commit();
        outer.commit();
    }
}

TEST_CASE("Dates and times read back as written, and what is not one reads as invalid", "[store]")
{
    test::TempDb t;
    store::SqlQuery q(t.db(), QStringLiteral("SELECT '2026-02-28', '2026-13-01', '2026-2-8', 'x', '09:05', '24:00', "
                                             "'9:5', NULL"));
    q.exec();
    REQUIRE(q.next());
    CHECK(q.date(0) == QDate(2026, 2, 28));
    CHECK_FALSE(q.date(1).isValid());
    CHECK_FALSE(q.date(2).isValid());
    CHECK_FALSE(q.date(3).isValid());
    CHECK(q.optionalTime(4) == std::optional<QTime>(QTime(9, 5)));
    CHECK_FALSE(q.optionalTime(5)->isValid());
    CHECK_FALSE(q.optionalTime(6)->isValid());
    CHECK_FALSE(q.optionalTime(7).has_value());
}

TEST_CASE("A refused statement says what happened and what to do, not SQLite's English", "[store]")
{
    const QString damaged =
        store::sqliteFailure(SQLITE_CORRUPT, QStringLiteral("database disk image is malformed")).message();
    CHECK(damaged.contains(QStringLiteral("damaged")));
    CHECK(damaged.contains(QStringLiteral("backup copy")));
    CHECK_FALSE(damaged.contains(QStringLiteral("malformed")));
    CHECK(store::sqliteFailure(SQLITE_FULL, QStringLiteral("database or disk is full")).message().startsWith(
        QStringLiteral("The disk is full")));
    CHECK(store::sqliteFailure(SQLITE_BUSY_SNAPSHOT, QStringLiteral("database is locked")).message().startsWith(
        QStringLiteral("Another program is using the office file")));
    // A broken rule keeps SQLite's words: they name the rule, never data.
    CHECK(store::sqliteFailure(SQLITE_CONSTRAINT_CHECK, QStringLiteral("CHECK constraint failed: x")).message() ==
          QStringLiteral("The database refused the change: CHECK constraint failed: x"));

    // As a statement meets it.
    test::TempDb t;
    store::SqlQuery(t.db(), QStringLiteral("PRAGMA query_only = ON")).exec();
    try {
        store::SqlQuery(t.db(), QStringLiteral("INSERT INTO office_settings (key, value) VALUES ('x', 'y')")).exec();
        FAIL("the write went through");
    } catch (const store::StoreError &e) {
        CHECK(e.message().startsWith(QStringLiteral("The office file cannot be written here")));
    }
    store::SqlQuery(t.db(), QStringLiteral("PRAGMA query_only = OFF")).exec();
}
