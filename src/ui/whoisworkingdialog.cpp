#include "ui/whoisworkingdialog.h"

#include "domain/labels.h"
#include "store/storeerror.h"
#include "services/pin.h"
#include "store/userrepository.h"
#include "ui/deskuser.h"
#include "ui_whoisworkingdialog.h"

#include <QPushButton>
#include <QTimer>

namespace libreta::ui {
namespace {
constexpr int NeedsPinRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
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
    for (const domain::User &user : users) {
        if (!user.active)
            continue;
        m_ui->userCombo->addItem(tr("%1 (%2)").arg(user.displayName, domain::label(user.role)), user.login);
        m_ui->userCombo->setItemData(m_ui->userCombo->count() - 1, DeskUser::needsPin(user), NeedsPinRole);
        m_ui->userCombo->setItemData(m_ui->userCombo->count() - 1, user.displayName, NameRole);
        if (current && current->id == user.id)
            m_ui->userCombo->setCurrentIndex(m_ui->userCombo->count() - 1);
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ui->userCombo->count() > 0);
    m_ui->pinEditError->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    connect(m_ui->userCombo, &QComboBox::currentIndexChanged, this, &WhoIsWorkingDialog::showPinIfNeeded);
    showPinIfNeeded();
}

WhoIsWorkingDialog::~WhoIsWorkingDialog() = default;

void WhoIsWorkingDialog::showPinIfNeeded()
{
    const bool needed = m_ui->userCombo->currentData(NeedsPinRole).toBool();
    m_ui->pinEditCaption->setVisible(needed);
    m_ui->pinEdit->setVisible(needed);
    m_ui->pinEdit->clear();
    m_ui->pinEditError->setVisible(needed);
    m_ui->pinEditError->clear();
    if (needed)
        m_ui->pinEdit->setFocus();
    adjustSize();  // the explanation wraps: the form grows to show it whole
}

void WhoIsWorkingDialog::refuse(const QString &why)
{
    m_ui->pinEditError->setText(why);
    m_ui->pinEdit->clear();
    m_ui->pinEdit->setFocus();
}

void WhoIsWorkingDialog::accept()
{
    const QString login = m_ui->userCombo->currentData().toString();
    if (m_ui->userCombo->currentData(NeedsPinRole).toBool()) {
        const QString pin = m_ui->pinEdit->text();
        if (pin.isEmpty())
            return refuse(tr("PIN: type %1's PIN to work as them at this desk.")
                              .arg(m_ui->userCombo->currentData(NameRole).toString()));
        if (!services::Pin::isUsersPin(m_db, login, pin)) {
            // Trying every PIN by hand is made slow, not impossible: the
            // PIN guards against a colleague, the computer's account
            // against strangers.
            if (++m_wrongPins < kTriesBeforeWaiting)
                return refuse(tr("PIN: it is not the right one."));
            m_wrongPins = 0;
            QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
            ok->setEnabled(false);
            QTimer::singleShot(kWaitSeconds * 1000, ok, [ok] { ok->setEnabled(true); });
            return refuse(tr("PIN: %n wrong PINs in a row; wait %1 seconds before trying again.", nullptr,
                             kTriesBeforeWaiting)
                              .arg(kWaitSeconds));
        }
    }
    DeskUser::choose(m_db, login);
    QDialog::accept();
}

} // namespace libreta::ui
