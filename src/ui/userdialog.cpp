#include "ui/userdialog.h"

#include "domain/labels.h"
#include "services/inputerror.h"
#include "services/userservice.h"
#include "store/targetrepository.h"
#include "ui/moneyinput.h"
#include "ui/pinfields.h"
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
    // A PIN is never shown: a user who has one keeps it unless a new one
    // is typed, or it is removed.
    m_ui->removePinCheck->setVisible(shown.hasPin);
    if (shown.hasPin) {
        m_ui->pinEdit->setPlaceholderText(tr("has one; type a new one to change it"));
        disablePinWhileRemoving(m_ui->removePinCheck, m_ui->pinEdit, m_ui->pinRepeatEdit);
    } else {
        m_ui->pinEdit->setPlaceholderText(tr("none; optional"));
    }
    // The Panel compares what the agent recovers with it (schema 35).
    if (m_editing)
        if (const auto target = store::TargetRepository(context.db).monthlyRecovery(shown.id))
            m_ui->targetEdit->setText(target->format(QLocale()));
    m_targetShown = m_ui->targetEdit->text();

    addField(QStringLiteral("login"), m_ui->loginEdit, m_ui->loginEditError);
    addField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameEditError);
    addField(QStringLiteral("role"), m_ui->roleCombo, m_ui->roleComboError);
    addField(QStringLiteral("active"), m_ui->activeCheck, m_ui->activeCheckError);
    addField(QStringLiteral("pin"), m_ui->pinEdit, m_ui->pinEditError);
    addField(QStringLiteral("pin_repeat"), m_ui->pinRepeatEdit, m_ui->pinRepeatEditError);
    addField(QStringLiteral("target"), m_ui->targetEdit, m_ui->targetEditError);
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
    const services::PinChange pin = pinChangeFrom(m_ui->removePinCheck, m_ui->pinEdit, m_ui->pinRepeatEdit);
    services::TargetChange target;
    const QString targetText = m_ui->targetEdit->text().trimmed();
    target.change = targetText != m_targetShown.trimmed();
    if (target.change && !targetText.isEmpty()) {
        QString error;
        const auto amount = MoneyInput::read(targetText, tr("Monthly target"), &error);
        if (!amount)
            throw services::InputError(QStringLiteral("target"), error);
        target.monthlyRecovery = *amount;
    }
    services::UserService users(m_context.db, m_context.clock, m_context.userId);
    if (m_editing)
        users.update(u, pin, target);
    else
        m_userId = users.add(u, pin, target);
}

} // namespace libreta::ui
