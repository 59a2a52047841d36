#pragma once

#include "services/balanceadjustmentservice.h"
#include "services/debtorfile.h"
#include "ui/formcontext.h"
#include "ui/formdialog.h"
#include "ui/moneyformatter.h"

#include <memory>

namespace Ui {
class BalanceAdjustmentDialog;
}

namespace libreta::ui {

// Write down what a debtor owes without money coming in (a discount
// agreed, a correction, a write-off), with the reason: the form says, as
// the amount is typed, which invoices it comes off, what is owed after, and
// whether pending promises are cancelled or the file closed. Saved through
// services::BalanceAdjustmentService.
class BalanceAdjustmentDialog final : public FormDialog {
    Q_OBJECT

public:
    // `invoiceId`: the invoice chosen to start with (the one selected in
    // the Invoices tab), when it is open.
    BalanceAdjustmentDialog(const FormContext &context, const services::DebtorFile &file,
                            std::optional<domain::Id> invoiceId, const MoneyFormatter &money,
                            QWidget *parent = nullptr);
    ~BalanceAdjustmentDialog() override;
    const services::AdjustBalanceResult &result() const { return m_result; }

protected:
    void save() override;

private:
    std::optional<domain::AdjustmentKind> kind() const;
    std::optional<domain::Id> invoiceId() const;
    void fillAllOwed();
    void updateEffect();

    std::unique_ptr<::Ui::BalanceAdjustmentDialog> m_ui;
    FormContext m_context;
    services::DebtorFile m_file;
    MoneyFormatter m_money;
    services::AdjustBalanceResult m_result;
};

} // namespace libreta::ui
