#include "ui/assigndialog.h"

#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/prompter.h"
#include "ui_assigndialog.h"

#include <QListWidget>
#include <QLocale>
#include <QThread>
#include <QPushButton>

#include <algorithm>
#include <climits>

namespace libreta::ui {

using namespace domain;

AssignDialog::AssignDialog(const FormContext &context, const store::PortfolioQuery &shown,
                           const QList<domain::Id> &selected, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::AssignDialog>()), m_context(context), m_shown(shown),
      m_selected(selected)
{
    m_ui->setupUi(this);
    // The selection is always offered; it starts chosen when the supervisor
    // picked several rows. One selected row may only be where the table's
    // cursor is, so all those shown start chosen then, and the form says
    // how many either choice assigns.
    m_ui->selectedRadio->setText(
        tr("The %Ln debtor(s) se&lected in the portfolio", nullptr, int(m_selected.size())));
    m_ui->selectedRadio->setVisible(!m_selected.isEmpty());
    m_ui->allShownRadio->setVisible(!m_selected.isEmpty());
    m_ui->allShownRadio->setChecked(m_selected.size() < 2);
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
    // Debtors shown by their agent are being moved away from that agent:
    // sharing them starts without them.
    const std::optional<Id> shownAgent = m_shown.filters.agentId;
    QString shownAgentName;
    for (const User &u : std::as_const(users)) {
        if (shownAgent && u.id == *shownAgent)
            shownAgentName = u.displayName;
        if (!u.active)
            continue;
        m_ui->agentCombo->addItem(u.displayName, u.id);
        auto *item = new QListWidgetItem(u.displayName, m_ui->agentList);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Sharing starts with the agents; a supervisor who also calls is one tick away.
        item->setCheckState(u.role == UserRole::Agent && u.id != shownAgent ? Qt::Checked : Qt::Unchecked);
    }
    // Nobody is chosen for them: a whole portfolio is one Enter away from
    // the wrong agent otherwise.
    m_ui->agentCombo->setCurrentIndex(-1);
    m_ui->agentCombo->setPlaceholderText(tr("Choose an agent"));
    m_ui->shownLabel->setText(m_shown.search.trimmed().isEmpty() && m_shown.filters.isEmpty()
                                  ? tr("The portfolio shows every debtor of the office.")
                              : !shownAgentName.isEmpty()
                                  ? tr("The portfolio shows %1's debtors that its search and filters match now.")
                                        .arg(shownAgentName)
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
    connect(m_ui->selectedRadio, &QAbstractButton::toggled, this, &AssignDialog::updateCount);
    addField(QStringLiteral("agents"), m_ui->agentCombo, m_ui->agentsError);
    addField(QStringLiteral("debtors"), m_ui->onlyUnassignedCheck, m_ui->generalError);
    setGeneralErrorLabel(m_ui->generalError);
    updateChoice();
    updateCount();
    watchForEdits();
}

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
                                           : tr("%Ln debtor(s) will be assigned.", nullptr, int(qMin<qint64>(m_count, INT_MAX))));
}

