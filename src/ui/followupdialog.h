#pragma once

#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class FollowUpDialog;
}

namespace libreta::ui {

// Schedule a follow-up on a debtor: a call-back, sending an invoice copy or
// the statement, or a task in words; a date, optionally a time, who does
// it. Saved through services::FollowUpService; it shows in the agenda.
class FollowUpDialog final : public FormDialog {
    Q_OBJECT

public:
    FollowUpDialog(const FormContext &context, const domain::Debtor &debtor, QWidget *parent = nullptr);
    ~FollowUpDialog() override;

    domain::Id followUpId() const { return m_followUpId; }

protected:
    void save() override;

private:
    std::unique_ptr<::Ui::FollowUpDialog> m_ui;
    FormContext m_context;
    domain::Id m_debtorId = 0;
    domain::Id m_followUpId = 0;
};

} // namespace libreta::ui
