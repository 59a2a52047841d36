#pragma once

#include <QDialog>

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
// types it; three wrong PINs in a row hold the form for half a minute.
class WhoIsWorkingDialog final : public QDialog {
    Q_OBJECT

public:
    explicit WhoIsWorkingDialog(store::Database &db, QWidget *parent = nullptr);
    ~WhoIsWorkingDialog() override;

    void accept() override;

    static constexpr int kTriesBeforeWaiting = 3;
    static constexpr int kWaitSeconds = 30;

private:
    void showPinIfNeeded();
    void refuse(const QString &why);

    std::unique_ptr<::Ui::WhoIsWorkingDialog> m_ui;
    store::Database &m_db;
    int m_wrongPins = 0;
};

} // namespace libreta::ui
