#include "ui/portfoliofilterbar.h"

#include "domain/aging.h"
#include "domain/labels.h"
#include "ui/narrowcombo.h"
#include "ui_portfoliofilterbar.h"

#include <QAction>

#include <utility>

namespace libreta::ui {
namespace {

// Item data of the agent choice that means "nobody assigned" (ids start at 1).
constexpr qint64 kUnassigned = -1;

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

PortfolioFilterBar::PortfolioFilterBar(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::PortfolioFilterBar>())
{
    m_ui->setupUi(this);
    // On a small screen the choices give way first (their texts end in "…").
    for (QComboBox *combo : {m_ui->segmentCombo, m_ui->agingCombo, m_ui->statusCombo, m_ui->agentCombo})
        letComboNarrow(combo, 10);
    m_settingUp = true;
    m_ui->agingCombo->addItem(tr("Any age"));
    for (const auto bucket : {domain::AgingBucket::Current, domain::AgingBucket::Days1To30,
                              domain::AgingBucket::Days31To60, domain::AgingBucket::Days61To90,
                              domain::AgingBucket::Days91To180, domain::AgingBucket::Over180})
        m_ui->agingCombo->addItem(domain::agingBucketLabel(bucket), int(bucket));
    m_ui->statusCombo->addItem(tr("Any status"));
    for (const auto status : {domain::DebtorStatus::Active, domain::DebtorStatus::Settled,
                              domain::DebtorStatus::Legal, domain::DebtorStatus::Closed})
        m_ui->statusCombo->addItem(domain::label(status), int(status));
    setChoices({}, {});
    m_settingUp = false;

    for (QComboBox *combo : {m_ui->segmentCombo, m_ui->agingCombo, m_ui->statusCombo, m_ui->agentCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &PortfolioFilterBar::changed);
    for (QCheckBox *check : {m_ui->brokenCheck, m_ui->dueCheck, m_ui->nothingCheck, m_ui->dncCheck})
        connect(check, &QCheckBox::toggled, this, &PortfolioFilterBar::changed);

    m_clear = new QAction(tr("Clear filters"), this);
    m_clear->setObjectName(QStringLiteral("actionClearFilters"));
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_clear->setShortcutContext(Qt::WindowShortcut);
    m_clear->setToolTip(tr("Show every debtor again (%1)").arg(m_clear->shortcut().toString(QKeySequence::NativeText)));
    m_clear->setEnabled(false);
    m_ui->clearButton->setDefaultAction(m_clear);
    connect(m_clear, &QAction::triggered, this, &PortfolioFilterBar::clear);
}

PortfolioFilterBar::~PortfolioFilterBar() = default;

void PortfolioFilterBar::setChoices(const QStringList &segments, const QList<domain::User> &agents)
{
    const store::PortfolioFilters kept = filters();
    const bool wasSettingUp = std::exchange(m_settingUp, true);
    m_ui->segmentCombo->clear();
    m_ui->segmentCombo->addItem(tr("All segments"));
    for (const QString &segment : segments)
        m_ui->segmentCombo->addItem(segment, segment);
    m_ui->agentCombo->clear();
    m_ui->agentCombo->addItem(tr("All agents"));
    m_ui->agentCombo->addItem(tr("Unassigned"), kUnassigned);
    for (const domain::User &user : agents)
        if (user.active)
            m_ui->agentCombo->addItem(user.displayName, user.id);
    setFilters(kept);
    m_settingUp = wasSettingUp;
    // A choice that is no longer offered (an agent who left the office, a
    // segment nobody is in) fell back to "any": the table follows what the
    // bar now says, not the choice it can no longer show.
    if (!m_settingUp && !(filters() == kept))
        Q_EMIT filtersChanged();
}

QString PortfolioFilterBar::agentName() const
{
    const QVariant agent = m_ui->agentCombo->currentData();
    return agent.isValid() && agent.toLongLong() != kUnassigned ? m_ui->agentCombo->currentText() : QString();
}

store::PortfolioFilters PortfolioFilterBar::filters() const
{
    store::PortfolioFilters f;
    f.segment = m_ui->segmentCombo->currentData().toString();
    if (const QVariant aging = m_ui->agingCombo->currentData(); aging.isValid())
        f.aging = domain::AgingBucket(aging.toInt());
    if (const QVariant status = m_ui->statusCombo->currentData(); status.isValid())
        f.status = domain::DebtorStatus(status.toInt());
    if (const QVariant agent = m_ui->agentCombo->currentData(); agent.isValid()) {
        if (agent.toLongLong() == kUnassigned)
            f.unassigned = true;
        else
            f.agentId = agent.toLongLong();
    }
    f.brokenPromise = m_ui->brokenCheck->isChecked();
    f.promiseDue = m_ui->dueCheck->isChecked();
    f.nothingScheduled = m_ui->nothingCheck->isChecked();
    f.doNotContact = m_ui->dncCheck->isChecked();
    return f;
}

void PortfolioFilterBar::setFilters(const store::PortfolioFilters &f)
{
    const bool wasSettingUp = std::exchange(m_settingUp, true);
    selectData(m_ui->segmentCombo, f.segment.isEmpty() ? QVariant() : QVariant(f.segment));
    selectData(m_ui->agingCombo, f.aging ? QVariant(int(*f.aging)) : QVariant());
    selectData(m_ui->statusCombo, f.status ? QVariant(int(*f.status)) : QVariant());
    selectData(m_ui->agentCombo, f.unassigned ? QVariant(kUnassigned)
                                              : (f.agentId ? QVariant(*f.agentId) : QVariant()));
    m_ui->brokenCheck->setChecked(f.brokenPromise);
    m_ui->dueCheck->setChecked(f.promiseDue);
    m_ui->nothingCheck->setChecked(f.nothingScheduled);
    m_ui->dncCheck->setChecked(f.doNotContact);
    m_settingUp = wasSettingUp;
    changed();
}

bool PortfolioFilterBar::isFiltering() const { return !filters().isEmpty(); }

void PortfolioFilterBar::clear() { setFilters({}); }

void PortfolioFilterBar::changed()
{
    if (m_clear)
        m_clear->setEnabled(isFiltering());
    if (!m_settingUp)
        Q_EMIT filtersChanged();
}

} // namespace libreta::ui
