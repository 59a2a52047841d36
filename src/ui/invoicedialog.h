#pragma once

#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class InvoiceDialog;
}

namespace libreta::ui {

// Add an invoice to a debtor: number, issue and due dates, amount (typed in
// either decimal convention). Saved through services::InvoiceService.
class InvoiceDialog final : public FormDialog {
    Q_OBJECT

public:
    InvoiceDialog(const FormContext &context, const domain::Debtor &debtor, QWidget *parent = nullptr);
    ~InvoiceDialog() override;

    domain::Id invoiceId() const { return m_invoiceId; }

protected:
    void save() override;

private:
    std::unique_ptr<::Ui::InvoiceDialog> m_ui;
    FormContext m_context;
    domain::Id m_debtorId = 0;
    domain::Id m_invoiceId = 0;
};

} // namespace libreta::ui
