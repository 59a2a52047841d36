// Not a test: docs/screenshots/user-guide.png, Help ▸ User guide in Spanish
// with a word found in it. Hidden ([.]); scripts/screenshots runs it with
// the other "[.screenshots]".

#include "spanishdemo.h"
#include "ui/userguidewindow.h"

#include <QLineEdit>
#include <QLocale>
#include <QTest>

using namespace libreta;

TEST_CASE("Screenshot of the user guide inside the program, in Spanish", "[.screenshots]")
{
    test::SpanishDemo office;
    ui::UserGuideWindow guide(QLocale(QLocale::Spanish, QLocale::Mexico));
    guide.resize(1000, 700);
    guide.show();
    guide.findChild<QLineEdit *>(QStringLiteral("findEdit"))->setText(QStringLiteral("Bizum"));
    REQUIRE(guide.findNext(QStringLiteral("Bizum")));
    QTest::qWait(250);
    REQUIRE(guide.grab().save(office.picture(QStringLiteral("user-guide.png"))));
}
