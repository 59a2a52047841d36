#include "domain/entities.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/portfoliorepository.h"
#include "store/sqlquery.h"
#include "store/transaction.h"
#include "support/fixtures.h"
#include "support/namesfound.h"
#include "support/olderfile.h"
#include "support/queryplan.h"
#include "support/statementtrace.h"
#include "support/tempdb.h"

#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

// A phone number's matches sorted by name, read from the digits index that
// carries each phone's debtor and its place in name order (schema 31).

using namespace libreta;
using namespace libreta::domain;
using Way = store::PortfolioRepository::Way;
using test::addPhones;
using test::namesFound;

namespace {

QString phoneNameKey(store::Database &db, const QString &digits)
{
    store::SqlQuery q(db, QStringLiteral("SELECT search_text FROM contact_phones WHERE digits = :d"));
    q.bind(QStringLiteral(":d"), digits).exec();
    return q.next() ? q.text(0) : QString();
}

QString debtorNameKey(store::Database &db, Id debtorId)
{
    store::SqlQuery q(db, QStringLiteral("SELECT search_text FROM debtors WHERE id = :id"));
    q.bind(QStringLiteral(":id"), debtorId).exec();
    return q.next() ? q.text(0) : QString();
}

// Every page of `query` read `way`, the names in the order shown.
QStringList allPages(store::Database &db, const store::PortfolioQuery &query, Way way)
{
    store::PortfolioRepository repo(db);
    repo.setWay(way);
    QStringList names;
    std::optional<store::PortfolioKey> after;
    for (QList<store::PortfolioRow> page; !(page = repo.fetchPage(query, after, 7)).isEmpty(); after = page.last().key)
        for (const auto &row : page)
            names << row.name;
    return names;
}

} // namespace

TEST_CASE("A phone number's matches in name order are the walk's, page after page, both ways and filtered",
          "[store][search]")
{
    test::TempDb t;
    const Id agent = test::addUser(t.db(), QStringLiteral("ana"), QStringLiteral("Ana Agente"), UserRole::Agent);
    const QStringList first{QStringLiteral("Lucía"), QStringLiteral("Óscar"), QStringLiteral("Inés"),
                            QStringLiteral("Raúl"), QStringLiteral("Ángela")};
    const QStringList last{QStringLiteral("Pérez"), QStringLiteral("Núñez"), QStringLiteral("Ortega"),
                           QStringLiteral("Zamora"), QStringLiteral("Bravo"), QStringLiteral("Gil"),
                           QStringLiteral("Vidal"), QStringLiteral("Soto")};
    {
        store::Transaction tx(t.db());
        for (int i = 0; i < 40; ++i) {
            const Id id = test::addDebtor(t.db(), QStringLiteral("T-%1").arg(i, 3, 10, QLatin1Char('0')),
                                          first.at(i % first.size()) + u' ' + last.at(i % last.size()));
            // Most have one phone starting 55 12; every fifth has a second
            // one (found once); every seventh none at all.
            QStringList phones;
            if (i % 7 != 0)
                phones << QStringLiteral("+52 55 12%1 0000").arg(i, 2, 10, QLatin1Char('0'));
            if (i % 5 == 0)
                phones << QStringLiteral("55 12%1 9999").arg(i, 2, 10, QLatin1Char('0'));
            if (!phones.isEmpty())
                addPhones(t.db(), id, phones);
            if (i % 2 == 0)
                store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET assigned_agent_id = :a WHERE id = :id"))
                    .bind(QStringLiteral(":a"), agent)
                    .bind(QStringLiteral(":id"), id)
                    .exec();
            if (i % 3 == 0)
                test::addInvoice(t.db(), id, QStringLiteral("A-%1").arg(i), QDate(2026, 1, 10), test::pesos(100));
        }
        // Found by their words and by an invoice's number, not by a phone.
        test::addDebtor(t.db(), QStringLiteral("W-1"), QStringLiteral("Local 55 12 Centro"));
        const Id byInvoice = test::addDebtor(t.db(), QStringLiteral("W-2"), QStringLiteral("Berta Ríos"));
        test::addInvoice(t.db(), byInvoice, QStringLiteral("FAC-5512007"), QDate(2026, 1, 10), test::pesos(50));
        // A phone that does not start so.
        addPhones(t.db(), test::addDebtor(t.db(), QStringLiteral("W-3"), QStringLiteral("Aurora Cano")),
                  {QStringLiteral("33 5512 0000")});
        tx.commit();
    }

    for (const QString &typed : {QStringLiteral("55 12"), QStringLiteral("5512"), QStringLiteral("+52 55 12"),
                                 QStringLiteral("55 120"), QStringLiteral("5512 05")}) {
        for (const bool ascending : {true, false}) {
            for (int filter = 0; filter < 3; ++filter) {
                store::PortfolioQuery q;
                q.search = typed;
                q.ascending = ascending;
                q.filters.today = QDate(2026, 3, 1);
                if (filter == 1)
                    q.filters.agentId = agent;
                if (filter == 2)
                    q.filters.withBalanceOnly = true;
                INFO(typed.toStdString() << (ascending ? " ascending" : " descending") << ", filter " << filter);
                const QStringList walked = allPages(t.db(), q, Way::Walk);
                CHECK(allPages(t.db(), q, Way::Words) == walked);
                CHECK(allPages(t.db(), q, Way::Gather) == walked);
                CHECK(allPages(t.db(), q, Way::Chosen) == walked);
                CHECK(walked.size() == QSet<QString>(walked.cbegin(), walked.cend()).size());  // each once
                if (typed == QLatin1String("55 12") && filter == 0) {
                    CHECK(walked.size() == 36 + 2);  // 40 less the four with no phone, and the two others
                    CHECK(walked.contains(QStringLiteral("Local 55 12 Centro")));
                    CHECK(walked.contains(QStringLiteral("Berta Ríos")));
                    CHECK_FALSE(walked.contains(QStringLiteral("Aurora Cano")));
                }
            }
        }
    }
}

