#include "domain/entities.h"
#include "domain/officecountry.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/portfolioconditions.h"
#include "store/portfoliorepository.h"
#include "store/sqlquery.h"
#include "store/transaction.h"
#include "store/storeerror.h"
#include "support/fixtures.h"
#include "support/namesfound.h"
#include "support/olderfile.h"
#include "support/queryplan.h"
#include "support/searchwords.h"
#include "support/statementtrace.h"
#include "support/tempdb.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

using namespace libreta;
using namespace libreta::domain;
using Way = store::PortfolioRepository::Way;
using test::namesFound;

namespace {

constexpr Way kWays[] = {Way::Chosen, Way::Walk, Way::Gather, Way::Words};

// FTS5's own check that the index holds exactly what debtors.search_text says.
bool searchIndexMatchesDebtors(store::Database &db)
{
    try {
        store::SqlQuery(db, QStringLiteral("INSERT INTO debtor_search (debtor_search, rank) VALUES ('integrity-check', 1)"))
            .exec();
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace

TEST_CASE("Search finds any word of a name from its start, whatever its accents and capitals", "[store][search]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("José Pérez Núñez"));
    test::addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("María López"));
    test::addDebtor(t.db(), QStringLiteral("A-3"), QStringLiteral("Juan Perales"));
    const QStringList jose{QStringLiteral("José Pérez Núñez")};

    for (const Way way : kWays) {  // walking the order and reading the index agree
        INFO("way " << int(way));
        for (const QString &typed : {QStringLiteral("perez"), QStringLiteral("PÉREZ"), QStringLiteral("nunez"),
                                     QStringLiteral("Núñ"), QStringLiteral("jose perez"), QStringLiteral("perez jo"),
                                     QStringLiteral("núñez, josé"), QStringLiteral("Jos")}) {
            INFO(typed.toStdString());
            CHECK(namesFound(t.db(), typed, way) == jose);
        }
        CHECK(namesFound(t.db(), QStringLiteral("per"), way) ==
              QStringList{QStringLiteral("José Pérez Núñez"), QStringLiteral("Juan Perales")});
        CHECK(namesFound(t.db(), QStringLiteral("erez"), way).isEmpty());  // not the middle of a word
        CHECK(namesFound(t.db(), QStringLiteral("perez maria"), way).isEmpty());  // every word must match
    }
}

TEST_CASE("Search finds references and tax ids by any of their parts", "[store][search]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("CLI-000123"), QStringLiteral("Ana Ruiz"));  // tax id PENJ800101AB1
    test::addDebtor(t.db(), QStringLiteral("CLI-000200"), QStringLiteral("Luis Gómez"));
    for (const Way way : kWays) {
        INFO("way " << int(way));
        CHECK(namesFound(t.db(), QStringLiteral("cli-00012"), way) == QStringList{QStringLiteral("Ana Ruiz")});
        CHECK(namesFound(t.db(), QStringLiteral("CLI-000123"), way) == QStringList{QStringLiteral("Ana Ruiz")});
        CHECK(namesFound(t.db(), QStringLiteral("000200"), way) == QStringList{QStringLiteral("Luis Gómez")});
        CHECK(namesFound(t.db(), QStringLiteral("penj80"), way).size() == 2);
        CHECK(namesFound(t.db(), QStringLiteral("cli"), way).size() == 2);
    }
}

TEST_CASE("Search finds a phone number typed in any grouping, with or without its calling code", "[store][search]")
{
    test::TempDb t;
    const Id ana = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    const Id luis = test::addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("Luis Gómez"));
    test::addPhones(t.db(), ana, {QStringLiteral("+52 55-1234-5678")});
    test::addPhones(t.db(), luis, {QStringLiteral("+34 910 153 791")});
    const QStringList anaOnly{QStringLiteral("Ana Ruiz")};
    for (const Way way : kWays) {
        INFO("way " << int(way));
        for (const QString &typed : {QStringLiteral("55 1234 5678"), QStringLiteral("+52 55-1234-5678"),
                                     QStringLiteral("(55) 1234"), QStringLiteral("5512"), QStringLiteral("525512345678")}) {
            INFO(typed.toStdString());
            CHECK(namesFound(t.db(), typed, way) == anaOnly);
        }
        CHECK(namesFound(t.db(), QStringLiteral("910 153"), way) == QStringList{QStringLiteral("Luis Gómez")});
        CHECK(namesFound(t.db(), QStringLiteral("5678"), way).isEmpty());  // the end of a number is not its start
    }
}

TEST_CASE("In Chile and Argentina a mobile is found without the 9 said before it", "[store][search]")
{
    struct CountryScope {
        ~CountryScope() { setOfficeCountry(OfficeCountry::Other); }
    } country;
    test::TempDb t;
    const Id matias = test::addDebtor(t.db(), QStringLiteral("C-1"), QStringLiteral("Matías Soto"));
    const Id flor = test::addDebtor(t.db(), QStringLiteral("C-2"), QStringLiteral("Florencia Benítez"));
    const Id casa = test::addDebtor(t.db(), QStringLiteral("C-3"), QStringLiteral("Casa Yucatán"));
    test::addPhones(t.db(), matias, {QStringLiteral("+56 9 8765 4321")});
    test::addPhones(t.db(), flor, {QStringLiteral("+54 9 11 2345 6789")});
    test::addPhones(t.db(), casa, {QStringLiteral("999 8765 4321")});
    const QStringList matiasOnly{QStringLiteral("Matías Soto")};
    for (const Way way : kWays) {
        INFO("way " << int(way));
        setOfficeCountry(OfficeCountry::Chile);
        CHECK(namesFound(t.db(), QStringLiteral("8765 4321"), way) == matiasOnly);
        CHECK(namesFound(t.db(), QStringLiteral("09 8765 4321"), way) == matiasOnly);
        CHECK(namesFound(t.db(), QStringLiteral("9 8765 4321"), way) == matiasOnly);
        setOfficeCountry(OfficeCountry::Argentina);
        CHECK(namesFound(t.db(), QStringLiteral("11 2345-6789"), way) == QStringList{QStringLiteral("Florencia Benítez")});
        // Elsewhere eight digits are a number of their own, not a mobile's end.
        setOfficeCountry(OfficeCountry::Mexico);
        CHECK(namesFound(t.db(), QStringLiteral("8765 4321"), way).isEmpty());
    }
}

TEST_CASE("Search finds a debtor by one of its invoices' numbers, typed with or without its series and separators",
          "[store][search]")
{
    test::TempDb t;
    const Id ana = test::addDebtor(t.db(), QStringLiteral("CLI-000123"), QStringLiteral("Ana Ruiz"));
    const Id luis = test::addDebtor(t.db(), QStringLiteral("CLI-000200"), QStringLiteral("Luis Gómez"));
    const Id marta = test::addDebtor(t.db(), QStringLiteral("CLI-000300"), QStringLiteral("Marta Soto"));
    test::addInvoice(t.db(), ana, QStringLiteral("FAC-44528"), QDate(2026, 2, 1), test::pesos(1500));
    test::addInvoice(t.db(), marta, QStringLiteral("fac.77 001"), QDate(2026, 2, 1), test::pesos(10));  // as typed by hand
    test::addInvoice(t.db(), luis, QStringLiteral("2026/00145"), QDate(2026, 2, 1), test::pesos(900));
    test::addInvoice(t.db(), luis, QStringLiteral("B-44590"), QDate(2026, 2, 10), test::pesos(300));
    const QStringList anaOnly{QStringLiteral("Ana Ruiz")};
    const QStringList luisOnly{QStringLiteral("Luis Gómez")};
    for (const Way way : kWays) {
        INFO("way " << int(way));
        for (const QString &typed : {QStringLiteral("FAC-44528"), QStringLiteral("fac44528"), QStringLiteral("fac 4452"),
                                     QStringLiteral("44528"), QStringLiteral("4452"), QStringLiteral(" fac-44528 ")}) {
            INFO(typed.toStdString());
            CHECK(namesFound(t.db(), typed, way) == anaOnly);
        }
        CHECK(namesFound(t.db(), QStringLiteral("2026/00145"), way) == luisOnly);
        CHECK(namesFound(t.db(), QStringLiteral("202600"), way) == luisOnly);
        CHECK(namesFound(t.db(), QStringLiteral("4459"), way) == luisOnly);
        CHECK(namesFound(t.db(), QStringLiteral("FAC-77001"), way) == QStringList{QStringLiteral("Marta Soto")});
        CHECK(namesFound(t.db(), QStringLiteral("445"), way).isEmpty());  // fewer than four: not an invoice's
        CHECK(namesFound(t.db(), QStringLiteral("4528"), way).isEmpty());  // the middle of a number
        CHECK(namesFound(t.db(), QStringLiteral("B-44528"), way).isEmpty());  // another series' number
        CHECK(namesFound(t.db(), QStringLiteral("44"), way).isEmpty());
        CHECK(namesFound(t.db(), QStringLiteral("445 2"), way) == anaOnly);  // typed with a space
        CHECK(namesFound(t.db(), QStringLiteral("fac-44528-"), way) == anaOnly);
    }
    // Two debtors' numbers start alike: both, in name order.
    test::addInvoice(t.db(), luis, QStringLiteral("A-44521"), QDate(2026, 3, 1), test::pesos(100));
    for (const Way way : kWays)
        CHECK(namesFound(t.db(), QStringLiteral("4452"), way) ==
              QStringList({QStringLiteral("Ana Ruiz"), QStringLiteral("Luis Gómez")}));
}

TEST_CASE("A start most of a series shares finds only a number it is whole until more is typed", "[store][search]")
{
    test::TempDb t;
    const Id ana = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    const Id luis = test::addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("Luis Gómez"));
    // Ana's office numbers its invoices by year: 2026/00001 onwards, one
    // more than the search reads for a start (each with its tail, schema 30,
    // as the program writes it).
    const int many = store::PortfolioConditions::kMaxInvoiceMatches + 1;
    store::SqlQuery(t.db(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                           "INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount, "
                                           "created_at, number_tail) SELECT %2, printf('2026/%05d', i), '2026-01-01', "
                                           "'2026-02-01', 100, 'x', printf('2026%05d', i) FROM n")
                                .arg(many)
                                .arg(ana))
        .exec();
    test::addInvoice(t.db(), luis, QStringLiteral("F-20261"), QDate(2026, 2, 1), test::pesos(10));
    const Id marta = test::addDebtor(t.db(), QStringLiteral("A-3"), QStringLiteral("Marta Soto"));
    const Id beto = test::addDebtor(t.db(), QStringLiteral("A-4"), QStringLiteral("Beto Lara"));
    test::addInvoice(t.db(), marta, QStringLiteral("B-2026"), QDate(2026, 2, 1), test::pesos(10));
    for (const Way way : kWays) {
        INFO("way " << int(way));
        // 1,003 numbers start so: only the one that is "2026" whole.
        CHECK(namesFound(t.db(), QStringLiteral("2026"), way) == QStringList{QStringLiteral("Marta Soto")});
        CHECK(namesFound(t.db(), QStringLiteral("b-2026"), way) == QStringList{QStringLiteral("Marta Soto")});
        CHECK(namesFound(t.db(), QStringLiteral("2026/0"), way).isEmpty());
        CHECK(namesFound(t.db(), QStringLiteral("2026/00145"), way) == QStringList{QStringLiteral("Ana Ruiz")});
        CHECK(namesFound(t.db(), QStringLiteral("20261"), way) == QStringList{QStringLiteral("Luis Gómez")});
    }
    // Three fewer, a thousand in all, and the start finds all three again.
    store::SqlQuery(t.db(), QStringLiteral("DELETE FROM invoices WHERE number IN ('2026/00001', '2026/00002', "
                                           "'2026/00003')"))
        .exec();
    CHECK(namesFound(t.db(), QStringLiteral("2026")) ==
          QStringList({QStringLiteral("Ana Ruiz"), QStringLiteral("Luis Gómez"), QStringLiteral("Marta Soto")}));
    // Former numbers count with the current ones: one more, renumbered in
    // Libreta, and the start is too common again for either kind.
    const Id renumbered = test::addInvoice(t.db(), beto, QStringLiteral("2026-X1"), QDate(2026, 2, 1), test::pesos(10));
    store::SqlQuery(t.db(), QStringLiteral("UPDATE invoices SET number = 'Z-1' WHERE id = :id"))
        .bind(QStringLiteral(":id"), renumbered)
        .exec();
    CHECK(namesFound(t.db(), QStringLiteral("2026")) == QStringList{QStringLiteral("Marta Soto")});
    CHECK(namesFound(t.db(), QStringLiteral("2026-x1")) == QStringList{QStringLiteral("Beto Lara")});
}

