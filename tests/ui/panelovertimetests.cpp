// The Panel's Over time tab: this month day by day, this year month by
// month, with a dash where the promises' results are not final yet.

#include "debtorfiletesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include "domain/panelperiod.h"
#include "store/paymentrepository.h"
#include "store/targetrepository.h"
#include "ui/panelmodel.h"
#include "ui/panelview.h"

#include <QComboBox>
#include <QTableView>
#include <QLocale>

using namespace libreta;
using namespace libreta::domain;
using libreta::test::DeskLogin;

namespace {

// Today is Monday 2026-11-30; with two days of grace the promises' results
// are final up to the 27th.
const FixedClock kClock(QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC));

} // namespace

TEST_CASE("The Over time tab shows this month day by day and this year month by month", "[ui][panel]")
{
    test::TempDb t;
    const test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"));
    test::addCall(t.db(), debtor, people.ana, QDateTime(QDate(2026, 11, 10), QTime(16, 0), Qt::UTC));
    test::addCall(t.db(), debtor, people.beto, QDateTime(QDate(2026, 10, 11), QTime(16, 0), Qt::UTC),
                  AnsweredBy::Nobody);
    // Paid by a debtor nobody has: nothing of it is Ana's.
    Payment p;
    p.debtorId = debtor;
    p.paidOn = QDate(2026, 11, 20);
    p.amount = test::pesos(250);
    store::PaymentRepository(t.db()).add(p);
    store::TargetRepository(t.db()).setMonthlyRecovery(people.ana, test::pesos(3000));

    const DeskLogin login("sue");
    ui::PanelView view(t.db(), kClock);
    view.show();
    view.showOverTimeTab();
    const ui::PanelModel *steps = view.overTimeModel();
    const QLocale locale;
    REQUIRE(steps->rowCount() == 30);  // this month, the default period
    CHECK(steps->headerData(ui::PanelModel::Name, Qt::Horizontal).toString() == QStringLiteral("Day"));
    const QString tenth = steps->index(9, ui::PanelModel::Name).data().toString();
    CHECK(tenth.contains(locale.toString(QDate(2026, 11, 10), QLocale::ShortFormat)));
    CHECK(tenth.startsWith(locale.dayName(Qt::Tuesday, QLocale::ShortFormat)));
    CHECK(steps->index(9, ui::PanelModel::Calls).data().toString() == QStringLiteral("1"));
    // A day's share of Ana's target, and none of the 20th's money towards it.
    CHECK(steps->index(19, ui::PanelModel::Target).data().toString().contains(QStringLiteral("100.00")));
    CHECK(steps->index(19, ui::PanelModel::Recovered).data().toString().contains(QStringLiteral("250.00")));
    CHECK(steps->index(19, ui::PanelModel::TargetRate).data().toString() == QStringLiteral("0 %"));
    // The 27th's results are final, the 28th's not yet.
    CHECK(steps->index(26, ui::PanelModel::Kept).data().toString() == QStringLiteral("0"));
    CHECK(steps->index(27, ui::PanelModel::Kept).data().toString() == QStringLiteral("—"));
    CHECK(steps->index(27, ui::PanelModel::KeptRate).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("grace")));

    auto *period = view.findChild<QComboBox *>(QStringLiteral("periodCombo"));
    REQUIRE(period);
    period->setCurrentIndex(period->findData(int(PanelPeriod::ThisYear)));
    REQUIRE(steps->rowCount() == 11);  // January to November
    CHECK(steps->headerData(ui::PanelModel::Name, Qt::Horizontal).toString() == QStringLiteral("Month"));
    QString november = locale.standaloneMonthName(11, QLocale::LongFormat);
    november[0] = november.at(0).toUpper();
    CHECK(steps->index(10, ui::PanelModel::Name).data().toString() == november + QStringLiteral(" 2026"));
    CHECK(steps->index(10, ui::PanelModel::Target).data().toString().contains(QStringLiteral("3,000.00")));
    CHECK(steps->index(9, ui::PanelModel::Calls).data().toString() == QStringLiteral("1"));  // October
    CHECK(steps->index(10, ui::PanelModel::Name).data(Qt::ToolTipRole).toString().contains(
        locale.toString(QDate(2026, 11, 30), QLocale::ShortFormat)));
}

TEST_CASE("A month or a day double-clicked over time opens all its figures", "[ui][panel]")
{
    test::TempDb t;
    const test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"));
    test::addCall(t.db(), debtor, people.ana, QDateTime(QDate(2026, 11, 10), QTime(16, 0), Qt::UTC));
    test::addCall(t.db(), debtor, people.ana, QDateTime(QDate(2026, 11, 12), QTime(16, 0), Qt::UTC));
    test::addCall(t.db(), debtor, people.beto, QDateTime(QDate(2026, 10, 11), QTime(16, 0), Qt::UTC));

    const DeskLogin login("sue");
    ui::PanelView view(t.db(), kClock);
    view.show();
    view.showPeriod(PanelPeriod::ThisYear);
    view.showOverTimeTab();
    auto *period = view.findChild<QComboBox *>(QStringLiteral("periodCombo"));
    auto *table = view.findChild<QTableView *>(QStringLiteral("overTimeTable"));
    REQUIRE(period);
    REQUIRE(table);
    const ui::PanelModel *steps = view.overTimeModel();
    REQUIRE(steps->rowCount() == 11);
    CHECK(view.report().totals.calls == 3);
    const int items = period->count();
    // Opens the line `row` of Over time (a double-click): the days shown,
    // named in the period list as the line was, with their calls.
    const auto open = [&](int row, const QDate &from, const QDate &to, qint64 calls) {
        const QString name = steps->index(row, ui::PanelModel::Name).data().toString();
        Q_EMIT table->activated(steps->index(row, ui::PanelModel::Calls));
        CHECK(view.shownDays().from == from);
        CHECK(view.shownDays().to == to);
        CHECK(period->count() == items + 1);  // one opened entry, renamed each time
        CHECK(period->currentText() == name);
        CHECK(view.report().totals.calls == calls);
    };

    // October, from the year: its whole month, day by day.
    open(9, QDate(2026, 10, 1), QDate(2026, 10, 31), 1);
    CHECK(steps->rowCount() == 31);
    // Back to the year, then November: the month so far is read whole.
    period->setCurrentIndex(period->findData(int(PanelPeriod::ThisYear)));
    REQUIRE(steps->rowCount() == 11);
    open(10, QDate(2026, 11, 1), QDate(2026, 11, 30), 2);
    // A day of it alone, with the figures of that day only.
    open(9, QDate(2026, 11, 10), QDate(2026, 11, 10), 1);
    REQUIRE(steps->rowCount() == 1);
    CHECK(view.agentModel()->rowCount() >= 1);
}
