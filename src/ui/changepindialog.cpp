#include "ui/changepindialog.h"

#include "services/pin.h"

#include "services/inputerror.h"
#include "services/userservice.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "ui/deskuser.h"
#include "ui/pinfields.h"
#include "ui_changepindialog.h"


namespace libreta::ui {

ChangePinDialog::ChangePinDialog(const FormContext &context, const QString &login, bool hasPin, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::ChangePinDialog>()), m_context(context), m_login(login),
      m_hasPin(hasPin)
{
    m_ui->setupUi(this);
    m_ui->explanation->setText(
        hasPin ? tr("Type the PIN you have now, then the new one twice; or tick Remove my PIN.")
               : tr("With a PIN, nobody can choose you at another computer's desk (File ▸ Who is working) "
                    "without typing it. Only you need know it."));
    m_ui->currentPinEditCaption->setVisible(hasPin);
    m_ui->currentPinEdit->setVisible(hasPin);
    m_ui->currentPinEditError->setVisible(hasPin);
    m_ui->removePinCheck->setVisible(hasPin);
    disablePinWhileRemoving(m_ui->removePinCheck, m_ui->pinEdit, m_ui->pinRepeatEdit);
    addField(QStringLiteral("current_pin"), m_ui->currentPinEdit, m_ui->currentPinEditError);
    addField(QStringLiteral("pin"), m_ui->pinEdit, m_ui->pinEditError);
    addField(QStringLiteral("pin_repeat"), m_ui->pinRepeatEdit, m_ui->pinRepeatEditError);
    setGeneralErrorLabel(m_ui->generalError);
    (hasPin ? m_ui->currentPinEdit : m_ui->pinEdit)->setFocus();
    watchForEdits();
}

ChangePinDialog::~ChangePinDialog() = default;

void ChangePinDialog::save()
{
    const auto waitFor = [](int seconds) {
        return services::InputError(QStringLiteral("current_pin"),
                                    tr("Current PIN: wait %n more second(s) before trying again.", nullptr, seconds));
    };
    if (const int wait = services::Pin::waitSeconds(m_context.db, m_login, m_context.clock.nowUtc()); wait > 0)
        throw waitFor(wait);
    const services::PinChange pin = pinChangeFrom(m_ui->removePinCheck, m_ui->pinEdit, m_ui->pinRepeatEdit);
    const QString current = m_ui->currentPinEdit->text();
    // A current PIN typed is counted before it is checked, as at Who is working.
    if (!current.isEmpty())
        if (const int wait = services::Pin::beginTry(m_context.db, m_context.clock, m_login); wait > 0) {
            m_ui->currentPinEdit->clear();
            throw waitFor(wait);
        }
    try {
        services::UserService(m_context.db, m_context.clock, m_context.userId).changeOwnPin(current, pin);
    } catch (const services::InputError &e) {
        if (e.field() == QLatin1String("current_pin") && !current.isEmpty()) {
            m_ui->currentPinEdit->clear();
            if (const int held = services::Pin::wrong(m_context.db, m_context.clock, m_context.userId, m_login);
                held > 0)
                throw waitFor(held);
        } else if (e.field() == QLatin1String("pin") || e.field() == QLatin1String("pin_repeat")) {
            try {
                services::Pin::right(m_context.db, m_login);  // the current one was right; the new one is at fault
            } catch (const store::StoreError &) {
                // What the person must fix is the new PIN, which the form says.
            }
        }
        throw;
    }
    // The change itself started the count over (UserService::changeOwnPin).
    // They have just typed their PIN: they stay the desk's person, however
    // the desk had known them (a remembered choice or the environment's
    // login no longer stands for a user with a PIN).
    DeskUser::choose(m_context.db, m_login);
}

} // namespace libreta::ui
