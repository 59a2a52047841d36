#pragma once

#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>
#include <optional>

namespace Ui {
class UserDialog;
}

namespace libreta::ui {

// Adds a user to the office, or changes one (name, role, whether they still
// work there; the login stays). Saved through services::UserService.
class UserDialog final : public FormDialog {
    Q_OBJECT

public:
    // `user` empty: a new one; `firstOfOffice`: the office lists nobody yet,
    // so the role starts on administrator (the service requires it).
    UserDialog(const FormContext &context, const std::optional<domain::User> &user, bool firstOfOffice,
               QWidget *parent = nullptr);
    ~UserDialog() override;

    domain::Id userId() const { return m_userId; }
    QString login() const;

protected:
    void save() override;

private:
    // The hand-over's choices: not chosen yet, nobody, or a user's id.
    static constexpr qint64 kNotChosen = -2;
    static constexpr qint64 kNobody = -1;
    void fillHandOver(const std::optional<domain::User> &user);

    std::unique_ptr<::Ui::UserDialog> m_ui;
    FormContext m_context;
    domain::Id m_userId = 0;
    bool m_editing = false;
    bool m_hasWork = false;  // the user has debtors or open follow-ups to hand over if they leave
    QString m_targetShown;  // the target as the form opened: left alone unless changed
};

} // namespace libreta::ui
