#include "store/database.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>

#include <catch2/catch.hpp>

using namespace libreta;

TEST_CASE("The main window switches sections from its actions and shows the open file", "[ui][mainwindow]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"));
    ui::MainWindow window(std::move(t.database));

    auto *agenda = window.findChild<QAction *>(QStringLiteral("actionAgenda"));
    auto *portfolio = window.findChild<QAction *>(QStringLiteral("actionPortfolio"));
    REQUIRE(agenda);
    REQUIRE(portfolio);
    CHECK(agenda->shortcut() == QKeySequence(QStringLiteral("Ctrl+1")));
    CHECK(portfolio->shortcut() == QKeySequence(QStringLiteral("Ctrl+2")));

    agenda->trigger();
    CHECK(window.currentSection() == ui::MainWindow::AgendaSection);
    portfolio->trigger();
    CHECK(window.currentSection() == ui::MainWindow::PortfolioSection);

    auto *file = window.findChild<QLabel *>(QStringLiteral("statusFile"));
    REQUIRE(file);
    CHECK(file->text().contains(QStringLiteral("libreta.sqlite")));
}
