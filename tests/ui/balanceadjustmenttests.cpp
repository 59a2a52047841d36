// Adjusting a balance from the debtor file: a supervisor corrects a wrong
// invoice from the Invoices tab, the form says what it will do, the file
// shows what was taken off; an agent is told to ask a supervisor.

#include "debtorfiletesthelpers.h"
#include "deskwindow.h"
#include "services/paymentservice.h"
#include "store/adjustmentrepository.h"
#include "store/noterepository.h"
#include "ui/debtorfilenoteeditor.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/debtorfileactions.h"
#include "ui/debtorfileinvoices.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfiletimeline.h"
#include "ui/debtorfileview.h"
#include "ui/debtorinvoicesmodel.h"
#include "ui/debtortimelinemodel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace libreta;
using test::saveButton;
using namespace libreta::domain;
using test::child;

namespace {

// Two invoices, 600.00 and 400.00, and a promise of 300.00 still pending.
struct Office {
    test::TempDb t;
    test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    Id debtor = test::addDebtor(t.db(), QStringLiteral("D-1"), QStringLiteral("Ferretería Ibáñez"));
    Id f1 = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate::currentDate().addDays(-60), test::pesos(600));
    Id f2 = test::addInvoice(t.db(), debtor, QStringLiteral("F-2"), QDate::currentDate().addDays(-30), test::pesos(400));
    Id promise = test::addPromise(t.db(), debtor, test::pesos(300), QDate::currentDate().addDays(5),
                                  QDate::currentDate().addDays(-2));
};

ui::DebtorFileInvoices *invoicesPage(ui::DebtorFileView *file)
{
    auto *invoices = file->findChild<ui::DebtorFileInvoices *>();
    REQUIRE(invoices);
    return invoices;
}

bool timelineHas(ui::DebtorFileView *file, const QString &text)
{
    const auto *model = file->timeline()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ui::DebtorTimelineModel::What).data().toString().contains(text))
            return true;
    return false;
}

void choose(QComboBox *combo, int data)
{
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace

TEST_CASE("A supervisor corrects a wrong invoice from the Invoices tab: the form forecasts it, the file shows it",
          "[ui][adjustment]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::DebtorFileView *file = desk.window.debtorFiles()->openDebtor(o.debtor);
    REQUIRE(file);
    QAction *adjust = desk.window.debtorFiles()->actions()->adjustBalance;
    CHECK(adjust->isEnabled());
    auto *invoices = invoicesPage(file);
    child<QTableView>(invoices, "table")->selectRow(1);  // F-2, the newer

    QDialog *dialog = file->adjustBalance();
    REQUIRE(dialog);
    auto *invoice = child<QComboBox>(dialog, "invoiceCombo");
    CHECK(invoice->currentData().toLongLong() == o.f2);  // the invoice chosen in the tab
    CHECK(saveButton(dialog)->text() == QStringLiteral("Ad&just balance"));

    // Nothing chosen: refused beside the kind, nothing stored.
    child<QLineEdit>(dialog, "amountEdit")->setText(QStringLiteral("150"));
    saveButton(dialog)->click();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "kindComboError")->text().startsWith(QStringLiteral("Kind")));
    CHECK(store::TotalsRepository(desk.window.database()).forDebtor(o.debtor)->outstanding == test::pesos(1000));

    // More than the invoice owes: the forecast says so before saving.
    child<QLineEdit>(dialog, "amountEdit")->setText(QStringLiteral("401"));
    CHECK(child<QLabel>(dialog, "effectLabel")->text() == QStringLiteral("That is more than is owed there."));
    // "All that is owed" fills what the chosen invoice still owes.
    child<QPushButton>(dialog, "allOwedButton")->click();
    CHECK(child<QLabel>(dialog, "effectLabel")->text().startsWith(QStringLiteral("Taken off: F-2 (")));
    child<QLineEdit>(dialog, "amountEdit")->setText(QStringLiteral("150"));
    const QString effect = child<QLabel>(dialog, "effectLabel")->text();
    CHECK(effect.contains(QStringLiteral("Owed after: ")));
    CHECK_FALSE(effect.contains(QStringLiteral("promise")));

    choose(child<QComboBox>(dialog, "kindCombo"), int(AdjustmentKind::Correction));
    child<QPlainTextEdit>(dialog, "noteEdit")->setPlainText(QStringLiteral("Cobraba un flete que no se entregó."));
    saveButton(dialog)->click();
    CHECK(test::waitFor([&] { return !dialog->isVisible(); }));

    CHECK(file->file().totals.outstanding == test::pesos(850));
    const auto *model = invoices->model();
    CHECK(model->index(1, ui::DebtorInvoicesModel::Outstanding).data().toString().contains(QStringLiteral("adjusted")));
    CHECK(timelineHas(file, QStringLiteral("taken off the balance · Correction")));
    CHECK(store::PromiseRepository(desk.window.database()).byId(o.promise)->status == PromiseStatus::Pending);

    // Writing off the rest closes the file and cancels the promise.
    dialog = file->adjustBalance();
    REQUIRE(dialog);
    child<QComboBox>(dialog, "invoiceCombo")->setCurrentIndex(0);  // the open invoices, oldest first
    choose(child<QComboBox>(dialog, "kindCombo"), int(AdjustmentKind::WriteOff));
    child<QPushButton>(dialog, "allOwedButton")->click();
    CHECK(child<QLabel>(dialog, "effectLabel")->text().contains(QStringLiteral("sets the debtor's status to Closed")));
    CHECK(child<QLabel>(dialog, "effectLabel")->text().contains(QStringLiteral("1 pending promise(s) cancelled")));
    child<QPlainTextEdit>(dialog, "noteEdit")->setPlainText(QStringLiteral("Cerró el negocio."));
    saveButton(dialog)->click();
    CHECK(test::waitFor([&] { return !dialog->isVisible(); }));
    CHECK(file->file().totals.outstanding == Money());
    CHECK(file->file().debtor.status == DebtorStatus::Closed);
    CHECK_FALSE(adjust->isEnabled());  // nothing owed
    CHECK_FALSE(desk.window.debtorFiles()->actions()->paidInFullLetter->isEnabled());  // written off, not paid
}