TEST_CASE("Sorted by name, a phone number's matches are read from the digits index, no debtor walked or read",
          "[store][search]")
{
    test::TempDb t;
    {
        store::Transaction tx(t.db());
        for (int i = 0; i < 3000; ++i) {
            const Id id = test::addDebtor(t.db(), QStringLiteral("R-%1").arg(i, 5, 10, QLatin1Char('0')),
                                          QStringLiteral("Deudor %1 Ramírez").arg(i));
            if (i % 100 == 0)
                addPhones(t.db(), id, {QStringLiteral("+52 55 77%1 1234").arg(i / 100, 2, 10, QLatin1Char('0'))});
        }
        tx.commit();
    }
    const QStringList statements = test::statementsDuring(t.db(), [&] {
        CHECK(namesFound(t.db(), QStringLiteral("55 77")).size() == 30);
    });
    const auto phonesRead = std::find_if(statements.cbegin(), statements.cend(), [](const QString &sql) {
        return sql.contains(QLatin1String("p.search_text")) && sql.contains(QLatin1String("LIMIT"));
    });
    REQUIRE(phonesRead != statements.cend());
    const QString plan = test::queryPlan(t.db(), *phonesRead);
    INFO(plan.toStdString());
    CHECK(plan.contains(QLatin1String("SEARCH p USING COVERING INDEX contact_phones_digits (digits>? AND digits<?)")));
    // The name order is not walked: only the names that start with a typed
    // word are one range of it.
    CHECK_FALSE(plan.contains(QLatin1String("SCAN d")));
}

