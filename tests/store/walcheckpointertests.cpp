#include "store/bulkload.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/sqlquery.h"
#include "store/transaction.h"
#include "store/walcheckpointer.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
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

namespace {

// One transaction writing about 8 MB (2,000 pages of the log), as a
// large import's does at a larger scale.
void writeLargeTransaction(store::Database &db)
{
    store::Transaction tx(db);
    store::SqlQuery(db, QStringLiteral("CREATE TABLE IF NOT EXISTS filler (x BLOB)")).exec();
    store::SqlQuery(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                       "INSERT INTO filler SELECT randomblob(4000) FROM n"))
        .exec();
    tx.commit();
}

} // namespace

TEST_CASE("A load's commit leaves its log to be copied later and the file's last connection copies it",
          "[store][checkpoint]")
{
    test::TempDb t;
    store::SqlQuery(t.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    const qint64 before = QFileInfo(t.path()).size();
    {
        const store::CheckpointLater later(t.db());
        writeLargeTransaction(t.db());
    }
    // Committed and durable in the log, which nobody copied yet: the file
    // is as long as before, and another connection reads the rows.
    CHECK(QFileInfo(t.path()).size() == before);
    {
        store::Database other(t.path());
        CHECK(store::SqlQuery(other, QStringLiteral("SELECT count(*) FROM filler")).execScalar() == 2000);
    }
    // SQLite's own hook is back: the next commit copies the log.
    test::addDebtor(t.db(), QStringLiteral("CP-1"), QStringLiteral("Deudora Uno"));
    CHECK(QFileInfo(t.path()).size() > before + 2000 * 4000);
    CHECK(store::SqlQuery(t.db(), QStringLiteral("PRAGMA wal_autocheckpoint")).execScalar() == 1000);
}

TEST_CASE("A load's commit does not wake the checkpointer but the commits after it do", "[store][checkpoint]")
{
    test::TempDb t;
    store::WalCheckpointer checkpointer(t.db(), 60 * 60 * 1000);  // woken by commits only
    {
        const store::CheckpointLater later(t.db());
        writeLargeTransaction(t.db());
    }
    QThread::msleep(200);
    CHECK(checkpointer.pagesCopied() == 0);
    test::addDebtor(t.db(), QStringLiteral("CP-1"), QStringLiteral("Deudora Uno"));
    QDeadlineTimer deadline(20000);
    while (checkpointer.pagesCopied() == 0 && !deadline.hasExpired())
        QThread::msleep(10);
    CHECK(checkpointer.pagesCopied() >= 2000);
}
