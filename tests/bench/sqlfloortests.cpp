#include "sqlfloor.h"
#include "sqltrace.h"
#include "store/sqlquery.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using bench::SqlFloor;
using bench::SqlTrace;
using bench::TracedStatement;

namespace {

// A file with fifty numbered rows, opened after the recorder's hook is in
// place (it reaches only connections opened later).
struct Numbers {
    Numbers()
    {
        SqlTrace::install();
        t = std::make_unique<test::TempDb>();
        store::SqlQuery(t->db(), QStringLiteral("CREATE TABLE numbers (n INTEGER PRIMARY KEY)")).exec();
        store::SqlQuery(t->db(), QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                                                "WHERE n < 50) INSERT INTO numbers SELECT n FROM s"))
            .exec();
    }
    std::unique_ptr<test::TempDb> t;
};

// Runs `sql` through the store, reading `read` rows (all when negative),
// and returns what the recorder saw.
TracedStatement traced(store::Database &db, const QString &sql, int read)
{
    SqlTrace trace;
    {
        store::SqlQuery q(db, sql);
        q.exec();
        for (int i = 0; (read < 0 || i < read) && q.next(); ++i) {
        }
    }
    const QList<TracedStatement> statements = trace.take();
    REQUIRE(statements.size() == 1);
    return statements.first();
}

} // namespace

TEST_CASE("The recorder counts the rows the app stepped, and the floor steps as far, plus one step", "[bench]")
{
    Numbers office;
    store::Database &db = office.t->db();
    SqlFloor floor(office.t->path());

    SECTION("a walk that stops early: the floor does not read the rest of its LIMIT")
    {
        const TracedStatement walk = traced(db, QStringLiteral("SELECT n FROM numbers ORDER BY n LIMIT 40"), 3);
        // Qt's driver may fetch one row ahead of the reader; never the forty.
        CHECK(walk.rows >= 3);
        CHECK(walk.rows <= 4);
        floor.run(SqlFloor::compile({walk}));
        CHECK(floor.rowsRead() == quint64(walk.rows) + 1);
    }
    SECTION("a statement read to its end: the floor reads every row, and finds the end")
    {
        const TracedStatement all = traced(db, QStringLiteral("SELECT n FROM numbers WHERE n <= 7"), -1);
        CHECK(all.rows == 7);
        floor.run(SqlFloor::compile({all}));
        CHECK(floor.rowsRead() == 7);
    }
    SECTION("a write returns no row; the floor runs it once")
    {
        const TracedStatement write =
            traced(db, QStringLiteral("UPDATE numbers SET n = n + 100 WHERE n = (SELECT max(n) FROM numbers)"), -1);
        CHECK(write.rows == 0);
        floor.run(SqlFloor::compile({write}));
        CHECK(floor.rowsRead() == 0);
        CHECK(store::SqlQuery(db, QStringLiteral("SELECT max(n) FROM numbers")).execScalar() == 250);
    }
}
