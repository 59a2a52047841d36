// The portfolio ordered by the suggested approach, on a demo office: the
// store's order must be the domain's rule (store::approachfunction calls it),
// whichever way the store reads the rows.

#include "demooffice.h"

#include "domain/aging.h"
#include "domain/strategy.h"
#include "store/portfoliorepository.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QSet>

using namespace libreta;
using namespace libreta::domain;
using Way = store::PortfolioRepository::Way;

namespace {

const QDate kToday(2026, 3, 1);

// The debtors the query shows, in order, the same whether the store walks
// the order or gathers a set; read in pages of two.
QList<Id> shown(store::Database &db, const store::PortfolioQuery &q)
{
    QList<QList<Id>> results;
    for (const auto way : {Way::Chosen, Way::Walk, Way::Gather}) {
        store::PortfolioRepository repo(db);
        repo.setWay(way);
        QList<Id> ids;
        std::optional<store::PortfolioKey> after;
        for (QList<store::PortfolioRow> page; !(page = repo.fetchPage(q, after, 2)).isEmpty(); after = page.last().key)
            for (const auto &row : page)
                ids << row.debtorId;
        results << ids;
    }
    REQUIRE(results.at(0) == results.at(1));
    REQUIRE(results.at(0) == results.at(2));
    return results.at(0);
}

} // namespace

TEST_CASE("The suggested approach orders the portfolio by the domain's own rule, nothing owed last",
          "[store][portfolio][sort]")
{
    test::TempDb t;
    test::fillWithDemo(t.db(), 150, kToday);

    for (const bool ascending : {true, false}) {
        store::PortfolioQuery q;
        q.filters.today = kToday;
        q.sort = store::PortfolioSort::Approach;
        q.ascending = ascending;
        const QList<Id> ids = shown(t.db(), q);
        REQUIRE(ids.size() == 150);

        // Each row's section, worked out by the domain as the screen does.
        QMap<Id, int> section;
        store::PortfolioQuery all;
        all.filters.today = kToday;
        for (const auto &row : store::PortfolioRepository(t.db()).fetchPage(all, std::nullopt, 1000)) {
            if (!row.outstanding.isPositive()) {
                section.insert(row.debtorId, 3);
                continue;
            }
            StrategyInput in;
            in.outstanding = row.outstanding;
            in.daysPastDue = row.oldestDueDate ? daysPastDue(*row.oldestDueDate, kToday) : 0;
            in.risk = row.risk;
            in.value = row.value;
            in.promisesKept = row.promisesKept;
            in.promisesBroken = row.promisesBroken;
            in.willing = row.willing;
            in.able = row.able;
            section.insert(row.debtorId, int(suggestApproach(in).approach));
        }
        QSet<int> seen;
        for (int i = 1; i < ids.size(); ++i) {
            const int before = section.value(ids.at(i - 1)), here = section.value(ids.at(i));
            seen << before << here;
            INFO("rows " << i - 1 << " and " << i);
            if (before == here)
                CHECK((ascending ? ids.at(i - 1) < ids.at(i) : ids.at(i - 1) > ids.at(i)));
            else if (before == 3 || here == 3)
                CHECK(before != 3);  // nothing owed comes last either way
            else
                CHECK((ascending ? before < here : before > here));
        }
        CHECK(seen.size() >= 3);  // the demo has more than one approach
    }
}
