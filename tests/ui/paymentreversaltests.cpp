// Reversing a payment from the debtor file: a supervisor takes back a
// bounced cheque, the file shows it greyed with why and what is owed again;
// an agent is told to ask a supervisor.

#include "debtorfiletesthelpers.h"
#include "deskwindow.h"
#include "services/paymentservice.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/debtorfileactions.h"
#include "ui/debtorfilepayments.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfiletimeline.h"
#include "ui/debtorfileview.h"
#include "ui/debtorpaymentsmodel.h"
#include "ui/debtortimelinemodel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace libreta;
using test::saveButton;
using namespace libreta::domain;
using test::child;

namespace {

// A debtor who paid an invoice of 1,000.00 by cheque yesterday, keeping the
// promise made for it.
struct Office {
    test::TempDb t;
    test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    Id debtor = test::addDebtor(t.db(), QStringLiteral("D-1"), QStringLiteral("Ferretería Ibáñez"));
    Id payment = 0;
    Office()
    {
        test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate::currentDate().addDays(-40), test::pesos(1000));
        Promise p;
        p.debtorId = debtor;
        p.amount = test::pesos(1000);
        p.dueDate = QDate::currentDate().addDays(5);
        p.madeOn = QDate::currentDate().addDays(-3);
        store::PromiseRepository(t.db()).add(p);
        services::PostPaymentRequest r;
        r.debtorId = debtor;
        r.amount = test::pesos(1000);
        r.paidOn = QDate::currentDate().addDays(-1);
        r.method = PaymentMethod::Check;
        r.reference = QStringLiteral("Cheque 0042");
        SystemClock clock;
        payment = services::PaymentService(t.db(), clock).post(r).paymentId;
    }
};

QTableView *paymentsTable(ui::DebtorFileView *file)
{
    auto *payments = file->findChild<ui::DebtorFilePayments *>();
    REQUIRE(payments);
    return child<QTableView>(payments, "table");
}

bool timelineHas(ui::DebtorFileView *file, const QString &text)
{
    const auto *model = file->timeline()->model();

    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ui::DebtorTimelineModel::What).data().toString().contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("A supervisor reverses a bounced cheque: owed again, greyed in the file with why", "[ui][reversal]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::DebtorFileView *file = desk.window.debtorFiles()->openDebtor(o.debtor);
    REQUIRE(file);
    QAction *reverse = desk.window.debtorFiles()->actions()->reversePayment;
    CHECK_FALSE(reverse->isEnabled());  // no payment chosen yet
    QTableView *table = paymentsTable(file);
    table->selectRow(0);
    CHECK(reverse->isEnabled());

    QDialog *dialog = file->reversePayment();
    REQUIRE(dialog);
    CHECK(child<QLabel>(dialog, "paymentLabel")->text().contains(QStringLiteral("reference Cheque 0042")));
    const QString effect = child<QLabel>(dialog, "effectLabel")->text();
    CHECK(effect.startsWith(QStringLiteral("What it paid is owed again: F-1 (")));
    CHECK(effect.contains(QStringLiteral("1 promise(s) it paid towards")));
    CHECK(saveButton(dialog)->text() == QStringLiteral("&Reverse payment"));

    // No reason: refused beside the reason, nothing stored.
    saveButton(dialog)->click();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "reasonComboError")->text().startsWith(QStringLiteral("Reason")));
    CHECK(store::TotalsRepository(desk.window.database()).forDebtor(o.debtor)->outstanding == Money());

    auto *reason = child<QComboBox>(dialog, "reasonCombo");
    reason->setCurrentIndex(reason->findData(int(ReversalReason::Bounced)));
    child<QPlainTextEdit>(dialog, "noteEdit")->setPlainText(QStringLiteral("Fondos insuficientes"));
    saveButton(dialog)->click();
    CHECK(test::waitFor([&] { return !dialog->isVisible(); }));

    CHECK(file->file().totals.outstanding == test::pesos(1000));
    const auto *model = file->findChild<ui::DebtorPaymentsModel *>();
    REQUIRE(model);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, ui::DebtorPaymentsModel::AppliedTo).data().toString() ==
          QStringLiteral("Reversed on %1 by Susana Paz: Returned by the bank (Fondos insuficientes)")
              .arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    CHECK(model->index(0, ui::DebtorPaymentsModel::Amount).data(Qt::FontRole).value<QFont>().strikeOut());
    CHECK_FALSE(reverse->isEnabled());  // the row still chosen is reversed now
    CHECK(timelineHas(file, QStringLiteral("reversed: Returned by the bank")));
    CHECK(timelineHas(file, QStringLiteral("(reversed on")));
    // The promise it kept waits again for its date.
    CHECK(file->file().promises.first().status == PromiseStatus::Pending);
}

TEST_CASE("An agent cannot reverse a payment and is told who can", "[ui][reversal]")
{
    Office o;
    test::DeskWindow desk(o.t, "ana");
    ui::DebtorFileView *file = desk.window.debtorFiles()->openDebtor(o.debtor);
    REQUIRE(file);
    paymentsTable(file)->selectRow(0);
    CHECK_FALSE(desk.window.debtorFiles()->actions()->reversePayment->isEnabled());
    QSignalSpy status(file, &ui::DebtorFileView::statusMessage);
    CHECK(file->reversePayment() == nullptr);
    REQUIRE(status.count() == 1);
    CHECK(status.at(0).at(0).toString() == QStringLiteral("Only a supervisor can reverse a payment."));
    CHECK(store::TotalsRepository(desk.window.database()).forDebtor(o.debtor)->outstanding == Money());
}
