#include "ui/followupdialog.h"

#include "domain/labels.h"
#include "services/followupservice.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui_followupdialog.h"

namespace libreta::ui {

using namespace domain;

FollowUpDialog::FollowUpDialog(const FormContext &context, const Debtor &debtor, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::FollowUpDialog>()), m_context(context), m_debtorId(debtor.id)
{
    m_ui->setupUi(this);
    m_ui->debtorLabel->setText(tr("%1 (%2)").arg(debtor.name, debtor.externalRef));
    for (FollowUpKind kind : {FollowUpKind::Callback, FollowUpKind::SendInvoiceCopy, FollowUpKind::SendStatement,
                              FollowUpKind::NoteFollowUp})
        m_ui->kindCombo->addItem(label(kind), int(kind));
    const QDateTime now = context.clock.nowUtc().toLocalTime();
    // No minimum (see PaymentDialog): a past day is refused on saving.
    m_ui->dateEdit->setDate(now.date().addDays(1));
    m_ui->timeEdit->setTime(QTime(now.time().hour(), 0).addSecs(3600));
    m_ui->timeEdit->setEnabled(false);
    connect(m_ui->timeCheck, &QCheckBox::toggled, m_ui->timeEdit, &QWidget::setEnabled);

    m_ui->assignedCombo->addItem(tr("Whoever takes it"));
    try {
        for (const User &u : store::UserRepository(context.db).all()) {
            if (!u.active)
                continue;
            m_ui->assignedCombo->addItem(u.displayName, QVariant::fromValue<qint64>(u.id));
            const bool preferred = debtor.assignedAgentId ? *debtor.assignedAgentId == u.id : context.userId == u.id;
            if (preferred)
                m_ui->assignedCombo->setCurrentIndex(m_ui->assignedCombo->count() - 1);
        }
    } catch (const store::StoreError &) {
        // Left unassigned; saving reports a store that cannot be read.
    }

    addField(QStringLiteral("kind"), m_ui->kindCombo, nullptr);
    addField(QStringLiteral("date"), m_ui->dateEdit, m_ui->dateEditError);
    addField(QStringLiteral("time"), m_ui->timeEdit, m_ui->timeCheckError);
    addField(QStringLiteral("assigned_to"), m_ui->assignedCombo, m_ui->assignedComboError);
    addField(QStringLiteral("description"), m_ui->descriptionEdit, m_ui->descriptionEditError);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

FollowUpDialog::~FollowUpDialog() = default;

void FollowUpDialog::save()
{
    FollowUp f;
    f.debtorId = m_debtorId;
    f.kind = FollowUpKind(m_ui->kindCombo->currentData().toInt());
    f.dueDate = m_ui->dateEdit->date();
    if (m_ui->timeCheck->isChecked())
        f.dueTime = m_ui->timeEdit->time();
    if (m_ui->assignedCombo->currentIndex() > 0)
        f.assignedTo = m_ui->assignedCombo->currentData().toLongLong();
    f.description = m_ui->descriptionEdit->toPlainText();
    m_followUpId = services::FollowUpService(m_context.db, m_context.clock).schedule(f, m_context.userId);
}

} // namespace libreta::ui
