// Not a test: docs/screenshots/who-is-working-no-pin.png, an agent's desk
// saying the supervisor has no PIN, user-pin.png, an administrator giving a
// supervisor a PIN, who-is-working-pin.png, an agent's desk refusing the
// supervisor without it, and change-pin.png, the supervisor changing it, in a demo office, in Spanish. Hidden ([.]);
// scripts/screenshots runs it with the other "[.screenshots]".

#include "spanishdemo.h"
#include "store/userrepository.h"
#include "support/tempdb.h"
#include "ui/changepindialog.h"
#include "ui/deskuser.h"
#include "ui/userdialog.h"
#include "ui/usersdialog.h"
#include "ui/whoisworkingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

using namespace libreta;

TEST_CASE("Screenshots of a supervisor's PIN being given and asked for, in Spanish", "[.screenshots]")
{
    test::SpanishDemo office;
    store::Database &db = office.t.db();
    const QByteArray account = qgetenv("USER");
    qputenv("USER", "nobody-at-this-desk");
    ui::DeskUser::choose(db, QStringLiteral("aruiz"));  // the demo's administrator

    {
        // Before: Lucía's desk, the supervisor still without a PIN.
        ui::DeskUser::choose(db, QStringLiteral("lhernandez"));
        ui::WhoIsWorkingDialog open(db);
        open.show();
        auto *combo = open.findChild<QComboBox *>(QStringLiteral("userCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("fibarra")));
        QTest::qWait(250);
        REQUIRE(open.grab().save(office.picture(QStringLiteral("who-is-working-no-pin.png"))));
        ui::DeskUser::choose(db, QStringLiteral("aruiz"));
    }
    ui::UsersDialog users(db, office.clock);
    users.show();
    const QList<domain::User> listed = store::UserRepository(db).all();
    int row = 0;
    while (row < listed.size() && listed.at(row).login != QLatin1String("fibarra"))
        ++row;
    REQUIRE(row < listed.size());
    ui::UserDialog *form = users.changeUser(row);
    REQUIRE(form);
    form->findChild<QLineEdit *>(QStringLiteral("pinEdit"))->setText(QStringLiteral("482193"));
    form->findChild<QLineEdit *>(QStringLiteral("pinRepeatEdit"))->setText(QStringLiteral("482193"));
    QTest::qWait(250);
    REQUIRE(form->grab().save(office.picture(QStringLiteral("user-pin.png"))));
    form->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
    REQUIRE(store::UserRepository(db).byLogin(QStringLiteral("fibarra"))->hasPin);

    // Lucía's desk: she picks the supervisor and types a wrong PIN.
    ui::DeskUser::choose(db, QStringLiteral("lhernandez"));
    ui::WhoIsWorkingDialog who(db);
    who.show();
    auto *combo = who.findChild<QComboBox *>(QStringLiteral("userCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("fibarra")));
    who.findChild<QLineEdit *>(QStringLiteral("pinEdit"))->setText(QStringLiteral("1234"));
    who.accept();
    REQUIRE(who.isVisible());
    QTest::qWait(250);
    REQUIRE(who.grab().save(office.picture(QStringLiteral("who-is-working-pin.png"))));

    // Fernando at his own desk changes the PIN the administrator gave him.
    const auto fernando = store::UserRepository(db).byLogin(QStringLiteral("fibarra"));
    ui::ChangePinDialog change(ui::FormContext{db, office.clock, fernando->id}, fernando->login, true);
    change.show();
    change.findChild<QLineEdit *>(QStringLiteral("currentPinEdit"))->setText(QStringLiteral("482193"));
    change.findChild<QLineEdit *>(QStringLiteral("pinEdit"))->setText(QStringLiteral("90817263"));
    QTest::qWait(250);
    REQUIRE(change.grab().save(office.picture(QStringLiteral("change-pin.png"))));
    qputenv("USER", account);
}
