// Not a test: docs/screenshots/welcome.png, what the very first start on a
// desk asks, in Spanish. Hidden ([.]); scripts/screenshots runs it with the
// other "[.screenshots]".

#include "spanishdemo.h"
#include "ui/welcomedialog.h"

#include <QDir>
#include <QTest>

using namespace libreta;

TEST_CASE("Screenshot of the first start's welcome, in Spanish", "[.screenshots]")
{
    const test::SpanishDesk desk;
    const QString out = qEnvironmentVariable("LIBRETA_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    ui::WelcomeDialog welcome;
    welcome.show();
    QTest::qWait(250);
    REQUIRE(welcome.grab().save(QDir(out).filePath(QStringLiteral("welcome.png"))));
}
