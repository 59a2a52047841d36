#include "portfoliosweep.h"

#include "store/database.h"
#include "store/portfoliorepository.h"
#include "store/userrepository.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace libreta::bench {

namespace {

constexpr double kFrameMs = 16.0;

struct Filter {
    const char *name;
    std::function<void(store::PortfolioFilters &)> set;
};

struct Line {
    double first = 0, again = 0, next = 0;
    QString text;
};

double msOf(const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int PortfolioSweep::run()
{
    store::Database db(m_demo.path);
    std::optional<domain::Id> agent;
    for (const domain::User &u : store::UserRepository(db).all())
        if (u.role == domain::UserRole::Agent && !agent)
            agent = u.id;
    const QList<Filter> filters{
        {"none", [](store::PortfolioFilters &) {}},
        {"agent", [agent](store::PortfolioFilters &f) { f.agentId = agent; }},
        {"unassigned", [](store::PortfolioFilters &f) { f.unassigned = true; }},
        {"aging 91-180", [](store::PortfolioFilters &f) { f.aging = domain::AgingBucket::Days91To180; }},
        {"active", [](store::PortfolioFilters &f) { f.status = domain::DebtorStatus::Active; }},
        {"segment", [](store::PortfolioFilters &f) { f.segment = QStringLiteral("Alto saldo"); }},
        {"with balance", [](store::PortfolioFilters &f) { f.withBalanceOnly = true; }},
        {"broken promise", [](store::PortfolioFilters &f) { f.brokenPromise = true; }},
        {"promise due", [](store::PortfolioFilters &f) { f.promiseDue = true; }},
        {"nothing scheduled", [](store::PortfolioFilters &f) { f.nothingScheduled = true; }},
        {"do not contact", [](store::PortfolioFilters &f) { f.doNotContact = true; }},
        {"agent, aging 31-60",
         [agent](store::PortfolioFilters &f) {
             f.agentId = agent;
             f.aging = domain::AgingBucket::Days31To60;
         }},
    };
    // An invoice number's digits, with its series, and a start a year's
    // numbers share (schema 28) beside names and a phone.
    const QStringList searches{QString(),          QStringLiteral("garcia"),   QStringLiteral("maria"),
                               QStringLiteral("ma"), QStringLiteral("55 23"),  QStringLiteral("4452"),
                               QStringLiteral("fac-4452"), QStringLiteral("2026")};
    const char *sorts[] = {"name",     "reference", "outstanding", "days late", "last contact", "next action",
                           "segment",  "risk",      "agent",       "status",    "promise",      "approach"};
    QList<Line> slow;
    int combinations = 0;
    for (const Filter &filter : filters) {
        for (const QString &search : searches) {
            for (int sort = 0; sort < 12; ++sort) {
                for (const bool ascending : {true, false}) {
                    store::PortfolioRepository repo(db);  // nothing counted or remembered yet
                    store::PortfolioQuery q;
                    q.sort = store::PortfolioSort(sort);
                    q.ascending = ascending;
                    q.search = search;
                    q.filters.today = m_demo.date;
                    filter.set(q.filters);
                    QList<store::PortfolioRow> page;
                    Line line;
                    line.first = msOf([&] { page = repo.fetchPage(q, std::nullopt, 61); });
                    line.again = msOf([&] { page = repo.fetchPage(q, std::nullopt, 61); });
                    const std::optional<store::PortfolioKey> after =
                        page.isEmpty() ? std::nullopt : std::optional<store::PortfolioKey>(page.last().key);
                    line.next = msOf([&] { repo.fetchPage(q, after, 61); });
                    ++combinations;
                    if (std::max({line.first, line.again, line.next}) <= kFrameMs)
                        continue;
                    line.text = QStringLiteral("%1 | %2 | %3 %4 | %5 ms | %6 ms | %7 ms")
                                    .arg(QString::fromLatin1(filter.name),
                                         search.isEmpty() ? QStringLiteral("—") : u'"' + search + u'"',
                                         QString::fromLatin1(sorts[sort]),
                                         ascending ? QStringLiteral("↑") : QStringLiteral("↓"))
                                    .arg(line.first, 0, 'f', 1)
                                    .arg(line.again, 0, 'f', 1)
                                    .arg(line.next, 0, 'f', 1);
                    slow.append(line);
                }
            }
        }
    }
    std::sort(slow.begin(), slow.end(), [](const Line &a, const Line &b) { return a.again > b.again; });
    std::printf("Portfolio sweep, %d debtors: %d of %d combinations over %.0f ms (first page, again, next page)\n\n",
                m_demo.debtors, int(slow.size()), combinations, kFrameMs);
    std::printf("| filter | search | sort | first | again | next |\n|---|---|---|--:|--:|--:|\n");
    for (const Line &line : std::as_const(slow))
        std::printf("| %s |\n", qPrintable(line.text));
    return int(slow.size());
}

} // namespace libreta::bench
