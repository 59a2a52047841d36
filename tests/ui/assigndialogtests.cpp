// Debtor ▸ Assign debtors: a supervisor shares the debtors a
// search finds between two agents; an agent is refused.

#include "debtorfiletesthelpers.h"
#include "deskwindow.h"
#include "hardwareshops.h"
#include "store/debtorrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/assigndialog.h"
#include "ui/itemroles.h"
#include "ui/mainwindow.h"
#include "ui/portfoliofilterbar.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace libreta;
using namespace libreta::domain;
using test::child;

namespace {

using Office = test::HardwareShops;

std::optional<Id> agentOf(store::Database &db, Id debtor) { return store::DebtorRepository(db).byId(debtor)->assignedAgentId; }

void save(QDialog *dialog) { child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click(); }

} // namespace

TEST_CASE("A supervisor shares the debtors a search finds between two agents", "[ui][assignment]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    window.portfolioView()->search(QStringLiteral("ferreteria"));
    REQUIRE(test::waitFor([&] { return window.portfolioView()->model()->query().search == QStringLiteral("ferreteria"); }));

    ui::AssignDialog *dialog = window.showAssignDebtors();
    CHECK(dialog->pendingCount() == 4);
    CHECK(child<QLabel>(dialog, "countLabel")->text() == QStringLiteral("4 debtor(s) will be assigned."));
    child<QRadioButton>(dialog, "shareRadio")->setChecked(true);
    auto *list = child<QListWidget>(dialog, "agentList");
    REQUIRE(list->count() == 3);  // Ana, Beto and Susana; the agents ticked
    int ticked = 0;
    for (int i = 0; i < list->count(); ++i)
        ticked += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    CHECK(ticked == 2);
    save(dialog);
    REQUIRE(test::waitFor([dialog] { return !dialog->isVisible(); }));

    store::Database &db = window.database();
    // Largest balance first, in turn: Ferretería 4 and 2 to the first agent, 3 and 1 to the second.
    CHECK(agentOf(db, o.ferreterias[3]) == agentOf(db, o.ferreterias[1]));
    CHECK(agentOf(db, o.ferreterias[2]) == agentOf(db, o.ferreterias[0]));
    CHECK(agentOf(db, o.ferreterias[3]) != agentOf(db, o.ferreterias[2]));
    CHECK(agentOf(db, o.ferreterias[3]).has_value());
    CHECK_FALSE(agentOf(db, o.other).has_value());  // not shown: left alone
}

TEST_CASE("A supervisor picks debtors in the portfolio and gives just those to an agent", "[ui][assignment]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    window.showSection(ui::MainWindow::PortfolioSection);
    ui::PortfolioView *view = window.portfolioView();
    auto *table = view->findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(table);
    ui::PortfolioModel *model = view->model();
    REQUIRE(model->rowCount() == 5);
    // Click one row, Ctrl+click another, as a person picks them.
    const auto rowOf = [model](Id debtor) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ui::IdRole).toLongLong() == debtor)
                return row;
        return -1;
    };
    const QModelIndex first = model->index(rowOf(o.ferreterias[0]), ui::PortfolioModel::Name);
    const QModelIndex second = model->index(rowOf(o.other), ui::PortfolioModel::Name);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, table->visualRect(second).center());
    const QList<Id> picked = view->selectedDebtorIds();
    REQUIRE(picked.size() == 2);
    CHECK(picked.contains(o.ferreterias[0]));
    CHECK(picked.contains(o.other));

    ui::AssignDialog *dialog = window.showAssignDebtors();
    auto *selected = child<QRadioButton>(dialog, "selectedRadio");
    CHECK(selected->isVisible());
    CHECK(selected->isChecked());
    CHECK(selected->text() == QStringLiteral("The 2 debtor(s) se&lected in the portfolio"));
    CHECK(dialog->pendingCount() == 2);
    // All shown counts the five again; back to the two picked.
    child<QRadioButton>(dialog, "allShownRadio")->setChecked(true);
    CHECK(dialog->pendingCount() == 5);
    selected->setChecked(true);
    CHECK(dialog->pendingCount() == 2);
    // To one agent: nobody is chosen until the supervisor chooses.
    auto *agent = child<QComboBox>(dialog, "agentCombo");
    CHECK(agent->currentIndex() == -1);
    save(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorFor(QStringLiteral("agents")).startsWith(QStringLiteral("Agent: choose who")));
    CHECK_FALSE(agentOf(window.database(), o.other).has_value());
    agent->setCurrentIndex(agent->findData(o.people.ana));
    save(dialog);  // two debtors: no question asked
    REQUIRE(test::waitFor([dialog] { return !dialog->isVisible(); }));

    store::Database &db = window.database();
    CHECK(agentOf(db, o.ferreterias[0]) == o.people.ana);
    CHECK(agentOf(db, o.other) == o.people.ana);
    for (int i = 1; i < 4; ++i)
        CHECK_FALSE(agentOf(db, o.ferreterias[i]).has_value());
}

TEST_CASE("With one row selected the form starts on the debtors shown, and offers the one", "[ui][assignment]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    window.portfolioView()->focusResults();  // the cursor's row is selected
    ui::AssignDialog *dialog = window.showAssignDebtors();
    auto *selected = child<QRadioButton>(dialog, "selectedRadio");
    CHECK(selected->isVisible());
    CHECK_FALSE(selected->isChecked());
    CHECK(child<QRadioButton>(dialog, "allShownRadio")->isChecked());
    CHECK(dialog->pendingCount() == 5);
    selected->setChecked(true);
    CHECK(dialog->pendingCount() == 1);
}

