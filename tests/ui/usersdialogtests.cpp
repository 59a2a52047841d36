// Edit ▸ Office users in the desk: the office's first user is the desk's
// own and an administrator; an administrator adds and changes the others;
// anyone else only reads the list.

#include "debtorfiletesthelpers.h"
#include "services/pin.h"
#include "store/debtorrepository.h"
#include "store/targetrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/deskuser.h"
#include "ui/mainwindow.h"
#include "ui/userdialog.h"
#include "ui/usersdialog.h"

#include <QAction>

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QPushButton>

using namespace libreta;
using namespace libreta::domain;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));

void fillAndSave(ui::UserDialog *form, const QString &login, const QString &name)
{
    REQUIRE(form);
    if (!login.isEmpty())
        test::child<QLineEdit>(form, "loginEdit")->setText(login);
    test::child<QLineEdit>(form, "nameEdit")->setText(name);
    test::child<QDialogButtonBox>(form, "buttons")->button(QDialogButtonBox::Save)->click();
}

} // namespace

TEST_CASE("The office's first user is an administrator and becomes this desk's person", "[ui][users]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    ui::UsersDialog users(t.db(), kClock);
    users.show();
    REQUIRE(users.mayManage());
    CHECK(users.rowCount() == 0);

    ui::UserDialog *first = users.addUser();
    REQUIRE(first);
    CHECK(test::child<QComboBox>(first, "roleCombo")->currentData().toInt() == int(UserRole::Admin));
    fillAndSave(first, QStringLiteral("lucia"), QStringLiteral("Lucía Hernández"));
    CHECK(users.rowCount() == 1);
    const auto desk = ui::DeskUser::current(t.db());
    REQUIRE(desk);
    CHECK(desk->login == QStringLiteral("lucia"));
    CHECK(users.mayManage());  // still: the desk is the administrator now

    // An agent, then changed: they left the office.
    ui::UserDialog *second = users.addUser();
    REQUIRE(second);
    test::child<QComboBox>(second, "roleCombo")->setCurrentIndex(0);
    fillAndSave(second, QStringLiteral("ana"), QStringLiteral("Ana Ruiz"));
    REQUIRE(users.rowCount() == 2);
    const auto ana = store::UserRepository(t.db()).byLogin(QStringLiteral("ana"));
    REQUIRE(ana);
    CHECK(ana->role == UserRole::Agent);

    const QList<User> listed = store::UserRepository(t.db()).all();
    const auto at = std::find_if(listed.cbegin(), listed.cend(), [&](const User &u) { return u.id == ana->id; });
    const int anaRow = int(at - listed.cbegin());
    ui::UserDialog *change = users.changeUser(anaRow);
    REQUIRE(change);
    CHECK(test::child<QLineEdit>(change, "loginEdit")->isReadOnly());
    test::child<QCheckBox>(change, "activeCheck")->setChecked(false);
    test::child<QDialogButtonBox>(change, "buttons")->button(QDialogButtonBox::Save)->click();
    CHECK_FALSE(store::UserRepository(t.db()).byLogin(QStringLiteral("ana"))->active);
}