TEST_CASE("Search by invoice number keeps every order and filter of the portfolio", "[store][search]")
{
    test::TempDb t;
    QList<Id> ids;
    for (int i = 0; i < 12; ++i) {
        ids << test::addDebtor(t.db(), QStringLiteral("R-%1").arg(i), QStringLiteral("Deudor %1").arg(QChar(u'A' + i)));
        // Every third debtor has an invoice of the series 7700…; each owes i + 1 hundred.
        test::addInvoice(t.db(), ids.last(), (i % 3 == 0 ? QStringLiteral("F-7700%1") : QStringLiteral("F-1200%1")).arg(i),
                         QDate(2026, 1, 10), test::pesos(100 * (i + 1)));
    }
    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET segment = 'Alto' WHERE id IN (%1, %2)")
                                .arg(ids.at(3))
                                .arg(ids.at(9)))
        .exec();
    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtor_totals SET segment = 'Alto' WHERE debtor_id IN (%1, %2)")
                                .arg(ids.at(3))
                                .arg(ids.at(9)))
        .exec();
    for (const store::PortfolioSort sort : {store::PortfolioSort::Name, store::PortfolioSort::Outstanding,
                                            store::PortfolioSort::DaysPastDue, store::PortfolioSort::ExternalRef,
                                            store::PortfolioSort::Segment}) {
        for (const Way way : kWays) {
            INFO("sort " << int(sort) << ", way " << int(way));
            store::PortfolioRepository repo(t.db());
            repo.setWay(way);
            store::PortfolioQuery q;
            q.search = QStringLiteral("f-7700");
            q.sort = sort;
            q.ascending = sort != store::PortfolioSort::Outstanding;
            q.filters.today = QDate(2026, 3, 1);
            QSet<Id> found;
            for (const auto &row : repo.fetchPage(q, std::nullopt, 100))
                found << row.debtorId;
            CHECK(found == QSet<Id>{ids.at(0), ids.at(3), ids.at(6), ids.at(9)});
            q.filters.segment = QStringLiteral("Alto");
            found.clear();
            for (const auto &row : repo.fetchPage(q, std::nullopt, 100))
                found << row.debtorId;
            CHECK(found == QSet<Id>{ids.at(3), ids.at(9)});
        }
    }
    // Sorted by outstanding, largest first, a page at a time.
    store::PortfolioRepository repo(t.db());
    store::PortfolioQuery q;
    q.search = QStringLiteral("7700");
    q.sort = store::PortfolioSort::Outstanding;
    q.ascending = false;
    q.filters.today = QDate(2026, 3, 1);
    const auto first = repo.fetchPage(q, std::nullopt, 2);
    REQUIRE(first.size() == 2);
    CHECK(first.at(0).debtorId == ids.at(9));
    CHECK(first.at(1).debtorId == ids.at(6));
    const auto rest = repo.fetchPage(q, first.last().key, 2);
    REQUIRE(rest.size() == 2);
    CHECK(rest.at(0).debtorId == ids.at(3));
    CHECK(rest.at(1).debtorId == ids.at(0));
}

