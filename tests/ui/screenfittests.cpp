#include "debtorfiletesthelpers.h"
#include "platform/translations.h"
#include "services/demogenerator.h"
#include "store/portfoliorepository.h"
#include "store/settingsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/callpanel.h"
#include "ui/debtorfileheader.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/deskuser.h"
#include "ui/elidinglabel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

#include <array>

using namespace libreta;

namespace {

// Spanish for the test's length (its texts are the longer ones), English
// again afterwards for the other tests.
struct SpanishScope {
    SpanishScope() { platform::installTranslators(QLocale(QLocale::Spanish, QLocale::Mexico)); }
    ~SpanishScope() { platform::installTranslators(QLocale::c()); }
};

// An office PC's screen: 1280 pixels wide, and what a 768-pixel-high
// laptop leaves once its task bar and the window's title are drawn.
constexpr int kScreenWidth = 1280;
constexpr int kScreenHeight = 700;

// The day the tests' demo offices are at.
const QDate kToday(2026, 11, 23);

// A demo office of 120 debtors, at its desk as `login`.
void fillDemoOffice(store::Database &db, const QString &login)
{
    services::DemoOptions demo;
    demo.debtors = 120;
    demo.today = kToday;
    services::generateDemo(db, demo);
    ui::DeskUser::choose(db, login);
}

} // namespace

TEST_CASE("In Spanish the desk fits a 1280-pixel screen: every section, files and the call's stages",
          "[ui][mainwindow][layout]")
{
    SpanishScope spanish;
    test::PrompterScope prompts;
    test::TempDb t;
    const QDate today = kToday;
    fillDemoOffice(t.db(), QStringLiteral("lhernandez"));
    store::PortfolioQuery query;
    query.filters.today = today;
    query.filters.withBalanceOnly = true;
    const auto rows = store::PortfolioRepository(t.db()).fetchPage(query, std::nullopt, 120);
    REQUIRE(rows.size() > 10);

    const domain::FixedClock clock(QDateTime(today, QTime(17, 0), Qt::UTC));  // inside calling hours
    ui::MainWindow window(std::move(t.database));
    window.setClock(clock);
    window.show();
    // A window is never made smaller than its layout allows: asked to take
    // the screen's size, it says whether everything fits in it.
    const auto fits = [&window](const QString &where) {
        QTest::qWait(30);
        window.resize(kScreenWidth, kScreenHeight);
        QTest::qWait(30);
        INFO(where.toStdString() << ": " << window.width() << "×" << window.height());
        CHECK(window.width() <= kScreenWidth);
        CHECK(window.height() <= kScreenHeight);
    };
    for (int section = 0; section < ui::MainWindow::SectionCount; ++section) {
        window.showSection(section);
        fits(QStringLiteral("section %1").arg(section));
    }
    window.showSection(ui::MainWindow::PortfolioSection);
    // Files of every shape the demo has (long company names, many excuses),
    // each with a call open and walked through the stages it lets the agent
    // open. Each stage fits the window and the panel's width: nothing of a
    // stage hides off to the side behind a scroll bar.
    std::array<int, 5> stagesSeen{};
    const auto stageFits = [&](ui::CallPanel *panel, int stage, const QString &where) {
        fits(where);
        for (const QScrollArea *area : panel->findChildren<QScrollArea *>()) {
            if (!area->isVisible())
                continue;
            INFO(where.toStdString() << ": " << area->widget()->minimumSizeHint().width() << " wide in "
                                     << area->viewport()->width());
            CHECK(area->horizontalScrollBar()->maximum() == 0);
        }
        stagesSeen[stage] += 1;
    };
    for (int i = 0; i < 12; ++i) {
        const store::PortfolioRow &row = rows.at(i * int(rows.size()) / 12);
        window.resize(kScreenWidth, kScreenHeight);
        window.debtorFiles()->startCall(row.debtorId);
        ui::CallPanel *panel = window.debtorFiles()->currentFile()->callPanel();
        if (!panel)
            continue;  // the contact rules refused this one: the file alone
        // Opening the panel never pushes the window past the screen.
        QTest::qWait(30);
        CHECK(window.width() <= kScreenWidth);
        stageFits(panel, 0, row.name + QStringLiteral(" — presentation"));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_1, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Right, Qt::AltModifier);
        stageFits(panel, 1, row.name + QStringLiteral(" — listening"));
        for (int stage = 2; stage < 5 && panel->nextStage(); ++stage)
            stageFits(panel, stage, row.name + QStringLiteral(" — stage %1").arg(stage + 1));
    }
    // Every stage was looked at, in several files.
    for (int stage = 0; stage < 2; ++stage)
        CHECK(stagesSeen[stage] > 3);
    CHECK(stagesSeen[2] > 3);
    CHECK(stagesSeen[3] > 3);
    CHECK(stagesSeen[4] > 3);
}