TEST_CASE("The user form keeps an agent's monthly target, and names a target it cannot read", "[ui][users]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    ui::UsersDialog users(t.db(), kClock);
    users.show();
    fillAndSave(users.addUser(), QStringLiteral("lucia"), QStringLiteral("Lucía Hernández"));
    ui::UserDialog *agent = users.addUser();
    REQUIRE(agent);
    test::child<QComboBox>(agent, "roleCombo")->setCurrentIndex(0);
    test::child<QLineEdit>(agent, "targetEdit")->setText(QStringLiteral("250000"));
    fillAndSave(agent, QStringLiteral("ana"), QStringLiteral("Ana Ruiz"));
    const Id ana = store::UserRepository(t.db()).byLogin(QStringLiteral("ana"))->id;
    CHECK(store::TargetRepository(t.db()).monthlyRecovery(ana) == Money::fromMinor(25000000));

    const QList<User> listed = store::UserRepository(t.db()).all();
    const int row = int(std::find_if(listed.cbegin(), listed.cend(), [&](const User &u) { return u.id == ana; }) -
                        listed.cbegin());
    ui::UserDialog *change = users.changeUser(row);
    REQUIRE(change);
    auto *target = test::child<QLineEdit>(change, "targetEdit");
    CHECK(target->text().contains(QStringLiteral("250")));
    target->setText(QStringLiteral("mucho"));
    test::child<QDialogButtonBox>(change, "buttons")->button(QDialogButtonBox::Save)->click();
    CHECK(change->isVisible());
    CHECK_FALSE(change->errorFor(QStringLiteral("target")).isEmpty());
    target->clear();
    test::child<QDialogButtonBox>(change, "buttons")->button(QDialogButtonBox::Save)->click();
    CHECK_FALSE(store::TargetRepository(t.db()).monthlyRecovery(ana).has_value());
}

TEST_CASE("A wrong login is named in the user form, which stays open", "[ui][users]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    ui::UsersDialog users(t.db(), kClock);
    ui::UserDialog *form = users.addUser();
    fillAndSave(form, QStringLiteral("ana maría"), QStringLiteral("Ana María"));
    CHECK(form->isVisible());
    CHECK(form->errorFor(QStringLiteral("login")).startsWith(QStringLiteral("Login: 2 to 32")));
    CHECK(store::UserRepository(t.db()).all().isEmpty());
    form->reject();
}

TEST_CASE("An agent reads the office's users and cannot change them", "[ui][users]")
{
    const QByteArray oldUser = qgetenv("USER");
    qputenv("USER", "ana");
    test::TempDb t;
    store::UserRepository repo(t.db());
    repo.add(User{0, QStringLiteral("admin"), QStringLiteral("Admin"), UserRole::Admin, true});
    repo.add(User{0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    ui::UsersDialog users(t.db(), kClock);
    users.show();
    CHECK(users.rowCount() == 2);
    CHECK_FALSE(users.mayManage());
    CHECK_FALSE(test::child<QPushButton>(&users, "addButton")->isEnabled());
    CHECK(test::child<QWidget>(&users, "readOnlyLabel")->isVisible());
    CHECK(users.addUser() == nullptr);
    qputenv("USER", oldUser);
}

TEST_CASE("Edit ▸ Office users opens the list from the main window", "[ui][users][mainwindow]")
{
    test::TempDb t;
    ui::MainWindow window(std::move(t.database));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionOfficeUsers"));
    REQUIRE(action);
    action->trigger();
    auto *dialog = window.findChild<ui::UsersDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    dialog->reject();
}

TEST_CASE("The user form gives a supervisor a PIN, says so in the list, and removes it", "[ui][users]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    store::UserRepository(t.db()).add(User{0, QStringLiteral("lucia"), QStringLiteral("Lucía"), UserRole::Admin, true});
    ui::DeskUser::choose(t.db(), QStringLiteral("lucia"));
    ui::UsersDialog users(t.db(), kClock);
    users.show();

    ui::UserDialog *form = users.addUser();
    REQUIRE(form);
    CHECK(test::child<QCheckBox>(form, "removePinCheck")->isHidden());  // nothing to remove yet
    test::child<QComboBox>(form, "roleCombo")->setCurrentIndex(1);
    test::child<QLineEdit>(form, "pinEdit")->setText(QStringLiteral("4821"));
    test::child<QLineEdit>(form, "pinRepeatEdit")->setText(QStringLiteral("4812"));
    fillAndSave(form, QStringLiteral("fibarra"), QStringLiteral("Fernando Ibarra"));
    // Not the same twice: named beside the second, nothing stored.
    CHECK(form->isVisible());
    CHECK(test::child<QLabel>(form, "pinRepeatEditError")->text() == QStringLiteral("Repeat the PIN: it is not the same."));
    CHECK_FALSE(store::UserRepository(t.db()).byLogin(QStringLiteral("fibarra")));
    test::child<QLineEdit>(form, "pinRepeatEdit")->setText(QStringLiteral("4821"));
    fillAndSave(form, QString(), QStringLiteral("Fernando Ibarra"));
    const auto fernando = store::UserRepository(t.db()).byLogin(QStringLiteral("fibarra"));
    REQUIRE(fernando);
    CHECK(fernando->hasPin);
    CHECK(services::Pin::isUsersPin(t.db(), QStringLiteral("fibarra"), QStringLiteral("4821")));
    auto *table = test::child<QTableWidget>(&users, "usersTable");
    const auto rowOf = [&](const QString &login) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text() == login)
                return row;
        return -1;
    };
    CHECK(table->item(rowOf(QStringLiteral("fibarra")), 3)->text() == QStringLiteral("yes"));
    CHECK(table->item(rowOf(QStringLiteral("lucia")), 3)->text().isEmpty());

    // Changed later: the PIN is never shown, and kept unless removed.
    ui::UserDialog *change = users.changeUser(rowOf(QStringLiteral("fibarra")));
    REQUIRE(change);
    CHECK(test::child<QLineEdit>(change, "pinEdit")->text().isEmpty());
    auto *remove = test::child<QCheckBox>(change, "removePinCheck");
    CHECK_FALSE(remove->isHidden());
    remove->setChecked(true);
    CHECK_FALSE(test::child<QLineEdit>(change, "pinEdit")->isEnabled());
    test::child<QDialogButtonBox>(change, "buttons")->button(QDialogButtonBox::Save)->click();
    CHECK_FALSE(store::UserRepository(t.db()).byLogin(QStringLiteral("fibarra"))->hasPin);
}

