#pragma once

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class WhoIsWorkingDialog;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// File ▸ Who is working: the person at the desk picks themselves from the
// office's active users; accepting remembers the choice for this file
// (DeskUser::choose). A user with a PIN who is not this computer's account
// types it; wrong PINs make the next try wait (services::Pin::wrong), as
// long after a restart or at another desk.
class WhoIsWorkingDialog final : public QDialog {
    Q_OBJECT

public:
    explicit WhoIsWorkingDialog(store::Database &db, QWidget *parent = nullptr);
    ~WhoIsWorkingDialog() override;

    void accept() override;

private:
    bool needsPin() const;
    QString chosenLogin() const;
    void showPinIfNeeded();
    // Seconds before `login`'s PIN may be tried again (0 when the file
    // cannot say: the PIN itself still guards).
    int waitSeconds(const QString &login);
    // OK waits `seconds` (services::Pin::wrong), saying why.
    void holdFor(int seconds, const QString &why);
    void refuse(const QString &why);
    void sayUnderPin(const QString &why);

    std::unique_ptr<::Ui::WhoIsWorkingDialog> m_ui;
    store::Database &m_db;
    QTimer m_waitOver;
};

} // namespace libreta::ui
