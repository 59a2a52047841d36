#include "store/database.h"
#include "store/portfoliorepository.h"
#include "store/sqlquery.h"
#include "store/transaction.h"
#include "support/fixtures.h"
#include "support/searchwords.h"
#include "support/statementtrace.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

#include <algorithm>

// A start too wide to read word by word ("g" starts twenty surnames of a
// hundred debtors each) is read by its first letter from debtor_initials
// (schema 40), and finds what walking the name order finds.

using namespace libreta;
using Way = store::PortfolioRepository::Way;

namespace {

QStringList firstPages(store::Database &db, Way way, const QString &typed, bool ascending, const QString &segment)
{
    store::PortfolioRepository repo(db);
    repo.setWay(way);
    store::PortfolioQuery q;
    q.search = typed;
    q.ascending = ascending;
    q.filters.segment = segment;
    q.filters.today = QDate(2026, 3, 1);
    QStringList names;
    std::optional<store::PortfolioKey> after;
    for (int pages = 0; pages < 4; ++pages) {
        const QList<store::PortfolioRow> page = repo.fetchPage(q, after, 9);
        if (page.isEmpty())
            break;
        for (const auto &row : page)
            names << row.name + u' ' + row.externalRef;
        after = page.last().key;
    }
    return names;
}

} // namespace

TEST_CASE("A wide start is read by its first letter and finds the walk's rows, filtered and both ways",
          "[store][search]")
{
    const QStringList surnames{
        QStringLiteral("Gaitán"), QStringLiteral("Galindo"), QStringLiteral("Gallego"), QStringLiteral("Galván"),
        QStringLiteral("Gamboa"), QStringLiteral("Gámez"), QStringLiteral("Gándara"), QStringLiteral("Garay"),
        QStringLiteral("García"), QStringLiteral("Garduño"), QStringLiteral("Garrido"), QStringLiteral("Garza"),
        QStringLiteral("Gil"), QStringLiteral("Gómez"), QStringLiteral("González"), QStringLiteral("Guerra"),
        QStringLiteral("Guzmán"), QStringLiteral("Godínez"), QStringLiteral("Gutiérrez"), QStringLiteral("Gallardo")};
    // Shops first in name order, whose later words rarely start "g": the
    // block a walk crosses before its page fills.
    const QStringList firstWords{QStringLiteral("Abarrotes"), QStringLiteral("Ana"), QStringLiteral("Gabriel"),
                                 QStringLiteral("Luis"), QStringLiteral("Marta")};
    test::TempDb t;
    {
        store::Transaction tx(t.db());
        int n = 0;
        for (int round = 0; round < 27; ++round)
            for (const QString &surname : surnames)
                for (const QString &first : firstWords) {
                    ++n;
                    const QString name = first == QLatin1String("Abarrotes")
                                             ? QString(first + QStringLiteral(" Ruiz Soto ") + QString::number(n))
                                             : QString(first + u' ' + surname + QStringLiteral(" Ruiz"));
                    test::addDebtor(t.db(), QStringLiteral("G-%1").arg(n), name);
                }
        store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET segment = 'Alto saldo' WHERE id % 3 = 0")).exec();
        tx.commit();
    }
    REQUIRE(test::debtorInitialsStored(t.db()) == test::debtorInitialsExpected(t.db()));

    const auto readsInitials = [&](const QString &typed) {
        store::PortfolioRepository repo(t.db());
        store::PortfolioQuery q;
        q.search = typed;
        const QStringList statements = test::statementsDuring(t.db(), [&] { repo.fetchPage(q, std::nullopt, 9); });
        return std::any_of(statements.cbegin(), statements.cend(),
                           [](const QString &sql) { return sql.contains(QLatin1String("debtor_initials")); });
    };
    CHECK(readsInitials(QStringLiteral("g")));  // 2,160 later words, of twenty surnames
    CHECK_FALSE(readsInitials(QStringLiteral("ga")));        // 1,404 words: read whole, as before
    CHECK_FALSE(readsInitials(QStringLiteral("gonzalez")));  // one word: read word by word

    for (const QString &typed : {QStringLiteral("g"), QStringLiteral("ga"), QStringLiteral("gar"),
                                 QStringLiteral("G ana"), QStringLiteral("ga ruiz"), QStringLiteral("gü")}) {
        for (const bool ascending : {true, false}) {
            for (const QString &segment : {QString(), QStringLiteral("Alto saldo")}) {
                INFO(typed.toStdString() << (ascending ? " ascending " : " descending ") << segment.toStdString());
                const QStringList walked = firstPages(t.db(), Way::Walk, typed, ascending, segment);
                const QStringList chosen = firstPages(t.db(), Way::Chosen, typed, ascending, segment);
                const QStringList byWords = firstPages(t.db(), Way::Words, typed, ascending, segment);
                if (typed != QLatin1String("gü"))
                    CHECK(walked.size() == 36);
                CHECK(chosen == walked);
                CHECK(byWords == walked);
            }
        }
    }
}
