// THROWAWAY: measurement only, delete when done.
#include "platform/translations.h"
#include "services/demogenerator.h"
#include "support/tempdb.h"
#include "ui/deskuser.h"
#include "ui/mainwindow.h"
#include "ui/portfoliofilterbar.h"

#include <QApplication>
#include <QLayout>
#include <QLocale>
#include <QTest>

#include <catch2/catch.hpp>

using namespace libreta;

namespace {
void dump(QWidget *w, int depth, int threshold)
{
    if (!w->isVisible()) return;
    const int mw = w->minimumSizeHint().width();
    const int ms = w->minimumWidth();
    if (std::max(mw, ms) < threshold) return;
    printf("%*s%s [%s] minHint=%d minW=%d hint=%d w=%d\n", depth * 2, "", w->metaObject()->className(),
           qPrintable(w->objectName()), mw, ms, w->sizeHint().width(), w->width());
    for (QObject *o : w->children())
        if (auto *c = qobject_cast<QWidget *>(o); c && !c->isWindow())
            dump(c, depth + 1, threshold);
}

void measure(const char *name, int width, bool shots)
{
    test::TempDb t;
    const QDate today(2026, 11, 23);
    services::DemoOptions demo;
    demo.debtors = 120;
    demo.today = today;
    services::generateDemo(t.db(), demo);
    ui::DeskUser::choose(t.db(), QStringLiteral("lhernandez"));
    ui::MainWindow window(std::move(t.database));
    window.show();
    QTest::qWait(50);
    for (int s = 0; s < ui::MainWindow::SectionCount; ++s) {
        window.showSection(s);
        QTest::qWait(50);
        auto *bar = window.findChild<ui::PortfolioFilterBar *>();
        printf("== %s section %d: window minHint=%d  bar minHint=%d\n", name, s, window.minimumSizeHint().width(),
               bar ? bar->minimumSizeHint().width() : -1);
        if (s == ui::MainWindow::PortfolioSection || qEnvironmentVariableIsSet("FB_DUMPALL"))
            dump(&window, 0, qEnvironmentVariableIntValue("FB_THRESH") ? qEnvironmentVariableIntValue("FB_THRESH") : 500);
        if (shots) {
            for (int w : {1000, 1440}) {
                window.resize(w, w == 1000 ? 700 : 860);
                QTest::qWait(80);
                window.grab().save(QStringLiteral("/tmp/fb/%1-s%2-%3.png").arg(QLatin1String(name)).arg(s).arg(w));
            }
        }
    }
}
} // namespace

TEST_CASE("fb measure", "[.fbmeasure]")
{
    const char *tag = qgetenv("FB_TAG").isEmpty() ? "x" : qgetenv("FB_TAG").constData();
    const bool shots = qEnvironmentVariableIsSet("FB_SHOTS");
    measure((std::string(tag) + "-C").c_str(), 0, shots);
    platform::installTranslators(QLocale(QLocale::Spanish, QLocale::Mexico));
    measure((std::string(tag) + "-es").c_str(), 0, shots);
    platform::installTranslators(QLocale::c());
}