TEST_CASE("Search finds an invoice renumbered in Libreta by the number the debtor's copy carries", "[store][search]")
{
    test::TempDb t;
    const Id ana = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    const Id invoice = test::addInvoice(t.db(), ana, QStringLiteral("F-0021"), QDate(2026, 2, 1), test::pesos(100));
    store::SqlQuery(t.db(), QStringLiteral("UPDATE invoices SET number = 'F-0012' WHERE id = :id"))
        .bind(QStringLiteral(":id"), invoice)
        .exec();
    for (const Way way : kWays) {
        CHECK(namesFound(t.db(), QStringLiteral("F-0021"), way) == QStringList{QStringLiteral("Ana Ruiz")});
        CHECK(namesFound(t.db(), QStringLiteral("f0012"), way) == QStringList{QStringLiteral("Ana Ruiz")});
    }
}

TEST_CASE("A search by invoice number reads the invoices' number index, never the invoices", "[store][search]")
{
    test::TempDb t;
    const Id ana = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    test::addInvoice(t.db(), ana, QStringLiteral("FAC-44528"), QDate(2026, 2, 1), test::pesos(100));
    for (const QString &typed : {QStringLiteral("44528"), QStringLiteral("fac-4452")}) {  // the second also tested whole
        const QStringList statements = test::statementsDuring(t.db(), [&] { namesFound(t.db(), typed); });
        const auto invoiceRead = std::find_if(statements.cbegin(), statements.cend(), [](const QString &sql) {
            return sql.contains(QLatin1String("FROM invoices i"));
        });
        REQUIRE(invoiceRead != statements.cend());
        const QString plan = test::queryPlan(t.db(), *invoiceRead);
        INFO(typed.toStdString() << "\n" << plan.toStdString());
        // Each table's range, its count (in both parts) and the exact number.
        CHECK(plan.contains(QLatin1String("SEARCH i USING COVERING INDEX invoices_number_search (number_tail>? AND number_tail<?)")));
        CHECK(plan.contains(QLatin1String("SEARCH ic USING COVERING INDEX invoices_number_search (number_tail>? AND number_tail<?)")));
        CHECK(plan.contains(QLatin1String("SEARCH i USING COVERING INDEX invoices_number_search (number_tail=?)")));
        CHECK(plan.contains(QLatin1String("SEARCH f USING COVERING INDEX invoice_former_numbers_search (<expr>>? AND")));
        CHECK(plan.contains(QLatin1String("SEARCH fc USING COVERING INDEX invoice_former_numbers_search (<expr>>? AND")));
        CHECK(plan.contains(QLatin1String("SEARCH f USING COVERING INDEX invoice_former_numbers_search (<expr>=?)")));
        CHECK_FALSE(plan.contains(QLatin1String("SCAN i\n")));  // never the invoices themselves
        CHECK_FALSE(plan.contains(QLatin1String("SCAN ic\n")));
        // The count comes first, as a one-row table: a range too long for
        // the search is never walked.
        CHECK(plan.indexOf(QLatin1String("SCAN ik")) >= 0);
        CHECK(plan.indexOf(QLatin1String("SCAN ik")) < plan.indexOf(QLatin1String("SEARCH i USING")));
    }
}

