// The first start on a desk: the welcome leads to one's own office, the demo
// or a file, and nothing is made when it is closed.

#include "debtorfiletesthelpers.h"
#include "domain/clock.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "ui/deskuser.h"
#include "ui/firststart.h"
#include "ui/welcomedialog.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace libreta;

namespace {

const domain::FixedClock kClock(QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC));

// Answers each window the first start opens, in turn, as the person would.
class Answers {
public:
    explicit Answers(QList<std::function<bool(QWidget *)>> steps) : m_steps(std::move(steps))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && !m_steps.isEmpty() && modal != m_last && m_steps.first()(modal)) {
                m_last = modal;
                m_steps.removeFirst();
            }
        });
        m_timer.start();
    }
    bool allGiven() const { return m_steps.isEmpty(); }

private:
    QList<std::function<bool(QWidget *)>> m_steps;
    QTimer m_timer;
    QWidget *m_last = nullptr;
};

std::function<bool(QWidget *)> click(const char *button)
{
    return [button](QWidget *modal) {
        auto *welcome = qobject_cast<ui::WelcomeDialog *>(modal);
        if (!welcome)
            return false;
        welcome->findChild<QCommandLinkButton *>(QString::fromLatin1(button))->click();
        return true;
    };
}

} // namespace

TEST_CASE("An office's file is named after it, less what a file name cannot hold", "[ui][firststart]")
{
    QTemporaryDir dir;
    const QDir folder(dir.path());
    CHECK(ui::FirstStart::ownOfficePath(dir.path(), QStringLiteral("Refaccionaria Garza")) ==
          folder.filePath(QStringLiteral("Refaccionaria Garza.sqlite")));
    CHECK(ui::FirstStart::ownOfficePath(dir.path(), QStringLiteral(" Cobranza: Norte/Sur?* ")) ==
          folder.filePath(QStringLiteral("Cobranza Norte Sur.sqlite")));
    CHECK(ui::FirstStart::ownOfficePath(dir.path(), QStringLiteral("...")) == folder.filePath(QStringLiteral("libreta.sqlite")));
    QFile taken(folder.filePath(QStringLiteral("Refaccionaria Garza.sqlite")));
    REQUIRE(taken.open(QIODevice::WriteOnly));
    taken.close();
    CHECK(ui::FirstStart::ownOfficePath(dir.path(), QStringLiteral("Refaccionaria Garza")) ==
          folder.filePath(QStringLiteral("Refaccionaria Garza 2.sqlite")));
}

TEST_CASE("The first start makes one's own office, its owner at the desk, and no demo", "[ui][firststart]")
{
    test::PrompterScope prompts;
    QTemporaryDir dir;
    bool demoMade = false;
    Answers answers({click("ownOfficeButton"), [](QWidget *modal) {
                         if (!modal->findChild<QLineEdit *>(QStringLiteral("ownerEdit")))
                             return false;
                         modal->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Refaccionaria Garza"));
                         modal->findChild<QLineEdit *>(QStringLiteral("ownerEdit"))->setText(QStringLiteral("Rocío Garza"));
                         modal->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok)->click();
                         return true;
                     }});
    ui::FirstStart::Opened opened = ui::FirstStart::run(
        dir.path(),
        [&demoMade](const QString &) {
            demoMade = true;
            return std::unique_ptr<store::Database>();
        },
        kClock);
    CHECK(answers.allGiven());
    REQUIRE(opened.db);
    CHECK_FALSE(demoMade);
    CHECK(opened.path == QDir(dir.path()).filePath(QStringLiteral("Refaccionaria Garza.sqlite")));
    CHECK(store::SettingsRepository(*opened.db).load().officeName == QStringLiteral("Refaccionaria Garza"));
    // Whoever made it is at the desk: nobody is asked to pick from a list.
    const auto owner = ui::DeskUser::current(*opened.db);
    REQUIRE(owner);
    CHECK(owner->displayName == QStringLiteral("Rocío Garza"));
    CHECK_FALSE(ui::DeskUser::needsChoice(*opened.db));
}

TEST_CASE("The first start's demo is made once and taken up again, and closing the welcome makes nothing",
          "[ui][firststart]")
{
    test::PrompterScope prompts;
    QTemporaryDir dir;
    int demosMade = 0;
    const auto makeDemo = [&demosMade](const QString &path) {
        ++demosMade;
        return std::make_unique<store::Database>(path);
    };
    {
        Answers answers({click("demoButton")});
        ui::FirstStart::Opened opened = ui::FirstStart::run(dir.path(), makeDemo, kClock);
        REQUIRE(opened.db);
        CHECK(opened.path == ui::FirstStart::demoPath(dir.path()));
    }
    {
        Answers answers({click("demoButton")});
        ui::FirstStart::Opened opened = ui::FirstStart::run(dir.path(), makeDemo, kClock);
        REQUIRE(opened.db);
        CHECK(demosMade == 1);
    }

    // Cancelling the office's form goes back to the welcome; closing it ends.
    QTemporaryDir empty;
    Answers answers({click("ownOfficeButton"),
                     [](QWidget *modal) {
                         auto *buttons = modal->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
                         if (!modal->findChild<QLineEdit *>(QStringLiteral("ownerEdit")))
                             return false;
                         buttons->button(QDialogButtonBox::Cancel)->click();
                         return true;
                     },
                     [](QWidget *modal) {
                         if (!qobject_cast<ui::WelcomeDialog *>(modal))
                             return false;
                         modal->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Close)->click();
                         return true;
                     }});
    ui::FirstStart::Opened none = ui::FirstStart::run(empty.path(), makeDemo, kClock);
    CHECK(answers.allGiven());
    CHECK_FALSE(none.db);
    CHECK(QDir(empty.path()).entryList(QDir::Files).isEmpty());
}
