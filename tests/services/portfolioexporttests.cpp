// The portfolio export reads an order by a column in one sorted statement
// (ExportRepository::portfolio); the table reads it a page at a time
// (PortfolioRepository). Both must list the same debtors in the same order,
// whatever the search, filters and order.

#include "domain/entitycodes.h"
#include "services/demogenerator.h"
#include "store/exportrepository.h"
#include "store/portfoliorepository.h"
#include "store/sqlquery.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using domain::Id;

namespace {

const QDate kToday(2026, 3, 1);

// A line as text: its debtor, the key it sorts by and what the export adds.
QString describe(const store::PortfolioRow &r, const store::DebtorDetails &d)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(r.debtorId)
        .arg(r.key.value.toString(), domain::toCode(d.kind), d.taxId, d.address, d.city, d.phone, d.email);
}

QStringList paged(store::Database &db, const store::PortfolioQuery &q)
{
    store::PortfolioRepository repo(db);
    store::ExportRepository details(db);
    QStringList out;
    std::optional<store::PortfolioKey> after;
    for (QList<store::PortfolioRow> page; !(page = repo.fetchPage(q, after, 40)).isEmpty(); after = page.last().key) {
        QList<Id> ids;
        for (const auto &r : page)
            ids << r.debtorId;
        const auto byId = details.debtorDetails(ids);
        for (const auto &r : page)
            out << describe(r, byId.value(r.debtorId));
    }
    return out;
}

QStringList exported(store::Database &db, const store::PortfolioQuery &q)
{
    QStringList out;
    store::ExportRepository(db).portfolio(
        q, [&](const store::PortfolioRow &r, const store::DebtorDetails &d) { out << describe(r, d); });
    return out;
}

} // namespace

TEST_CASE("The portfolio export lists what the table pages through, in its order, for every search, filter and "
          "order",
          "[export][portfolio]")
{
    test::TempDb t;
    services::DemoOptions demo;
    demo.debtors = 250;
    demo.today = kToday;
    services::generateDemo(t.db(), demo);
    const Id agent = store::SqlQuery(t.db(), QStringLiteral("SELECT assigned_agent_id FROM debtors "
                                                            "WHERE assigned_agent_id IS NOT NULL LIMIT 1"))
                         .execScalar();
    const QString segment = store::PortfolioRepository(t.db()).segments().value(0);

    QList<std::function<void(store::PortfolioQuery &)>> queries{
        [](store::PortfolioQuery &) {},
        [](store::PortfolioQuery &q) { q.search = QStringLiteral("maria"); },
        [](store::PortfolioQuery &q) { q.search = QStringLiteral("garcía l"); },
        [](store::PortfolioQuery &q) { q.search = QStringLiteral("55"); },  // phones too
        [](store::PortfolioQuery &q) { q.search = QStringLiteral("cli-0001"); },
        [](store::PortfolioQuery &q) { q.filters.aging = domain::AgingBucket::Days31To60; },
        [](store::PortfolioQuery &q) { q.filters.aging = domain::AgingBucket::Current; },
        [agent](store::PortfolioQuery &q) { q.filters.agentId = agent; },
        [](store::PortfolioQuery &q) { q.filters.unassigned = true; },
        [](store::PortfolioQuery &q) { q.filters.doNotContact = true; },
        [](store::PortfolioQuery &q) { q.filters.brokenPromise = true; },
        [](store::PortfolioQuery &q) { q.filters.promiseDue = true; },
        [](store::PortfolioQuery &q) { q.filters.nothingScheduled = true; },
        [](store::PortfolioQuery &q) { q.filters.status = domain::DebtorStatus::Legal; },
        [segment](store::PortfolioQuery &q) {
            q.filters.segment = segment;
            q.filters.withBalanceOnly = true;
            q.search = QStringLiteral("a");
        },
    };
    int compared = 0;
    for (int sort = 0; sort <= int(store::PortfolioSort::Approach); ++sort) {
        for (const bool ascending : {true, false}) {
            for (qsizetype i = 0; i < queries.size(); ++i) {
                store::PortfolioQuery q;
                q.filters.today = kToday;
                q.sort = store::PortfolioSort(sort);
                q.ascending = ascending;
                queries.at(i)(q);
                INFO("sort " << sort << (ascending ? " ascending" : " descending") << ", query " << i);
                const QStringList want = paged(t.db(), q);
                CHECK(exported(t.db(), q) == want);
                compared += int(want.size());
            }
        }
    }
    CHECK(compared > 5000);  // most queries show something
}
