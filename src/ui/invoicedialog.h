#pragma once

#include "domain/entities.h"
#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class InvoiceDialog;
}

namespace libreta::ui {

class MoneyFormatter;

// Add an invoice to a debtor, or correct one typed wrong: number, issue and
// due dates, amount (typed in either decimal convention). Saved through
// services::InvoiceService; a correction says first what payments and
// adjustments took off the invoice, below which its amount cannot go.
class InvoiceDialog final : public FormDialog {
    Q_OBJECT

public:
    // A new invoice.
    InvoiceDialog(const FormContext &context, const domain::Debtor &debtor, QWidget *parent = nullptr);
    // `invoice` as stored, to correct.
    InvoiceDialog(const FormContext &context, const domain::Debtor &debtor, const domain::Invoice &invoice,
                  const MoneyFormatter &money, QWidget *parent = nullptr);
    ~InvoiceDialog() override;

    domain::Id invoiceId() const { return m_invoiceId; }
    // After a correction is saved: whether anything differed, and the
    // promises a lower amount cancelled.
    bool changed() const { return m_changed; }
    int promisesCancelled() const { return m_promisesCancelled; }
    bool reactivated() const { return m_reactivated; }

protected:
    void save() override;

private:
    void setUpFields();

    std::unique_ptr<::Ui::InvoiceDialog> m_ui;
    FormContext m_context;
    domain::Id m_debtorId = 0;
    domain::Id m_invoiceId = 0;
    bool m_correcting = false;
    bool m_changed = false;
    int m_promisesCancelled = 0;
    bool m_reactivated = false;
};

} // namespace libreta::ui
