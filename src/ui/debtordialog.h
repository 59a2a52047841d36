#pragma once

#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class DebtorDialog;
}

namespace libreta::ui {

// New debtor, or edit one: name, reference, kind, tax id, time zone (for the
// calling window), segment, risk and value, agent, status and address. Saved
// through services::DebtorService. Do-not-contact has its own dialog.
class DebtorDialog final : public FormDialog {
    Q_OBJECT

public:
    // `debtor.id == 0` creates a new debtor.
    DebtorDialog(const FormContext &context, const domain::Debtor &debtor, QWidget *parent = nullptr);
    ~DebtorDialog() override;

    // The debtor's id once saved (the new one when creating).
    domain::Id debtorId() const { return m_debtor.id; }

protected:
    void save() override;

private:
    bool m_kindChosen = false;  // by hand: the name no longer decides it
    std::unique_ptr<::Ui::DebtorDialog> m_ui;
    FormContext m_context;
    domain::Debtor m_debtor;
};

} // namespace libreta::ui
