// Not a test: docs/screenshots/balance-adjustment.png and
// balance-adjusted.png, a supervisor correcting a disputed invoice in a demo
// office, in Spanish. Hidden ([.]); scripts/screenshots runs it with the
// other "[.screenshots]".

#include "debtorfiletesthelpers.h"
#include "spanishdemo.h"
#include "store/sqlquery.h"
#include "support/tempdb.h"
#include "ui/debtorfileinvoices.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/debtorinvoicesmodel.h"
#include "ui/itemroles.h"
#include "ui/deskuser.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

using namespace libreta;

TEST_CASE("Screenshots of a disputed invoice corrected, in Spanish", "[.screenshots]")
{
    test::PrompterScope prompts;
    test::SpanishDemo office;
    test::TempDb &t = office.t;
    ui::DeskUser::choose(t.db(), QStringLiteral("fibarra"));  // the supervisor

    // A company owing on two invoices or more, the oldest one it still owes
    // to be corrected.
    domain::Id debtor = 0;
    {
        store::SqlQuery q(t.db(), QStringLiteral(
            "SELECT t.debtor_id FROM debtor_totals t JOIN debtors d ON d.id = t.debtor_id "
            "WHERE d.kind = 'company' AND t.open_invoices >= 2 AND d.status = 'active' "
            "ORDER BY t.outstanding DESC LIMIT 1"));
        q.exec();
        REQUIRE(q.next());
        debtor = q.integer(0);
    }

    ui::MainWindow window(std::move(t.database));
    test::showForPictures(window, office);
    const auto [file, invoices] = test::openFileOn<ui::DebtorFileInvoices>(window, debtor);
    // The oldest invoice it still owes.
    const auto *model = invoices->model();
    int row = 0;
    while (row < model->rowCount() &&
           model->index(row, ui::DebtorInvoicesModel::Outstanding).data(ui::RawValueRole).toLongLong() <= 0)
        ++row;
    REQUIRE(row < model->rowCount());
    test::child<QTableView>(invoices, "table")->selectRow(row);

    QDialog *dialog = file->adjustBalance();
    REQUIRE(dialog);
    auto *kind = test::child<QComboBox>(dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(int(domain::AdjustmentKind::Correction)));
    test::child<QLineEdit>(dialog, "amountEdit")->setText(QStringLiteral("1250"));
    test::child<QPlainTextEdit>(dialog, "noteEdit")
        ->setPlainText(QStringLiteral("La factura cobró dos veces el flete; el cliente tenía razón (nota de crédito NC-118)."));
    QTest::qWait(250);
    REQUIRE(dialog->grab().save(office.picture(QStringLiteral("balance-adjustment.png"))));

    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
    REQUIRE(test::waitFor([&] { return !dialog->isVisible(); }));
    // The invoices wide enough to read what is owed beside what was adjusted.
    test::child<QSplitter>(file, "splitter")->setSizes({820, 480});
    QTest::qWait(250);
    REQUIRE(window.grab().save(office.picture(QStringLiteral("balance-adjusted.png"))));
}
