#include "services/pin.h"
#include "store/auditrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/deskuser.h"
#include "ui/agendaview.h"
#include "ui/mainwindow.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"
#include "ui/whoisworkingdialog.h"
#include "deskwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QLabel>
#include <QTest>

#include <catch2/catch.hpp>

using namespace libreta;
using domain::User;
using domain::UserRole;

namespace {

domain::Id addUser(store::Database &db, const QString &login, const QString &name, UserRole role, bool active = true)
{
    return store::UserRepository(db).add(User{0, login, name, role, active});
}

// The system account must not be in the office's list for these tests.
const QString kStranger = QStringLiteral("nobody-at-this-desk");

} // namespace

TEST_CASE("An office without users lets the one person at the desk do everything", "[ui][deskuser]")
{
    test::TempDb t;
    qputenv("USER", kStranger.toUtf8());
    CHECK_FALSE(ui::DeskUser::current(t.db()));
    CHECK(ui::DeskUser::canSupervise(t.db()));
    CHECK_FALSE(ui::DeskUser::needsChoice(t.db()));
    CHECK(ui::DeskUser::describe(t.db()) == kStranger);
}

TEST_CASE("Whoever is chosen for a file is the desk user there, with their role's rights", "[ui][deskuser]")
{
    test::TempDb t;
    qputenv("USER", kStranger.toUtf8());
    const auto lucia = addUser(t.db(), QStringLiteral("lhernandez"), QStringLiteral("Lucía Hernández"), UserRole::Agent);
    addUser(t.db(), QStringLiteral("fibarra"), QStringLiteral("Fernando Ibarra"), UserRole::Supervisor);
    addUser(t.db(), QStringLiteral("gone"), QStringLiteral("Ex Empleado"), UserRole::Supervisor, false);

    // Users listed, nobody chosen, the system login unknown: the app must ask,
    // and meanwhile nobody has supervisor rights.
    CHECK(ui::DeskUser::needsChoice(t.db()));
    CHECK_FALSE(ui::DeskUser::canSupervise(t.db()));

    ui::DeskUser::choose(t.db(), QStringLiteral("lhernandez"));
    REQUIRE(ui::DeskUser::current(t.db()));
    CHECK(ui::DeskUser::id(t.db()) == lucia);
    CHECK_FALSE(ui::DeskUser::canSupervise(t.db()));
    CHECK_FALSE(ui::DeskUser::needsChoice(t.db()));

    ui::DeskUser::choose(t.db(), QStringLiteral("fibarra"));
    CHECK(ui::DeskUser::canSupervise(t.db()));

    // A user made inactive no longer works here: the app asks again.
    ui::DeskUser::choose(t.db(), QStringLiteral("gone"));
    CHECK_FALSE(ui::DeskUser::current(t.db()));
    CHECK(ui::DeskUser::needsChoice(t.db()));
}

TEST_CASE("The system account is the desk user when the office lists its login", "[ui][deskuser]")
{
    test::TempDb t;
    const auto id = addUser(t.db(), QStringLiteral("mgarcia-test"), QStringLiteral("Miguel García"), UserRole::Agent);
    qputenv("USER", "mgarcia-test");
    CHECK(ui::DeskUser::id(t.db()) == id);
    CHECK_FALSE(ui::DeskUser::needsChoice(t.db()));
    qputenv("USER", kStranger.toUtf8());
}

TEST_CASE("A one-person office's person is the desk's wherever the file is opened, unless a PIN guards them",
          "[ui][deskuser]")
{
    test::TempDb t;
    qputenv("USER", kStranger.toUtf8());
    const auto carmen = addUser(t.db(), QStringLiteral("cortega"), QStringLiteral("Carmen Ortega"), UserRole::Admin);
    addUser(t.db(), QStringLiteral("gone"), QStringLiteral("Ex Empleado"), UserRole::Agent, false);
    // A backup copy opened on another computer: no choice remembered, another login.
    CHECK(ui::DeskUser::id(t.db()) == carmen);
    CHECK_FALSE(ui::DeskUser::needsChoice(t.db()));
    store::UserRepository(t.db()).setPinHash(carmen, services::Pin::hash(QStringLiteral("4821")));
    CHECK_FALSE(ui::DeskUser::current(t.db()));
    CHECK(ui::DeskUser::needsChoice(t.db()));
}

