#pragma once

// The start the "[.screenshots]" tests share: where the pictures go
// (LIBRETA_SCREENSHOT_DIR), the desk in Spanish (Mexico), and a demo office
// of 300 debtors as of 2026-11-23, with a clock at 11:00 in Mexico City
// (inside every demo debtor's calling hours).

#include "domain/clock.h"
#include "platform/translations.h"
#include "services/demogenerator.h"
#include "support/tempdb.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QLocale>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

namespace libreta::test {

// The desk's language, set before the office's file is made: the file
// stores its default call scripts in the language of the desk that made it.
struct SpanishDesk {
    SpanishDesk()
    {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
        platform::installTranslators(QLocale(QLocale::Spanish, QLocale::Mexico));
    }
};

struct SpanishDemo {
    SpanishDemo()
    {
        REQUIRE_FALSE(out.isEmpty());
        services::DemoOptions demo;
        demo.debtors = 300;
        demo.today = today;
        services::generateDemo(t.db(), demo);
    }

    // The path of picture `name` in the screenshots' directory.
    QString picture(const QString &name) const { return QDir(out).filePath(name); }

    const QString out = qEnvironmentVariable("LIBRETA_SCREENSHOT_DIR");
    const SpanishDesk desk;  // before `t`
    const QDate today{2026, 11, 23};
    TempDb t;
    const domain::FixedClock clock{QDateTime(today, QTime(17, 0), Qt::UTC)};
};

// The folder the pictures' files are written to and read from: the same
// path in every run, so a picture that shows it changes only when its
// screen does (a temporary folder's random name changed it each time).
// Made empty for the test and removed after it.
struct PictureFolder {
    PictureFolder()
    {
        QDir(root).removeRecursively();
        QDir().mkpath(path);
    }
    ~PictureFolder() { QDir(root).removeRecursively(); }
    QString filePath(const QString &name) const { return QDir(path).filePath(name); }

    const QString root = QDir::temp().filePath(QStringLiteral("libreta-capturas"));
    const QString path = QDir(root).filePath(QStringLiteral("Documentos"));
};

// The main window as the pictures show it: on the demo's clock, active, on
// the portfolio. A first start on a screen under 1280 × 848 opens
// maximized, which on the test's screen means as small as the window may
// be: the pictures are of a window of their own size.
inline void showForPictures(ui::MainWindow &window, const SpanishDemo &office)
{
    window.setClock(office.clock);
    window.show();
    window.setWindowState(Qt::WindowNoState);
    window.resize(1440, 860);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showSection(ui::MainWindow::PortfolioSection);
}

// The debtor's file opened in the window on its page `Page` (the Invoices
// or the Payments tab): what the picture shows.
template <typename Page>
std::pair<ui::DebtorFileView *, Page *> openFileOn(ui::MainWindow &window, domain::Id debtor)
{
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(debtor);
    REQUIRE(file);
    auto *page = file->findChild<Page *>();
    REQUIRE(page);
    auto *sections = file->findChild<QTabWidget *>(QStringLiteral("sections"));
    REQUIRE(sections);
    sections->setCurrentIndex(sections->indexOf(page));
    return {file, page};
}

} // namespace libreta::test
