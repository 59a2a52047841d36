// Not a test: docs/screenshots/payment-reversal.png and payment-reversed.png,
// a supervisor taking back a bounced cheque in a demo office, in Spanish.
// Hidden ([.]); scripts/screenshots runs it with the other "[.screenshots]".

#include "debtorfiletesthelpers.h"
#include "spanishdemo.h"
#include "store/sqlquery.h"
#include "support/tempdb.h"
#include "ui/debtorfilepayments.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/debtorpaymentsmodel.h"
#include "ui/deskuser.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace libreta;

TEST_CASE("Screenshots of a bounced cheque reversed, in Spanish", "[.screenshots]")
{
    test::PrompterScope prompts;
    test::SpanishDemo office;
    test::TempDb &t = office.t;
    const QDate today = office.today;
    ui::DeskUser::choose(t.db(), QStringLiteral("fibarra"));  // the supervisor

    // A company's latest payment by cheque, one that paid invoices (the
    // statement is let go before the file moves into the window).
    domain::Id debtor = 0;
    {
        store::SqlQuery q(t.db(), QStringLiteral(
            "SELECT p.debtor_id FROM payments p JOIN debtors d ON d.id = p.debtor_id "
            "WHERE p.method = 'check' AND d.kind = 'company' AND p.paid_on >= :since "
            "AND EXISTS (SELECT 1 FROM allocations a WHERE a.payment_id = p.id) "
            "AND p.id = (SELECT max(x.id) FROM payments x WHERE x.debtor_id = p.debtor_id) "
            "ORDER BY p.amount DESC LIMIT 1"));
        q.bind(QStringLiteral(":since"), today.addDays(-20)).exec();
        REQUIRE(q.next());
        debtor = q.integer(0);
    }

    ui::MainWindow window(std::move(t.database));
    test::showForPictures(window, office);
    const auto [file, payments] = test::openFileOn<ui::DebtorFilePayments>(window, debtor);
    test::child<QTableView>(payments, "table")->selectRow(0);  // newest first

    QDialog *dialog = file->reversePayment();
    REQUIRE(dialog);
    auto *reason = test::child<QComboBox>(dialog, "reasonCombo");
    reason->setCurrentIndex(0);  // a bounced cheque
    test::child<QPlainTextEdit>(dialog, "noteEdit")->setPlainText(QStringLiteral("El banco lo devolvió por fondos insuficientes."));
    QTest::qWait(250);
    REQUIRE(dialog->grab().save(office.picture(QStringLiteral("payment-reversal.png"))));

    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save)->click();
    REQUIRE(test::waitFor([&] { return !dialog->isVisible(); }));
    QTest::qWait(250);
    REQUIRE(window.grab().save(office.picture(QStringLiteral("payment-reversed.png"))));
}