TEST_CASE("An agent cannot assign debtors", "[ui][assignment]")
{
    Office o;
    test::DeskWindow desk(o.t, "ana");
    ui::MainWindow &window = desk.window;
    // Her portfolio opens on her own debtors: she looks at everyone's.
    window.portfolioView()->filterBar()->clear();
    ui::AssignDialog *dialog = window.showAssignDebtors();
    CHECK(dialog->pendingCount() == 5);
    CHECK(child<QLabel>(dialog, "shownLabel")->text().contains(QStringLiteral("Only a supervisor")));
    CHECK_FALSE(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->isEnabled());
    dialog->reject();
}

TEST_CASE("Sharing among nobody ticked is refused beside the choice, and nothing changes", "[ui][assignment]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    ui::AssignDialog *dialog = window.showAssignDebtors();
    child<QRadioButton>(dialog, "shareRadio")->setChecked(true);
    auto *list = child<QListWidget>(dialog, "agentList");
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Unchecked);
    save(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->errorFor(QStringLiteral("agents")).startsWith(QStringLiteral("Agents: tick at least one")));
    for (const Id id : o.ferreterias)
        CHECK_FALSE(agentOf(window.database(), id).has_value());
    // Only those with no agent yet: the count follows the tick.
    child<QRadioButton>(dialog, "oneRadio")->setChecked(true);
    auto *agent = child<QComboBox>(dialog, "agentCombo");
    agent->setCurrentIndex(agent->findData(o.people.beto));
    child<QCheckBox>(dialog, "onlyUnassignedCheck")->setChecked(true);
    CHECK(dialog->pendingCount() == 5);
    save(dialog);
    REQUIRE(test::waitFor([dialog] { return !dialog->isVisible(); }));
    for (const Id id : o.ferreterias)
        CHECK(agentOf(window.database(), id).has_value());

    // Asked again for those with no agent, there are none: the refusal
    // comes back from the work's thread and the form stays open on it.
    ui::AssignDialog *again = window.showAssignDebtors();
    auto *againAgent = child<QComboBox>(again, "agentCombo");
    againAgent->setCurrentIndex(againAgent->findData(o.people.beto));
    child<QCheckBox>(again, "onlyUnassignedCheck")->setChecked(true);
    CHECK(again->pendingCount() == 0);
    save(again);
    REQUIRE(test::waitFor([again] { return !again->working(); }));
    CHECK(again->isVisible());
    CHECK(child<QLabel>(again, "generalError")->text().startsWith(QStringLiteral("No debtor matches")));
    again->reject();
}

TEST_CASE("More than a handful of debtors change hands only after the supervisor says so", "[ui][assignment]")
{
    Office o;
    // Seven debtors in all: more than the five given at a click.
    const Id third = test::addDebtor(o.t.db(), QStringLiteral("T-1"), QStringLiteral("Tlapalería Ruiz"));
    const Id fourth = test::addDebtor(o.t.db(), QStringLiteral("T-2"), QStringLiteral("Tornillos del Bajío"));
    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    ui::AssignDialog *dialog = window.showAssignDebtors();
    REQUIRE(dialog->pendingCount() == 7);
    auto *agent = child<QComboBox>(dialog, "agentCombo");
    agent->setCurrentIndex(agent->findData(o.people.beto));

    desk.prompts.prompter->answers = {false};  // Cancel: nothing changes
    save(dialog);
    REQUIRE(desk.prompts.prompter->asked.size() == 1);
    CHECK(desk.prompts.prompter->asked.at(0).startsWith(
        QStringLiteral("Give 7 debtor(s) to Beto Paz, with their open follow-ups?")));
    CHECK(desk.prompts.prompter->goOnButtons.at(0) == QStringLiteral("Assign"));
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->working());
    for (const Id id : {o.other, third, fourth})
        CHECK_FALSE(agentOf(window.database(), id).has_value());

    // Shared, the question names who shares them.
    child<QRadioButton>(dialog, "shareRadio")->setChecked(true);
    desk.prompts.prompter->answers = {true};
    save(dialog);
    REQUIRE(desk.prompts.prompter->asked.size() == 2);
    const QString shared = desk.prompts.prompter->asked.at(1);
    CHECK(shared.startsWith(QStringLiteral("Share 7 debtor(s) among Ana Ruiz")));
    CHECK(shared.contains(QStringLiteral("Beto Paz")));
    REQUIRE(test::waitFor([dialog] { return !dialog->isVisible(); }));
    for (const Id id : {o.other, third, fourth})
        CHECK(agentOf(window.database(), id).has_value());
}

TEST_CASE("Sharing an agent's debtors starts without that agent, and the form says whose they are",
          "[ui][assignment]")
{
    Office o;
    const FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC));
    store::PortfolioQuery shown;
    shown.filters.agentId = o.people.ana;
    ui::AssignDialog dialog(ui::FormContext{o.t.db(), clock, o.people.sue}, shown, {});
    auto *list = child<QListWidget>(&dialog, "agentList");
    QStringList ticked;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ticked << list->item(i)->text();
    CHECK(ticked == QStringList{QStringLiteral("Beto Paz")});
    CHECK(child<QLabel>(&dialog, "shownLabel")->text().contains(QStringLiteral("Ana Ruiz's debtors")));
}
