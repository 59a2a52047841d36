#pragma once

#include "services/debtorfile.h"
#include "services/paymentreversalservice.h"
#include "ui/formcontext.h"
#include "ui/formdialog.h"
#include "ui/moneyformatter.h"

#include <memory>

namespace Ui {
class PaymentReversalDialog;
}

namespace libreta::ui {

// Reverse a payment that should not count (a bounced cheque, a payment
// recorded by mistake), with the reason: the form says what it will undo
// (the invoices owed again, the promises it kept) before anything is
// stored. Saved through services::PaymentReversalService.
class PaymentReversalDialog final : public FormDialog {
    Q_OBJECT

public:
    PaymentReversalDialog(const FormContext &context, const services::DebtorFile &file, const domain::Payment &payment,
                          const MoneyFormatter &money, QWidget *parent = nullptr);
    ~PaymentReversalDialog() override;
    // What the reversal did, once saved.
    const services::ReversePaymentResult &result() const { return m_result; }

protected:
    void save() override;

private:
    QString effectText(const services::DebtorFile &file) const;

    std::unique_ptr<::Ui::PaymentReversalDialog> m_ui;
    FormContext m_context;
    domain::Payment m_payment;
    MoneyFormatter m_money;
    services::ReversePaymentResult m_result;
};

} // namespace libreta::ui
