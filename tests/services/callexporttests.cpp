// The calls export reads the whole history in the table's order and sorts
// it once; some days are a range of the (started_at) index. Both ways list
// the calls in the same order.

#include "demooffice.h"

#include "store/exportrepository.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;

namespace {

const QDate kToday(2026, 3, 1);

QStringList callsOf(store::Database &db, const std::optional<QDate> &from, const std::optional<QDate> &to)
{
    QStringList out;
    store::ExportRepository(db).calls(from, to, [&](const store::CallLine &l) {
        out << l.startedAt.toString(Qt::ISODateWithMs) + u'|' + l.debtorRef + u'|' + l.nextStep;
    });
    return out;
}

} // namespace

TEST_CASE("The whole call history is exported in time order, as a range of days is", "[export]")
{
    test::TempDb t;
    test::fillWithDemo(t.db(), 60, kToday);
    const QStringList whole = callsOf(t.db(), std::nullopt, std::nullopt);
    REQUIRE(whole.size() > 200);  // a year of calls
    // Bounds wider than the history read the index's range instead.
    CHECK(callsOf(t.db(), QDate(2000, 1, 1), QDate(2100, 1, 1)) == whole);
    QStringList sorted = whole;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QString &a, const QString &b) { return a.section(u'|', 0, 0) < b.section(u'|', 0, 0); });
    CHECK(sorted == whole);
}
