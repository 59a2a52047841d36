// Edit ▸ Office rules in the desk: a supervisor saves them, a wrong one is
// named beside its field and the form stays open, an agent only reads them.

#include "debtorfiletesthelpers.h"
#include "services/officerulesservice.h"
#include "store/debtorrepository.h"
#include "store/settingsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/mainwindow.h"
#include "ui/officerulesdialog.h"
#include "ui/timezonecombo.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>

using namespace libreta;
using namespace libreta::domain;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));

} // namespace

TEST_CASE("A supervisor saves the office's rules, and a wrong one is named with nothing stored", "[ui][rules]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const Id sue = store::UserRepository(t.db()).add(User{0, QStringLiteral("sue"), QStringLiteral("Sue"), UserRole::Supervisor, true});
    ui::OfficeRulesDialog dialog(ui::FormContext{t.db(), kClock, sue});
    dialog.show();
    REQUIRE(dialog.mayChange());
    CHECK(test::child<QSpinBox>(&dialog, "graceDaysSpin")->value() == 2);  // the office's defaults
    CHECK(test::child<QTimeEdit>(&dialog, "windowEndEdit")->time() == QTime(22, 0));
    CHECK_FALSE(test::child<QLabel>(&dialog, "readOnlyLabel")->isVisible());

    test::child<QTimeEdit>(&dialog, "windowEndEdit")->setTime(QTime(6, 0));
    test::child<QSpinBox>(&dialog, "graceDaysSpin")->setValue(3);
    auto *save = test::child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save);
    REQUIRE(save);
    save->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorFor(QStringLiteral("window_end")).startsWith(QStringLiteral("Calls until: must be later")));
    // The message has a line of its own: the field keeps its height.
    auto *end = test::child<QTimeEdit>(&dialog, "windowEndEdit");
    CHECK(end->height() >= end->minimumSizeHint().height());
    CHECK(store::SettingsRepository(t.db()).load().graceDays == 2);

    end->setTime(QTime(21, 0));
    test::child<QCheckBox>(&dialog, "agentsTakeUnassignedCheck")->setChecked(false);
    auto *rest = test::child<QSpinBox>(&dialog, "restDaysSpin");
    CHECK(rest->value() == 3);
    rest->setValue(7);
    auto *promiseDays = test::child<QSpinBox>(&dialog, "promiseDaysSpin");
    auto *planMonths = test::child<QSpinBox>(&dialog, "planMonthsSpin");
    CHECK(promiseDays->value() == 30);
    CHECK(planMonths->value() == 12);
    promiseDays->setValue(15);
    planMonths->setValue(0);
    CHECK(planMonths->text() == QStringLiteral("no limit"));
    auto *perDay = test::child<QSpinBox>(&dialog, "maxAttemptsDaySpin");
    CHECK(perDay->text() == QStringLiteral("no limit"));  // none of its own to begin with
    perDay->setValue(3);
    save->click();
    CHECK_FALSE(dialog.isVisible());
    const OfficeSettings stored = store::SettingsRepository(t.db()).load();
    CHECK(stored.graceDays == 3);
    CHECK(stored.windowEnd == QTime(21, 0));
    CHECK_FALSE(stored.agentsTakeUnassigned);
    CHECK(stored.restDays == 7);
    CHECK(stored.termLimits() == TermLimits{15, 0});
    CHECK(stored.maxAttemptsPerDay == 3);
}

