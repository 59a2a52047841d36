// Not a test: docs/screenshots/invoice-edit.png, a supervisor correcting an
// invoice typed wrong in a demo office, in Spanish, and
// invoice-renumbered.png, the Invoices tab after its number was corrected
// too. Hidden ([.]);
// scripts/screenshots runs it with the other "[.screenshots]".

#include "debtorfiletesthelpers.h"
#include "spanishdemo.h"
#include "store/sqlquery.h"
#include "support/tempdb.h"
#include "ui/debtorfileinvoices.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/debtorinvoicesmodel.h"
#include "ui/deskuser.h"
#include "ui/mainwindow.h"

#include <QDateEdit>
#include <QDialog>
#include <QLineEdit>
#include <QTableView>

using namespace libreta;

TEST_CASE("Screenshot of an invoice typed wrong being corrected, in Spanish", "[.screenshots]")
{
    test::PrompterScope prompts;
    test::SpanishDemo office;
    test::TempDb &t = office.t;
    ui::DeskUser::choose(t.db(), QStringLiteral("fibarra"));  // the supervisor

    // A company's invoice partly paid: the form says what was taken off.
    domain::Id debtor = 0;
    domain::Id invoice = 0;
    {
        store::SqlQuery q(t.db(), QStringLiteral(
            "SELECT i.debtor_id, i.id FROM invoices i JOIN debtors d ON d.id = i.debtor_id "
            "WHERE d.kind = 'company' AND d.status = 'active' "
            "AND (SELECT sum(a.amount) FROM allocations a WHERE a.invoice_id = i.id) BETWEEN 1 AND i.amount - 1 "
            "ORDER BY i.amount DESC LIMIT 1"));
        q.exec();
        REQUIRE(q.next());
        debtor = q.integer(0);
        invoice = q.integer(1);
    }

    ui::MainWindow window(std::move(t.database));
    test::showForPictures(window, office);
    const auto [file, invoices] = test::openFileOn<ui::DebtorFileInvoices>(window, debtor);
    auto *table = test::child<QTableView>(invoices, "table");
    int row = 0;
    while (row < invoices->model()->rowCount() && invoices->model()->invoiceAt(row)->id != invoice)
        ++row;
    REQUIRE(row < invoices->model()->rowCount());
    table->selectRow(row);

    QDialog *dialog = file->editInvoice();
    REQUIRE(dialog);
    auto *due = test::child<QDateEdit>(dialog, "dueDateEdit");
    due->setDate(due->date().addDays(15));
    QTest::qWait(250);
    REQUIRE(dialog->grab().save(office.picture(QStringLiteral("invoice-edit.png"))));

    // Its last two digits were swapped when it was typed.
    auto *number = test::child<QLineEdit>(dialog, "numberEdit");
    QString corrected = number->text();
    std::swap(corrected[corrected.size() - 1], corrected[corrected.size() - 2]);
    number->setText(corrected);
    test::saveButton(dialog)->click();
    REQUIRE(test::waitFor([&] { return !dialog->isVisible(); }));
    QTest::qWait(250);
    REQUIRE(invoices->grab().save(office.picture(QStringLiteral("invoice-renumbered.png"))));
}
