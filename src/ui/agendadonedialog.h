#pragma once

#include "store/agendaitem.h"
#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class AgendaDoneDialog;
}

namespace libreta::ui {

// Marks an agenda item done with what came of it: a result picked from the
// usual ones for its kind or typed in words. Saved through
// services::FollowUpActions::complete.
class AgendaDoneDialog final : public FormDialog {
    Q_OBJECT

public:
    AgendaDoneDialog(const FormContext &context, const store::AgendaItem &item, const QString &summary,
                     QWidget *parent = nullptr);
    ~AgendaDoneDialog() override;

    void setResult(const QString &text);

protected:
    void save() override;

private:
    std::unique_ptr<::Ui::AgendaDoneDialog> m_ui;
    FormContext m_context;
    domain::Id m_followUpId = 0;
};

} // namespace libreta::ui
