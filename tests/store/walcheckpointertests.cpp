#include "store/database.h"
#include "store/dialect.h"
#include "store/sqlquery.h"
#include "store/walcheckpointer.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <functional>

#include <catch2/catch.hpp>

using namespace libreta;

TEST_CASE("While the checkpointer watches, a commit leaves the log to it, without it, commits copy it again",
          "[store][checkpoint]")
{
    test::TempDb t;
    int added = 0;
    // Commits until `done`, or 3,000 of them: the log passes the wake-up
    // length after a few hundred.
    const auto commitUntil = [&](const std::function<bool()> &done) {
        QDeadlineTimer deadline(20000);
        for (int i = 0; !done() && i < 3000 && !deadline.hasExpired(); ++i, ++added) {
            test::addDebtor(t.db(), QStringLiteral("CP-%1").arg(added), QStringLiteral("Deudor %1").arg(added));
            QThread::msleep(1);  // the thread's turn, as between an agent's commits
        }
        while (!done() && !deadline.hasExpired())
            QThread::msleep(10);
    };
    {
        store::WalCheckpointer checkpointer(t.db(), 60 * 60 * 1000);  // woken by commits only
        commitUntil([&] { return checkpointer.pagesCopied() > 0; });
        CHECK(checkpointer.pagesCopied() > 0);  // long before its hour
        const qint64 first = checkpointer.pagesCopied();
        commitUntil([&] { return checkpointer.pagesCopied() > first; });
        CHECK(checkpointer.pagesCopied() > first);
    }
    // Gone: SQLite's own checkpoint at 1,000 pages is back on the connection.
    CHECK(store::SqlQuery(t.db(), QStringLiteral("PRAGMA wal_autocheckpoint")).execScalar() == 1000);
    CHECK(store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM debtors")).execScalar() == added);
}

TEST_CASE("The log file is cut back once copied, whatever length a large write gave it", "[store][checkpoint]")
{
    test::TempDb t;
    CHECK(store::SqlQuery(t.db(), QStringLiteral("PRAGMA journal_size_limit")).execScalar() ==
          store::Dialect::kLogBytesKept);
}
