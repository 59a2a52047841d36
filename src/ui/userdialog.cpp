#include "ui/userdialog.h"

#include "domain/labels.h"
#include "services/inputerror.h"
#include "services/userservice.h"
#include "store/storeerror.h"
#include "store/targetrepository.h"
#include "store/userrepository.h"
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

    fillHandOver(user);

    // A supervisor changing an agent: whether they work here and their
    // target; the name, the role and the PIN are an administrator's.
    bool administrator = true;
    try {
        administrator = services::UserService(context.db, context.clock, context.userId).mayManage();
    } catch (const store::StoreError &) {
        administrator = false;
    }
    if (m_editing && !administrator)
        for (QWidget *w : std::initializer_list<QWidget *>{m_ui->nameEdit, m_ui->roleCombo, m_ui->pinEdit,
                                                           m_ui->pinRepeatEdit, m_ui->removePinCheck})
            w->setEnabled(false);

    addField(QStringLiteral("login"), m_ui->loginEdit, m_ui->loginEditError);
    addField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameEditError);
    addField(QStringLiteral("role"), m_ui->roleCombo, m_ui->roleComboError);
    addField(QStringLiteral("active"), m_ui->activeCheck, m_ui->activeCheckError);
    addField(QStringLiteral("hand_over"), m_ui->handOverCombo, m_ui->handOverComboError);
    addField(QStringLiteral("pin"), m_ui->pinEdit, m_ui->pinEditError);
    addField(QStringLiteral("pin_repeat"), m_ui->pinRepeatEdit, m_ui->pinRepeatEditError);
    addField(QStringLiteral("target"), m_ui->targetEdit, m_ui->targetEditError);
    setGeneralErrorLabel(m_ui->generalError);
    (m_editing ? (administrator ? static_cast<QWidget *>(m_ui->nameEdit) : m_ui->activeCheck) : m_ui->loginEdit)
        ->setFocus();
    watchForEdits();
}

UserDialog::~UserDialog() = default;

void UserDialog::fillHandOver(const std::optional<User> &user)
{
    // Asked only of someone who works here now and has work: unticking
    // them must say who takes their debtors and follow-ups.
    store::AssignmentCounts work;
    if (user && user->active) {
        try {
            work = services::UserService(m_context.db, m_context.clock, m_context.userId).workOf(user->id);
            m_ui->handOverCombo->addItem(tr("Choose who takes them"), kNotChosen);
            m_ui->handOverCombo->addItem(tr("Nobody: leave them unassigned"), kNobody);
            for (const User &u : store::UserRepository(m_context.db).all())
                if (u.active && u.id != user->id)
                    m_ui->handOverCombo->addItem(tr("%1 (%2)").arg(u.displayName, label(u.role)), u.id);
        } catch (const store::StoreError &) {
            work = {};
        }
    }
    m_hasWork = work.debtors > 0 || work.followUps > 0;
    m_ui->handOverComboHint->setText(
        tr("debtors: %1 · open follow-ups: %2").arg(QLocale().toString(work.debtors), QLocale().toString(work.followUps)));
    const auto show = [this] {
        const bool leaving = m_hasWork && !m_ui->activeCheck->isChecked();
        for (QWidget *w : std::initializer_list<QWidget *>{m_ui->handOverComboCaption, m_ui->handOverCombo,
                                                           m_ui->handOverComboHint})
            w->setVisible(leaving);
    };
    connect(m_ui->activeCheck, &QCheckBox::toggled, this, show);
    show();
}

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
    services::WorkHandOver handOver;
    const qint64 chosen = m_ui->handOverCombo->currentData().toLongLong();
    handOver.chosen = m_ui->handOverCombo->count() > 0 && chosen != kNotChosen;
    if (chosen > 0)
        handOver.to = chosen;
    if (m_editing)
        users.update(u, pin, target, handOver);
    else
        m_userId = users.add(u, pin, target);
}

} // namespace libreta::ui
