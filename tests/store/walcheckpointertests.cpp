#include "store/database.h"
#include "store/dialect.h"
#include "store/sqlquery.h"
#include "store/walcheckpointer.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <catch2/catch.hpp>

using namespace libreta;

TEST_CASE("While the checkpointer watches, a commit leaves the log to it; without it, commits copy it again",
          "[store][checkpoint]")
{
    test::TempDb t;
    const auto logPages = [&] {
        // A passive checkpoint of nothing reports the log's length.
        store::SqlQuery q(t.db(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        q.exec();
        REQUIRE(q.next());
        return q.integer(1);
    };
    {
        store::WalCheckpointer checkpointer(t.db(), 60 * 60 * 1000);  // woken by commits only
        for (int i = 0; i < 40; ++i)
            test::addDebtor(t.db(), QStringLiteral("CP-%1").arg(i), QStringLiteral("Deudor %1").arg(i));
        QDeadlineTimer deadline(10000);
        while (checkpointer.pagesCopied() == 0 && !deadline.hasExpired())
            QThread::msleep(10);
        CHECK(checkpointer.pagesCopied() > 0);  // woken by the commits, long before its hour
        const qint64 before = checkpointer.pagesCopied();
        test::addDebtor(t.db(), QStringLiteral("CP-X"), QStringLiteral("Deudor X"));
        deadline.setRemainingTime(10000);
        while (checkpointer.pagesCopied() == before && !deadline.hasExpired())
            QThread::msleep(10);
        CHECK(checkpointer.pagesCopied() > before);
    }
    // Gone: SQLite's own checkpoint at 1,000 pages is back on the connection.
    CHECK(store::SqlQuery(t.db(), QStringLiteral("PRAGMA wal_autocheckpoint")).execScalar() == 1000);
    CHECK(logPages() >= 0);
    CHECK(store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM debtors")).execScalar() == 41);
}
