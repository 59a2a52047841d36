// The Panel over time: the period day by day (a year month by month) up to
// today, each step everyone's figures added up, with the targets of the
// agents the table by agent would list and the money those agents brought.

#include "panelofficefixture.h"
#include "servicetesthelpers.h"

#include "services/panelservice.h"
#include "store/settingsrepository.h"
#include "store/targetrepository.h"

using namespace libreta;
using namespace libreta::domain;
using namespace libreta::services;

using test::panel::Office;
using test::panel::kEveryResultFinal;
using test::panel::kFrom;
using test::panel::kTo;

namespace {

const PanelNamedLine &stepOn(const PanelReport &r, const QDate &day)
{
    for (const PanelNamedLine &line : r.overTime)
        if (line.days.from <= day && day <= line.days.to)
            return line;
    FAIL("no step holds " << day.toString(Qt::ISODate).toStdString());
    return r.overTime.first();
}

store::PanelFigures added(const PanelReport &r)
{
    store::PanelFigures sum;
    for (const PanelNamedLine &line : r.overTime)
        sum += line.figures;
    return sum;
}

} // namespace

TEST_CASE("The Panel over time reads a month day by day and its days add up to the month", "[services][panel]")
{
    Office o;
    PanelService panel(o.t.db(), o.people.sue);
    const PanelReport r = panel.read(kFrom, kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    CHECK_FALSE(r.overTimeByMonth);
    REQUIRE(r.overTime.size() == 30);
    CHECK(r.overTime.first().days.from == kFrom);
    CHECK(r.overTime.last().days.to == kTo);
    const store::PanelFigures sum = added(r);
    CHECK(sum.calls == r.totals.calls);
    CHECK(sum.contacts == r.totals.contacts);
    CHECK(sum.promisesMade == r.totals.promisesMade);
    CHECK(sum.promised == r.totals.promised);
    CHECK(sum.promisesKept == r.totals.promisesKept);
    CHECK(sum.recovered == r.totals.recovered);
    // Ana's talk and promise of the 10th, her debtor's payment of the 19th,
    // the promise kept on its date, the 20th; a quiet day is a line too.
    CHECK(stepOn(r, QDate(2026, 11, 10)).figures.contacts == 1);
    CHECK(stepOn(r, QDate(2026, 11, 10)).figures.promisesMade == 1);
    CHECK(stepOn(r, QDate(2026, 11, 19)).figures.recovered == test::pesos(500));
    CHECK(stepOn(r, QDate(2026, 11, 20)).figures.promisesKept == 1);
    CHECK(stepOn(r, QDate(2026, 11, 25)).figures.calls == 0);
    CHECK_FALSE(stepOn(r, QDate(2026, 11, 20)).resultsPending);
}

TEST_CASE("The Panel over time stops at today and leaves the results of days still in their grace pending",
          "[services][panel]")
{
    Office o;
    PanelService panel(o.t.db(), o.people.sue);
    // On the 22nd, with two days of grace, results are final up to the 19th:
    // the promise of the 20th has none yet, and the days after the 22nd
    // have no line.
    PanelReport r = panel.read(kFrom, kTo, std::nullopt, QStringLiteral("en"), QDate(2026, 11, 22));
    REQUIRE(r.overTime.size() == 22);
    CHECK_FALSE(stepOn(r, QDate(2026, 11, 19)).resultsPending);
    CHECK(stepOn(r, QDate(2026, 11, 20)).resultsPending);
    CHECK(stepOn(r, QDate(2026, 11, 20)).figures.promisesKept == 0);
    CHECK(stepOn(r, QDate(2026, 11, 20)).figures.calls == 0);
    r = panel.read(kFrom, kTo, std::nullopt, QStringLiteral("en"), QDate(2026, 11, 23));
    CHECK_FALSE(stepOn(r, QDate(2026, 11, 20)).resultsPending);
    CHECK(stepOn(r, QDate(2026, 11, 20)).figures.promisesKept == 1);
    // A period not begun yet has no steps.
    CHECK(panel.read(QDate(2027, 1, 1), QDate(2027, 1, 31), std::nullopt, QStringLiteral("en"), kTo)
              .overTime.isEmpty());
}

TEST_CASE("The Panel over time reads a year month by month up to today", "[services][panel]")
{
    Office o;
    PanelService panel(o.t.db(), o.people.sue);
    const QDate year(2026, 1, 1), yearEnd(2026, 12, 31);
    PanelReport r = panel.read(year, yearEnd, std::nullopt, QStringLiteral("en"), QDate(2026, 12, 9));
    CHECK(r.overTimeByMonth);
    REQUIRE(r.overTime.size() == 12);
    CHECK(r.overTime.last().days.from == QDate(2026, 12, 1));
    CHECK(r.overTime.last().days.to == QDate(2026, 12, 9));
    CHECK(stepOn(r, QDate(2026, 10, 15)).figures.recovered == test::pesos(80));  // nobody's payment
    const PanelNamedLine &november = stepOn(r, QDate(2026, 11, 15));
    CHECK(november.days.from == kFrom);
    CHECK(november.days.to == kTo);
    CHECK(november.figures.calls == 4);
    CHECK(november.figures.promisesKept == 1);
    CHECK(november.figures.recovered == test::pesos(500));
    CHECK(added(r).calls == r.totals.calls);
    CHECK(added(r).recovered == r.totals.recovered);
    // Read on the 22nd of November: the month's promise is not final yet.
    r = panel.read(year, yearEnd, std::nullopt, QStringLiteral("en"), QDate(2026, 11, 22));
    REQUIRE(r.overTime.size() == 11);
    CHECK(stepOn(r, QDate(2026, 11, 15)).figures.promisesKept == 0);
    CHECK_FALSE(stepOn(r, QDate(2026, 11, 15)).resultsPending);  // those up to the 19th are final
}

TEST_CASE("Each step of the Panel over time has the targets of its agents and what they recovered",
          "[services][panel]")
{
    Office o;
    store::TargetRepository targets(o.t.db());
    targets.setMonthlyRecovery(o.people.ana, test::pesos(1000));
    targets.setMonthlyRecovery(o.people.beto, test::pesos(3000));
    PanelService panel(o.t.db(), o.people.sue);
    PanelReport r =
        panel.read(QDate(2026, 1, 1), QDate(2026, 12, 31), std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    const PanelNamedLine &november = stepOn(r, QDate(2026, 11, 15));
    CHECK(november.target == test::pesos(4000));
    CHECK(november.towardsTarget == test::pesos(500));  // Ana's debtor's
    // October: the only money came from a debtor nobody has, so none of
    // it counts towards the agents' targets.
    const PanelNamedLine &october = stepOn(r, QDate(2026, 10, 15));
    CHECK(october.figures.recovered == test::pesos(80));
    CHECK(october.target == test::pesos(4000));
    CHECK(october.towardsTarget == Money());
    // Day by day: each day its share of the agents' month, taken once.
    r = panel.read(kFrom, kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    CHECK(stepOn(r, QDate(2026, 11, 19)).target == targetOver(test::pesos(4000), {kFrom, kFrom}));
    CHECK(stepOn(r, QDate(2026, 11, 19)).towardsTarget == test::pesos(500));
    // Two targets of 100.00: a November day is 6.67 of them, not two
    // shares of 3.33 rounded apart.
    targets.setMonthlyRecovery(o.people.ana, test::pesos(100));
    targets.setMonthlyRecovery(o.people.beto, test::pesos(100));
    r = panel.read(kFrom, kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    CHECK(stepOn(r, QDate(2026, 11, 19)).target == Money::fromMinor(667));
    targets.setMonthlyRecovery(o.people.ana, test::pesos(1000));
    targets.setMonthlyRecovery(o.people.beto, test::pesos(3000));
    // One agent read: their own target alone.
    r = panel.read(kFrom, kTo, o.people.beto, QStringLiteral("en"), kEveryResultFinal);
    CHECK(stepOn(r, QDate(2026, 11, 19)).figures.recovered == Money());
    CHECK(stepOn(r, QDate(2026, 11, 19)).target == targetOver(test::pesos(3000), {kFrom, kFrom}));
    // With no agent's target, a step has none.
    targets.setMonthlyRecovery(o.people.ana, std::nullopt);
    targets.setMonthlyRecovery(o.people.beto, std::nullopt);
    r = panel.read(kFrom, kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    for (const PanelNamedLine &line : r.overTime)
        CHECK_FALSE(line.target.has_value());
}
