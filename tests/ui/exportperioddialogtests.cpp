// File ▸ Export ▸ Calls or Payments asks which days first: this month to
// start with, last month for the monthly report, or all of them.

#include "debtorfiletesthelpers.h"
#include "ui/exportperioddialog.h"

#include <QComboBox>
#include <QDateEdit>

using namespace libreta;

TEST_CASE("The export's days start at this month, and last month or all are one choice away", "[ui][export]")
{
    const QDate today(2026, 12, 7);
    ui::ExportPeriodDialog dialog(today, QStringLiteral("payments"));
    CHECK(dialog.from() == QDate(2026, 12, 1));
    CHECK(dialog.to() == today);

    dialog.setPeriod(ui::ExportPeriodDialog::LastMonth);
    CHECK(dialog.from() == QDate(2026, 11, 1));
    CHECK(dialog.to() == QDate(2026, 11, 30));
    // Shown, not typed over: the choice says them.
    CHECK_FALSE(test::child<QDateEdit>(&dialog, "fromEdit")->isEnabled());

    dialog.setPeriod(ui::ExportPeriodDialog::LastSevenDays);
    CHECK(dialog.from() == QDate(2026, 12, 1));

    dialog.setPeriod(ui::ExportPeriodDialog::Everything);
    CHECK_FALSE(dialog.from().has_value());
    CHECK_FALSE(dialog.to().has_value());

    // Other days are typed; the wrong way round, they are put in order.
    dialog.setPeriod(ui::ExportPeriodDialog::OtherDays);
    auto *from = test::child<QDateEdit>(&dialog, "fromEdit");
    auto *to = test::child<QDateEdit>(&dialog, "toEdit");
    CHECK(from->isEnabled());
    from->setDate(QDate(2026, 10, 31));
    to->setDate(QDate(2026, 10, 1));
    CHECK(dialog.from() == QDate(2026, 10, 1));
    CHECK(dialog.to() == QDate(2026, 10, 31));

    // In January, last month is December of the year before.
    ui::ExportPeriodDialog january(QDate(2027, 1, 10), QStringLiteral("calls"));
    january.setPeriod(ui::ExportPeriodDialog::LastMonth);
    CHECK(january.from() == QDate(2026, 12, 1));
    CHECK(january.to() == QDate(2026, 12, 31));
}
