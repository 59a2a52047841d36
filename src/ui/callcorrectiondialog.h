#pragma once

#include "services/debtorfile.h"
#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class CallCorrectionDialog;
}

namespace libreta::ui {

// Correct what was written about a call: the stage notes, the reason for
// not paying, the debtor's profile, the refusal's reason and the next step.
// Saved through services::CallCorrectionService as a correction beside the
// call, which stays as it was. Opens on what the call says now.
class CallCorrectionDialog final : public FormDialog {
    Q_OBJECT

public:
    CallCorrectionDialog(const FormContext &context, const services::DebtorFile &file, const domain::Call &call,
                         QWidget *parent = nullptr);
    ~CallCorrectionDialog() override;

    // The correction stored by the last save (0 before).
    domain::Id savedId() const { return m_savedId; }

protected:
    void save() override;

private:
    void fill(const domain::Call &call);
    void categoryChanged();

    std::unique_ptr<::Ui::CallCorrectionDialog> m_ui;
    FormContext m_context;
    domain::Id m_callId = 0;
    domain::Id m_savedId = 0;
    bool m_conversation = true;
    bool m_filled = false;  // the call's own values are in
};

} // namespace libreta::ui