TEST_CASE("The who-is-working dialog lists the active users and remembers the choice", "[ui][deskuser]")
{
    test::TempDb t;
    qputenv("USER", kStranger.toUtf8());
    addUser(t.db(), QStringLiteral("lhernandez"), QStringLiteral("Lucía Hernández"), UserRole::Agent);
    const auto fernando = addUser(t.db(), QStringLiteral("fibarra"), QStringLiteral("Fernando Ibarra"), UserRole::Supervisor);
    addUser(t.db(), QStringLiteral("gone"), QStringLiteral("Ex Empleado"), UserRole::Agent, false);

    ui::WhoIsWorkingDialog dialog(t.db());
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("userCombo"));
    REQUIRE(combo);
    REQUIRE(combo->count() == 2);
    combo->setCurrentIndex(combo->findData(QStringLiteral("fibarra")));
    dialog.accept();
    CHECK(ui::DeskUser::id(t.db()) == fernando);
}

TEST_CASE("Choosing a supervisor without a PIN says that anyone may work as them, until they have one",
          "[ui][deskuser]")
{
    test::TempDb t;
    qputenv("USER", kStranger.toUtf8());
    addUser(t.db(), QStringLiteral("rmedina"), QStringLiteral("Raúl Medina"), UserRole::Agent);
    const auto fernando = addUser(t.db(), QStringLiteral("fibarra"), QStringLiteral("Fernando Ibarra"), UserRole::Supervisor);
    {
        ui::WhoIsWorkingDialog dialog(t.db());
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("userCombo"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("unguardedNote"));
        REQUIRE(note);
        combo->setCurrentIndex(combo->findData(QStringLiteral("rmedina")));
        CHECK_FALSE(note->isVisible());
        combo->setCurrentIndex(combo->findData(QStringLiteral("fibarra")));
        CHECK(note->isVisible());
        CHECK(note->text().startsWith(QStringLiteral("Fernando Ibarra has no PIN: anyone")));
    }
    store::UserRepository(t.db()).setPinHash(fernando, services::Pin::hash(QStringLiteral("4821")));
    ui::WhoIsWorkingDialog dialog(t.db());
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("userCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("fibarra")));
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("unguardedNote"))->isVisible());
}

TEST_CASE("The main window asks who is working when the office lists users, and the status bar names them",
          "[ui][deskuser][mainwindow]")
{
    test::TempDb t;
    qputenv("USER", kStranger.toUtf8());
    addUser(t.db(), QStringLiteral("dortiz"), QStringLiteral("Daniela Ortiz"), UserRole::Agent);
    addUser(t.db(), QStringLiteral("fibarra"), QStringLiteral("Fernando Ibarra"), UserRole::Supervisor);
    ui::MainWindow window(std::move(t.database));
    // Before anyone says who they are, nobody: not the computer's account.
    CHECK(window.findChild<QLabel *>(QStringLiteral("statusUser"))->text().endsWith(QStringLiteral("nobody chosen yet")));
    auto *dialog = window.askWhoIsWorking();
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("userCombo"));
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("dortiz")));
    dialog->accept();
    auto *user = window.findChild<QLabel *>(QStringLiteral("statusUser"));
    REQUIRE(user);
    CHECK(user->text().contains(QStringLiteral("Daniela Ortiz")));
    // An agent's agenda starts on their own items.
    auto *whose = window.agendaView()->findChild<QComboBox *>(QStringLiteral("whoCombo"));
    REQUIRE(whose);
    CHECK(whose->currentText() == QStringLiteral("My agenda"));
}

