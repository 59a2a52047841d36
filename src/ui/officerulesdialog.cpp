#include "ui/officerulesdialog.h"

#include "services/officerulesservice.h"
#include "ui_officerulesdialog.h"

#include "ui/timezonecombo.h"
#include "ui/timezonenames.h"

#include <QComboBox>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace libreta::ui {

using services::OfficeRulesService;

OfficeRulesDialog::OfficeRulesDialog(const FormContext &context, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::OfficeRulesDialog>()), m_context(context)
{
    m_ui->setupUi(this);
    OfficeRulesService rules(context.db, context.clock, context.userId);
    m_mayChange = rules.mayChange();
    const domain::OfficeSettings s = rules.load();

    m_ui->graceDaysSpin->setRange(0, OfficeRulesService::kMaxGraceDays);
    m_ui->graceDaysSpin->setValue(s.graceDays);
    m_ui->graceDaysSpinHint->setText(
        tr("days after its date before an unpaid promise counts as broken"));
    m_ui->windowStartEdit->setTime(s.windowStart);
    m_ui->windowEndEdit->setTime(s.windowEnd);
    m_ui->windowStartEditHint->setText(tr("in the debtor's own time"));
    m_ui->maxAttemptsSpin->setRange(1, OfficeRulesService::kMaxAttempts);
    m_ui->maxAttemptsSpin->setValue(s.maxAttemptsPer7Days);
    m_ui->maxAttemptsDaySpin->setRange(0, OfficeRulesService::kMaxAttempts);
    m_ui->maxAttemptsDaySpin->setSpecialValueText(tr("no limit"));
    m_ui->maxAttemptsDaySpin->setValue(s.maxAttemptsPerDay);
    m_ui->maxAttemptsSpinHint->setText(tr("calls to one debtor, answered or not; a day is the debtor's"));
    m_ui->discountLimitSpin->setRange(0, 100);
    m_ui->discountLimitSpin->setSuffix(QStringLiteral(" %"));
    m_ui->discountLimitSpin->setValue(s.discountLimitPercent);
    m_ui->discountLimitSpinHint->setText(tr("an agent may offer; more needs a supervisor"));
    fillSegmentLimits(rules.segments(), s);
    m_ui->promiseDaysSpin->setRange(0, OfficeRulesService::kMaxPromiseDays);
    m_ui->promiseDaysSpin->setSpecialValueText(tr("no limit"));
    m_ui->promiseDaysSpin->setValue(s.promiseDaysLimit);
    m_ui->promiseDaysSpinHint->setText(
        tr("days from the call for a promise's date or a plan's first payment; further needs a supervisor"));
    m_ui->planMonthsSpin->setRange(0, OfficeRulesService::kMaxPlanMonths);
    m_ui->planMonthsSpin->setSpecialValueText(tr("no limit"));
    m_ui->planMonthsSpin->setValue(s.planMonthsLimit);
    m_ui->planMonthsSpinHint->setText(tr("months from the call for a plan's last payment; longer needs a supervisor"));
    m_ui->restDaysSpin->setRange(0, OfficeRulesService::kMaxRestDays);
    m_ui->restDaysSpin->setValue(s.restDays);
    m_ui->restDaysSpinHint->setText(tr("days without contact before Next call offers a debtor for its balance "
                                       "(call-backs, promises and tasks come first anyway)"));
    fillQueueOrder(s.queueOrder);
    fillPriorityWeights(s.priorityWeights);
    m_ui->reminderTimeEdit->setTime(s.reminderTime);
    m_ui->reminderTimeEditHint->setText(tr("the hour of a promise's reminder, on the morning of its date"));
    m_ui->agentsTakeUnassignedCheck->setChecked(s.agentsTakeUnassigned);
    fillTimeZones(m_ui->timeZoneCombo, s.debtorTimeZone);
    // Said on hover: beside the long zone names a hint would wrap to nothing.
    m_ui->timeZoneCombo->setToolTip(tr("each debtor's own is in their details"));
    m_ui->timeZoneComboHint->hide();
    // Offered only once another zone is chosen: the debtors given the
    // former one by default may all belong in the new one.
    m_ui->moveDebtorsCheck->setText(tr("Move the debtors in %1 to it as well").arg(TimeZoneNames::place(s.debtorTimeZone)));
    m_ui->moveDebtorsCheck->setVisible(false);
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this, [this, former = s.debtorTimeZone] {
        m_ui->moveDebtorsCheck->setVisible(m_mayChange && chosenTimeZone(m_ui->timeZoneCombo) != former);
    });

    addField(QStringLiteral("grace_days"), m_ui->graceDaysSpin, m_ui->graceDaysSpinError);
    addField(QStringLiteral("window_start"), m_ui->windowStartEdit, m_ui->windowStartEditError);
    addField(QStringLiteral("window_end"), m_ui->windowEndEdit, m_ui->windowEndEditError);
    addField(QStringLiteral("max_attempts"), m_ui->maxAttemptsSpin, m_ui->maxAttemptsSpinError);
    addField(QStringLiteral("max_attempts_day"), m_ui->maxAttemptsDaySpin, m_ui->maxAttemptsSpinError);
    addField(QStringLiteral("discount_limit"), m_ui->discountLimitSpin, m_ui->discountLimitSpinError);
    addField(QStringLiteral("promise_days"), m_ui->promiseDaysSpin, m_ui->promiseDaysSpinError);
    addField(QStringLiteral("plan_months"), m_ui->planMonthsSpin, m_ui->planMonthsSpinError);
    addField(QStringLiteral("rest_days"), m_ui->restDaysSpin, m_ui->restDaysSpinError);
    addField(QStringLiteral("reminder_time"), m_ui->reminderTimeEdit, m_ui->reminderTimeEditError);
    addField(QStringLiteral("time_zone"), m_ui->timeZoneCombo, m_ui->timeZoneComboError);
    clearErrorWhenEdited(m_ui->windowStartEdit, QStringLiteral("window_end"));
    addField(QStringLiteral("queue_order"), m_ui->queueOrderList, m_ui->queueOrderListError);
    addField(QStringLiteral("priority_balance"), m_ui->priorityBalanceSpin, m_ui->priorityBalanceSpinError);
    addField(QStringLiteral("priority_days_late"), m_ui->priorityDaysLateSpin, m_ui->priorityBalanceSpinError);
    addField(QStringLiteral("priority_risk"), m_ui->priorityRiskSpin, m_ui->priorityBalanceSpinError);
    addField(QStringLiteral("priority_broken_promises"), m_ui->priorityBrokenPromisesSpin,
             m_ui->priorityBalanceSpinError);
    for (auto it = m_segmentSpins.cbegin(); it != m_segmentSpins.cend(); ++it)
        addField(QStringLiteral("discount_limit:") + it.key(), it.value(), m_ui->segmentLimitsTableError);
    for (auto it = m_segmentRestSpins.cbegin(); it != m_segmentRestSpins.cend(); ++it)
        addField(QStringLiteral("rest_days:") + it.key(), it.value(), m_ui->segmentLimitsTableError);
    setGeneralErrorLabel(m_ui->generalError);

    // An agent reads the rules the office works by; only the button to
    // save them is gone.
    m_ui->readOnlyLabel->setVisible(!m_mayChange);
    for (QWidget *input : std::initializer_list<QWidget *>{
             m_ui->graceDaysSpin, m_ui->windowStartEdit, m_ui->windowEndEdit, m_ui->maxAttemptsSpin, m_ui->maxAttemptsDaySpin,
             m_ui->discountLimitSpin, m_ui->promiseDaysSpin, m_ui->planMonthsSpin, m_ui->restDaysSpin,
             m_ui->reminderTimeEdit, m_ui->agentsTakeUnassignedCheck, m_ui->priorityBalanceSpin,
             m_ui->priorityDaysLateSpin, m_ui->priorityRiskSpin, m_ui->priorityBrokenPromisesSpin,
             m_ui->timeZoneCombo})
        input->setEnabled(m_mayChange);
    // The order's buttons follow the selected row too (fillQueueOrder); the
    // list itself stays enabled so an agent can scroll and read it.
    for (QSpinBox *spin : m_segmentSpins.values() + m_segmentRestSpins.values())
        spin->setEnabled(m_mayChange);
    if (!m_mayChange) {
        m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
        connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
    watchForEdits();
}

