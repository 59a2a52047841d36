#include "ui/whoisworkingdialog.h"

#include "domain/labels.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "services/pin.h"
#include "store/userrepository.h"
#include "ui/deskuser.h"
#include "ui_whoisworkingdialog.h"

#include <QLayout>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <exception>

namespace libreta::ui {
namespace {
constexpr int NeedsPinRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
// A supervisor or an administrator anyone may choose: no PIN, in an office
// of more than one person.
constexpr int UnguardedRole = Qt::UserRole + 3;
}

WhoIsWorkingDialog::WhoIsWorkingDialog(store::Database &db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::WhoIsWorkingDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    QList<domain::User> users;
    try {
        users = store::UserRepository(db).all();
    } catch (const store::StoreError &e) {
        m_ui->explanation->setText(e.message());
    }
    const auto current = DeskUser::current(db);
    const bool shared = std::count_if(users.cbegin(), users.cend(), [](const domain::User &u) { return u.active; }) > 1;
    for (const domain::User &user : users) {
        if (!user.active)
            continue;
        const bool chief = user.role == domain::UserRole::Supervisor || user.role == domain::UserRole::Admin;
        m_ui->userCombo->addItem(tr("%1 (%2)").arg(user.displayName, domain::label(user.role)), user.login);
        m_ui->userCombo->setItemData(m_ui->userCombo->count() - 1, DeskUser::needsPin(user), NeedsPinRole);
        m_ui->userCombo->setItemData(m_ui->userCombo->count() - 1, user.displayName, NameRole);
        m_ui->userCombo->setItemData(m_ui->userCombo->count() - 1, shared && chief && !DeskUser::needsPin(user),
                                     UnguardedRole);
        if (current && current->id == user.id)
            m_ui->userCombo->setCurrentIndex(m_ui->userCombo->count() - 1);
    }
    m_ui->pinEditError->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_waitOver.setSingleShot(true);
    connect(&m_waitOver, &QTimer::timeout, this, &WhoIsWorkingDialog::showPinIfNeeded);
    connect(m_ui->userCombo, &QComboBox::currentIndexChanged, this, &WhoIsWorkingDialog::showPinIfNeeded);
    // Focus moves to the PIN only when a person is picked, not while the
    // arrow keys pass over the list.
    connect(m_ui->userCombo, &QComboBox::activated, this, [this] {
        if (needsPin())
            m_ui->pinEdit->setFocus();
    });
    showPinIfNeeded();
    if (needsPin())
        m_ui->pinEdit->setFocus();
    // As tall as what it shows at the form's width: no gap where the PIN
    // row is hidden.
    resize(width(), std::max(minimumSizeHint().height(), layout()->totalHeightForWidth(width())));
}

WhoIsWorkingDialog::~WhoIsWorkingDialog() = default;

bool WhoIsWorkingDialog::needsPin() const { return m_ui->userCombo->currentData(NeedsPinRole).toBool(); }

QString WhoIsWorkingDialog::chosenLogin() const { return m_ui->userCombo->currentData().toString(); }

void WhoIsWorkingDialog::showPinIfNeeded()
{
    const bool needed = needsPin();
    // Said where the hole is used: choosing them is all it takes.
    const bool unguarded = m_ui->userCombo->currentData(UnguardedRole).toBool();
    m_ui->unguardedNote->setVisible(unguarded);
    m_ui->unguardedNote->setText(
        unguarded ? tr("%1 has no PIN: anyone at any desk of the office can work as them, score calls, share out "
                       "debtors and change the office's rules. Give them a PIN in Edit ▸ Office users.")
                        .arg(m_ui->userCombo->currentData(NameRole).toString())
                  : QString());
    m_ui->pinEditCaption->setVisible(needed);
    m_ui->pinEdit->setVisible(needed);
    m_ui->pinEdit->clear();
    m_ui->pinEditError->setVisible(needed);
    m_ui->pinEditError->clear();
    m_waitOver.stop();
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_ui->userCombo->count() > 0);
    const int wait = needed ? waitSeconds(chosenLogin()) : 0;
    if (wait > 0)
        holdFor(wait, tr("PIN: wait %n more second(s) before trying again.", nullptr, wait));
    // The explanation wraps: the form grows to show it whole, never shrinks.
    resize(size().expandedTo(sizeHint()));
}

int WhoIsWorkingDialog::waitSeconds(const QString &login)
{
    try {
        return services::Pin::waitSeconds(m_db, login, QDateTime::currentDateTimeUtc());
    } catch (const store::StoreError &) {
        return 0;  // unread, the PIN itself still guards
    }
}

void WhoIsWorkingDialog::holdFor(int seconds, const QString &why)
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    sayUnderPin(why);
    m_waitOver.start(seconds * 1000);
}

void WhoIsWorkingDialog::refuse(const QString &why)
{
    sayUnderPin(why);
    m_ui->pinEdit->clear();
    m_ui->pinEdit->setFocus();
}

// A reason that wraps to a second line makes the form taller rather than
// being cut ("…antes de volver a / intentarlo").
void WhoIsWorkingDialog::sayUnderPin(const QString &why)
{
    m_ui->pinEditError->setText(why);
    layout()->activate();
    resize(size().expandedTo(sizeHint()));
}

void WhoIsWorkingDialog::accept()
{
    const QString login = chosenLogin();
    if (needsPin()) {
        if (waitSeconds(login) > 0)
            return;
        const QString pin = m_ui->pinEdit->text();
        if (pin.isEmpty())
            return refuse(tr("PIN: type %1's PIN to work as them at this desk.")
                              .arg(m_ui->userCombo->currentData(NameRole).toString()));
        const domain::SystemClock clock;
        bool right = false;
        try {
            // Counted before it is checked: a desk that cannot write the
            // count cannot check a PIN either.
            if (const int wait = services::Pin::beginTry(m_db, clock, login); wait > 0) {
                m_ui->pinEdit->clear();
                return holdFor(wait, tr("PIN: wait %n more second(s) before trying again.", nullptr, wait));
            }
            right = services::Pin::isUsersPin(m_db, login, pin);
        } catch (const store::StoreError &e) {
            return refuse(e.message());
        } catch (const std::exception &) {
            return refuse(tr("PIN: it could not be checked on this computer."));
        }
        if (!right) {
            // Trying every PIN by hand is made slow, not impossible: the
            // PIN guards against a colleague, the computer's account
            // against strangers.
            int wait = 0;
            try {
                wait = services::Pin::wrong(m_db, clock, DeskUser::id(m_db), login);
            } catch (const store::StoreError &e) {
                return refuse(e.message());
            }
            if (wait == 0)
                return refuse(tr("PIN: it is not the right one."));
            m_ui->pinEdit->clear();
            return holdFor(wait, tr("PIN: %n wrong PINs in a row; wait %1 seconds before trying again.", nullptr,
                                    services::Pin::kTriesBeforeWaiting)
                                     .arg(wait));
        }
        try {
            services::Pin::right(m_db, login);
        } catch (const store::StoreError &) {
            // The PIN was right: a count left behind only shortens the next mistake's grace.
        }
    }
    DeskUser::choose(m_db, login);
    QDialog::accept();
}

} // namespace libreta::ui
