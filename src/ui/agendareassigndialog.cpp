#include "ui/agendareassigndialog.h"

#include "domain/labels.h"
#include "services/followupactions.h"
#include "ui_agendareassigndialog.h"

namespace libreta::ui {

AgendaReassignDialog::AgendaReassignDialog(const FormContext &context, const store::AgendaItem &item,
                                           const QString &summary, const QList<domain::User> &users, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::AgendaReassignDialog>()), m_context(context),
      m_followUpId(item.followUp.id)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("agendaReassignDialog"));
    m_ui->itemLabel->setText(summary);
    m_ui->assignedCombo->addItem(tr("Whoever takes it"));
    for (const domain::User &u : users)
        if (u.active)
            m_ui->assignedCombo->addItem(tr("%1 (%2)").arg(u.displayName, domain::label(u.role)),
                                         QVariant::fromValue<qint64>(u.id));
    setAssignee(item.followUp.assignedTo);
    addField(QStringLiteral("assigned_to"), m_ui->assignedCombo, m_ui->assignedComboError);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

AgendaReassignDialog::~AgendaReassignDialog() = default;

bool AgendaReassignDialog::setAssignee(const std::optional<domain::Id> &userId)
{
    const int index = userId ? m_ui->assignedCombo->findData(QVariant::fromValue<qint64>(*userId)) : 0;
    if (index < 0)
        return false;
    m_ui->assignedCombo->setCurrentIndex(index);
    return true;
}

void AgendaReassignDialog::save()
{
    std::optional<domain::Id> assignee;
    if (m_ui->assignedCombo->currentIndex() > 0)
        assignee = m_ui->assignedCombo->currentData().toLongLong();
    services::FollowUpActions(m_context.db, m_context.clock).reassign(m_followUpId, assignee, m_context.userId);
}

} // namespace libreta::ui