TEST_CASE("An agent cannot adjust a balance and is told who can", "[ui][adjustment]")
{
    Office o;
    test::DeskWindow desk(o.t, "ana");
    ui::DebtorFileView *file = desk.window.debtorFiles()->openDebtor(o.debtor);
    REQUIRE(file);
    CHECK_FALSE(desk.window.debtorFiles()->actions()->adjustBalance->isEnabled());
    QSignalSpy status(file, &ui::DebtorFileView::statusMessage);
    CHECK(file->adjustBalance() == nullptr);
    REQUIRE(status.count() == 1);
    CHECK(status.at(0).at(0).toString() == QStringLiteral("Only a supervisor can adjust a balance."));
}

TEST_CASE("An open file follows a change of who is working: the supervisor's actions and name", "[ui][adjustment]")
{
    Office o;
    test::DeskWindow desk(o.t, "ana");
    ui::DebtorFileView *file = desk.window.debtorFiles()->openDebtor(o.debtor);
    REQUIRE(file);
    QAction *adjust = desk.window.debtorFiles()->actions()->adjustBalance;
    CHECK_FALSE(adjust->isEnabled());

    const auto workAs = [&](const char *login) {
        QDialog *who = desk.window.askWhoIsWorking();
        auto *combo = child<QComboBox>(who, "userCombo");
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(login)));
        who->accept();
    };
    workAs("sue");
    CHECK(adjust->isEnabled());
    QDialog *dialog = file->adjustBalance();
    REQUIRE(dialog);
    choose(child<QComboBox>(dialog, "kindCombo"), int(AdjustmentKind::Correction));
    child<QLineEdit>(dialog, "amountEdit")->setText(QStringLiteral("50"));
    child<QPlainTextEdit>(dialog, "noteEdit")->setPlainText(QStringLiteral("Flete cobrado dos veces."));
    saveButton(dialog)->click();
    CHECK(test::waitFor([&] { return !dialog->isVisible(); }));
    const auto stored = store::AdjustmentRepository(desk.window.database()).forDebtor(o.debtor);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().createdBy == o.people.sue);  // not the agent the file was opened for

    // The note box writes for the new person too.
    auto *notes = file->timeline()->noteEditor();
    notes->setText(QStringLiteral("Revisé la factura con el cliente."));
    REQUIRE(notes->save());
    CHECK(store::NoteRepository(desk.window.database()).forDebtor(o.debtor).first().authorId == o.people.sue);

    workAs("ana");
    CHECK_FALSE(adjust->isEnabled());
    CHECK(file->adjustBalance() == nullptr);
}

TEST_CASE("The discount Libreta took off reads in the file with the agreement it came from", "[ui][adjustment]")
{
    test::TempDb t;
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("D-1"), QStringLiteral("Ferretería Ibáñez"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate::currentDate().addDays(-60), test::pesos(10000));
    // 8% off 10,000.00, inside the limit, all to be paid at once.
    const QDateTime called = QDateTime::currentDateTimeUtc().addDays(-2);
    test::addDiscountCall(t.db(), debtor, people.ana, called, 8);
    services::PostPaymentRequest r;
    r.debtorId = debtor;
    r.amount = test::pesos(9200);
    r.paidOn = QDate::currentDate();
    SystemClock clock;
    REQUIRE(services::PaymentService(t.db(), clock).post(r).discountsGranted.size() == 1);

    test::DeskWindow desk(t, "ana");
    ui::DebtorFileView *file = desk.window.debtorFiles()->openDebtor(debtor);
    REQUIRE(file);
    CHECK(file->file().totals.outstanding == Money());
    const auto *model = file->timeline()->model();
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ui::DebtorTimelineModel::Kind).data().toString() == QStringLiteral("Adjustment")) {
            found = true;
            CHECK(model->index(row, ui::DebtorTimelineModel::By).data().toString() == QStringLiteral("Libreta"));
            CHECK(model->index(row, ui::DebtorTimelineModel::Details).data().toString().startsWith(
                QStringLiteral("The discount of 8% agreed in the call of %1, paid as agreed.")
                    .arg(QLocale().toString(called.toLocalTime().date(), QLocale::ShortFormat))));
        }
    CHECK(found);
}