OfficeRulesDialog::~OfficeRulesDialog() = default;

void OfficeRulesDialog::fillQueueOrder(const domain::QueueOrder &order)
{
    QListWidget *list = m_ui->queueOrderList;
    for (const domain::QueueStretch stretch : order) {
        auto *item = new QListWidgetItem(domain::queueStretchLabel(stretch), list);
        item->setData(Qt::UserRole, int(stretch));
    }
    list->setCurrentRow(0);
    // Every kind in view: five rows and the frame.
    list->setFixedHeight(list->sizeHintForRow(0) * list->count() + 2 * list->frameWidth());
    m_ui->queueOrderListHint->setText(tr("first what comes first; the debtors chosen for their balance alone "
                                         "always come after all of these"));
    connect(m_ui->queueOrderUpButton, &QPushButton::clicked, this, [this] { moveQueueStretch(-1); });
    connect(m_ui->queueOrderDownButton, &QPushButton::clicked, this, [this] { moveQueueStretch(+1); });
    connect(list, &QListWidget::currentRowChanged, this, &OfficeRulesDialog::updateQueueOrderButtons);
    updateQueueOrderButtons();
}

void OfficeRulesDialog::fillPriorityWeights(const domain::PriorityWeights &w)
{
    for (auto [spin, value] : {std::pair{m_ui->priorityBalanceSpin, w.balance},
                               std::pair{m_ui->priorityDaysLateSpin, w.daysLate}, std::pair{m_ui->priorityRiskSpin, w.risk},
                               std::pair{m_ui->priorityBrokenPromisesSpin, w.brokenPromises}}) {
        spin->setRange(0, 100);
        spin->setValue(value);
    }
    // The grid's own labels are not buddies of the row's caption: each
    // spin box says what it weighs to a screen reader, in the words the
    // rules' messages name it by.
    m_ui->priorityBalanceSpin->setAccessibleName(OfficeRulesService::tr("Weight of the balance"));
    m_ui->priorityDaysLateSpin->setAccessibleName(OfficeRulesService::tr("Weight of the days late"));
    m_ui->priorityRiskSpin->setAccessibleName(OfficeRulesService::tr("Weight of the risk"));
    m_ui->priorityBrokenPromisesSpin->setAccessibleName(OfficeRulesService::tr("Weight of the broken promises"));
    m_ui->priorityBalanceSpinHint->setText(
        tr("how much each counts when Next call chooses among the largest balances nobody called lately, read "
           "against each other (0: not at all). The balance counts by its size in digits, the days late up to "
           "180, the risk by its level, the broken promises up to two."));
}

