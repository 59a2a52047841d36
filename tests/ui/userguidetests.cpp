// Help ▸ User guide: the guide that comes with the program, in the desk's
// language, and a word found in it.

#include "debtorfiletesthelpers.h"
#include "deskwindow.h"
#include "support/tempdb.h"
#include "ui/mainwindow.h"
#include "ui/userguidewindow.h"

#include <QLabel>
#include <QLocale>
#include <QTextBrowser>

using namespace libreta;

TEST_CASE("Help opens the user guide in the desk's language, once however often asked", "[ui][guide][mainwindow]")
{
    test::TempDb t;
    test::DeskWindow desk(t, "sue");
    ui::UserGuideWindow *guide = desk.window.showUserGuide();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    // Tests run in English: the English guide, read whole.
    CHECK(guide->text().contains(QStringLiteral("Getting started")));
    CHECK(guide->text().contains(QStringLiteral("The guided call")));
    CHECK(desk.window.showUserGuide() == guide);
}

TEST_CASE("The Spanish desk reads the Spanish guide, and finds a word in it", "[ui][guide]")
{
    ui::UserGuideWindow guide(QLocale(QLocale::Spanish, QLocale::Spain));
    guide.show();
    CHECK(guide.text().contains(QStringLiteral("La llamada guiada")));
    CHECK(guide.findNext(QStringLiteral("copia de seguridad")));
    CHECK(test::child<QTextBrowser>(&guide, "guideBrowser")->textCursor().selectedText().compare(
              QStringLiteral("copia de seguridad"), Qt::CaseInsensitive) == 0);
    CHECK_FALSE(guide.findNext(QStringLiteral("xyzzy-nada")));
    CHECK(test::child<QLabel>(&guide, "findResult")->text() == QStringLiteral("Not in the guide."));
}

TEST_CASE("The guide's text comes inside the program, its pictures from docs when at hand", "[ui][guide]")
{
    const QString markdown = ui::UserGuideWindow::guideMarkdown(QLocale(QLocale::English));
    CHECK(markdown.contains(QStringLiteral("## Getting started")));
    // In a build the folder is at hand: the pictures stay (without it the
    // lines that show them are left out, not shown as empty frames).
    CHECK(markdown.contains(QStringLiteral("](screenshots/")));
}
