// The Panel section: the period's figures for the office or one agent, in
// cards and in tables by agent, segment and technique; an agent sees their
// own; an empty period says so. Beside them, what is owed today by age.

#include "debtorfiletesthelpers.h"
#include "platform/translations.h"
#include "services/reviewservice.h"
#include "store/callrepository.h"
#include "store/followuprepository.h"
#include "store/adjustmentrepository.h"
#include "store/paymentrepository.h"
#include "store/sqlquery.h"
#include "store/targetrepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "domain/panelperiod.h"
#include "ui/agendamodel.h"
#include "ui/agendaview.h"
#include "ui/agingmodel.h"
#include "ui/followthroughmodel.h"
#include "ui/mainwindow.h"
#include "ui/portfoliofilterbar.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"
#include "ui/panelmodel.h"
#include "ui/panelview.h"

#include <QFont>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QHeaderView>
#include <QTableView>

#include <tuple>

using namespace libreta;
using namespace libreta::domain;
using libreta::test::DeskLogin;

namespace {

// Today is 2026-11-30 (noon UTC: the same day in any office zone tested).
const FixedClock kClock(QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC));

// The main window shown on its Panel section, and the Panel.
ui::PanelView *showPanel(ui::MainWindow &window)
{
    window.show();
    window.showSection(ui::MainWindow::DashboardSection);
    auto *panel = window.findChild<ui::PanelView *>();
    REQUIRE(panel);
    return panel;
}

// The title of the tab of tables the Panel shows.
QString shownTab(const ui::PanelView &view)
{
    const auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("tables"));
    REQUIRE(tabs);
    return tabs->tabText(tabs->currentIndex());
}

struct PanelDesk {
    test::TempDb t;
    test::TwoAgentsAndSupervisor people;

    PanelDesk()
    {
        people = test::addTwoAgentsAndSupervisor(t.db());
        const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"));
        test::addCall(t.db(), debtor, people.ana, QDateTime(QDate(2026, 11, 10), QTime(16, 0), Qt::UTC));
        test::addCall(t.db(), debtor, people.beto, QDateTime(QDate(2026, 11, 11), QTime(16, 0), Qt::UTC),
                      AnsweredBy::Nobody);
        test::addCall(t.db(), debtor, people.beto, QDateTime(QDate(2026, 10, 11), QTime(16, 0), Qt::UTC),
                      AnsweredBy::Nobody);
        Payment p;
        p.debtorId = debtor;
        p.paidOn = QDate(2026, 11, 20);
        p.amount = test::pesos(250);
        store::PaymentRepository(t.db()).add(p);
    }
};

} // namespace

