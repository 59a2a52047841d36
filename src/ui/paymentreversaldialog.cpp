#include "ui/paymentreversaldialog.h"

#include "domain/labels.h"
#include "services/paymentreversalservice.h"
#include "ui/debtorfiletexts.h"
#include "ui_paymentreversaldialog.h"

#include <QPushButton>

namespace libreta::ui {

using namespace domain;

PaymentReversalDialog::PaymentReversalDialog(const FormContext &context, const services::DebtorFile &file,
                                             const Payment &payment, const MoneyFormatter &money, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::PaymentReversalDialog>()), m_context(context),
      m_payment(payment), m_money(money)
{
    m_ui->setupUi(this);
    const QString head = tr("Payment of %1 on %2, %3").arg(money.format(payment.amount), DebtorFileTexts::date(payment.paidOn),
                                                          label(payment.method));
    m_ui->paymentLabel->setText(payment.reference.isEmpty() ? head : tr("%1, reference %2").arg(head, payment.reference));
    m_ui->effectLabel->setText(effectText(file));
    // No reason chosen to start with: the person reversing says which.
    for (const ReversalReason reason : {ReversalReason::Bounced, ReversalReason::EnteredInError, ReversalReason::Other})
        m_ui->reasonCombo->addItem(label(reason), int(reason));
    m_ui->reasonCombo->setCurrentIndex(-1);
    m_ui->reasonCombo->setPlaceholderText(tr("Choose the reason"));
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Reverse payment"));
    addField(QStringLiteral("reason"), m_ui->reasonCombo, m_ui->reasonComboError);
    addField(QStringLiteral("note"), m_ui->noteEdit, m_ui->noteEditError);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

PaymentReversalDialog::~PaymentReversalDialog() = default;

QString PaymentReversalDialog::effectText(const services::DebtorFile &file) const
{
    QStringList invoices;
    for (const Allocation &a : m_payment.allocations) {
        const Invoice *invoice = file.invoice(a.invoiceId);
        invoices << tr("%1 (%2)").arg(invoice ? invoice->number : QString::number(a.invoiceId), m_money.format(a.amount));
    }
    const services::ReversalPreview p = services::PaymentReversalService::preview(file, m_payment);
    QStringList lines;
    lines << (invoices.isEmpty() ? tr("It was not applied to any invoice.")
                                 : tr("What it paid is owed again: %1.").arg(invoices.join(QStringLiteral(", "))));
    if (p.creditPays.isPositive())
        lines << tr("The debtor's credit from other payments pays %1 of it at once, oldest invoice first.")
                     .arg(m_money.format(p.creditPays));
    if (p.creditLost.isPositive())
        lines << tr("The debtor's credit of %1 from it is gone.").arg(m_money.format(p.creditLost));
    if (p.promisesPaidTowards > 0)
        lines << tr("%n promise(s) it paid towards will be evaluated again without it.", nullptr, p.promisesPaidTowards);
    if (p.discountsAtStake.isPositive())
        lines << tr("The discount of %1 granted when the agreement was paid rests on it: it is withdrawn, and owed "
                    "again, if the agreement is no longer met.")
                     .arg(m_money.format(p.discountsAtStake));
    if (p.reactivates)
        lines << tr("The debtor owes again and becomes active again.");
    lines << tr("The payment stays in the file, marked reversed, and leaves the money recovered.");
    return lines.join(QLatin1Char('\n'));
}

void PaymentReversalDialog::save()
{
    services::ReversePaymentRequest request;
    request.paymentId = m_payment.id;
    if (m_ui->reasonCombo->currentIndex() >= 0)
        request.reason = ReversalReason(m_ui->reasonCombo->currentData().toInt());
    request.note = m_ui->noteEdit->toPlainText();
    request.userId = m_context.userId;
    request.currencySymbol = m_money.symbol();
    m_result = services::PaymentReversalService(m_context.db, m_context.clock).reverse(request);
}

} // namespace libreta::ui
