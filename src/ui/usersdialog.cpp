#include "ui/usersdialog.h"

#include "domain/labels.h"
#include "services/userservice.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/changepindialog.h"
#include "ui/deskuser.h"
#include "ui/formcontext.h"
#include "ui/userdialog.h"
#include "ui_usersdialog.h"

#include <QHeaderView>
#include <QPushButton>

#include <algorithm>

namespace libreta::ui {

namespace {

enum Column { Name, Login, Role, Pin, Works, ColumnCount };

bool anyActive(const QList<domain::User> &users)
{
    return std::any_of(users.cbegin(), users.cend(), [](const domain::User &u) { return u.active; });
}

} // namespace

UsersDialog::UsersDialog(store::Database &db, const domain::Clock &clock, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::UsersDialog>()), m_db(db), m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->usersTable->setColumnCount(ColumnCount);
    m_ui->usersTable->setHorizontalHeaderLabels({tr("Name"), tr("Login"), tr("Role"), tr("PIN"), tr("Works in the office")});
    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { changeUser(m_ui->usersTable->currentRow()); });
    connect(m_ui->usersTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (mayChange(row))
            changeUser(row);
    });
    connect(m_ui->usersTable, &QTableWidget::currentCellChanged, this, &UsersDialog::updateButtons);
    connect(m_ui->ownPinButton, &QPushButton::clicked, this, &UsersDialog::setOwnPin);
    reload();
}

UsersDialog::~UsersDialog() = default;

int UsersDialog::rowCount() const { return m_ui->usersTable->rowCount(); }

QString UsersDialog::unprotectedText() const
{
    return m_ui->unprotectedLabel->isHidden() ? QString() : m_ui->unprotectedLabel->text();
}

bool UsersDialog::mayChange(int row) const
{
    return row >= 0 && row < m_users.size() && (m_mayManage || m_mayLookAfter.value(row));
}

void UsersDialog::updateButtons()
{
    m_ui->editButton->setEnabled(mayChange(m_ui->usersTable->currentRow()));
}

void UsersDialog::reload()
{
    try {
        m_users = store::UserRepository(m_db).all();
        services::UserService users(m_db, m_clock, DeskUser::id(m_db));
        m_mayManage = users.mayManage();
        m_mayLookAfter.clear();
        for (const domain::User &u : std::as_const(m_users))
            m_mayLookAfter << users.mayLookAfter(u);
    } catch (const store::StoreError &) {
        m_users.clear();
        m_mayManage = false;
        m_mayLookAfter.clear();
    }
    QTableWidget *table = m_ui->usersTable;
    table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const domain::User &u = m_users.at(row);
        const QString cells[] = {u.displayName, u.login, domain::label(u.role), u.hasPin ? tr("yes") : QString(),
                                 u.active ? tr("yes") : tr("no, left")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (!u.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    if (table->currentRow() < 0 && table->rowCount() > 0)
        table->selectRow(0);
    m_ui->addButton->setEnabled(m_mayManage);
    updateButtons();
    // A supervisor is told what they may do here, and what they may not.
    const bool looksAfterAgents = std::find(m_mayLookAfter.cbegin(), m_mayLookAfter.cend(), true) != m_mayLookAfter.cend();
    m_ui->readOnlyLabel->setText(looksAfterAgents
                                     ? tr("As a supervisor you may take an agent out of the office (or back in) and set "
                                          "their monthly target; an administrator adds users and changes the rest.")
                                     : tr("Only an administrator may add or change users."));
    m_ui->readOnlyLabel->setVisible(!m_mayManage);
    showUnprotected();
}

void UsersDialog::showUnprotected()
{
    // One person alone at their own computer needs no PIN; as soon as a
    // second one works here (the nephew two afternoons a week), anyone may
    // pick the owner's name at Who is working and act with the owner's role.
    const auto active = std::count_if(m_users.cbegin(), m_users.cend(), [](const domain::User &u) { return u.active; });
    QStringList open;
    bool mine = false;
    const std::optional<domain::Id> me = DeskUser::id(m_db);
    for (const domain::User &u : std::as_const(m_users))
        if (u.active && !u.hasPin && u.role != domain::UserRole::Agent) {
            open << tr("%1 (%2)").arg(u.displayName, domain::label(u.role));
            mine = mine || (me && *me == u.id);
        }
    const bool show = active >= 2 && !open.isEmpty();
    m_ui->unprotectedLabel->setText(
        show ? QStringLiteral("<span style=\"color:#a04000\">%1</span>")
                   .arg(tr("Without a PIN, anyone at this computer can work as %1 and do what that role allows: "
                           "score calls, hand out debtors, change the office's rules.")
                            .arg(open.join(QStringLiteral(", ")))
                            .toHtmlEscaped())
             : QString());
    m_ui->unprotectedLabel->setVisible(show);
    m_ui->ownPinButton->setVisible(show && mine);
}

QDialog *UsersDialog::setOwnPin()
{
    const auto me = DeskUser::current(m_db);
    if (!me)
        return nullptr;
    auto *dialog = new ChangePinDialog(FormContext{m_db, m_clock, me->id}, me->login, me->hasPin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT usersChanged();
    });
    dialog->open();
    return dialog;
}

UserDialog *UsersDialog::addUser()
{
    if (!m_mayManage)
        return nullptr;
    return openForm(new UserDialog(FormContext{m_db, m_clock, DeskUser::id(m_db)}, std::nullopt, !anyActive(m_users), this));
}

UserDialog *UsersDialog::changeUser(int row)
{
    if (!mayChange(row))
        return nullptr;
    return openForm(new UserDialog(FormContext{m_db, m_clock, DeskUser::id(m_db)}, m_users.at(row), false, this));
}

UserDialog *UsersDialog::openForm(UserDialog *form)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    const bool nobodyAtDesk = !DeskUser::id(m_db).has_value();
    connect(form, &QDialog::accepted, this, [this, form, nobodyAtDesk] {
        // The office's first user was added from this desk: it is theirs,
        // so the one who keeps the office is not locked out by the list.
        if (nobodyAtDesk && !anyActive(m_users))
            DeskUser::choose(m_db, form->login());
        reload();
        Q_EMIT usersChanged();
    });
    form->open();
    return form;
}

} // namespace libreta::ui
