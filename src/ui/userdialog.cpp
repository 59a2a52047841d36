#include "ui/userdialog.h"

#include "domain/labels.h"
#include "services/userservice.h"
#include "ui_userdialog.h"

namespace libreta::ui {

using namespace domain;

UserDialog::UserDialog(const FormContext &context, const std::optional<User> &user, bool firstOfOffice, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::UserDialog>()), m_context(context), m_editing(user.has_value())
{
    m_ui->setupUi(this);
    setWindowTitle(m_editing ? tr("Change user") : tr("Add user"));
    for (UserRole role : {UserRole::Agent, UserRole::Supervisor, UserRole::Admin})
        m_ui->roleCombo->addItem(label(role), int(role));
    const User shown = user.value_or(User{0, QString(), QString(), firstOfOffice ? UserRole::Admin : UserRole::Agent, true});
    m_userId = shown.id;
    m_ui->loginEdit->setText(shown.login);
    m_ui->loginEdit->setReadOnly(m_editing);  // the desk recognises its person by it
    m_ui->nameEdit->setText(shown.displayName);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(shown.role)));
    m_ui->activeCheck->setChecked(shown.active);

    addField(QStringLiteral("login"), m_ui->loginEdit, m_ui->loginEditError);
    addField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameEditError);
    addField(QStringLiteral("role"), m_ui->roleCombo, m_ui->roleComboError);
    addField(QStringLiteral("active"), m_ui->activeCheck, m_ui->activeCheckError);
    setGeneralErrorLabel(m_ui->generalError);
    (m_editing ? m_ui->nameEdit : m_ui->loginEdit)->setFocus();
    watchForEdits();
}

UserDialog::~UserDialog() = default;

QString UserDialog::login() const { return m_ui->loginEdit->text().trimmed().toLower(); }

void UserDialog::save()
{
    User u;
    u.id = m_userId;
    u.login = m_ui->loginEdit->text();
    u.displayName = m_ui->nameEdit->text();
    u.role = UserRole(m_ui->roleCombo->currentData().toInt());
    u.active = m_ui->activeCheck->isChecked();
    services::UserService users(m_context.db, m_context.clock, m_context.userId);
    if (m_editing)
        users.update(u);
    else
        m_userId = users.add(u);
}

} // namespace libreta::ui
