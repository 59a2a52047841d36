#pragma once

#include "store/agendaitem.h"
#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class AgendaReassignDialog;
}

namespace libreta::ui {

// Gives an agenda item to another agent, or to whoever takes it (a
// supervisor's action). Saved through services::FollowUpActions::reassign.
class AgendaReassignDialog final : public FormDialog {
    Q_OBJECT

public:
    AgendaReassignDialog(const FormContext &context, const store::AgendaItem &item, const QString &summary,
                         const QList<domain::User> &users, QWidget *parent = nullptr);
    ~AgendaReassignDialog() override;

    // Picks the user (std::nullopt: whoever takes it); false when not listed.
    bool setAssignee(const std::optional<domain::Id> &userId);

protected:
    void save() override;

private:
    std::unique_ptr<::Ui::AgendaReassignDialog> m_ui;
    FormContext m_context;
    domain::Id m_followUpId = 0;
};

} // namespace libreta::ui