TEST_CASE("In Spanish the desk fits a 1024-pixel screen, for an agent and a supervisor, and takes its words back "
          "on a wider one",
          "[ui][mainwindow][layout]")
{
    // 1024 pixels less a window's frame; 768 less a task bar and a title.
    constexpr int kSmallWidth = 1000;
    constexpr int kSmallHeight = 700;
    SpanishScope spanish;
    test::PrompterScope prompts;
    for (const char *login : {"lhernandez", "fibarra"}) {
        test::TempDb t;
        const QDate today = kToday;
        fillDemoOffice(t.db(), QString::fromLatin1(login));
        const test::DeskLogin desk(login);
        store::PortfolioQuery query;
        query.filters.today = today;
        const auto rows = store::PortfolioRepository(t.db()).fetchPage(query, std::nullopt, 5);
        REQUIRE_FALSE(rows.isEmpty());

        const domain::FixedClock clock(QDateTime(today, QTime(17, 0), Qt::UTC));
        ui::MainWindow window(std::move(t.database));
        window.setClock(clock);
        window.show();
        window.showSection(ui::MainWindow::PortfolioSection);
        ui::DebtorFileView *file = window.debtorFiles()->openDebtor(rows.first().debtorId);
        REQUIRE(file);
        const auto fitsIn = [&window, login](int width, int height, const QString &where) {
            QTest::qWait(30);
            window.resize(width, height);
            QTest::qWait(30);
            INFO(login << ", " << where.toStdString() << ": " << window.width() << "×" << window.height());
            CHECK(window.width() <= width);
            CHECK(window.height() <= height);
        };
        for (int section = 0; section < ui::MainWindow::SectionCount; ++section) {
            window.showSection(section);
            fitsIn(kSmallWidth, kSmallHeight, QStringLiteral("section %1").arg(section));
        }
        // The file's actions show their icons only; with room, their words.
        window.showSection(ui::MainWindow::PortfolioSection);
        fitsIn(kSmallWidth, kSmallHeight, QStringLiteral("the file"));
        auto *call = test::child<QToolButton>(file, "callButton");
        CHECK(call->toolButtonStyle() == Qt::ToolButtonIconOnly);
        fitsIn(1440, 860, QStringLiteral("the file, wide"));
        CHECK(call->toolButtonStyle() == Qt::ToolButtonTextBesideIcon);
        // A call beside the file on the small screen.
        window.debtorFiles()->startCall(rows.first().debtorId);
        fitsIn(kSmallWidth, kSmallHeight, QStringLiteral("the file and its call"));
        // The file's header, narrower beside the call, takes the lines its
        // wrapped name and parts need: none is drawn over another.
        auto *header = file->findChild<ui::DebtorFileHeader *>();
        REQUIRE(header);
        CHECK(header->height() >= header->heightForWidth(header->width()));
        if (qEnvironmentVariableIsSet("LIBRETA_FIT_SHOTS"))
            window.grab().save(QStringLiteral("/tmp/sc/fit-%1.png").arg(QString::fromLatin1(login)));
    }
}

