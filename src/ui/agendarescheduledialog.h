#pragma once

#include "store/agendaitem.h"
#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class AgendaRescheduleDialog;
}

namespace libreta::ui {

// Moves an agenda item to another day (and time, or any time that day),
// saying when the move will count as put off on the Panel. Saved through
// services::FollowUpActions::reschedule.
class AgendaRescheduleDialog final : public FormDialog {
    Q_OBJECT

public:
    AgendaRescheduleDialog(const FormContext &context, const store::AgendaItem &item, const QString &summary,
                           QWidget *parent = nullptr);
    ~AgendaRescheduleDialog() override;

    void setWhen(const QDate &date, const std::optional<QTime> &time);
    // Whether the form says the move will count as put off.
    bool saysPutOff() const;

protected:
    void save() override;

private:
    std::unique_ptr<::Ui::AgendaRescheduleDialog> m_ui;
    FormContext m_context;
    domain::Id m_followUpId = 0;
};

} // namespace libreta::ui