TEST_CASE("Schema step 28 indexes the invoice numbers a version 27 file already holds", "[store][search][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v27.sqlite"));
    test::writeFileAtVersion(path, 27,
                       QStringLiteral("INSERT INTO debtors (external_ref, kind, name, search_text, created_at, updated_at) "
                                      "VALUES ('V27-1', 'person', 'Ana Ruiz', 'ana ruiz v27 1', 'x', 'x');"
                                      "INSERT INTO debtor_totals (debtor_id) VALUES (1);"
                                      "INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount, created_at) "
                                      "VALUES (1, 'A-90817', '2026-01-01', '2026-02-01', 10000, 'x');"));

    store::Database db(path);
    CHECK(db.schemaVersion() >= 28);
    CHECK(namesFound(db, QStringLiteral("90817")) == QStringList{QStringLiteral("Ana Ruiz")});
}

TEST_CASE("The search index follows a debtor's rename and deletion", "[store][search]")
{
    test::TempDb t;
    store::DebtorRepository debtors(t.db());
    const Id id = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("José Pérez Núñez"));
    REQUIRE(namesFound(t.db(), QStringLiteral("perez")).size() == 1);

    Debtor d = *debtors.byId(id);
    d.name = QStringLiteral("José Gutiérrez");
    debtors.update(d);
    CHECK(namesFound(t.db(), QStringLiteral("perez")).isEmpty());
    CHECK(namesFound(t.db(), QStringLiteral("gutierrez")) == QStringList{QStringLiteral("José Gutiérrez")});
    d.segment = QStringLiteral("Alto");  // an edit that leaves the words alone
    debtors.update(d);
    CHECK(namesFound(t.db(), QStringLiteral("gutierrez")).size() == 1);
    CHECK(searchIndexMatchesDebtors(t.db()));

    store::SqlQuery(t.db(), QStringLiteral("DELETE FROM debtor_totals WHERE debtor_id = :id")).bind(QStringLiteral(":id"), id).exec();
    store::SqlQuery(t.db(), QStringLiteral("DELETE FROM debtors WHERE id = :id")).bind(QStringLiteral(":id"), id).exec();
    CHECK(namesFound(t.db(), QStringLiteral("jose")).isEmpty());
    CHECK(searchIndexMatchesDebtors(t.db()));
}

