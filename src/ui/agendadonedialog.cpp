#include "ui/agendadonedialog.h"

#include "services/followupactions.h"
#include "ui_agendadonedialog.h"

#include <QLineEdit>

namespace libreta::ui {

using domain::AgendaGroup;

namespace {

// What usually comes of each kind, offered first; anything else is typed.
QStringList usualResults(AgendaGroup group)
{
    switch (group) {
    case AgendaGroup::Callback:
        return {AgendaDoneDialog::tr("Called back"), AgendaDoneDialog::tr("No answer"),
                AgendaDoneDialog::tr("Asked to call another day")};
    case AgendaGroup::PromiseDue:
        return {AgendaDoneDialog::tr("Reminded: will pay as promised"), AgendaDoneDialog::tr("Could not reach the debtor")};
    case AgendaGroup::BrokenPromise:
        return {AgendaDoneDialog::tr("New date agreed"), AgendaDoneDialog::tr("Refuses to pay"),
                AgendaDoneDialog::tr("Could not reach the debtor")};
    case AgendaGroup::PromiseCheck:
        return {AgendaDoneDialog::tr("Payment found"), AgendaDoneDialog::tr("No payment: call back")};
    case AgendaGroup::SendInvoiceCopy:
    case AgendaGroup::SendStatement:
        return {AgendaDoneDialog::tr("Sent by e-mail"), AgendaDoneDialog::tr("Sent by post"),
                AgendaDoneDialog::tr("Handed over in person")};
    case AgendaGroup::NoteFollowUp: return {AgendaDoneDialog::tr("Done as the note asked")};
    }
    return {};
}

} // namespace

AgendaDoneDialog::AgendaDoneDialog(const FormContext &context, const store::AgendaItem &item, const QString &summary,
                                   QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::AgendaDoneDialog>()), m_context(context),
      m_followUpId(item.followUp.id)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("agendaDoneDialog"));
    m_ui->itemLabel->setText(summary);
    m_ui->resultCombo->addItems(usualResults(item.group()));
    m_ui->resultCombo->setCurrentIndex(-1);
    m_ui->resultCombo->lineEdit()->setPlaceholderText(tr("What came of it"));
    addField(QStringLiteral("result"), m_ui->resultCombo, m_ui->resultComboError);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

AgendaDoneDialog::~AgendaDoneDialog() = default;

void AgendaDoneDialog::setResult(const QString &text) { m_ui->resultCombo->setCurrentText(text); }

void AgendaDoneDialog::save()
{
    services::FollowUpActions(m_context.db, m_context.clock)
        .complete(m_followUpId, m_ui->resultCombo->currentText(), m_context.userId);
}

} // namespace libreta::ui
