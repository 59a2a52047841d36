// File ▸ New office file: the name, currency and owner asked before the
// file is made, the desk's country's money first, and the new office opened.

#include "debtorfiletesthelpers.h"
#include "domain/money.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/userrepository.h"
#include "support/tempdb.h"
#include "ui/deskuser.h"
#include "ui/mainwindow.h"
#include "ui/newofficedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>

using namespace libreta;

TEST_CASE("The new office form starts on the desk's country's money and checks what was typed", "[ui][setup]")
{
    test::PrompterScope prompts;
    ui::NewOfficeDialog spain(QLocale(QLocale::Spanish, QLocale::Spain));
    CHECK(spain.setup().currencyCode == QStringLiteral("EUR"));
    ui::NewOfficeDialog mexico(QLocale(QLocale::Spanish, QLocale::Mexico));
    CHECK(mexico.setup().currencyCode == QStringLiteral("MXN"));

    mexico.show();
    auto *ok = mexico.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    ok->click();  // no name yet
    CHECK(mexico.isVisible());
    CHECK(mexico.errorFor(QStringLiteral("name")).startsWith(QStringLiteral("Office name:")));
    mexico.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Cobranza Norte"));
    // A code not in the list can be typed.
    mexico.findChild<QComboBox *>(QStringLiteral("currencyCombo"))->setEditText(QStringLiteral("bzd"));
    CHECK(mexico.setup().currencyCode == QStringLiteral("BZD"));
    ok->click();  // nobody named to keep it
    CHECK(mexico.isVisible());
    CHECK(mexico.errorFor(QStringLiteral("owner")).startsWith(QStringLiteral("Your name:")));
    mexico.findChild<QLineEdit *>(QStringLiteral("ownerEdit"))->setText(QStringLiteral("  Ana   López "));
    CHECK(mexico.setup().ownerName == QStringLiteral("Ana López"));
    CHECK_FALSE(mexico.setup().ownerLogin.isEmpty());
    ok->click();
    CHECK_FALSE(mexico.isVisible());
    CHECK(mexico.result() == QDialog::Accepted);
}

TEST_CASE("A new office is made, set up and opened by the window", "[ui][setup][mainwindow]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("norte.sqlite"));
    ui::MainWindow window(std::move(t.database));
    REQUIRE(window.startNewOffice(
        path, {QStringLiteral("Cobranza Norte"), QStringLiteral("EUR"), QStringLiteral("Ana López"), QStringLiteral("ana")}));
    auto *file = window.findChild<QLabel *>(QStringLiteral("statusFile"));
    REQUIRE(file);
    CHECK(file->text().contains(QStringLiteral("norte.sqlite")));
    store::Database opened(path);
    const auto settings = store::SettingsRepository(opened).load();
    CHECK(settings.officeName == QStringLiteral("Cobranza Norte"));
    CHECK(settings.currencyCode == QStringLiteral("EUR"));
    // Its owner keeps it, and the desk that made it is theirs: the call's
    // script introduces them by name, not by the computer's account.
    const QList<domain::User> users = store::UserRepository(opened).all();
    REQUIRE(users.size() == 1);
    CHECK(users.first().displayName == QStringLiteral("Ana López"));
    CHECK(users.first().login == QStringLiteral("ana"));
    CHECK(users.first().role == domain::UserRole::Admin);
    const auto desk = ui::DeskUser::current(opened);
    REQUIRE(desk);
    CHECK(desk->displayName == QStringLiteral("Ana López"));
    ui::DeskUser::forgetSessionChoices();
}

TEST_CASE("A new office in Chilean pesos writes and reads whole pesos, and a Mexican one cents again",
          "[ui][setup][mainwindow]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    QTemporaryDir dir;
    ui::MainWindow window(std::move(t.database));
    REQUIRE(domain::Money::currencyDecimals() == 2);
    REQUIRE(window.startNewOffice(dir.filePath(QStringLiteral("andes.sqlite")),
                                  {QStringLiteral("Cobranzas Andes"), QStringLiteral("CLP"),
                                   QStringLiteral("Ana López"), QStringLiteral("ana")}));
    CHECK(domain::Money::currencyDecimals() == 0);
    CHECK(domain::Money::fromMinor(150000).format(QLocale(QLocale::Spanish, QLocale::Chile), QStringLiteral("$"))
          == QStringLiteral("$1.500"));
    CHECK_FALSE(domain::Money::parse(QStringLiteral("1500,50")).ok());
    REQUIRE(window.startNewOffice(dir.filePath(QStringLiteral("norte.sqlite")),
                                  {QStringLiteral("Cobranza Norte"), QStringLiteral("MXN"),
                                   QStringLiteral("Ana López"), QStringLiteral("ana")}));
    CHECK(domain::Money::currencyDecimals() == 2);
    ui::DeskUser::forgetSessionChoices();
}

TEST_CASE("A new office never takes the place of an existing file", "[ui][setup][mainwindow]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.sqlite"));
    {
        QFile existing(path);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("an office's data");
    }
    ui::MainWindow window(std::move(t.database));
    CHECK_FALSE(window.startNewOffice(path, {QStringLiteral("Norte"), QStringLiteral("EUR"), QStringLiteral("Ana"), QString()}));
    REQUIRE(prompts.prompter->errors.size() == 1);
    CHECK(prompts.prompter->errors.first().contains(QStringLiteral("already exists")));
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("an office's data"));
}