TEST_CASE("A long name at the desk gives way in the status bar rather than widen the window past a small screen",
          "[ui][mainwindow][layout]")
{
    SpanishScope spanish;
    test::PrompterScope prompts;
    test::TempDb t;
    fillDemoOffice(t.db(), QStringLiteral("lhernandez"));
    // An office of its own (the backup's reminder shown, not the demo's
    // mark) and an agent with a long name.
    store::SettingsRepository settings(t.db());
    domain::OfficeSettings office = settings.load();
    office.demo = false;
    settings.save(office);
    store::UserRepository users(t.db());
    domain::User agent = *users.byLogin(QStringLiteral("lhernandez"));
    const QString name = QStringLiteral("María Guadalupe Fernández de la Garza Villaseñor");
    agent.displayName = name;
    users.update(agent);
    const test::DeskLogin desk("lhernandez");
    ui::MainWindow window(std::move(t.database));
    window.show();
    auto *user = test::child<ui::ElidingLabel>(&window, "statusUser");

    QTest::qWait(30);
    window.resize(1000, 700);
    QTest::qWait(30);
    CHECK(window.width() <= 1000);
    CHECK(user->isElided());
    CHECK(user->toolTip().contains(name));  // read whole there
    window.resize(1440, 860);
    QTest::qWait(30);
    CHECK_FALSE(user->isElided());
}

TEST_CASE("In Spanish a call that replaces open promises leaves room to spare in the panel beside the file",
          "[ui][call][layout]")
{
    SpanishScope spanish;
    test::PrompterScope prompts;
    test::TempDb t;
    fillDemoOffice(t.db(), QStringLiteral("lhernandez"));
    store::PortfolioQuery query;
    query.filters.today = kToday;
    query.filters.withBalanceOnly = true;
    const auto rows = store::PortfolioRepository(t.db()).fetchPage(query, std::nullopt, 40);
    REQUIRE(rows.size() > 20);
    // One promise whose date has passed (the longest words the panel had)
    // and a plan of instalments still to keep.
    const domain::Money amount = domain::Money::fromMinor(320000);
    const domain::Id late = rows.at(5).debtorId;
    test::addPromise(t.db(), late, amount, kToday.addDays(-2), kToday.addDays(-9));
    const domain::Id plan = rows.at(15).debtorId;
    test::addPromise(t.db(), plan, amount, kToday.addDays(7), kToday.addDays(-3));
    test::addPromise(t.db(), plan, amount, kToday.addDays(21), kToday.addDays(-3));

    const domain::FixedClock clock(QDateTime(kToday, QTime(17, 0), Qt::UTC));
    ui::MainWindow window(std::move(t.database));
    window.setClock(clock);
    window.show();
    for (const domain::Id debtor : {late, plan}) {
        window.resize(kScreenWidth, kScreenHeight);
        window.debtorFiles()->startCall(debtor);
        ui::CallPanel *panel = window.debtorFiles()->currentFile()->callPanel();
        REQUIRE(panel);
        QTest::qWait(30);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_1, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Right, Qt::AltModifier);
        REQUIRE(panel->nextStage());
        window.resize(kScreenWidth, kScreenHeight);
        QTest::qWait(30);
        auto *replace = panel->findChild<QCheckBox *>(QStringLiteral("replaceCheck"));
        REQUIRE(replace);
        REQUIRE(replace->isVisible());
        const auto *hint = panel->findChild<QLabel *>(QStringLiteral("replaceHint"));
        REQUIRE(hint);
        CHECK(hint->isVisible());
        CHECK_FALSE(hint->text().isEmpty());
        // A screen's fonts are often wider than the test's: the stage asks
        // for no more than 85 % of the panel's width, so one at 100 dots an
        // inch, or a wider typeface, still reads without a scroll bar.
        for (const QScrollArea *area : panel->findChildren<QScrollArea *>()) {
            if (!area->isVisible())
                continue;
            INFO(replace->text().toStdString() << ": " << area->widget()->minimumSizeHint().width() << " wide in "
                                               << area->viewport()->width());
            CHECK(area->widget()->minimumSizeHint().width() * 100 <= area->viewport()->width() * 85);
        }
    }
}