TEST_CASE("Schema step 2 indexes the debtors a version 1 file already holds", "[store][search][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    test::writeFileAtVersion(path, 1,
                       QStringLiteral("INSERT INTO debtors (external_ref, kind, name, search_text, created_at, updated_at) "
                                      "VALUES ('V1-1', 'person', 'José Pérez Núñez', 'jose perez nunez v1 1', 'x', 'x');"
                                      "INSERT INTO debtor_totals (debtor_id) VALUES (1);"));

    store::Database db(path);
    CHECK(db.schemaVersion() >= 2);
    CHECK(namesFound(db, QStringLiteral("nunez")) == QStringList{QStringLiteral("José Pérez Núñez")});
    CHECK(searchIndexMatchesDebtors(db));
}

TEST_CASE("Schema step 7 gives the phones of a version 6 file their debtor, and search finds them",
          "[store][search][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    test::writeFileAtVersion(path, 6,
                       QStringLiteral("INSERT INTO debtors (external_ref, kind, name, search_text, created_at, updated_at) "
                                      "VALUES ('V6-1', 'person', 'Ana Ruiz', 'ana ruiz v6 1', 'x', 'x');"
                                      "INSERT INTO debtor_totals (debtor_id) VALUES (1);"
                                      "INSERT INTO contacts (debtor_id, name, role) VALUES (1, 'Ana Ruiz', 'debtor');"
                                      "INSERT INTO contact_phones (contact_id, number, digits) "
                                      "VALUES (1, '+52 55-2345-6789', '525523456789');"));

    store::Database db(path);
    CHECK(db.schemaVersion() >= 7);
    CHECK(store::SqlQuery(db, QStringLiteral("SELECT debtor_id FROM contact_phones")).execScalar() == 1);
    CHECK(namesFound(db, QStringLiteral("55 2345")) == QStringList{QStringLiteral("Ana Ruiz")});
}

