#pragma once

#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class OfficeRulesDialog;
}

namespace libreta::ui {

// Edit ▸ Office rules: grace days, the calling window, attempts in seven
// days, the largest discount, unassigned debtors, the reminders' hour.
// Saved through services::OfficeRulesService; read-only for an agent.
class OfficeRulesDialog final : public FormDialog {
    Q_OBJECT

public:
    explicit OfficeRulesDialog(const FormContext &context, QWidget *parent = nullptr);
    ~OfficeRulesDialog() override;

    bool mayChange() const { return m_mayChange; }

protected:
    void save() override;

private:
    std::unique_ptr<::Ui::OfficeRulesDialog> m_ui;
    FormContext m_context;
    bool m_mayChange = false;
};

} // namespace libreta::ui
