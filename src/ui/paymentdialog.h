#pragma once

#include "services/debtorfile.h"
#include "services/paymentservice.h"
#include "ui/formcontext.h"
#include "ui/formdialog.h"
#include "ui/moneyformatter.h"

#include <memory>

namespace Ui {
class PaymentDialog;
}

namespace libreta::ui {

// Record a payment: amount as typed (in either decimal convention; a lone
// separator is read with the desk's locale), date, method, reference and
// optionally the invoice to pay first. While it is typed, the dialog shows
// which invoices it pays, which promises it settles and the balance after;
// Save posts it through services::PaymentService.
class PaymentDialog final : public FormDialog {
    Q_OBJECT

public:
    PaymentDialog(const FormContext &context, const services::DebtorFile &file, const MoneyFormatter &money,
                  QWidget *parent = nullptr);
    ~PaymentDialog() override;

    void setAmountText(const QString &text);
    // After Save: what posting did.
    const std::optional<services::PostPaymentResult> &result() const { return m_result; }

protected:
    void save() override;

private:
    // True when the payment leaves no credit, or the person says it is meant.
    bool confirmCredit(domain::Money value);
    // nullopt (and the reason in `error`) when the amount cannot be read.
    std::optional<domain::Money> amount(QString *error = nullptr) const;
    services::PostPaymentRequest request(domain::Money amount) const;
    void updatePreview();
    // Offers to close the statements sent about a payment the debtor claimed.
    void showClaims();

    std::unique_ptr<::Ui::PaymentDialog> m_ui;
    FormContext m_context;
    services::DebtorFile m_file;  // a copy: the file tab may reload while the form is open
    MoneyFormatter m_money;
    std::optional<services::PostPaymentResult> m_result;
    QList<domain::Id> m_claims;  // the open claims the payment may answer
};

} // namespace libreta::ui
