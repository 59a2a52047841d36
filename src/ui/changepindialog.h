#pragma once

#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

namespace Ui {
class ChangePinDialog;
}

namespace libreta::ui {

// File ▸ Change my PIN: the person at the desk sets, changes or removes
// their own PIN (services::UserService::changeOwnPin), so an administrator
// need not know it. Wrong current PINs count as at Who is working
// (services::Pin::wrong): guessing here is no faster than there.
class ChangePinDialog final : public FormDialog {
    Q_OBJECT

public:
    // `context.userId`: the person at the desk (required); `hasPin`:
    // whether they have one now (then it is asked first).
    ChangePinDialog(const FormContext &context, const QString &login, bool hasPin, QWidget *parent = nullptr);
    ~ChangePinDialog() override;

protected:
    void save() override;

private:
    std::unique_ptr<::Ui::ChangePinDialog> m_ui;
    FormContext m_context;
    QString m_login;
    bool m_hasPin;
};

} // namespace libreta::ui
