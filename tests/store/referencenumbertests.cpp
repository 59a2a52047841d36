// A debtor numbered with leading zeros (0012), or with a code's number
// (CLI-000372), is found by the number said on the phone (12, 372), and a
// tax id written with dots by its digits alone, whichever way the
// portfolio reads a search, in a file made now or in one an older Libreta
// left (schemas 43 and 44).

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

TEST_CASE("A reference's number is found without its leading zeros", "[store][search]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("0012"), QStringLiteral("Refaccionaria Garza"));
    test::addDebtor(t.db(), QStringLiteral("CLI-001287"), QStringLiteral("Ana Soto"));
    test::addDebtor(t.db(), QStringLiteral("120"), QStringLiteral("Zoila Ruiz"));
    test::addDebtor(t.db(), QStringLiteral("2024-0015"), QStringLiteral("Hugo Paz"));
    for (const Way way : {Way::Chosen, Way::Walk, Way::Gather, Way::Words}) {
        INFO(int(way));
        CHECK(namesFound(t.db(), QStringLiteral("12"), way) ==
              QStringList({QStringLiteral("Ana Soto"), QStringLiteral("Refaccionaria Garza"),
                           QStringLiteral("Zoila Ruiz")}));
        CHECK(namesFound(t.db(), QStringLiteral("1287"), way) == QStringList({QStringLiteral("Ana Soto")}));
        // Typed with its zeros it is a word's start as before: 001287's too.
        CHECK(namesFound(t.db(), QStringLiteral("0012"), way) ==
              QStringList({QStringLiteral("Ana Soto"), QStringLiteral("Refaccionaria Garza")}));
        // Two runs of digits are not one number: "15" is not Hugo's.
        CHECK(namesFound(t.db(), QStringLiteral("15"), way).isEmpty());
    }
}

TEST_CASE("A tax id written with dots or a dash is found by its characters alone", "[store][search]")
{
    test::TempDb t;
    const domain::Id juan = test::addDebtor(t.db(), QStringLiteral("C-1"), QStringLiteral("Juan Rojas"));
    store::DebtorRepository debtors(t.db());
    domain::Debtor d = *debtors.byId(juan);
    d.taxId = QStringLiteral("1.020.345.678");
    debtors.update(d);
    const domain::Id tienda = test::addDebtor(t.db(), QStringLiteral("C-2"), QStringLiteral("Tienda Sol"));
    d = *debtors.byId(tienda);
    d.taxId = QStringLiteral("900123456-7");
    debtors.update(d);
    for (const Way way : {Way::Chosen, Way::Walk, Way::Gather, Way::Words}) {
        INFO(int(way));
        CHECK(namesFound(t.db(), QStringLiteral("1020345678"), way) == QStringList({QStringLiteral("Juan Rojas")}));
        CHECK(namesFound(t.db(), QStringLiteral("1.020.345"), way) == QStringList({QStringLiteral("Juan Rojas")}));
        CHECK(namesFound(t.db(), QStringLiteral("9001234567"), way) == QStringList({QStringLiteral("Tienda Sol")}));
        CHECK(namesFound(t.db(), QStringLiteral("900123456"), way) == QStringList({QStringLiteral("Tienda Sol")}));
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
        const QStringList both{QStringLiteral("Ana Soto"), QStringLiteral("Refaccionaria Garza")};
        CHECK(namesFound(db, QStringLiteral("12"), Way::Words) == both);
        CHECK(namesFound(db, QStringLiteral("12"), Way::Gather) == both);
        // Schema 44: a code's number too, in every way the search reads.
        CHECK(namesFound(db, QStringLiteral("1287"), Way::Words) == QStringList({QStringLiteral("Ana Soto")}));
        CHECK(namesFound(db, QStringLiteral("1287"), Way::Gather) == QStringList({QStringLiteral("Ana Soto")}));
        CHECK(namesFound(db, QStringLiteral("1287"), Way::Walk) == QStringList({QStringLiteral("Ana Soto")}));
        CHECK(namesFound(db, QStringLiteral("soto 1287"), Way::Chosen) == QStringList({QStringLiteral("Ana Soto")}));
        // What the step wrote is what a debtor saved now would carry.
        const auto garza = store::DebtorRepository(db).byRef(QStringLiteral("0012"));
        REQUIRE(garza);
        store::SqlQuery q(db, QStringLiteral("SELECT search_text FROM debtors WHERE id = 1"));
        REQUIRE(q.exec().next());
        CHECK(q.text(0) == store::DebtorRepository::searchTextFor(*garza));
        // Run again, it adds nothing twice (schema 45's trigger goes, to be made again).
        store::SqlQuery(db, QStringLiteral("DROP TRIGGER promises_replaced_same_day")).exec();
        store::SqlQuery(db, QStringLiteral("PRAGMA user_version = 42")).exec();
    }
    store::Database again(path);
    store::SqlQuery q(again, QStringLiteral("SELECT search_text FROM debtors WHERE id = 1"));
    REQUIRE(q.exec().next());
    CHECK(q.text(0) == QStringLiteral("refaccionaria garza 0012 12"));
    store::SqlQuery soto(again, QStringLiteral("SELECT search_text FROM debtors WHERE id = 2"));
    REQUIRE(soto.exec().next());
    CHECK(soto.text(0) == QStringLiteral("ana soto cli 001287 1287"));
    // The words and initials built again whole are those the triggers keep.
    store::SqlQuery words(again, QStringLiteral("SELECT group_concat(word, ' ') FROM (SELECT word FROM debtor_words "
                                                "WHERE debtor_id = 2 ORDER BY word)"));
    REQUIRE(words.exec().next());
    CHECK(words.text(0) == QStringLiteral("001287 1287 cli soto"));
}
