#include "support/fixtures.h"
#include "ui/debtorfileinvoices.h"
#include "ui/debtorinvoicesmodel.h"
#include "ui/moneyformatter.h"
#include "ui/uisettings.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace libreta;
using Column = ui::DebtorInvoicesModel::Column;

namespace {

const QDate kToday(2026, 11, 30);

// UiSettings on a folder of the test's own.
struct ScratchSettings {
    ScratchSettings() { QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path()); }
    QTemporaryDir dir;
};

QList<domain::Invoice> invoicesOf(const QList<domain::Money> &amounts)
{
    QList<domain::Invoice> out;
    for (const domain::Money amount : amounts) {
        domain::Invoice invoice;
        invoice.id = out.size() + 1;
        invoice.number = QStringLiteral("F-%1").arg(out.size() + 1);
        invoice.issueDate = kToday.addDays(-60);
        invoice.dueDate = kToday.addDays(-30);
        invoice.amount = amount;
        invoice.outstanding = amount;
        out << invoice;
    }
    return out;
}

// One open file's invoices page, shown as the desk shows it.
struct InvoicesPage {
    ui::DebtorFileInvoices page;
    QTableView *table = page.findChild<QTableView *>();

    explicit InvoicesPage(const QList<domain::Money> &amounts)
    {
        page.resize(700, 300);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        page.setInvoices(invoicesOf(amounts), kToday, ui::MoneyFormatter(QStringLiteral("MXN"), QLocale::c()));
    }
    int width(Column column) const { return table->horizontalHeader()->sectionSize(column); }
    // What the column needs to show its cells whole.
    int needed(Column column) const
    {
        const QAbstractItemView *view = table;
        return view->sizeHintForColumn(column);
    }
    // Drags the right edge of `column` by `by` pixels, as a hand on the mouse does.
    void dragEdge(Column column, int by)
    {
        QHeaderView *header = table->horizontalHeader();
        const int edge = header->sectionViewportPosition(column) + header->sectionSize(column) - 1;
        const int y = header->height() / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
        QTest::mouseMove(header->viewport(), QPoint(edge + by / 2, y));
        QTest::mouseMove(header->viewport(), QPoint(edge + by, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + by, y));
        QTest::qWait(10);  // the layout is saved once the drag's events are done
    }
};

} // namespace

TEST_CASE("A debtor file's columns fit each file until the user lays them out", "[ui][debtorfile][layout]")
{
    ScratchSettings scratch;
    const QList<domain::Money> small{test::pesos(8, 50), test::pesos(12)};
    const QList<domain::Money> large{test::pesos(1234567, 89), test::pesos(24593, 51)};

    SECTION("the first file's fit is not kept for the next: a larger amount is shown whole")
    {
        { InvoicesPage first(small); }
        InvoicesPage second(large);
        CHECK(second.width(Column::Amount) >= second.needed(Column::Amount));
        CHECK(second.width(Column::Outstanding) >= second.needed(Column::Outstanding));
        CHECK(ui::UiSettings().headerState(QStringLiteral("debtorfile.chosen.invoices")).isEmpty());
    }

    SECTION("a width the user chose is kept for the files after, and saved")
    {
        int chosen = 0;
        {
            InvoicesPage first(small);
            const int before = first.width(Column::Number);
            first.dragEdge(Column::Number, 80);
            chosen = first.width(Column::Number);
            REQUIRE(chosen > before + 40);
        }
        CHECK_FALSE(ui::UiSettings().headerState(QStringLiteral("debtorfile.chosen.invoices")).isEmpty());
        InvoicesPage second(large);
        CHECK(second.width(Column::Number) == chosen);
        // Its figures still show whole, widened past the user's first fit.
        CHECK(second.width(Column::Amount) >= second.needed(Column::Amount));
    }

    SECTION("an amount column the user made too narrow grows back when a file needs it")
    {
        int number = 0;
        {
            InvoicesPage first(small);
            first.dragEdge(Column::Amount, -first.width(Column::Amount) / 2);
            REQUIRE(first.width(Column::Amount) < first.needed(Column::Amount));
            number = first.width(Column::Number);
        }
        InvoicesPage second(large);
        CHECK(second.width(Column::Amount) >= second.needed(Column::Amount));
        // The rest of the user's layout stays as it was.
        CHECK(second.width(Column::Number) == number);
    }

    SECTION("a layout saved by earlier versions (the first file's fit) is forgotten")
    {
        {
            InvoicesPage narrow(small);
            ui::UiSettings().setHeaderState(QStringLiteral("debtorfile.invoices"),
                                        narrow.table->horizontalHeader()->saveState());
        }
        InvoicesPage second(large);
        CHECK(second.width(Column::Amount) >= second.needed(Column::Amount));
        CHECK(ui::UiSettings().headerState(QStringLiteral("debtorfile.invoices")).isEmpty());
    }
}