TEST_CASE("A phone keeps its debtor's place in name order through every write, and search follows it",
          "[store][search]")
{
    test::TempDb t;
    const Id ana = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    const Id beto = test::addDebtor(t.db(), QStringLiteral("B-1"), QStringLiteral("Beto Soto"));
    addPhones(t.db(), ana, {QStringLiteral("+52 55 1111 2222")});
    addPhones(t.db(), beto, {QStringLiteral("55 1111 3333")});
    CHECK(phoneNameKey(t.db(), QStringLiteral("525511112222")) == debtorNameKey(t.db(), ana));

    // Written without it (an older program, a hand-made import): the table fills it in.
    const Id contact = store::ContactRepository(t.db()).forDebtor(ana).first().id;
    store::SqlQuery(t.db(), QStringLiteral("INSERT INTO contact_phones (contact_id, number, digits) "
                                           "VALUES (:c, '55 3333 4444', '5533334444')"))
        .bind(QStringLiteral(":c"), contact)
        .exec();
    CHECK(phoneNameKey(t.db(), QStringLiteral("5533334444")) == debtorNameKey(t.db(), ana));

    // Renamed: Ana becomes Zoila and sorts after Beto.
    CHECK(namesFound(t.db(), QStringLiteral("55 1111"), Way::Words) ==
          QStringList({QStringLiteral("Ana Ruiz"), QStringLiteral("Beto Soto")}));
    store::DebtorRepository debtors(t.db());
    Debtor renamed = *debtors.byId(ana);
    renamed.name = QStringLiteral("Zoila Ruiz");
    debtors.update(renamed);
    CHECK(phoneNameKey(t.db(), QStringLiteral("525511112222")) == debtorNameKey(t.db(), ana));
    CHECK(phoneNameKey(t.db(), QStringLiteral("5533334444")) == debtorNameKey(t.db(), ana));
    CHECK(namesFound(t.db(), QStringLiteral("55 1111"), Way::Words) ==
          QStringList({QStringLiteral("Beto Soto"), QStringLiteral("Zoila Ruiz")}));

    // The contact moves to Beto: its phones take Beto's place.
    store::SqlQuery(t.db(), QStringLiteral("UPDATE contacts SET debtor_id = :b WHERE id = :c"))
        .bind(QStringLiteral(":b"), beto)
        .bind(QStringLiteral(":c"), contact)
        .exec();
    CHECK(phoneNameKey(t.db(), QStringLiteral("525511112222")) == debtorNameKey(t.db(), beto));
    CHECK(namesFound(t.db(), QStringLiteral("55 3333"), Way::Words) == QStringList{QStringLiteral("Beto Soto")});
    CHECK(namesFound(t.db(), QStringLiteral("55 1111"), Way::Words) == QStringList{QStringLiteral("Beto Soto")});
}

TEST_CASE("Schema step 31 gives the phones of a version 30 file their debtor's place in name order",
          "[store][search][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v30.sqlite"));
    test::writeFileAtVersion(
        path, 30,
        QStringLiteral("INSERT INTO debtors (external_ref, kind, name, search_text, created_at, updated_at) VALUES "
                       "('V-1', 'person', 'Zoila Ruiz', 'zoila ruiz v 1', 'x', 'x'), "
                       "('V-2', 'person', 'Ana Soto', 'ana soto v 2', 'x', 'x');"
                       "INSERT INTO debtor_totals (debtor_id) VALUES (1), (2);"
                       "INSERT INTO contacts (debtor_id, name, role) VALUES (1, 'Zoila Ruiz', 'debtor'), "
                       "(2, 'Ana Soto', 'debtor');"
                       "INSERT INTO contact_phones (contact_id, number, digits, debtor_id) VALUES "
                       "(1, '+52 55-2345-6789', '525523456789', 1), (2, '55 2345 0000', '5523450000', 2);"));

    store::Database db(path);
    CHECK(db.schemaVersion() >= 31);
    CHECK(phoneNameKey(db, QStringLiteral("525523456789")) == QStringLiteral("zoila ruiz v 1"));
    CHECK(phoneNameKey(db, QStringLiteral("5523450000")) == QStringLiteral("ana soto v 2"));
    CHECK(namesFound(db, QStringLiteral("55 2345"), Way::Words) ==
          QStringList({QStringLiteral("Ana Soto"), QStringLiteral("Zoila Ruiz")}));
}

