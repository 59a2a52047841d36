#include "ui/donotcontactdialog.h"

#include "services/debtorservice.h"
#include "ui_donotcontactdialog.h"

namespace libreta::ui {

DoNotContactDialog::DoNotContactDialog(const FormContext &context, const domain::Debtor &debtor, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::DoNotContactDialog>()), m_context(context), m_debtor(debtor)
{
    m_ui->setupUi(this);
    m_ui->debtorLabel->setText(tr("%1 (%2)").arg(debtor.name, debtor.externalRef));
    // The box opens on the change being asked for: marking an allowed
    // debtor, or lifting the mark of a blocked one.
    m_ui->doNotContactCheck->setChecked(!debtor.doNotContact);
    auto updateHint = [this] {
        m_ui->reasonEdit->setPlaceholderText(m_ui->doNotContactCheck->isChecked()
                                                 ? tr("Why this debtor must not be called: legal process, "
                                                      "harassment complaint, deceased…")
                                                 : tr("Why calls may start again; it is kept as a note in the file."));
    };
    connect(m_ui->doNotContactCheck, &QCheckBox::toggled, this, updateHint);
    updateHint();
    if (debtor.doNotContact)
        m_ui->debtorLabel->setText(m_ui->debtorLabel->text() + QLatin1Char('\n') +
                                   tr("Marked do-not-contact: %1").arg(debtor.doNotContactReason));
    addField(QStringLiteral("reason"), m_ui->reasonEdit, m_ui->reasonEditError);
    addField(QStringLiteral("do_not_contact"), m_ui->doNotContactCheck, m_ui->generalError);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

DoNotContactDialog::~DoNotContactDialog() = default;

void DoNotContactDialog::save()
{
    services::DebtorService(m_context.db, m_context.clock)
        .setDoNotContact(m_debtor.id, m_ui->doNotContactCheck->isChecked(), m_ui->reasonEdit->toPlainText(),
                         m_context.userId);
}

} // namespace libreta::ui
