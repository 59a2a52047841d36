#include "support/namesfound.h"

namespace libreta::test {

QStringList namesFound(store::Database &db, const QString &typed, store::PortfolioRepository::Way way)
{
    store::PortfolioRepository repo(db);
    repo.setWay(way);
    store::PortfolioQuery q;
    q.search = typed;
    q.filters.today = QDate(2026, 3, 1);
    QStringList names;
    for (const auto &row : repo.fetchPage(q, std::nullopt, 100))
        names << row.name;
    return names;
}

} // namespace libreta::test
