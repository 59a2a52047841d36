#include "ui/disputedialog.h"

#include "services/invoiceservice.h"
#include "ui/debtorfiletexts.h"
#include "ui_disputedialog.h"

namespace libreta::ui {

DisputeDialog::DisputeDialog(const FormContext &context, const domain::Invoice &invoice, const QString &amountText,
                             QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::DisputeDialog>()), m_context(context), m_invoice(invoice)
{
    m_ui->setupUi(this);
    m_ui->invoiceLabel->setText(tr("Invoice %1 of %2, due %3: %4")
                                    .arg(invoice.number, DebtorFileTexts::date(invoice.issueDate),
                                         DebtorFileTexts::date(invoice.dueDate), amountText));
    // Opening the dialog is asking to dispute; on a disputed invoice it is
    // asking to change the reason or clear it.
    m_ui->disputedCheck->setChecked(true);
    m_ui->reasonEdit->setPlainText(invoice.disputeReason);
    connect(m_ui->disputedCheck, &QCheckBox::toggled, m_ui->reasonEdit, &QWidget::setEnabled);
    addField(QStringLiteral("reason"), m_ui->reasonEdit, m_ui->reasonEditError);
    addField(QStringLiteral("invoice"), m_ui->disputedCheck, m_ui->generalError);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

DisputeDialog::~DisputeDialog() = default;

void DisputeDialog::save()
{
    services::InvoiceService(m_context.db, m_context.clock)
        .setDisputed(m_invoice.id, m_ui->disputedCheck->isChecked(), m_ui->reasonEdit->toPlainText(),
                     m_context.userId);
}

} // namespace libreta::ui