TEST_CASE("A phone always carries its contact's debtor, however it was written", "[store][search]")
{
    test::TempDb t;
    const Id ana = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    const Id beto = test::addDebtor(t.db(), QStringLiteral("B-1"), QStringLiteral("Beto Soto"));
    test::addPhones(t.db(), ana, {QStringLiteral("+52 55 1111 2222")});
    const auto debtorOfPhone = [&](const QString &digits) {
        return store::SqlQuery(t.db(), QStringLiteral("SELECT debtor_id FROM contact_phones WHERE digits = :d"))
            .bind(QStringLiteral(":d"), digits)
            .execScalar();
    };
    CHECK(debtorOfPhone(QStringLiteral("525511112222")) == ana);

    // Written without it (an older program, a hand-made import): the table fills it in.
    const Id contact = store::ContactRepository(t.db()).forDebtor(ana).first().id;
    store::SqlQuery(t.db(), QStringLiteral("INSERT INTO contact_phones (contact_id, number, digits) "
                                           "VALUES (:c, '55 3333 4444', '5533334444')"))
        .bind(QStringLiteral(":c"), contact)
        .exec();
    CHECK(debtorOfPhone(QStringLiteral("5533334444")) == ana);

    // The contact moves to another debtor: its phones go with it, and so
    // does what a search for them finds.
    store::SqlQuery(t.db(), QStringLiteral("UPDATE contacts SET debtor_id = :b WHERE id = :c"))
        .bind(QStringLiteral(":b"), beto)
        .bind(QStringLiteral(":c"), contact)
        .exec();
    CHECK(debtorOfPhone(QStringLiteral("525511112222")) == beto);
    CHECK(namesFound(t.db(), QStringLiteral("55 3333")) == QStringList{QStringLiteral("Beto Soto")});
}

TEST_CASE("The words and initials tables follow every debtor's words through insert, rename and deletion",
          "[store][search]")
{
    test::TempDb t;
    store::DebtorRepository debtors(t.db());
    const Id id = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("María Mariana O'Brien"));
    test::addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("Ana \"La Güera\" Ruiz\\Soto"));
    CHECK(test::debtorWordsStored(t.db()).size() > 6);
    CHECK(test::debtorWordsStored(t.db()) == test::debtorWordsExpected(t.db()));
    CHECK(test::debtorInitialsStored(t.db()) == test::debtorInitialsExpected(t.db()));

    Debtor d = *debtors.byId(id);
    d.name = QStringLiteral("María María Gutiérrez");  // a word twice is one row
    debtors.update(d);
    CHECK(test::debtorWordsStored(t.db()) == test::debtorWordsExpected(t.db()));
    CHECK(test::debtorInitialsStored(t.db()) == test::debtorInitialsExpected(t.db()));
    CHECK(namesFound(t.db(), QStringLiteral("gutierrez"), Way::Words) == QStringList{d.name});
    CHECK(namesFound(t.db(), QStringLiteral("mariana"), Way::Words).isEmpty());

    store::SqlQuery(t.db(), QStringLiteral("DELETE FROM debtor_totals WHERE debtor_id = :id")).bind(QStringLiteral(":id"), id).exec();
    store::SqlQuery(t.db(), QStringLiteral("DELETE FROM debtors WHERE id = :id")).bind(QStringLiteral(":id"), id).exec();
    CHECK(test::debtorWordsStored(t.db()) == test::debtorWordsExpected(t.db()));
    CHECK(test::debtorInitialsStored(t.db()) == test::debtorInitialsExpected(t.db()));
    CHECK(namesFound(t.db(), QStringLiteral("maria"), Way::Words).isEmpty());
}

