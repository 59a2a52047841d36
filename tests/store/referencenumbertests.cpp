// A debtor numbered with leading zeros (0012) is found by the number said
// on the phone (12), whichever way the portfolio reads a search, in a file
// made now or in one an older Libreta left (schema 43).

#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/sqlquery.h"
#include "support/fixtures.h"
#include "support/namesfound.h"
#include "support/olderfile.h"
#include "support/tempdb.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace libreta;
using Way = store::PortfolioRepository::Way;
using test::namesFound;

TEST_CASE("A reference of digits is found without its leading zeros", "[store][search]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("0012"), QStringLiteral("Refaccionaria Garza"));
    test::addDebtor(t.db(), QStringLiteral("CLI-001287"), QStringLiteral("Ana Soto"));
    test::addDebtor(t.db(), QStringLiteral("120"), QStringLiteral("Zoila Ruiz"));
    for (const Way way : {Way::Chosen, Way::Walk, Way::Gather, Way::Words}) {
        INFO(int(way));
        CHECK(namesFound(t.db(), QStringLiteral("12"), way) ==
              QStringList({QStringLiteral("Refaccionaria Garza"), QStringLiteral("Zoila Ruiz")}));
        // Typed with its zeros it is a word's start as before: 001287's too.
        CHECK(namesFound(t.db(), QStringLiteral("0012"), way) ==
              QStringList({QStringLiteral("Ana Soto"), QStringLiteral("Refaccionaria Garza")}));
    }
}

TEST_CASE("A file of schema 42 finds its numbered debtors without their zeros, once", "[store][search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("antes.sqlite"));
    test::writeFileAtVersion(
        path, 42,
        QStringLiteral("INSERT INTO debtors (external_ref, kind, name, search_text, created_at, updated_at) VALUES "
                       "('0012', 'company', 'Refaccionaria Garza', 'refaccionaria garza 0012', 'x', 'x'), "
                       "('CLI-001287', 'person', 'Ana Soto', 'ana soto cli 001287', 'x', 'x');"
                       "INSERT INTO debtor_totals (debtor_id) VALUES (1), (2);"));
    {
        store::Database db(path);
        CHECK(namesFound(db, QStringLiteral("12"), Way::Words) == QStringList({QStringLiteral("Refaccionaria Garza")}));
        CHECK(namesFound(db, QStringLiteral("12"), Way::Gather) == QStringList({QStringLiteral("Refaccionaria Garza")}));
        CHECK(namesFound(db, QStringLiteral("1287")).isEmpty());
        // What the step wrote is what a debtor saved now would carry.
        const auto garza = store::DebtorRepository(db).byRef(QStringLiteral("0012"));
        REQUIRE(garza);
        store::SqlQuery q(db, QStringLiteral("SELECT search_text FROM debtors WHERE id = 1"));
        REQUIRE(q.exec().next());
        CHECK(q.text(0) == store::DebtorRepository::searchTextFor(*garza));
        // Run again, it adds nothing twice.
        store::SqlQuery(db, QStringLiteral("PRAGMA user_version = 42")).exec();
    }
    store::Database again(path);
    store::SqlQuery q(again, QStringLiteral("SELECT search_text FROM debtors WHERE id = 1"));
    REQUIRE(q.exec().next());
    CHECK(q.text(0) == QStringLiteral("refaccionaria garza 0012 12"));
}