TEST_CASE("An agent's portfolio starts on their own debtors, and goes back to everyone's for a supervisor",
          "[ui][deskuser][portfolio]")
{
    test::TempDb t;
    qputenv("USER", kStranger.toUtf8());
    ui::DeskUser::forgetSessionChoices();
    const auto daniela = addUser(t.db(), QStringLiteral("dortiz"), QStringLiteral("Daniela Ortiz"), UserRole::Agent);
    addUser(t.db(), QStringLiteral("fibarra"), QStringLiteral("Fernando Ibarra"), UserRole::Supervisor);
    test::addDebtor(t.db(), QStringLiteral("CLI-001"));  // nobody's yet
    test::DeskWindow desk(t, "nobody-at-this-desk");
    auto *agents = desk.window.portfolioView()->findChild<QComboBox *>(QStringLiteral("agentCombo"));
    REQUIRE(agents);
    // Nobody chosen yet: every agent's debtors.
    CHECK(agents->currentText() == QStringLiteral("All agents"));

    test::sitDown(desk.window, "dortiz");
    CHECK(agents->currentText() == QStringLiteral("Daniela Ortiz"));
    CHECK(desk.window.portfolioView()->model()->filters().agentId == daniela);
    // A debtor who is not hers, looked for as one who calls in: none of hers
    // matches, so everyone's are searched; cleared, hers come back.
    desk.window.portfolioView()->search(QStringLiteral("CLI-001"));
    QTest::qWait(0);
    CHECK(desk.window.portfolioView()->model()->rowCount() == 1);
    CHECK(agents->currentText() == QStringLiteral("All agents"));
    desk.window.portfolioView()->search(QString());
    QTest::qWait(0);
    CHECK(agents->currentText() == QStringLiteral("Daniela Ortiz"));
    // Nobody anywhere: the table says so, and that every agent's were searched.
    desk.window.portfolioView()->search(QStringLiteral("Zamora"));
    QTest::qWait(0);
    CHECK(desk.window.portfolioView()->model()->rowCount() == 0);
    auto *title = desk.window.portfolioView()->findChild<QLabel *>(QStringLiteral("emptyTitle"));
    REQUIRE(title);
    CHECK(title->isVisibleTo(desk.window.portfolioView()));
    CHECK(title->text() == QStringLiteral("No debtor matches “Zamora”."));
    desk.window.portfolioView()->search(QString());
    QTest::qWait(0);
    CHECK(agents->currentText() == QStringLiteral("Daniela Ortiz"));

    // The supervisor who sits down next reads everyone's, as Daniela's
    // choice was made for her, not by him.
    test::sitDown(desk.window, "fibarra");
    CHECK(agents->currentText() == QStringLiteral("All agents"));
    CHECK_FALSE(desk.window.portfolioView()->model()->filters().agentId);

    // An agent the supervisor chose himself stays chosen.
    agents->setCurrentIndex(agents->findText(QStringLiteral("Daniela Ortiz")));
    test::sitDown(desk.window, "fibarra");
    CHECK(agents->currentText() == QStringLiteral("Daniela Ortiz"));
}