TEST_CASE("A supervisor reads the month's figures, then one agent's, then last month's", "[ui][panel]")
{
    PanelDesk d;
    // A correction of 100.00 on the 21st: taken off, not recovered.
    const Id other = test::addDebtor(d.t.db(), QStringLiteral("B-1"));
    Adjustment j;
    j.debtorId = other;
    j.kind = AdjustmentKind::Correction;
    j.amount = test::pesos(100);
    j.note = QStringLiteral("Flete cobrado dos veces.");
    j.createdAt = QDateTime(QDate(2026, 11, 21), QTime(16, 0), Qt::UTC);
    j.lines = {{test::addInvoice(d.t.db(), other, QStringLiteral("F-1"), QDate(2026, 10, 1), test::pesos(500)),
                test::pesos(100)}};
    store::AdjustmentRepository(d.t.db()).add(j);
    // Sue scored Ana's conversation: three stages, 4 + 5 + 3.
    const Id anaCall = store::SqlQuery(d.t.db(), QStringLiteral("SELECT id FROM calls WHERE agent_id = %1")
                                                     .arg(d.people.ana))
                           .execScalar();
    QualityReview review;
    review.callId = anaCall;
    review.scores = {4, 5, 3, std::nullopt, std::nullopt};
    services::ReviewService(d.t.db(), kClock, d.people.sue).save(review);
    const DeskLogin login("sue");
    ui::PanelView view(d.t.db(), kClock);
    view.show();
    CHECK(view.report().totals.calls == 2);  // this month, the default
    CHECK(test::child<QLabel>(&view, "callsCard")->text().contains(QStringLiteral(">2<")));
    CHECK(test::child<QLabel>(&view, "recoveredCard")->text().contains(QStringLiteral("250.00")));
    CHECK(test::child<QLabel>(&view, "recoveredCard")->text().contains(QStringLiteral("100.00$ taken off without payment")));
    CHECK_FALSE(test::child<QLabel>(&view, "emptyLabel")->isVisible());
    // Ana, Beto and the payment and correction of debtors nobody has, then
    // the whole office: what the cards say.
    REQUIRE(view.agentModel()->rowCount() == 4);
    CHECK(view.agentModel()->index(3, ui::PanelModel::Name).data().toString() == QStringLiteral("Whole office"));
    CHECK(view.agentModel()->index(3, ui::PanelModel::Calls).data().toString() == QStringLiteral("2"));
    CHECK(view.agentModel()->index(3, ui::PanelModel::Recovered).data().toString().contains(QStringLiteral("250.00")));
    CHECK(view.agentModel()->index(3, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(view.agentModel()->agentAt(3).has_value());
    CHECK(view.segmentModel()->rowCount() == 1);
    CHECK(view.agentModel()->headerData(ui::PanelModel::Recovered, Qt::Horizontal).toString() == QStringLiteral("Recovered"));
    CHECK(view.agentModel()->headerData(ui::PanelModel::Adjusted, Qt::Horizontal).toString() == QStringLiteral("Taken off"));
    // The Scores tab: the agents who made calls, with their reviews.
    const ui::PanelModel *scores = view.scoreModel();
    CHECK(scores->headerData(ui::PanelModel::Score, Qt::Horizontal).toString() == QStringLiteral("Score"));
    CHECK(scores->headerData(ui::PanelModel::NegotiationScore, Qt::Horizontal).toString() == QStringLiteral("Negotiation"));
    REQUIRE(scores->rowCount() == 2);  // nobody's payment and correction made no call
    const auto rowOf = [scores](Id agent) {
        for (int r = 0; r < scores->rowCount(); ++r)
            if (scores->agentAt(r) == std::optional<Id>(agent))
                return r;
        return -1;
    };
    REQUIRE(rowOf(d.people.ana) >= 0);
    REQUIRE(rowOf(d.people.beto) >= 0);
    const auto ana = [&](int column) { return scores->index(rowOf(d.people.ana), column).data().toString(); };
    CHECK(ana(ui::PanelModel::Reviewed) == QStringLiteral("1"));
    CHECK(ana(ui::PanelModel::Score) == QStringLiteral("4.0"));
    CHECK(ana(ui::PanelModel::ListeningScore) == QStringLiteral("5.0"));
    CHECK(ana(ui::PanelModel::CloseScore) == QStringLiteral("—"));  // left unscored
    CHECK(scores->index(rowOf(d.people.beto), ui::PanelModel::Score).data().toString() == QStringLiteral("—"));

    auto *agent = test::child<QComboBox>(&view, "agentCombo");
    CHECK(agent->isEnabled());
    // Enter on Beto's line of the table by agent shows his figures alone.
    int betoRow = -1;
    for (int r = 0; r < view.agentModel()->rowCount(); ++r)
        if (view.agentModel()->agentAt(r) == std::optional<Id>(d.people.beto))
            betoRow = r;
    REQUIRE(betoRow >= 0);
    auto *table = test::child<QTableView>(&view, "agentTable");
    table->setCurrentIndex(view.agentModel()->index(betoRow, 0));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(agent->currentData().toLongLong() == d.people.beto);
    CHECK(view.report().totals.calls == 1);
    CHECK(view.report().totals.contacts == 0);
    REQUIRE(view.agentModel()->rowCount() == 1);
    CHECK(view.agentModel()->index(0, ui::PanelModel::ContactRate).data().toString() == QStringLiteral("0 %"));

    auto *period = test::child<QComboBox>(&view, "periodCombo");
    period->setCurrentIndex(period->findText(QStringLiteral("Last month")));
    CHECK(view.report().totals.calls == 1);
    CHECK(test::child<QLabel>(&view, "rangeLabel")->text().startsWith(QLocale().toString(QDate(2026, 10, 1), QLocale::ShortFormat)));

    // Export… asks for the days and the agent shown; on the Scores tab, for their scores.
    QSignalSpy asked(&view, &ui::PanelView::exportRequested);
    QSignalSpy scoresAsked(&view, &ui::PanelView::scoresExportRequested);
    auto *tabs = test::child<QTabWidget>(&view, "tables");
    tabs->setCurrentWidget(test::child<QWidget>(&view, "scoreTab"));
    test::child<QPushButton>(&view, "exportButton")->click();
    CHECK(scoresAsked.size() == 1);
    CHECK(asked.isEmpty());
    // By agent: the table as shown; over time: the period's daily figures.
    QSignalSpy tableAsked(&view, &ui::PanelView::tableExportRequested);
    tabs->setCurrentWidget(test::child<QWidget>(&view, "agentTab"));
    test::child<QPushButton>(&view, "exportButton")->click();
    REQUIRE(tableAsked.size() == 1);
    CHECK(tableAsked.first().at(0).value<services::PanelTableExport::Table>() ==
          services::PanelTableExport::Table::ByAgent);
    CHECK(asked.isEmpty());
    tabs->setCurrentWidget(test::child<QWidget>(&view, "overTimeTab"));
    test::child<QPushButton>(&view, "exportButton")->click();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().at(0).toDate() == QDate(2026, 10, 1));
    CHECK(asked.first().at(1).toDate() == QDate(2026, 10, 31));
    CHECK(asked.first().at(2).value<std::optional<Id>>() == std::optional<Id>(d.people.beto));

    period->setCurrentIndex(period->findText(QStringLiteral("Today")));
    CHECK(view.report().totals.calls == 0);
    CHECK(test::child<QLabel>(&view, "emptyLabel")->isVisible());
}

TEST_CASE("The table by agent shows each agent's target of the period and how much of it came in", "[ui][panel]")
{
    PanelDesk d;
    // The 250.00 paid on the 20th was for a debtor nobody has: Ana's line
    // recovers nothing of her 1,000.00; nobody's line has no target.
    store::TargetRepository(d.t.db()).setMonthlyRecovery(d.people.ana, test::pesos(1000));
    const DeskLogin login("sue");
    ui::PanelView view(d.t.db(), kClock);
    view.show();
    const ui::PanelModel *agents = view.agentModel();
    CHECK(agents->columnCount() == ui::PanelModel::LineColumnCount);
    CHECK(view.segmentModel()->columnCount() == ui::PanelModel::Target);  // a segment has no target
    CHECK(agents->headerData(ui::PanelModel::TargetRate, Qt::Horizontal).toString() == QStringLiteral("Of target"));
    int ana = -1;
    for (int row = 0; row < agents->rowCount(); ++row)
        if (agents->agentAt(row) == d.people.ana)
            ana = row;
    REQUIRE(ana >= 0);
    CHECK(agents->index(ana, ui::PanelModel::Target).data().toString().contains(QStringLiteral("1,000.00")));
    CHECK(agents->index(ana, ui::PanelModel::TargetRate).data().toString() == QStringLiteral("0 %"));
    const int office = agents->rowCount() - 1;
    for (int row = 0; row < office; ++row)
        if (agents->agentAt(row) != d.people.ana)
            CHECK(agents->index(row, ui::PanelModel::TargetRate).data().toString() == QStringLiteral("—"));
    // The office's line adds up the targets, and reads against them what
    // the agents who have one recovered.
    CHECK(agents->index(office, ui::PanelModel::Target).data().toString().contains(QStringLiteral("1,000.00")));
    CHECK(agents->index(office, ui::PanelModel::TargetRate).data().toString() == QStringLiteral("0 %"));
    // Money recovered and the target come right after the name, in view.
    const QHeaderView *header = test::child<QTableView>(&view, "agentTable")->horizontalHeader();
    CHECK(header->visualIndex(ui::PanelModel::Recovered) == 1);
    CHECK(header->visualIndex(ui::PanelModel::Target) == 2);
    CHECK(header->visualIndex(ui::PanelModel::TargetRate) == 3);
    // Past the target reads past 100 %: twice the target is not just made.
    CHECK(ui::PanelModel::percentReached(201, 100) == QStringLiteral("201 %"));
    CHECK(ui::PanelModel::percentReached(1999, 2000) == QStringLiteral("99 %"));
    CHECK(ui::PanelModel::percentReached(0, 2000) == QStringLiteral("0 %"));
    CHECK(ui::PanelModel::percentReached(5, 0) == QStringLiteral("—"));
}

TEST_CASE("The By reason tab lists the reasons the month's calls recorded, with what their promises came to",
          "[ui][panel]")
{
    PanelDesk d;
    const Id debtor = test::addDebtor(d.t.db(), QStringLiteral("R-1"));
    for (const int day : {12, 13}) {
        Call call;
        call.debtorId = debtor;
        call.agentId = d.people.ana;
        call.startedAt = QDateTime(QDate(2026, 11, day), QTime(16, 0), Qt::UTC);
        call.endedAt = call.startedAt.addSecs(200);
        call.answeredBy = AnsweredBy::Debtor;
        call.outcome = day == 12 ? CallOutcome::Refusal : CallOutcome::Promise;
        call.excuseCategory = ExcuseCategory::WaitingForCustomer;
        call.excuseKind = ExcuseKind::Argument;
        store::CallRepository(d.t.db()).add(call);
    }
    const DeskLogin login("sue");
    ui::PanelView view(d.t.db(), kClock);
    view.show();
    view.showReasonTab();
    CHECK(shownTab(view) == QStringLiteral("By reason"));
    const ui::PanelModel *reasons = view.reasonModel();
    CHECK(reasons->headerData(ui::PanelModel::Technique, Qt::Horizontal).toString() ==
          QStringLiteral("Reason for not paying"));
    CHECK(reasons->headerData(ui::PanelModel::TechniqueCalls, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          QStringLiteral("Calls made in the period that recorded the reason"));
    REQUIRE(reasons->rowCount() == 1);
    CHECK_FALSE(reasons->index(0, ui::PanelModel::Technique).data().toString().isEmpty());
    CHECK(reasons->index(0, ui::PanelModel::TechniqueCalls).data().toString() == QStringLiteral("2"));
    CHECK(reasons->index(0, ui::PanelModel::Won).data().toString() == QStringLiteral("1"));
    CHECK(reasons->index(0, ui::PanelModel::WonRate).data().toString() == QStringLiteral("50 %"));
}

TEST_CASE("The Follow-through tab shows each agent's tasks and call-backs of the month and the share done on time",
          "[ui][panel]")
{
    PanelDesk d;
    const Id debtor = test::addDebtor(d.t.db(), QStringLiteral("R-1"));
    store::FollowUpRepository followUps(d.t.db());
    const auto add = [&](FollowUpKind kind, int day) {
        return test::addFollowUp(d.t.db(), debtor, kind, QDate(2026, 11, day), d.people.ana);
    };
    followUps.complete(add(FollowUpKind::SendInvoiceCopy, 10), QStringLiteral("Enviada"),
                       QDateTime(QDate(2026, 11, 10), QTime(17, 0), Qt::UTC));
    followUps.complete(add(FollowUpKind::Callback, 12), QStringLiteral("Llamada hecha"),
                       QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC));
    add(FollowUpKind::SendStatement, 20);
    add(FollowUpKind::Callback, 30);  // today's
    // Put off on its day, the 26th, to today.
    followUps.reschedule(add(FollowUpKind::NoteFollowUp, 26), QDate(2026, 11, 30), std::nullopt, QDate(2026, 11, 26));
    const DeskLogin login("sue");
    ui::PanelView view(d.t.db(), kClock);
    view.show();
    view.showFollowThroughTab();
    CHECK(shownTab(view) == QStringLiteral("Follow-through"));
    const ui::FollowThroughModel *model = view.followThroughModel();
    REQUIRE(model->rowCount() == 1);
    const auto cell = [model](int column) { return model->index(0, column).data().toString(); };
    CHECK(cell(ui::FollowThroughModel::Agent) == QStringLiteral("Ana Ruiz"));
    CHECK(cell(ui::FollowThroughModel::Due) == QStringLiteral("5"));
    CHECK(cell(ui::FollowThroughModel::OnTime) == QStringLiteral("1"));
    CHECK(cell(ui::FollowThroughModel::Late) == QStringLiteral("1"));
    CHECK(cell(ui::FollowThroughModel::Cancelled) == QStringLiteral("0"));
    CHECK(cell(ui::FollowThroughModel::Overdue) == QStringLiteral("1"));
    CHECK(cell(ui::FollowThroughModel::NotYetDue) == QStringLiteral("2"));
    CHECK(cell(ui::FollowThroughModel::OnTimeRate) == QStringLiteral("33 %"));
    CHECK(cell(ui::FollowThroughModel::PutOff) == QStringLiteral("1"));
    CHECK(model->headerData(ui::FollowThroughModel::PutOff, Qt::Horizontal).toString() == QStringLiteral("Put off"));
    CHECK(model->headerData(ui::FollowThroughModel::PutOff, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("once its day had come")));
    CHECK(model->headerData(ui::FollowThroughModel::Overdue, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          QStringLiteral("Still open, and due before today"));

    // Export… on this tab asks for these counts, not the period's figures.
    QSignalSpy figures(&view, &ui::PanelView::exportRequested);
    QSignalSpy followThrough(&view, &ui::PanelView::followThroughExportRequested);
    auto *exportButton = test::child<QPushButton>(&view, "exportButton");
    CHECK(exportButton->toolTip().startsWith(QStringLiteral("The tasks and call-backs of the period")));
    exportButton->click();
    REQUIRE(followThrough.size() == 1);
    CHECK(figures.isEmpty());
    CHECK(followThrough.first().at(0).toDate() == QDate(2026, 11, 1));
}

TEST_CASE("The Panel's cards write every count as the desk writes numbers", "[ui][panel]")
{
    PanelDesk d;
    // A busy month: 1,234 payments besides the desk's one, kept as the triggers keep them.
    store::SqlQuery(d.t.db(), QStringLiteral("INSERT INTO daily_figures (day, agent_id, segment, payments, recovered) "
                                             "VALUES ('2026-11-05', %1, 'retail', 1234, 123400)")
                                  .arg(d.people.ana))
        .exec();
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const DeskLogin login("sue");
    ui::PanelView view(d.t.db(), kClock);
    view.show();
    const QString recovered = test::child<QLabel>(&view, "recoveredCard")->text();
    QLocale::setDefault(before);
    CHECK(view.report().totals.payments == 1235);
    CHECK(recovered.contains(QStringLiteral("1,235 payment")));
}

TEST_CASE("An agent's Panel shows their own figures only", "[ui][panel]")
{
    PanelDesk d;
    const DeskLogin login("ana");
    ui::PanelView view(d.t.db(), kClock);
    view.show();
    auto *agent = test::child<QComboBox>(&view, "agentCombo");
    CHECK_FALSE(agent->isEnabled());
    CHECK(agent->currentText() == QStringLiteral("Ana Ruiz"));
    CHECK(view.report().totals.calls == 1);
    CHECK(view.report().totals.contacts == 1);
    {
        // One contact is one in Spanish too ("1 contacto", not "1 contactos").
        struct SpanishScope {
            SpanishScope() { platform::installTranslators(QLocale(QLocale::Spanish, QLocale::Mexico)); }
            ~SpanishScope() { platform::installTranslators(QLocale::c()); }
        } spanish;
        view.reload();
        CHECK(test::child<QLabel>(&view, "callsCard")->text().contains(QStringLiteral("1 contacto (")));
    }
    CHECK(view.agentModel()->rowCount() == 1);
}

TEST_CASE("The Panel is the main window's fourth section, and a payment shows in it", "[ui][panel][mainwindow]")
{
    PanelDesk d;
    const DeskLogin login("sue");
    ui::MainWindow window(std::move(d.t.database));
    ui::PanelView *panel = showPanel(window);
    CHECK(panel->isVisible());
    const qint64 before = panel->report().totals.payments;
    Payment p;
    p.debtorId = 1;
    p.paidOn = QDate::currentDate();
    p.amount = test::pesos(10);
    store::PaymentRepository(window.database()).add(p);
    window.findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();  // F5
    CHECK(panel->report().totals.payments == before + 1);
}

TEST_CASE("The Panel's aging table adds up what is owed by age, and an age opens its debtors in the portfolio",
          "[ui][panel][aging]")
{
    PanelDesk d;
    // Two debtors of Ana's who owe: one 40 days late, one not due yet.
    for (const auto &[ref, late, amount] : {std::tuple{"B-1", 40, 700}, std::tuple{"B-2", -3, 300}}) {
        const Id debtor = test::addDebtor(d.t.db(), QString::fromLatin1(ref));
        store::SqlQuery(d.t.db(), QStringLiteral("UPDATE debtors SET assigned_agent_id = :a, segment = 'Medio' "
                                                 "WHERE id = :d"))
            .bind(QStringLiteral(":a"), d.people.ana)
            .bind(QStringLiteral(":d"), debtor)
            .exec();
        test::addInvoice(d.t.db(), debtor, QStringLiteral("F-%1").arg(QLatin1String(ref)),
                         QDate::currentDate().addDays(-late), test::pesos(amount));
        store::TotalsRepository(d.t.db()).refresh(debtor);
    }
    const DeskLogin login("sue");
    ui::MainWindow window(std::move(d.t.database));
    ui::PanelView *panel = showPanel(window);
    REQUIRE(test::waitFor([&] { return panel->agingReady(); }));
    const ui::AgingModel *aging = panel->agingModel();
    REQUIRE(aging->rowCount() == 7);  // six ages and the total
    CHECK(aging->index(0, ui::AgingModel::Age).data().toString() == QStringLiteral("Current"));
    CHECK(aging->index(0, ui::AgingModel::Debtors).data().toString() == QStringLiteral("1"));
    CHECK(aging->index(2, ui::AgingModel::Age).data().toString() == QStringLiteral("31–60 days"));
    CHECK(aging->index(2, ui::AgingModel::Share).data().toString() == QStringLiteral("70 %"));
    CHECK(aging->index(6, ui::AgingModel::Debtors).data().toString() == QStringLiteral("2"));
    CHECK(aging->total() == test::pesos(1000));
    CHECK(aging->headerData(ui::AgingModel::FirstSegment, Qt::Horizontal).toString() == QStringLiteral("Medio"));

    auto *table = test::child<QTableView>(panel, "agingTable");
    Q_EMIT table->activated(aging->index(2, ui::AgingModel::Age));
    CHECK(window.currentSection() == ui::MainWindow::PortfolioSection);
    const store::PortfolioFilters filters = window.portfolioView()->filterBar()->filters();
    REQUIRE(filters.aging);
    CHECK(*filters.aging == AgingBucket::Days31To60);
    CHECK_FALSE(filters.agentId);  // the Panel was reading the whole office
    CHECK(test::waitFor([&] { return window.portfolioView()->model()->rowCount() == 1; }));

    // One agent chosen: her debtors of that age.
    window.showSection(ui::MainWindow::DashboardSection);
    auto *agent = test::child<QComboBox>(panel, "agentCombo");
    agent->setCurrentIndex(agent->findData(d.people.ana));
    REQUIRE(test::waitFor([&] { return panel->agingReady(); }));
    CHECK(aging->total() == test::pesos(1000));
    Q_EMIT table->activated(aging->index(0, ui::AgingModel::Age));
    const store::PortfolioFilters hers = window.portfolioView()->filterBar()->filters();
    CHECK(hers.agentId == d.people.ana);
    CHECK(hers.aging == AgingBucket::Current);
}

TEST_CASE("An agent of the Follow-through tab opens what they have left from earlier days in the agenda",
          "[ui][panel]")
{
    PanelDesk d;
    const Id debtor = test::addDebtor(d.t.db(), QStringLiteral("S-1"));
    // The window reads the real clock: yesterday's items are overdue today.
    const QDate today = QDate::currentDate();
    test::addFollowUp(d.t.db(), debtor, FollowUpKind::SendStatement, today.addDays(-1), d.people.ana);
    test::addFollowUp(d.t.db(), debtor, FollowUpKind::Callback, today.addDays(-1), d.people.beto);
    const DeskLogin login("sue");
    ui::MainWindow window(std::move(d.t.database));
    ui::PanelView *panel = showPanel(window);
    panel->showFollowThroughTab();
    const ui::FollowThroughModel *model = panel->followThroughModel();
    if (today.day() == 1)  // yesterday was last month's: the month shown holds nothing
        test::child<QComboBox>(panel, "periodCombo")->setCurrentIndex(3);  // Last month
    REQUIRE(model->rowCount() == 2);
    const int betoRow = model->agentAt(0) == d.people.beto ? 0 : 1;
    REQUIRE(model->agentAt(betoRow) == d.people.beto);

    Q_EMIT test::child<QTableView>(panel, "followThroughTable")->activated(model->index(betoRow, 0));
    CHECK(window.currentSection() == ui::MainWindow::AgendaSection);
    ui::AgendaView *agenda = window.agendaView();
    CHECK(agenda->view() == ui::AgendaView::View::Overdue);
    CHECK(agenda->model()->scope().who == store::AgendaScope::Who::Agent);
    CHECK(agenda->model()->scope().agentId == d.people.beto);
    CHECK(agenda->model()->total() == 1);  // his call-back, not Ana's statement
}

TEST_CASE("An agent's aging table is their own debtors'", "[ui][panel][aging]")
{
    PanelDesk d;
    const Id hers = test::addDebtor(d.t.db(), QStringLiteral("H-1"));
    store::SqlQuery(d.t.db(), QStringLiteral("UPDATE debtors SET assigned_agent_id = :a WHERE id = :d"))
        .bind(QStringLiteral(":a"), d.people.ana)
        .bind(QStringLiteral(":d"), hers)
        .exec();
    test::addInvoice(d.t.db(), hers, QStringLiteral("F-H1"), QDate::currentDate().addDays(-10), test::pesos(80));
    store::TotalsRepository(d.t.db()).refresh(hers);
    const Id other = test::addDebtor(d.t.db(), QStringLiteral("O-1"));
    test::addInvoice(d.t.db(), other, QStringLiteral("F-O1"), QDate::currentDate().addDays(-10), test::pesos(500));
    store::TotalsRepository(d.t.db()).refresh(other);
    const DeskLogin login("ana");
    ui::PanelView view(d.t.db(), kClock);
    view.show();
    REQUIRE(test::waitFor([&] { return view.agingReady(); }));
    CHECK(view.agingModel()->total() == test::pesos(80));
}

TEST_CASE("Export… on the By age tab asks for the aging report, elsewhere for the period's figures",
          "[ui][panel][aging]")
{
    PanelDesk d;
    const DeskLogin login("sue");
    ui::PanelView view(d.t.db(), kClock);
    view.show();
    QSignalSpy figures(&view, &ui::PanelView::exportRequested);
    QSignalSpy aging(&view, &ui::PanelView::agingExportRequested);
    auto *button = test::child<QPushButton>(&view, "exportButton");
    view.showOverTimeTab();
    button->click();
    CHECK(figures.count() == 1);
    view.showAgingTab();
    CHECK(button->toolTip().startsWith(QStringLiteral("What is owed today")));
    button->click();
    CHECK(aging.count() == 1);
    CHECK(figures.count() == 1);
}

TEST_CASE("The kept card counts the promises whose grace is over, and says up to which date", "[ui][panel]")
{
    PanelDesk d;
    // Kept on the 20th. Today is the 30th and the office gives 2 days of
    // grace: the results up to the 27th are final, so the promise due on
    // the 29th waits, and so does the one due on 2 December though already
    // paid.
    const Id paid = test::addDebtor(d.t.db(), QStringLiteral("C-1"));
    const Id kept = test::addPromise(d.t.db(), paid, test::pesos(300), QDate(2026, 11, 20), QDate(2026, 11, 10));
    const Id waiting = test::addDebtor(d.t.db(), QStringLiteral("C-2"));
    test::addPromise(d.t.db(), waiting, test::pesos(200), QDate(2026, 11, 29), QDate(2026, 11, 15));
    const Id early = test::addPromise(d.t.db(), paid, test::pesos(100), QDate(2026, 12, 2), QDate(2026, 11, 25));
    for (const Id id : {kept, early})
        store::SqlQuery(d.t.db(), QStringLiteral("UPDATE promises SET status = 'kept', paid = amount, "
                                                 "resolved_on = '2026-11-20' WHERE id = :id"))
            .bind(QStringLiteral(":id"), id)
            .exec();
    const DeskLogin login("sue");
    ui::PanelView view(d.t.db(), kClock);
    view.show();
    auto *period = test::child<QComboBox>(&view, "periodCombo");
    auto *keptCard = test::child<QLabel>(&view, "keptCard");
    CHECK(view.report().resultsTo == QDate(2026, 11, 27));
    CHECK(view.report().totals.promisesResolved() == 1);
    const QString upTo = QLocale().toString(QDate(2026, 11, 27), QLocale::ShortFormat);
    CHECK(keptCard->text().contains(QStringLiteral("1 of 1 dated up to ") + upTo));
    // Why the one in its grace days is not counted yet (the office's 2 days).
    CHECK(keptCard->toolTip().contains(QStringLiteral("whose 2 grace day")));

    // This year: the same cut, whole months read by month.
    period->setCurrentIndex(period->findData(int(PanelPeriod::ThisYear)));
    CHECK(view.report().totals.promisesKept == 1);
    CHECK(keptCard->text().contains(QStringLiteral("dated up to ") + upTo));
    // Today: none of its promises is final yet, which the card says.
    period->setCurrentIndex(period->findData(int(PanelPeriod::Today)));
    CHECK(view.report().totals.promisesResolved() == 0);
    CHECK(keptCard->text().contains(QStringLiteral("None has ended its grace days yet")));
    // Last month's promises are all final.
    period->setCurrentIndex(period->findData(int(PanelPeriod::LastMonth)));
    CHECK(view.report().resultsTo == QDate(2026, 10, 31));
    CHECK(keptCard->text().contains(QStringLiteral("0 of 0 resolved")));
}

TEST_CASE("The aging table's shares add up to the total's 100 percent", "[ui][panel][aging]")
{
    // As the demo office showed it: rounded down one by one, 96 %.
    QList<store::AgingLine> lines;
    const qint64 owed[] = {1230, 1430, 1480, 993, 1890, 2980};
    for (int age = 0; age < 6; ++age)
        lines.append({AgingBucket(age), QStringLiteral("Medio"), 1, test::pesos(owed[age])});
    ui::AgingModel aging;
    aging.setLines(lines, ui::MoneyFormatter());
    QStringList shares;
    int sum = 0;
    for (int row = 0; row < 6; ++row) {
        const QString share = aging.index(row, ui::AgingModel::Share).data().toString();
        shares << share;
        sum += share.section(QLatin1Char(' '), 0, 0).toInt();
    }
    CHECK(shares == QStringList{QStringLiteral("12 %"), QStringLiteral("14 %"), QStringLiteral("15 %"),
                                QStringLiteral("10 %"), QStringLiteral("19 %"), QStringLiteral("30 %")});
    CHECK(sum == 100);
    CHECK(aging.index(6, ui::AgingModel::Share).data().toString() == QStringLiteral("100 %"));
}
