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
// usual ones for its kind or typed in words, and for a call, when to call
// the debtor again. Saved through
// services::FollowUpActions::complete.
class AgendaDoneDialog final : public FormDialog {
    Q_OBJECT

public:
    AgendaDoneDialog(const FormContext &context, const store::AgendaItem &item, const QString &summary,
                     QWidget *parent = nullptr);
    ~AgendaDoneDialog() override;

    void setResult(const QString &text);
    // Whether saving leaves a call to the debtor for later, and when.
    bool callsAgain() const;
    QDateTime callAgainAt() const;

protected:
    void save() override;

private:
    // The row that asks when to call again, offered for calls, not tasks;
    // a result that needs another call ticks it with a suggested time.
    void setUpCallAgain(const store::AgendaItem &item);
    void suggestCallAgain(const QString &result);

    std::unique_ptr<::Ui::AgendaDoneDialog> m_ui;
    FormContext m_context;
    domain::Id m_followUpId = 0;
    std::optional<QTime> m_itemTime;
};

} // namespace libreta::ui