TEST_CASE("Unticking an agent with work asks who takes it, and hands it over", "[ui][users]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const Id lucia = store::UserRepository(t.db()).add(User{0, QStringLiteral("lucia"), QStringLiteral("Lucía"), UserRole::Admin, true});
    const Id raul = store::UserRepository(t.db()).add(User{0, QStringLiteral("raul"), QStringLiteral("Raúl Medina"), UserRole::Agent, true});
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    Debtor d = *store::DebtorRepository(t.db()).byId(debtor);
    d.assignedAgentId = raul;
    store::DebtorRepository(t.db()).update(d);

    ui::UserDialog form(ui::FormContext{t.db(), kClock, lucia}, store::UserRepository(t.db()).byId(raul), false);
    form.show();
    auto *handOver = test::child<QComboBox>(&form, "handOverCombo");
    CHECK_FALSE(handOver->isVisible());  // he still works here
    test::child<QCheckBox>(&form, "activeCheck")->setChecked(false);
    REQUIRE(handOver->isVisible());
    CHECK(test::child<QLabel>(&form, "handOverComboHint")->text() == QStringLiteral("debtors: 1 · open follow-ups: 0"));
    auto *save = test::child<QDialogButtonBox>(&form, "buttons")->button(QDialogButtonBox::Save);
    save->click();
    CHECK(form.isVisible());
    CHECK(form.errorFor(QStringLiteral("hand_over")).contains(QStringLiteral("Raúl Medina still has debtors (1)")));
    CHECK(store::UserRepository(t.db()).byId(raul)->active);

    handOver->setCurrentIndex(handOver->findData(lucia));
    REQUIRE(handOver->currentIndex() > 1);
    save->click();
    CHECK_FALSE(form.isVisible());
    CHECK_FALSE(store::UserRepository(t.db()).byId(raul)->active);
    CHECK(store::DebtorRepository(t.db()).byId(debtor)->assignedAgentId == std::optional<Id>(lucia));
}

