#pragma once

#include "services/officesetupservice.h"
#include "ui/formdialog.h"

#include <QLocale>

#include <memory>

namespace Ui {
class NewOfficeDialog;
}

namespace libreta::ui {

// File ▸ New office file, after the file's place is chosen: the office's
// name and currency (the desk's country's money to start with). Checks
// what was typed; the window makes the file once it is accepted.
class NewOfficeDialog final : public FormDialog {
    Q_OBJECT

public:
    explicit NewOfficeDialog(const QLocale &locale = QLocale(), QWidget *parent = nullptr);
    ~NewOfficeDialog() override;

    services::OfficeSetup setup() const;

protected:
    void save() override;

private:
    std::unique_ptr<::Ui::NewOfficeDialog> m_ui;
};

} // namespace libreta::ui
