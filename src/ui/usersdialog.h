#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UsersDialog;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class UserDialog;

// Edit ▸ Office users: the office's users with their role and whether they
// still work there; an administrator adds and changes them (UserDialog), a
// supervisor changes an agent's place in the office and target, everyone
// else reads the list. The office's first user, added from a desk
// that nobody is named at yet, becomes that desk's person.
class UsersDialog final : public QDialog {
    Q_OBJECT

public:
    UsersDialog(store::Database &db, const domain::Clock &clock, QWidget *parent = nullptr);
    ~UsersDialog() override;

    // Open the form and return at once (tests fill and save it).
    UserDialog *addUser();
    UserDialog *changeUser(int row);
    int rowCount() const;
    bool mayManage() const { return m_mayManage; }
    // Whether the desk's person may open the user of `row` (an
    // administrator anyone, a supervisor an agent).
    bool mayChange(int row) const;
    // The desk's person without a PIN, shown the warning, sets one
    // (File ▸ Change my PIN, from here). Returns the open form.
    QDialog *setOwnPin();
    // The warning about supervisors and administrators without a PIN, or "".
    QString unprotectedText() const;

Q_SIGNALS:
    // A user was added or changed: names and roles shown elsewhere may move.
    void usersChanged();

private:
    void reload();
    void updateButtons();
    void showUnprotected();
    UserDialog *openForm(UserDialog *form);

    std::unique_ptr<::Ui::UsersDialog> m_ui;
    store::Database &m_db;
    const domain::Clock &m_clock;
    QList<domain::User> m_users;
    bool m_mayManage = false;
    QList<bool> m_mayLookAfter;  // per row: an agent a supervisor at the desk may change
};

} // namespace libreta::ui
