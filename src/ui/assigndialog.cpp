#include "ui/assigndialog.h"

#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui_assigndialog.h"

#include <QApplication>
#include <QListWidget>
#include <QScopeGuard>
#include <QPushButton>

#include <algorithm>
#include <climits>

namespace libreta::ui {

using namespace domain;

AssignDialog::AssignDialog(const FormContext &context, const store::PortfolioQuery &shown, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::AssignDialog>()), m_context(context), m_shown(shown)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("Assign"));
    QList<User> users;
    try {
        users = store::UserRepository(m_context.db).all();
    } catch (const store::StoreError &e) {
        showError(QString(), e.message());
    }
    std::sort(users.begin(), users.end(), [](const User &a, const User &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    for (const User &u : std::as_const(users)) {
        if (!u.active)
            continue;
        m_ui->agentCombo->addItem(u.displayName, u.id);
        auto *item = new QListWidgetItem(u.displayName, m_ui->agentList);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Sharing starts with the agents; a supervisor who also calls is one tick away.
        item->setCheckState(u.role == UserRole::Agent ? Qt::Checked : Qt::Unchecked);
    }
    // One agent: the first whose work is calling.
    for (const User &u : std::as_const(users))
        if (u.active && u.role == UserRole::Agent) {
            m_ui->agentCombo->setCurrentIndex(m_ui->agentCombo->findData(u.id));
            break;
        }
    m_ui->shownLabel->setText(m_shown.search.trimmed().isEmpty() && m_shown.filters.isEmpty()
                                  ? tr("The portfolio shows every debtor of the office.")
                                  : tr("The portfolio shows the debtors its search and filters match now."));
    // The service refuses anyone else too; the form says so before any choice.
    bool supervises = false;
    try {
        supervises = services::maySupervise(m_context.db, m_context.userId);
    } catch (const store::StoreError &) {
    }
    if (!supervises) {
        m_ui->shownLabel->setText(m_ui->shownLabel->text() + QLatin1Char(' ') +
                                  tr("Only a supervisor can assign debtors to agents."));
        m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    for (QAbstractButton *b : std::initializer_list<QAbstractButton *>{m_ui->oneRadio, m_ui->shareRadio, m_ui->nobodyRadio})
        connect(b, &QAbstractButton::toggled, this, &AssignDialog::updateChoice);
    connect(m_ui->onlyUnassignedCheck, &QCheckBox::toggled, this, &AssignDialog::updateCount);
    addField(QStringLiteral("agents"), m_ui->agentCombo, m_ui->agentsError);
    addField(QStringLiteral("debtors"), m_ui->onlyUnassignedCheck, m_ui->generalError);
    setGeneralErrorLabel(m_ui->generalError);
    updateChoice();
    updateCount();
    watchForEdits();
}

AssignDialog::~AssignDialog() = default;

void AssignDialog::updateChoice()
{
    m_ui->agentCombo->setEnabled(m_ui->oneRadio->isChecked());
    m_ui->agentList->setEnabled(m_ui->shareRadio->isChecked());
    m_ui->followUpsCheck->setText(m_ui->nobodyRadio->isChecked()
                                      ? tr("Their open &follow-ups that were their agent's are left with nobody too")
                                      : tr("Their open &follow-ups that were their agent's go with them"));
}

void AssignDialog::updateCount()
{
    try {
        m_count = services::PortfolioAssignmentService(m_context.db, m_context.clock).count(request());
    } catch (const store::StoreError &e) {
        m_count = 0;
        showError(QString(), e.message());
    }
    m_ui->countLabel->setText(m_count == 0 ? tr("No debtor to assign.")
                                           : tr("%n debtor(s) will be assigned.", nullptr, int(qMin<qint64>(m_count, INT_MAX))));
}

services::AssignmentRequest AssignDialog::request() const
{
    services::AssignmentRequest r;
    r.query = m_shown;
    r.onlyUnassigned = m_ui->onlyUnassignedCheck->isChecked();
    r.moveFollowUps = m_ui->followUpsCheck->isChecked();
    if (m_ui->oneRadio->isChecked() && m_ui->agentCombo->currentIndex() >= 0)
        r.agents = {m_ui->agentCombo->currentData().toLongLong()};
    if (m_ui->shareRadio->isChecked())
        for (int i = 0; i < m_ui->agentList->count(); ++i)
            if (m_ui->agentList->item(i)->checkState() == Qt::Checked)
                r.agents.append(m_ui->agentList->item(i)->data(Qt::UserRole).toLongLong());
    return r;
}

void AssignDialog::save()
{
    const services::AssignmentRequest r = request();
    if (!m_ui->nobodyRadio->isChecked() && r.agents.isEmpty())
        throw services::InputError(QStringLiteral("agents"), m_ui->shareRadio->isChecked()
                                                                 ? tr("Agents: tick at least one to share them among.")
                                                                 : tr("Agent: the office has no active user to give them to."));
    // A whole office of 100,000 debtors takes about two seconds (their open
    // follow-ups move with their agenda counts): say that it is working.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    const store::AssignmentCounts counts =
        services::PortfolioAssignmentService(m_context.db, m_context.clock).assign(r, m_context.userId);
    m_result = tr("%n debtor(s) assigned", nullptr, int(qMin<qint64>(counts.debtors, INT_MAX)));
    if (counts.followUps > 0)
        m_result += tr(", with %n open follow-up(s)", nullptr, int(qMin<qint64>(counts.followUps, INT_MAX)));
    m_result += QLatin1Char('.');
}

} // namespace libreta::ui