TEST_CASE("A user with a PIN is chosen at another's desk only with it, and only until the program closes",
          "[ui][deskuser]")
{
    test::TempDb t;
    qputenv("USER", kStranger.toUtf8());
    const auto lucia = addUser(t.db(), QStringLiteral("lhernandez"), QStringLiteral("Lucía Hernández"), UserRole::Agent);
    const auto fernando =
        addUser(t.db(), QStringLiteral("fibarra"), QStringLiteral("Fernando Ibarra"), UserRole::Supervisor);
    store::UserRepository(t.db()).setPinHash(fernando, services::Pin::hash(QStringLiteral("4821")));
    // Choices other tests of this process made this session are not this one's.
    ui::DeskUser::forgetSessionChoices();
    ui::DeskUser::choose(t.db(), QStringLiteral("lhernandez"));

    ui::WhoIsWorkingDialog dialog(t.db());
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("userCombo"));
    auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("pinEditError"));
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    REQUIRE((combo && pin && error && ok));
    CHECK(pin->isHidden());  // Lucía has none
    combo->setCurrentIndex(combo->findData(QStringLiteral("fibarra")));
    CHECK_FALSE(pin->isHidden());

    // Without it, or with a wrong one: still Lucía, told why.
    dialog.accept();
    CHECK(error->text() == QStringLiteral("PIN: type Fernando Ibarra's PIN to work as them at this desk."));
    CHECK(ui::DeskUser::id(t.db()) == lucia);
    pin->setText(QStringLiteral("1234"));
    dialog.accept();
    CHECK(error->text() == QStringLiteral("PIN: it is not the right one."));
    CHECK(pin->text().isEmpty());
    CHECK(ui::DeskUser::id(t.db()) == lucia);
    CHECK_FALSE(ui::DeskUser::canSupervise(t.db()));

    SECTION("the right PIN makes him the desk user")
    {
        pin->setText(QStringLiteral("4821"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(ui::DeskUser::id(t.db()) == fernando);
        CHECK(ui::DeskUser::canSupervise(t.db()));
        // The choice is not remembered beyond this session: the desk's next
        // start finds the person it had remembered.
        CHECK(ui::DeskUser::forgetSessionChoices() == 1);
        CHECK(ui::DeskUser::id(t.db()) == lucia);
    }
    SECTION("three wrong PINs in a row hold the form for half a minute")
    {
        pin->setText(QStringLiteral("0000"));
        dialog.accept();
        CHECK(ok->isEnabled());
        pin->setText(QStringLiteral("9999"));
        dialog.accept();
        CHECK(error->text() ==
              QStringLiteral("PIN: 3 wrong PINs in a row; wait 30 seconds before trying again."));
        CHECK_FALSE(ok->isEnabled());
        CHECK(ui::DeskUser::id(t.db()) == lucia);
        // Whoever keeps the office reads who tried whose PIN.
        const auto entry = store::AuditRepository(t.db()).latest(1).first();
        CHECK(entry.action == QStringLiteral("user.pin_wait"));
        CHECK(entry.userId == lucia);
        CHECK(entry.details == QStringLiteral("user=%1 tries=3 wait=30").arg(fernando));

        // A new form does not start the count again; Lucía herself is free.
        ui::WhoIsWorkingDialog again(t.db());
        auto *againCombo = again.findChild<QComboBox *>(QStringLiteral("userCombo"));
        auto *againOk = again.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        CHECK(againOk->isEnabled());
        againCombo->setCurrentIndex(againCombo->findData(QStringLiteral("fibarra")));
        CHECK_FALSE(againOk->isEnabled());
        CHECK(again.findChild<QLabel *>(QStringLiteral("pinEditError"))->text().startsWith(QStringLiteral("PIN: wait ")));
        again.findChild<QLineEdit *>(QStringLiteral("pinEdit"))->setText(QStringLiteral("4821"));
        again.accept();  // even the right one waits
        CHECK(ui::DeskUser::id(t.db()) == lucia);

        // Nor does another copy of Libreta on the same file: the wait is in it.
        store::Database restartedFile(t.path());
        ui::WhoIsWorkingDialog restarted(restartedFile);
        auto *restartedCombo = restarted.findChild<QComboBox *>(QStringLiteral("userCombo"));
        restartedCombo->setCurrentIndex(restartedCombo->findData(QStringLiteral("fibarra")));
        CHECK_FALSE(restarted.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->isEnabled());
        CHECK(restarted.findChild<QLabel *>(QStringLiteral("pinEditError"))->text().startsWith(QStringLiteral("PIN: wait ")));
    }
}

TEST_CASE("A user with a PIN needs none at their own computer account, which the environment cannot feign",
          "[ui][deskuser]")
{
    test::TempDb t;
    const QString account = ui::DeskUser::systemAccount();
    REQUIRE_FALSE(account.isEmpty());
    REQUIRE(account != QStringLiteral("fibarra-test"));
    const auto own = addUser(t.db(), account, QStringLiteral("Fernando Ibarra"), UserRole::Supervisor);
    const auto other = addUser(t.db(), QStringLiteral("fibarra-test"), QStringLiteral("Susana Paz"), UserRole::Supervisor);
    for (const auto id : {own, other})
        store::UserRepository(t.db()).setPinHash(id, services::Pin::hash(QStringLiteral("4821")));

    // The account the program runs under: no PIN asked.
    qputenv("USER", account.toUtf8());
    CHECK(ui::DeskUser::id(t.db()) == own);
    {
        ui::WhoIsWorkingDialog dialog(t.db());
        CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("pinEdit"))->isHidden());
        dialog.accept();
        CHECK(ui::DeskUser::id(t.db()) == own);
    }
    qputenv("USER", kStranger.toUtf8());
}