TEST_CASE("A supervisor takes an agent out of the office from the list, and may open no one else", "[ui][users]")
{
    test::PrompterScope prompts;
    const QByteArray oldUser = qgetenv("USER");
    qputenv("USER", "ricardo");
    test::TempDb t;
    store::UserRepository repo(t.db());
    repo.add(User{0, QStringLiteral("admin"), QStringLiteral("Admin"), UserRole::Admin, true});
    repo.add(User{0, QStringLiteral("ricardo"), QStringLiteral("Ricardo Salinas"), UserRole::Supervisor, true});
    const Id paola = repo.add(User{0, QStringLiteral("paola"), QStringLiteral("Paola Jiménez"), UserRole::Agent, true});
    ui::UsersDialog users(t.db(), kClock);
    users.show();
    CHECK_FALSE(users.mayManage());
    CHECK_FALSE(test::child<QPushButton>(&users, "addButton")->isEnabled());
    CHECK(test::child<QLabel>(&users, "readOnlyLabel")->text().startsWith(QStringLiteral("As a supervisor")));
    auto *table = test::child<QTableWidget>(&users, "usersTable");
    auto *edit = test::child<QPushButton>(&users, "editButton");
    int paolaRow = -1;
    for (int row = 0; row < users.rowCount(); ++row) {
        table->setCurrentCell(row, 0);
        const bool agent = table->item(row, 1)->text() == QStringLiteral("paola");
        CHECK(edit->isEnabled() == agent);
        CHECK(users.mayChange(row) == agent);
        if (agent)
            paolaRow = row;
        else
            CHECK(users.changeUser(row) == nullptr);
    }
    REQUIRE(paolaRow >= 0);

    ui::UserDialog *form = users.changeUser(paolaRow);
    REQUIRE(form);
    CHECK_FALSE(test::child<QLineEdit>(form, "nameEdit")->isEnabled());
    CHECK_FALSE(test::child<QComboBox>(form, "roleCombo")->isEnabled());
    CHECK_FALSE(test::child<QLineEdit>(form, "pinEdit")->isEnabled());
    auto *active = test::child<QCheckBox>(form, "activeCheck");
    CHECK(active->isEnabled());
    active->setChecked(false);
    test::child<QDialogButtonBox>(form, "buttons")->button(QDialogButtonBox::Save)->click();
    CHECK_FALSE(store::UserRepository(t.db()).byId(paola)->active);
    qputenv("USER", oldUser);
}

TEST_CASE("Once a second person works at the computer, an administrator without a PIN is told and sets one there",
          "[ui][users]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    ui::UsersDialog users(t.db(), kClock);
    users.show();
    fillAndSave(users.addUser(), QStringLiteral("jorge"), QStringLiteral("Jorge Quispe Huamán"));
    // Alone at their own computer, nobody else can pick their name.
    CHECK(users.unprotectedText().isEmpty());

    // The nephew, two afternoons a week.
    ui::UserDialog *nephew = users.addUser();
    REQUIRE(nephew);
    test::child<QComboBox>(nephew, "roleCombo")->setCurrentIndex(0);
    fillAndSave(nephew, QStringLiteral("luis"), QStringLiteral("Luis Quispe"));
    REQUIRE(users.rowCount() == 2);
    CHECK(users.unprotectedText().contains(QStringLiteral("Jorge Quispe Huamán (Administrator)")));
    CHECK_FALSE(users.unprotectedText().contains(QStringLiteral("Luis")));  // an agent's name opens no rules
    auto *ownPin = test::child<QPushButton>(&users, "ownPinButton");
    CHECK(ownPin->isVisible());

    QDialog *change = users.setOwnPin();
    REQUIRE(change);
    test::child<QLineEdit>(change, "pinEdit")->setText(QStringLiteral("482193"));
    test::child<QLineEdit>(change, "pinRepeatEdit")->setText(QStringLiteral("482193"));
    test::child<QDialogButtonBox>(change, "buttons")->button(QDialogButtonBox::Save)->click();
    QApplication::processEvents();
    CHECK(store::UserRepository(t.db()).byLogin(QStringLiteral("jorge"))->hasPin);
    CHECK(users.unprotectedText().isEmpty());
    CHECK_FALSE(ownPin->isVisible());
}
