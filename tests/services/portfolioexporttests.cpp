// The portfolio export reads an order by a column in one sorted statement
// (ExportRepository::portfolio); the table reads it a page at a time
// (PortfolioRepository). Both must list the same debtors in the same order,
// whatever the search, filters and order.

#include "demooffice.h"

#include "domain/entitycodes.h"
#include "store/contactrepository.h"
#include "store/debtorrepository.h"
#include "store/exportrepository.h"
#include "store/portfoliorepository.h"
#include "store/sqlquery.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using domain::Id;

namespace {

const QDate kToday(2026, 3, 1);

// A line as text: its debtor and the key it sorts by.
QString describe(const store::PortfolioRow &r)
{
    return QStringLiteral("%1|%2").arg(r.debtorId).arg(r.key.value.toString());
}

QStringList paged(store::Database &db, const store::PortfolioQuery &q)
{
    store::PortfolioRepository repo(db);
    QStringList out;
    std::optional<store::PortfolioKey> after;
    for (QList<store::PortfolioRow> page; !(page = repo.fetchPage(q, after, 40)).isEmpty(); after = page.last().key)
        for (const auto &r : page)
            out << describe(r);
    return out;
}

QStringList exported(store::Database &db, const store::PortfolioQuery &q)
{
    QStringList out;
    store::ExportRepository(db).portfolio(q,
                                          [&](const store::PortfolioRow &r, const store::DebtorDetails &) { out << describe(r); });
    return out;
}

// What the export adds, as the debtor's file reads it: the debtor's own
// contact's first phone and e-mail (the first such contact that has one).
QString detailsOf(store::Database &db, Id debtorId)
{
    const domain::Debtor d = *store::DebtorRepository(db).byId(debtorId);
    QString phone, email;
    for (const domain::Contact &c : store::ContactRepository(db).forDebtor(debtorId)) {
        if (c.role != domain::ContactRole::Debtor)
            continue;
        if (phone.isEmpty() && !c.phones.isEmpty())
            phone = c.phones.first().number;
        if (email.isEmpty() && !c.emails.isEmpty())
            email = c.emails.first().address;
    }
    return QStringList{domain::toCode(d.kind), d.taxId, d.address, d.city, phone, email}.join(u'|');
}

} // namespace

TEST_CASE("The portfolio export lists what the table pages through, in its order, for every search, filter and "
          "order",
          "[export][portfolio]")
{
    test::TempDb t;
    test::fillWithDemo(t.db(), 250, kToday);
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

TEST_CASE("The portfolio export gives each debtor's kind, tax id, address and own phone and e-mail",
          "[export][portfolio]")
{
    test::TempDb t;
    test::fillWithDemo(t.db(), 120, kToday);
    store::PortfolioQuery q;
    q.filters.today = kToday;
    int rows = 0;
    int withPhone = 0;
    store::ExportRepository(t.db()).portfolio(q, [&](const store::PortfolioRow &r, const store::DebtorDetails &d) {
        const QString got = QStringList{domain::toCode(d.kind), d.taxId, d.address, d.city, d.phone, d.email}.join(u'|');
        CHECK(got == detailsOf(t.db(), r.debtorId));
        ++rows;
        withPhone += d.phone.isEmpty() ? 0 : 1;
    });
    CHECK(rows == 120);
    CHECK(withPhone > 60);  // the demo gives most debtors a phone
}
