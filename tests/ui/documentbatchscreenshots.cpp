// Not a test: docs/screenshots/document-batch.png, the statements for a
// segment about to be written as one PDF, and document-batch-done.png,
// what came of it, in a demo office, in Spanish. Hidden ([.]);
// scripts/screenshots runs it with the other "[.screenshots]".

#include "spanishdemo.h"
#include "ui/documentbatchdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace libreta;

TEST_CASE("Screenshots of statements written for a whole segment, in Spanish", "[.screenshots]")
{
    test::SpanishDemo office;
    store::PortfolioQuery shown;
    shown.sort = store::PortfolioSort::Outstanding;
    shown.ascending = false;
    shown.filters.segment = QStringLiteral("Alto saldo");
    ui::DocumentBatchDialog dialog(ui::FormContext{office.t.db(), office.clock, std::nullopt}, shown);
    dialog.show();
    QTemporaryDir dir;
    dialog.findChild<QLineEdit *>(QStringLiteral("pathEdit"))
        ->setText(dir.filePath(QStringLiteral("estados-de-cuenta-2026-11-23.pdf")));
    QTest::qWait(250);
    REQUIRE(dialog.grab().save(office.picture(QStringLiteral("document-batch.png"))));
    dialog.findChild<QPushButton *>(QStringLiteral("writeButton"))->click();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.working(); }, 60000));
    REQUIRE(dialog.resultText().startsWith(QStringLiteral("Listo: ")));
    QTest::qWait(250);
    REQUIRE(dialog.grab().save(office.picture(QStringLiteral("document-batch-done.png"))));
}
