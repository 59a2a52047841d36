#pragma once

#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class DoNotContactDialog;
}

namespace libreta::ui {

// Mark a debtor do-not-contact with the reason, or lift the mark (its
// reason is asked too and kept as a note). Saved through
// services::DebtorService.
class DoNotContactDialog final : public FormDialog {
    Q_OBJECT

public:
    DoNotContactDialog(const FormContext &context, const domain::Debtor &debtor, QWidget *parent = nullptr);
    ~DoNotContactDialog() override;

protected:
    void save() override;

private:
    std::unique_ptr<::Ui::DoNotContactDialog> m_ui;
    FormContext m_context;
    domain::Debtor m_debtor;
};

} // namespace libreta::ui