TEST_CASE("Read from the words table, a debtor two of whose words start alike shows once, in name order both ways",
          "[store][search]")
{
    test::TempDb t;
    for (const auto &[ref, name] : {std::pair{"A-1", "María Mariana Ruiz"}, std::pair{"A-2", "Ana María López"},
                                     std::pair{"A-3", "Mario Soto"}, std::pair{"A-4", "Luis Marín"},
                                     std::pair{"A-5", "Pedro Gómez"}})
        test::addDebtor(t.db(), QString::fromUtf8(ref), QString::fromUtf8(name));
    for (const auto &[ascending, pageSize] : {std::pair{true, 1}, std::pair{true, 10}, std::pair{false, 1},
                                               std::pair{false, 10}}) {
        QList<QStringList> results;
        for (const Way way : kWays) {
            store::PortfolioRepository repo(t.db());
            repo.setWay(way);
            store::PortfolioQuery q;
            q.search = QStringLiteral("mari");
            q.ascending = ascending;
            q.filters.today = QDate(2026, 3, 1);
            QStringList names;
            std::optional<store::PortfolioKey> after;
            for (QList<store::PortfolioRow> page; !(page = repo.fetchPage(q, after, pageSize)).isEmpty(); after = page.last().key)
                for (const auto &row : page)
                    names << row.name;
            results << names;
        }
        QStringList expected{QStringLiteral("Ana María López"), QStringLiteral("Luis Marín"),
                             QStringLiteral("María Mariana Ruiz"), QStringLiteral("Mario Soto")};
        if (!ascending)
            std::reverse(expected.begin(), expected.end());
        for (const QStringList &names : results)
            CHECK(names == expected);
    }
}

TEST_CASE("Schema step 9 lists the words of the debtors a version 8 file already holds", "[store][search][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    test::writeFileAtVersion(path, 8,
                       QStringLiteral("INSERT INTO debtors (external_ref, kind, name, search_text, created_at, updated_at) "
                                      "VALUES ('V8-1', 'person', 'Ana María Ruiz', 'ana maria ruiz v8 1', 'x', 'x');"
                                      "INSERT INTO debtor_totals (debtor_id) VALUES (1);"));

    store::Database db(path);
    CHECK(db.schemaVersion() >= 9);
    CHECK(test::debtorWordsStored(db).size() == 4);
    CHECK(test::debtorWordsStored(db) == test::debtorWordsExpected(db));
    CHECK(test::debtorInitialsStored(db) == test::debtorInitialsExpected(db));
    CHECK(namesFound(db, QStringLiteral("maria"), Way::Words) == QStringList{QStringLiteral("Ana María Ruiz")});
}