TEST_CASE("An agent reads the office's rules and cannot change them", "[ui][rules]")
{
    test::TempDb t;
    store::UserRepository users(t.db());
    users.add(User{0, QStringLiteral("sue"), QStringLiteral("Sue"), UserRole::Supervisor, true});
    const Id ana = users.add(User{0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    ui::OfficeRulesDialog dialog(ui::FormContext{t.db(), kClock, ana});
    dialog.show();
    CHECK_FALSE(dialog.mayChange());
    CHECK(test::child<QLabel>(&dialog, "readOnlyLabel")->isVisible());
    CHECK_FALSE(test::child<QSpinBox>(&dialog, "graceDaysSpin")->isEnabled());
    CHECK_FALSE(test::child<QSpinBox>(&dialog, "promiseDaysSpin")->isEnabled());
    CHECK_FALSE(test::child<QSpinBox>(&dialog, "planMonthsSpin")->isEnabled());
    CHECK_FALSE(test::child<QSpinBox>(&dialog, "maxAttemptsDaySpin")->isEnabled());
    auto *buttons = test::child<QDialogButtonBox>(&dialog, "buttons");
    CHECK_FALSE(buttons->button(QDialogButtonBox::Save));
    REQUIRE(buttons->button(QDialogButtonBox::Close));
    buttons->button(QDialogButtonBox::Close)->click();
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("A supervisor moves a kind of work up Next call's order, and an agent only reads it", "[ui][rules]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const Id sue = store::UserRepository(t.db()).add(User{0, QStringLiteral("sue"), QStringLiteral("Sue"), UserRole::Supervisor, true});
    const Id ana = store::UserRepository(t.db()).add(User{0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    {
        ui::OfficeRulesDialog dialog(ui::FormContext{t.db(), kClock, sue});
        dialog.show();
        auto *list = test::child<QListWidget>(&dialog, "queueOrderList");
        auto *up = test::child<QPushButton>(&dialog, "queueOrderUpButton");
        auto *down = test::child<QPushButton>(&dialog, "queueOrderDownButton");
        REQUIRE(list->count() == 5);
        CHECK(list->item(0)->text() == queueStretchLabel(QueueStretch::Callbacks));
        // The first row is selected: it cannot go higher.
        CHECK_FALSE(up->isEnabled());
        CHECK(down->isEnabled());
        // Broken promises (third) to the top, in two clicks.
        list->setCurrentRow(2);
        up->click();
        up->click();
        CHECK(list->currentRow() == 0);
        CHECK_FALSE(up->isEnabled());
        // And the tasks (last) one place up; the last row cannot go lower.
        list->setCurrentRow(4);
        CHECK_FALSE(down->isEnabled());
        up->click();
        CHECK(dialog.queueOrder() == QueueOrder{QueueStretch::BrokenPromises, QueueStretch::Callbacks,
                                                QueueStretch::PromisesDueToday, QueueStretch::Tasks,
                                                QueueStretch::PromiseChecks});
        CHECK(dialog.isDirty());
        test::child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save)->click();
        CHECK_FALSE(dialog.isVisible());
    }
    const QueueOrder stored = store::SettingsRepository(t.db()).load().queueOrder;
    CHECK(stored.first() == QueueStretch::BrokenPromises);
    CHECK(stored.at(3) == QueueStretch::Tasks);

    ui::OfficeRulesDialog agentsView(ui::FormContext{t.db(), kClock, ana});
    agentsView.show();
    CHECK(test::child<QListWidget>(&agentsView, "queueOrderList")->item(0)->text() ==
          queueStretchLabel(QueueStretch::BrokenPromises));
    CHECK_FALSE(test::child<QPushButton>(&agentsView, "queueOrderUpButton")->isEnabled());
    CHECK_FALSE(test::child<QPushButton>(&agentsView, "queueOrderDownButton")->isEnabled());
    agentsView.moveQueueStretch(+1);  // what the buttons would do: nothing for an agent
    CHECK(agentsView.queueOrder() == stored);
}

TEST_CASE("Edit ▸ Office rules opens the form from the main window", "[ui][rules][mainwindow]")
{
    test::TempDb t;
    ui::MainWindow window(std::move(t.database));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionOfficeRules"));
    REQUIRE(action);
    action->trigger();
    auto *dialog = window.findChild<ui::OfficeRulesDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->mayChange());  // no users listed: whoever works there
    dialog->reject();
}

TEST_CASE("A supervisor gives a segment a discount limit and a rest of its own, and an agent only reads them",
          "[ui][rules]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const Id sue = store::UserRepository(t.db()).add(User{0, QStringLiteral("sue"), QStringLiteral("Sue"), UserRole::Supervisor, true});
    const Id ana = store::UserRepository(t.db()).add(User{0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    for (const char *segment : {"Alto saldo", "Bajo"}) {
        const Id id = test::addDebtor(t.db(), QStringLiteral("S-%1").arg(QLatin1String(segment)));
        Debtor d = *store::DebtorRepository(t.db()).byId(id);
        d.segment = QString::fromLatin1(segment);
        store::DebtorRepository(t.db()).update(d);
    }
    {
        ui::OfficeRulesDialog dialog(ui::FormContext{t.db(), kClock, sue});
        dialog.show();
        QSpinBox *high = dialog.segmentLimitSpin(QStringLiteral("Alto saldo"));
        REQUIRE(high);
        REQUIRE(dialog.segmentLimitSpin(QStringLiteral("Bajo")));
        CHECK(high->text() == QStringLiteral("as the office"));
        CHECK(high->isEnabled());
        high->setValue(20);
        QSpinBox *highRest = dialog.segmentRestSpin(QStringLiteral("Alto saldo"));
        REQUIRE(highRest);
        CHECK(highRest->text() == QStringLiteral("as the office"));
        CHECK(highRest->maximum() == services::OfficeRulesService::kMaxRestDays);
        highRest->setValue(1);
        test::child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save)->click();
        CHECK_FALSE(dialog.isVisible());
    }
    const OfficeSettings stored = store::SettingsRepository(t.db()).load();
    CHECK(stored.segmentDiscountLimits.size() == 1);
    CHECK(stored.discountLimitFor(QStringLiteral("Alto saldo")) == 20);
    CHECK(stored.discountLimitFor(QStringLiteral("Bajo")) == 10);
    CHECK(stored.segmentRestDays.size() == 1);
    CHECK(stored.restDaysFor(QStringLiteral("Alto saldo")) == 1);
    CHECK(stored.restDaysFor(QStringLiteral("Bajo")) == 3);

    ui::OfficeRulesDialog agentsView(ui::FormContext{t.db(), kClock, ana});
    agentsView.show();
    QSpinBox *high = agentsView.segmentLimitSpin(QStringLiteral("Alto saldo"));
    REQUIRE(high);
    CHECK(high->value() == 20);
    CHECK_FALSE(high->isEnabled());
    CHECK(agentsView.segmentRestSpin(QStringLiteral("Alto saldo"))->value() == 1);
    CHECK_FALSE(agentsView.segmentRestSpin(QStringLiteral("Alto saldo"))->isEnabled());
}

TEST_CASE("An office whose debtors have no segment says so instead of an empty table", "[ui][rules]")
{
    test::TempDb t;
    ui::OfficeRulesDialog dialog(ui::FormContext{t.db(), kClock, std::nullopt});
    dialog.show();
    CHECK(test::child<QWidget>(&dialog, "segmentLimitsTable")->isHidden());
    CHECK(test::child<QLabel>(&dialog, "segmentLimitsTableHint")->text().startsWith(QStringLiteral("Debtors have no segment yet")));
}

TEST_CASE("The priority's weights are saved, and weights of nothing are named on their own tab", "[ui][rules]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    ui::OfficeRulesDialog dialog(ui::FormContext{t.db(), kClock, std::nullopt});
    dialog.show();
    auto *tabs = test::child<QTabWidget>(&dialog, "tabs");
    CHECK(tabs->currentWidget() == test::child<QWidget>(&dialog, "callsTab"));
    auto *balance = test::child<QSpinBox>(&dialog, "priorityBalanceSpin");
    auto *days = test::child<QSpinBox>(&dialog, "priorityDaysLateSpin");
    auto *risk = test::child<QSpinBox>(&dialog, "priorityRiskSpin");
    auto *broken = test::child<QSpinBox>(&dialog, "priorityBrokenPromisesSpin");
    CHECK(balance->value() == 35);  // the product's own
    CHECK(days->value() == 30);
    CHECK(risk->value() == 15);
    CHECK(broken->value() == 20);

    for (QSpinBox *spin : {balance, days, risk, broken})
        spin->setValue(0);
    auto *save = test::child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save);
    save->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorFor(QStringLiteral("priority_balance")).startsWith(QStringLiteral("Priority:")));
    // The message is where the fields are: their tab is brought forward.
    CHECK(tabs->currentWidget() == test::child<QWidget>(&dialog, "nextCallTab"));
    CHECK(test::child<QLabel>(&dialog, "priorityBalanceSpinError")->isVisible());
    CHECK(store::SettingsRepository(t.db()).load().priorityWeights == PriorityWeights{});

    days->setValue(60);
    broken->setValue(40);
    save->click();
    CHECK_FALSE(dialog.isVisible());
    CHECK(store::SettingsRepository(t.db()).load().priorityWeights == PriorityWeights{0, 60, 0, 40});
}

TEST_CASE("The office rules move the debtors to a new time zone only when asked, and a message about two hours goes with either",
          "[ui][rules]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("M-1"));
    ui::OfficeRulesDialog dialog(ui::FormContext{t.db(), kClock, std::nullopt});
    dialog.show();
    auto *zone = test::child<QComboBox>(&dialog, "timeZoneCombo");
    auto *move = test::child<QCheckBox>(&dialog, "moveDebtorsCheck");
    CHECK(ui::chosenTimeZone(zone) == QStringLiteral("America/Mexico_City"));
    CHECK(move->isHidden());
    zone->setCurrentIndex(zone->findData(QStringLiteral("Europe/Madrid")));
    REQUIRE_FALSE(move->isHidden());
    // Named as the office says it, not by its id.
    CHECK(move->text().contains(QStringLiteral("Mexico City")));

    // "Until" before "from": the message goes once either hour is edited.
    test::child<QTimeEdit>(&dialog, "windowStartEdit")->setTime(QTime(23, 0));
    auto *save = test::child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Save);
    save->click();
    REQUIRE_FALSE(dialog.errorFor(QStringLiteral("window_end")).isEmpty());
    test::child<QTimeEdit>(&dialog, "windowStartEdit")->setTime(QTime(8, 0));
    CHECK(dialog.errorFor(QStringLiteral("window_end")).isEmpty());

    move->setChecked(true);
    save->click();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.movedDebtors() == 1);
    CHECK(store::SettingsRepository(t.db()).load().debtorTimeZone == QStringLiteral("Europe/Madrid"));
    CHECK(store::DebtorRepository(t.db()).byId(debtor)->timeZone == QStringLiteral("Europe/Madrid"));
}
