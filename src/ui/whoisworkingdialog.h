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
// (DeskUser::choose).
class WhoIsWorkingDialog final : public QDialog {
    Q_OBJECT

public:
    explicit WhoIsWorkingDialog(store::Database &db, QWidget *parent = nullptr);
    ~WhoIsWorkingDialog() override;

    void accept() override;

private:
    std::unique_ptr<::Ui::WhoIsWorkingDialog> m_ui;
    store::Database &m_db;
};

} // namespace libreta::ui
