// Not a test: docs/screenshots/document-batch.png, the statements for a
// segment about to be written as one PDF, document-batch-done.png, what
// came of it, and payment-reminder.pdf (scripts/screenshots makes it
// payment-reminder.png), the first reminder of the segment, in a demo
// office, in Spanish. Hidden ([.]); scripts/screenshots runs it with the
// other "[.screenshots]".

#include "spanishdemo.h"
#include "documents/pdfwriter.h"
#include "ui/documentbatchdialog.h"
#include "ui/documentdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

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
    const test::PictureFolder dir;
    dialog.findChild<QLineEdit *>(QStringLiteral("pathEdit"))
        ->setText(dir.filePath(QStringLiteral("estados-de-cuenta-2026-11-23.pdf")));
    QTest::qWait(250);
    REQUIRE(dialog.grab().save(office.picture(QStringLiteral("document-batch.png"))));
    dialog.findChild<QPushButton *>(QStringLiteral("writeButton"))->click();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.working(); }, 60000));
    REQUIRE(dialog.resultText().startsWith(QStringLiteral("Listo: ")));
    QTest::qWait(250);
    REQUIRE(dialog.grab().save(office.picture(QStringLiteral("document-batch-done.png"))));

    services::DocumentBatchRequest reminders;
    reminders.query = shown;
    reminders.document = ui::DocumentDialog::requestFor(office.t.db(), services::DocumentKind::PaymentReminder,
                                                        QStringLiteral("es"));
    services::DocumentBatch batch(office.t.db(), office.clock, {}, reminders);
    const auto first = batch.next();
    REQUIRE(first.has_value());
    REQUIRE(documents::writePdf(first->html, office.picture(QStringLiteral("payment-reminder.pdf")), first->title,
                                documents::paperFor(reminders.document.locale)));
}