TEST_CASE("A PIN user's name in the environment does not make them the desk's person", "[ui][deskuser]")
{
    test::TempDb t;
    const auto sue = addUser(t.db(), QStringLiteral("spaz-test"), QStringLiteral("Susana Paz"), UserRole::Supervisor);
    store::UserRepository(t.db()).setPinHash(sue, services::Pin::hash(QStringLiteral("4821")));
    qputenv("USER", "spaz-test");
    CHECK_FALSE(ui::DeskUser::current(t.db()));
    CHECK(ui::DeskUser::needsChoice(t.db()));
    CHECK_FALSE(ui::DeskUser::canSupervise(t.db()));
    // Without the PIN she is matched by the environment's login, as before.
    store::UserRepository(t.db()).setPinHash(sue, std::nullopt);
    CHECK(ui::DeskUser::id(t.db()) == sue);
    qputenv("USER", kStranger.toUtf8());
}

TEST_CASE("File ▸ Change my PIN lets the desk's person set their own, typing the one they have", "[ui][deskuser]")
{
    test::TempDb t;
    const auto sue = addUser(t.db(), QStringLiteral("spaz"), QStringLiteral("Susana Paz"), UserRole::Supervisor);
    store::UserRepository(t.db()).setPinHash(sue, services::Pin::hash(QStringLiteral("4821")));
    ui::DeskUser::choose(t.db(), QStringLiteral("spaz"));
    test::DeskWindow desk(t, "spaz");
    store::Database &db = desk.window.database();

    QDialog *dialog = desk.window.changeOwnPin();
    REQUIRE(dialog);
    auto *current = dialog->findChild<QLineEdit *>(QStringLiteral("currentPinEdit"));
    REQUIRE(current);
    CHECK_FALSE(current->isHidden());
    const auto save = [dialog] {
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
    };
    current->setText(QStringLiteral("1111"));
    dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"))->setText(QStringLiteral("663300"));
    dialog->findChild<QLineEdit *>(QStringLiteral("pinRepeatEdit"))->setText(QStringLiteral("663300"));
    save();
    CHECK(dialog->isVisible());
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("currentPinEditError"))->text() ==
          QStringLiteral("Current PIN: it is not the right one."));
    CHECK(services::Pin::isUsersPin(db, QStringLiteral("spaz"), QStringLiteral("4821")));

    current->setText(QStringLiteral("4821"));
    save();
    CHECK_FALSE(dialog->isVisible());
    CHECK(services::Pin::isUsersPin(db, QStringLiteral("spaz"), QStringLiteral("663300")));
}

TEST_CASE("Someone the desk knew by login stays its person after setting a PIN", "[ui][deskuser]")
{
    test::TempDb t;
    const auto sue = addUser(t.db(), QStringLiteral("spaz-own"), QStringLiteral("Susana Paz"), UserRole::Supervisor);
    test::DeskWindow desk(t, "spaz-own");  // the environment's login names her; nobody was chosen
    store::Database &db = desk.window.database();
    ui::DeskUser::forgetSessionChoices();
    REQUIRE(ui::DeskUser::id(db) == sue);

    QDialog *dialog = desk.window.changeOwnPin();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("currentPinEdit"))->isHidden());  // she has none
    dialog->findChild<QLineEdit *>(QStringLiteral("pinEdit"))->setText(QStringLiteral("663300"));
    dialog->findChild<QLineEdit *>(QStringLiteral("pinRepeatEdit"))->setText(QStringLiteral("663300"));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
    CHECK_FALSE(dialog->isVisible());
    CHECK(services::Pin::isUsersPin(db, QStringLiteral("spaz-own"), QStringLiteral("663300")));
    CHECK(ui::DeskUser::id(db) == sue);
}
