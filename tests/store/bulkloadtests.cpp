#include "store/bulkload.h"
#include "store/database.h"
#include "store/sqlquery.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

using namespace libreta;

namespace {

qint64 pragma(store::Database &db, const char *name)
{
    return store::SqlQuery(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(name))).execScalar();
}

// An invoice whose debtor does not exist.
void addOrphanInvoice(store::Database &db)
{
    store::SqlQuery(db, QStringLiteral("INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount, "
                                       "created_at) VALUES (999999, 'F-1', '2026-01-01', '2026-02-01', 100, "
                                       "'2026-01-01T00:00:00Z')"))
        .exec();
}

} // namespace

TEST_CASE("A load that reads the rows it refers to skips SQLite's check of them, and only while it lasts",
          "[store][bulkload]")
{
    test::TempDb t;
    store::Database &db = t.db();
    {
        const store::BulkLoad load(db, store::BulkLoad::References::ReadByTheLoad);
        CHECK(pragma(db, "foreign_keys") == 0);
        CHECK(pragma(db, "secure_delete") == 2);  // fast: freed pages are not cleared
        store::Transaction tx(db);
        CHECK_NOTHROW(addOrphanInvoice(db));  // the load answers for its references
    }  // rolled back
    CHECK(pragma(db, "foreign_keys") == 1);
    CHECK(pragma(db, "secure_delete") == 1);
    store::Transaction tx(db);
    CHECK_THROWS_AS(addOrphanInvoice(db), store::StoreError);
}

TEST_CASE("A load whose references are checked keeps SQLite's check", "[store][bulkload]")
{
    test::TempDb t;
    store::Database &db = t.db();
    const store::BulkLoad load(db, store::BulkLoad::References::Checked);
    CHECK(pragma(db, "foreign_keys") == 1);
    store::Transaction tx(db);
    CHECK_THROWS_AS(addOrphanInvoice(db), store::StoreError);
}

TEST_CASE("A load begun inside a transaction changes nothing of the connection", "[store][bulkload]")
{
    test::TempDb t;
    store::Database &db = t.db();
    store::Transaction outer(db);
    {
        const store::BulkLoad load(db, store::BulkLoad::References::ReadByTheLoad);
        CHECK(pragma(db, "foreign_keys") == 1);
        CHECK_THROWS_AS(addOrphanInvoice(db), store::StoreError);
    }
    CHECK(pragma(db, "foreign_keys") == 1);
}

TEST_CASE("A large sort inside a load sorts in files, in small runs, on a second thread, then all is as before",
          "[store][bulkload]")
{
    test::TempDb t;
    store::Database &db = t.db();
    const qint64 cache = pragma(db, "cache_size");
    CHECK(cache == -32768);
    CHECK(pragma(db, "temp_store") == 2);  // memory
    // A temporary table used before the load (the totals refresh keeps one)
    // is closed by it, so the sort inside may switch to files.
    store::SqlQuery(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS totals_to_refresh (id INTEGER PRIMARY KEY)"))
        .exec();

    const store::BulkLoad load(db, store::BulkLoad::References::Checked);
    store::Transaction tx(db);
    const domain::Id debtor = test::addDebtor(db, QStringLiteral("CLI-1"), QStringLiteral("Ana Ruiz"));
    {
        const store::LargeSort sort(db);
        CHECK(pragma(db, "temp_store") == 1);  // files
        CHECK(pragma(db, "cache_size") == -4096);
        CHECK(pragma(db, "threads") == 2);
        store::SqlQuery(db, QStringLiteral("CREATE INDEX test_sorted ON invoices (amount, id)")).exec();
    }
    CHECK(pragma(db, "temp_store") == 2);
    CHECK(pragma(db, "cache_size") == cache);
    CHECK(pragma(db, "threads") == 0);
    test::addInvoice(db, debtor, QStringLiteral("F-1"), QDate(2026, 2, 1), domain::Money::fromMinor(100));
    tx.commit();
    CHECK(store::SqlQuery(db, QStringLiteral("SELECT count(*) FROM invoices INDEXED BY test_sorted")).execScalar() ==
          1);
}

TEST_CASE("A large sort while the temporary database is open still runs, in memory", "[store][bulkload]")
{
    test::TempDb t;
    store::Database &db = t.db();
    store::Transaction tx(db);
    store::SqlQuery(db, QStringLiteral("CREATE TEMP TABLE kept (id INTEGER PRIMARY KEY)")).exec();
    store::SqlQuery(db, QStringLiteral("INSERT INTO temp.kept (id) VALUES (7)")).exec();
    {
        const store::LargeSort sort(db);
        CHECK(pragma(db, "temp_store") == 2);  // SQLite refused the switch
        CHECK(pragma(db, "cache_size") == -4096);
        store::SqlQuery(db, QStringLiteral("CREATE INDEX test_sorted ON invoices (amount, id)")).exec();
    }
    CHECK(pragma(db, "cache_size") == -32768);
    CHECK(store::SqlQuery(db, QStringLiteral("SELECT id FROM temp.kept")).execScalar() == 7);
    tx.commit();
}

TEST_CASE("A second large sort on the same connection sorts as the first did", "[store][bulkload]")
{
    // SQLite applies these settings while it prepares the statement, not
    // when it runs it: a statement kept prepared from the first sort would
    // change nothing the second time.
    test::TempDb t;
    store::Database &db = t.db();
    for (int round = 0; round < 2; ++round) {
        INFO("round " << round);
        const store::LargeSort sort(db);
        CHECK(pragma(db, "temp_store") == 1);
        CHECK(pragma(db, "cache_size") == -4096);
        CHECK(pragma(db, "threads") == 2);
    }
    CHECK(pragma(db, "temp_store") == 2);
    CHECK(pragma(db, "cache_size") == -32768);
    CHECK(pragma(db, "threads") == 0);
}

TEST_CASE("A large sort SQLite keeps in memory is no error in the log", "[store][bulkload]")
{
    test::TempDb t;
    store::Database &db = t.db();
    { const store::LargeSort first(db); }  // its settings' statements are kept prepared

    const auto errors = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(8);
    errors->set_level(spdlog::level::warn);
    const auto previous = spdlog::default_logger();
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("bulkload-test", errors));
    {
        store::Transaction tx(db);
        store::SqlQuery(db, QStringLiteral("CREATE TEMP TABLE kept (id INTEGER PRIMARY KEY)")).exec();
        store::SqlQuery(db, QStringLiteral("INSERT INTO temp.kept (id) VALUES (7)")).exec();
        const store::LargeSort second(db);
        CHECK(pragma(db, "temp_store") == 2);  // refused: the sort runs in memory
        CHECK(pragma(db, "threads") == 2);
    }
    spdlog::set_default_logger(previous);
    CHECK(errors->last_formatted().empty());
}
