#pragma once

#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class DisputeDialog;
}

namespace libreta::ui {

// Mark an invoice disputed with the debtor's reason, or clear the dispute.
// A disputed invoice is paid last when a payment is allocated. Saved
// through services::InvoiceService.
class DisputeDialog final : public FormDialog {
    Q_OBJECT

public:
    DisputeDialog(const FormContext &context, const domain::Invoice &invoice, const QString &amountText,
                  QWidget *parent = nullptr);
    ~DisputeDialog() override;

protected:
    void save() override;

private:
    std::unique_ptr<::Ui::DisputeDialog> m_ui;
    FormContext m_context;
    domain::Invoice m_invoice;
};

} // namespace libreta::ui