void OfficeRulesDialog::moveQueueStretch(int step)
{
    QListWidget *list = m_ui->queueOrderList;
    const int row = list->currentRow();
    const int to = row + step;
    if (!m_mayChange || row < 0 || to < 0 || to >= list->count())
        return;
    list->insertItem(to, list->takeItem(row));
    list->setCurrentRow(to);
    markDirty();
}

void OfficeRulesDialog::updateQueueOrderButtons()
{
    const int row = m_ui->queueOrderList->currentRow();
    m_ui->queueOrderUpButton->setEnabled(m_mayChange && row > 0);
    m_ui->queueOrderDownButton->setEnabled(m_mayChange && row >= 0 && row < m_ui->queueOrderList->count() - 1);
}

domain::QueueOrder OfficeRulesDialog::queueOrder() const
{
    domain::QueueOrder order;
    for (int row = 0; row < m_ui->queueOrderList->count(); ++row)
        order.append(domain::QueueStretch(m_ui->queueOrderList->item(row)->data(Qt::UserRole).toInt()));
    return order;
}

void OfficeRulesDialog::fillSegmentLimits(const QStringList &segments, const domain::OfficeSettings &s)
{
    QTableWidget *table = m_ui->segmentLimitsTable;
    if (segments.isEmpty()) {
        // Nothing to set a limit for until debtors carry a segment: the
        // hint says so beside the caption.
        table->hide();
        m_ui->segmentLimitsTableHint->setText(
            tr("Debtors have no segment yet (Edit debtor, or the import's segment column): every one has the "
               "office's limit and rest."));
        return;
    }
    m_ui->segmentLimitsTableHint->setText(
        tr("A segment's own largest discount and rest between calls (days without contact before Next call offers "
           "its debtors for their balance), where they need them; \"as the office\" keeps the office's."));
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Segment"), tr("Largest discount"), tr("Rest (days)")});
    table->setRowCount(int(segments.size()));
    for (int row = 0; row < segments.size(); ++row) {
        const QString &segment = segments.at(row);
        table->setItem(row, 0, new QTableWidgetItem(segment));
        QSpinBox *limit = segmentSpin(table, row, 1, 100, tr("Largest discount for %1").arg(segment),
                                      s.segmentDiscountLimits.value(segment, kOfficeLimit));
        limit->setSuffix(QStringLiteral(" %"));
        m_segmentSpins.insert(segment, limit);
        m_segmentRestSpins.insert(segment, segmentSpin(table, row, 2, OfficeRulesService::kMaxRestDays,
                                                       tr("Rest between calls for %1").arg(segment),
                                                       s.segmentRestDays.value(segment, kOfficeLimit)));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->resizeRowsToContents();
    // Four rows in view; more scroll.
    const int rows = std::min(4, int(segments.size()));
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

QSpinBox *OfficeRulesDialog::segmentSpin(QTableWidget *table, int row, int column, int highest, const QString &name,
                                         int value)
{
    auto *spin = new QSpinBox(table);
    spin->setRange(kOfficeLimit, highest);
    spin->setSpecialValueText(tr("as the office"));
    spin->setValue(value);
    spin->setAccessibleName(name);
    table->setCellWidget(row, column, spin);
    return spin;
}

void OfficeRulesDialog::save()
{
    OfficeRulesService rules(m_context.db, m_context.clock, m_context.userId);
    domain::OfficeSettings s = rules.load();
    s.graceDays = m_ui->graceDaysSpin->value();
    s.windowStart = m_ui->windowStartEdit->time();
    s.windowEnd = m_ui->windowEndEdit->time();
    s.maxAttemptsPer7Days = m_ui->maxAttemptsSpin->value();
    s.maxAttemptsPerDay = m_ui->maxAttemptsDaySpin->value();
    s.discountLimitPercent = m_ui->discountLimitSpin->value();
    s.segmentDiscountLimits.clear();
    for (auto it = m_segmentSpins.cbegin(); it != m_segmentSpins.cend(); ++it)
        if (it.value()->value() != kOfficeLimit)
            s.segmentDiscountLimits.insert(it.key(), it.value()->value());
    s.promiseDaysLimit = m_ui->promiseDaysSpin->value();
    s.planMonthsLimit = m_ui->planMonthsSpin->value();
    s.restDays = m_ui->restDaysSpin->value();
    s.segmentRestDays.clear();
    for (auto it = m_segmentRestSpins.cbegin(); it != m_segmentRestSpins.cend(); ++it)
        if (it.value()->value() != kOfficeLimit)
            s.segmentRestDays.insert(it.key(), it.value()->value());
    s.queueOrder = queueOrder();
    s.priorityWeights = {m_ui->priorityBalanceSpin->value(), m_ui->priorityDaysLateSpin->value(),
                         m_ui->priorityRiskSpin->value(), m_ui->priorityBrokenPromisesSpin->value()};
    s.agentsTakeUnassigned = m_ui->agentsTakeUnassignedCheck->isChecked();
    s.reminderTime = m_ui->reminderTimeEdit->time();
    s.debtorTimeZone = chosenTimeZone(m_ui->timeZoneCombo);
    m_movedDebtors = rules.save(s, !m_ui->moveDebtorsCheck->isHidden() && m_ui->moveDebtorsCheck->isChecked());
}

} // namespace libreta::ui
