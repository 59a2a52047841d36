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
// types it; wrong PINs make the next try wait (PinAttempts).
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
    // OK waits `seconds` (PinAttempts), saying why.
    void holdFor(int seconds, const QString &why);
    void refuse(const QString &why);

    std::unique_ptr<::Ui::WhoIsWorkingDialog> m_ui;
    store::Database &m_db;
    QTimer m_waitOver;
};

} // namespace libreta::ui
