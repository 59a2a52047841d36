#include "store/database.h"
#include "store/sqlquery.h"
#include "store/storeerror.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace libreta;

namespace {

// Counts to a hundred million: half a minute of work, so it is still
// running whenever the other thread stops it (and, were the stop lost, the
// test fails in half a minute rather than hanging).
const QString kEndlessCount = QStringLiteral(
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000000) SELECT count(*) FROM n");

qint64 scalar(store::Database &db, const QString &sql)
{
    store::SqlQuery q(db, sql);
    return q.execScalar();
}

} // namespace

TEST_CASE("A statement stopped from another thread fails as interrupted and the connection goes on", "[store]")
{
    test::TempDb t;
    // The portfolio's counter opens its own connection on its own thread,
    // and the thread that stops it only holds it while it is open: the
    // mutex keeps the connection alive during each call to interrupt().
    std::mutex holding;
    store::Database *running = nullptr;  // the connection, while the count runs
    std::atomic<bool> done{false};
    bool interrupted = false;
    bool otherError = false;
    qint64 afterwards = -1;
    std::thread worker([&] {
        store::Database db(t.path());
        {
            const std::lock_guard<std::mutex> lock(holding);
            running = &db;
        }
        try {
            scalar(db, kEndlessCount);
        } catch (const store::InterruptedError &) {
            interrupted = true;
        } catch (const store::StoreError &) {
            otherError = true;
        }
        {
            const std::lock_guard<std::mutex> lock(holding);
            running = nullptr;
        }
        // The same connection answers the next statement, a stop that came
        // after the first one ended notwithstanding.
        try {
            afterwards = scalar(db, QStringLiteral("SELECT count(*) FROM debtors"));
        } catch (const store::StoreError &) {
            otherError = true;
        }
        done.store(true);
    });

    // Stopped again and again: the first calls may come before it starts.
    QDeadlineTimer deadline(std::chrono::seconds(60));
    while (!done.load() && !deadline.hasExpired()) {
        {
            const std::lock_guard<std::mutex> lock(holding);
            if (running)
                running->interrupt();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    worker.join();

    REQUIRE(done.load());
    CHECK(interrupted);
    CHECK_FALSE(otherError);
    CHECK(afterwards == 0);
}

TEST_CASE("Stopping a connection with nothing running leaves its next statement alone", "[store]")
{
    test::TempDb t;
    t.db().interrupt();
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM debtors")) == 0);
    CHECK(scalar(t.db(), QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < "
                                        "100000) SELECT count(*) FROM n")) == 100000);
}

TEST_CASE("The interrupted error says in words that a newer reading replaced it", "[store]")
{
    const store::InterruptedError e;
    CHECK(e.message().contains(QStringLiteral("newer")));
}