TEST_CASE("No search statement tests its words with LIKE, which SQLite would compile again at every run",
          "[store][search]")
{
    // A LIKE whose pattern is a bound value marks the statement to be
    // compiled again whenever the value is bound (SQLite might use the
    // pattern's prefix on an index): every keystroke, every page.
    test::TempDb t;
    const Id ana = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana María Ruiz"));
    addPhones(t.db(), ana, {QStringLiteral("+52 55 1234 5678")});
    test::addInvoice(t.db(), ana, QStringLiteral("FAC-4452"), QDate(2026, 1, 10), test::pesos(100));
    for (const Way way : {Way::Chosen, Way::Walk, Way::Gather, Way::Words}) {
        for (const QString &typed : {QStringLiteral("maria"), QStringLiteral("ana ruiz"), QStringLiteral("55 1234"),
                                     QStringLiteral("fac-4452")}) {
            INFO(int(way) << " " << typed.toStdString());
            QStringList names;
            const QStringList statements =
                test::statementsDuring(t.db(), [&] { names = namesFound(t.db(), typed, way); });
            CHECK(names == QStringList{QStringLiteral("Ana María Ruiz")});
            for (const QString &sql : statements)
                CHECK_FALSE(sql.contains(QLatin1String(" LIKE ")));
        }
    }
}

TEST_CASE("A number typed with its country's code or an old Mexican prefix finds one stored without them",
          "[store][search]")
{
    test::TempDb t;
    addPhones(t.db(), test::addDebtor(t.db(), QStringLiteral("M-1"), QStringLiteral("Refaccionaria Garza")),
              {QStringLiteral("81 8000 1234")});
    addPhones(t.db(), test::addDebtor(t.db(), QStringLiteral("M-2"), QStringLiteral("Ana Soto")),
              {QStringLiteral("52 1234 5678")});
    const QStringList garza{QStringLiteral("Refaccionaria Garza")};
    for (const Way way : {Way::Chosen, Way::Walk, Way::Gather, Way::Words}) {
        INFO(int(way));
        CHECK(namesFound(t.db(), QStringLiteral("+52 81 8000 1234"), way) == garza);
        CHECK(namesFound(t.db(), QStringLiteral("0052 81 8000"), way) == garza);
        CHECK(namesFound(t.db(), QStringLiteral("044 81 8000 1234"), way) == garza);
        CHECK(namesFound(t.db(), QStringLiteral("+52 1 81 8000 1234"), way) == garza);
        CHECK(namesFound(t.db(), QStringLiteral("01 81 8000 1234"), way) == garza);
        // Digits that only start like a calling code are a number of their own.
        CHECK(namesFound(t.db(), QStringLiteral("52 1234"), way) == QStringList{QStringLiteral("Ana Soto")});
        CHECK(namesFound(t.db(), QStringLiteral("5281 8000"), way).isEmpty());
    }
}

TEST_CASE("A number kept with its country's code is found however the prefix is typed", "[store][search]")
{
    test::TempDb t;
    addPhones(t.db(), test::addDebtor(t.db(), QStringLiteral("M-1"), QStringLiteral("Hugo Núñez")),
              {QStringLiteral("+52 55-8811-7888")});
    const QStringList hugo{QStringLiteral("Hugo Núñez")};
    for (const Way way : {Way::Chosen, Way::Walk, Way::Gather, Way::Words}) {
        INFO(int(way));
        for (const QString &typed :
             {QStringLiteral("55 8811 7888"), QStringLiteral("+52 55 8811 7888"), QStringLiteral("0052 55 8811 7888"),
              QStringLiteral("044 55 8811 7888"), QStringLiteral("01 55 8811 7888"),
              QStringLiteral("+52 1 55 8811 7888")}) {
            INFO(typed.toStdString());
            CHECK(namesFound(t.db(), typed, way) == hugo);
        }
    }
}

TEST_CASE("A number kept with 00 and its country's code, as Spanish spreadsheets write it, is found however typed",
          "[store][search]")
{
    test::TempDb t;
    addPhones(t.db(), test::addDebtor(t.db(), QStringLiteral("E-1"), QStringLiteral("Ángela Fernández-Sáez")),
              {QStringLiteral("0034 91 222 33 44")});
    const QStringList angela{QStringLiteral("Ángela Fernández-Sáez")};
    for (const Way way : {Way::Chosen, Way::Walk, Way::Gather, Way::Words}) {
        INFO(int(way));
        for (const QString &typed : {QStringLiteral("91 222 33 44"), QStringLiteral("912223344"),
                                     QStringLiteral("+34 91 222 33 44"), QStringLiteral("0034 912 223 344"),
                                     QStringLiteral("91 222")}) {
            INFO(typed.toStdString());
            CHECK(namesFound(t.db(), typed, way) == angela);
        }
    }
}