TEST_CASE("A file's schema version is read without migrating or writing it", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    test::writeFileAtVersion(path, 8, QString());
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    CHECK(store::Database::schemaVersionOf(path) == 8);
    QFile after(path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
    CHECK(store::Database::latestSchemaVersion() > 8);  // so opening it migrates first
    CHECK_THROWS_AS(store::Database::schemaVersionOf(dir.filePath(QStringLiteral("missing.sqlite"))),
                    store::StoreError);
}

TEST_CASE("A search's word counts are kept across keystrokes until debtors are added", "[store][search]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    store::PortfolioRepository repo(t.db());
    const auto countsWords = [&](bool withBalance) {
        store::PortfolioQuery q;
        q.search = QStringLiteral("ruiz");
        q.filters.withBalanceOnly = withBalance;
        const QStringList statements = test::statementsDuring(t.db(), [&] { repo.fetchPage(q, std::nullopt, 10); });
        return std::any_of(statements.cbegin(), statements.cend(), [](const QString &sql) {
            return sql.contains(QLatin1String("count(*)")) && sql.contains(QLatin1String("debtor_words"));
        });
    };
    CHECK(countsWords(false));
    CHECK_FALSE(countsWords(true));  // another query, the same word: its count is kept

    for (int i = 0; i < 5; ++i)  // as an import would: the counts describe another file now
        test::addDebtor(t.db(), QStringLiteral("B-%1").arg(i), QStringLiteral("Beto Ruiz %1").arg(i));
    CHECK(countsWords(false));
    CHECK(namesFound(t.db(), QStringLiteral("ruiz")).size() == 6);
}

TEST_CASE("Read from the words table, a start shared by many words and one shared by few give the walk's rows",
          "[store][search]")
{
    // "ga" starts twenty later words of five debtors each: more than are
    // read one word at a time (the range is read whole and sorted); "gal"
    // starts three (each word's rows are read in their own name order);
    // "gar" starts five such words and six of one debtor each (those six
    // are read together and sorted, as the tax ids starting "garc" are).
    const QStringList surnames{
        QStringLiteral("Gaitán"), QStringLiteral("Galindo"), QStringLiteral("Gallego"), QStringLiteral("Galván"),
        QStringLiteral("Gamboa"), QStringLiteral("Gámez"), QStringLiteral("Gándara"), QStringLiteral("Garay"),
        QStringLiteral("García"), QStringLiteral("Garduño"), QStringLiteral("Garrido"), QStringLiteral("Garza"),
        QStringLiteral("Gastélum"), QStringLiteral("Gaona"), QStringLiteral("Gaxiola"), QStringLiteral("Gayosso"),
        QStringLiteral("Gabaldón"), QStringLiteral("Gadea"), QStringLiteral("Gaete"), QStringLiteral("Gavilán")};
    const QStringList firstNames{QStringLiteral("Ana"), QStringLiteral("Gabriel"), QStringLiteral("Luis"),
                                 QStringLiteral("Gala"), QStringLiteral("Marta")};
    const QStringList rareNames{QStringLiteral("Ana Garabito"), QStringLiteral("Luis Garcés"),
                                QStringLiteral("Marta Garfias"), QStringLiteral("Ana Garibay Ruiz"),
                                QStringLiteral("Gala Garmendia"), QStringLiteral("Luis Garnica")};
    test::TempDb t;
    {
        store::Transaction tx(t.db());
        int n = 0;
        for (const QString &surname : surnames)
            for (const QString &first : firstNames)
                test::addDebtor(t.db(), QStringLiteral("G-%1").arg(++n), first + u' ' + surname + QStringLiteral(" Ruiz"));
        for (const QString &name : rareNames)
            test::addDebtor(t.db(), QStringLiteral("G-%1").arg(++n), name);
        tx.commit();
    }
    const auto readsLightWordsTogether = [&](const QString &typed) {
        store::PortfolioRepository repo(t.db());
        repo.setWay(Way::Words);
        store::PortfolioQuery q;
        q.search = typed;
        const QStringList statements = test::statementsDuring(t.db(), [&] { repo.fetchPage(q, std::nullopt, 7); });
        return std::any_of(statements.cbegin(), statements.cend(),
                           [](const QString &sql) { return sql.contains(QLatin1String("json_each")); });
    };
    CHECK(readsLightWordsTogether(QStringLiteral("gar")));
    CHECK_FALSE(readsLightWordsTogether(QStringLiteral("gal")));  // no light word
    CHECK_FALSE(readsLightWordsTogether(QStringLiteral("ga")));   // the whole range
    for (const QString &typed : {QStringLiteral("ga"), QStringLiteral("gal"), QStringLiteral("gal ana"),
                                 QStringLiteral("ga luis"), QStringLiteral("gar"), QStringLiteral("gar ana"),
                                 QStringLiteral("garibay")}) {
        for (const bool ascending : {true, false}) {
            QList<QStringList> results;
            for (const Way way : {Way::Walk, Way::Words}) {
                store::PortfolioRepository repo(t.db());
                repo.setWay(way);
                store::PortfolioQuery q;
                q.search = typed;
                q.ascending = ascending;
                q.filters.today = QDate(2026, 3, 1);
                QStringList names;
                std::optional<store::PortfolioKey> after;
                for (QList<store::PortfolioRow> page; !(page = repo.fetchPage(q, after, 7)).isEmpty();
                     after = page.last().key)
                    for (const auto &row : page)
                        names << row.name;
                results << names;
            }
            INFO(typed.toStdString() << (ascending ? " ascending" : " descending"));
            CHECK_FALSE(results.first().isEmpty());
            CHECK(results.at(1) == results.first());
        }
    }
}