services::AssignmentRequest AssignDialog::request() const
{
    services::AssignmentRequest r;
    r.query = m_shown;
    if (m_ui->selectedRadio->isChecked())
        r.chosen = m_selected;
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

void AssignDialog::checkChoice() const
{
    if (m_ui->nobodyRadio->isChecked() || !request().agents.isEmpty())
        return;
    if (m_ui->shareRadio->isChecked())
        throw services::InputError(QStringLiteral("agents"), tr("Agents: tick at least one to share them among."));
    throw services::InputError(QStringLiteral("agents"),
                               m_ui->agentCombo->count() == 0
                                   ? tr("Agent: the office has no active user to give them to.")
                                   : tr("Agent: choose who gets them."));
}

QString AssignDialog::sharedAmong() const
{
    QStringList names;
    for (int i = 0; i < m_ui->agentList->count(); ++i)
        if (m_ui->agentList->item(i)->checkState() == Qt::Checked)
            names << m_ui->agentList->item(i)->text();
    return QLocale().createSeparatedList(names);
}

bool AssignDialog::confirmed()
{
    // A handful changes hands at a click; more is asked about first, in
    // words that say how many and to whom: nothing undoes it but assigning
    // each one back.
    if (m_count <= kAskAbove)
        return true;
    const int count = int(qMin<qint64>(m_count, INT_MAX));
    const bool withFollowUps = m_ui->followUpsCheck->isChecked();
    QString question;
    if (m_ui->nobodyRadio->isChecked())
        question = withFollowUps ? tr("Leave %Ln debtor(s) with no agent, and their open follow-ups with nobody?",
                                      nullptr, count)
                                 : tr("Leave %Ln debtor(s) with no agent?", nullptr, count);
    else if (m_ui->shareRadio->isChecked())
        question = withFollowUps ? tr("Share %Ln debtor(s) among %1, with their open follow-ups?", nullptr, count)
                                       .arg(sharedAmong())
                                 : tr("Share %Ln debtor(s) among %1?", nullptr, count).arg(sharedAmong());
    else
        question = withFollowUps
                       ? tr("Give %Ln debtor(s) to %1, with their open follow-ups?", nullptr, count)
                             .arg(m_ui->agentCombo->currentText())
                       : tr("Give %Ln debtor(s) to %1?", nullptr, count).arg(m_ui->agentCombo->currentText());
    question += QLatin1Char(' ') + tr("Who had each one now is not kept anywhere to go back to.");
    return Prompter::instance().confirm(this, tr("Assign debtors"), question, tr("Assign"));
}

void AssignDialog::accept()
{
    if (m_thread)
        return;  // at work: the outcome closes the form, or says what went wrong
    if (m_outcome) {
        FormDialog::accept();  // save() reports the outcome
        return;
    }
    clearErrors();
    try {
        checkChoice();
    } catch (const services::InputError &e) {
        showError(e.field(), e.message());
        return;
    }
    if (!confirmed())
        return;
    start();
}

void AssignDialog::start()
{
    // A whole office of a million debtors takes a minute or more (their
    // open follow-ups move with the agenda's counts): the work goes to a
    // thread of its own, on a connection of its own, and the form says so.
    const services::AssignmentRequest r = request();
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_context.db.path();
    const domain::Clock &clock = m_context.clock;
    const std::optional<Id> userId = m_context.userId;
    m_thread = QThread::create([r, outcome, path, &clock, userId] {
        try {
            store::Database db(path);
            outcome->counts = services::PortfolioAssignmentService(db, clock).assign(r, userId);
        } catch (const services::InputError &e) {
            outcome->field = e.field();
            outcome->error = e.message();
        } catch (const store::StoreError &e) {
            outcome->error = e.message();
        }
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        setWorking(false);
        m_outcome = *outcome;
        accept();
    });
    setWorking(true);
    m_thread->start();
}

void AssignDialog::setWorking(bool working)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->selectedRadio, m_ui->allShownRadio, m_ui->oneRadio,
                                                       m_ui->shareRadio, m_ui->nobodyRadio,
                                                       m_ui->agentCombo, m_ui->agentList, m_ui->onlyUnassignedCheck,
                                                       m_ui->followUpsCheck, m_ui->buttons})
        w->setEnabled(!working);
    if (working) {
        setCursor(Qt::BusyCursor);
        m_ui->countLabel->setText(tr("Assigning %Ln debtor(s)…", nullptr, int(qMin<qint64>(m_count, INT_MAX))));
    } else {
        unsetCursor();
        updateChoice();
        updateCount();
    }
}

void AssignDialog::reject()
{
    if (!m_thread)  // the work cannot be taken back half-way: it ends first
        FormDialog::reject();
}

void AssignDialog::save()
{
    const Outcome outcome = m_outcome.value_or(Outcome());
    m_outcome.reset();  // a refusal lets the person choose again
    if (!outcome.error.isEmpty())
        throw services::InputError(outcome.field, outcome.error);
    m_result = tr("%Ln debtor(s) assigned", nullptr, int(qMin<qint64>(outcome.counts.debtors, INT_MAX)));
    if (outcome.counts.followUps > 0)
        m_result += tr(", with %Ln open follow-up(s)", nullptr, int(qMin<qint64>(outcome.counts.followUps, INT_MAX)));
    m_result += QLatin1Char('.');
}

AssignDialog::~AssignDialog()
{
    if (m_thread)
        m_thread->wait();  // its connection writes to the office: let it finish
}

} // namespace libreta::ui
