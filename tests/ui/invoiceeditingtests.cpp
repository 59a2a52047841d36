// Correcting an invoice typed wrong from the Invoices tab: a supervisor's
// form filled with the invoice, refusing an amount below what was paid, and
// the file and its totals after it; an agent is told who can.

#include "deskwindow.h"
#include "services/paymentservice.h"
#include "store/auditrepository.h"
#include "store/invoicerepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/debtorfileactions.h"
#include "ui/debtorfileinvoices.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace libreta;
using test::saveButton;
using namespace libreta::domain;
using test::child;

namespace {

// F-1 typed as 1,500.00 instead of 15,000.00, 1,000.00 of it paid.
struct Office {
    Office()
    {
        services::PostPaymentRequest payment;
        payment.debtorId = debtor;
        payment.amount = test::pesos(1000);
        payment.paidOn = QDate::currentDate().addDays(-3);
        const domain::FixedClock clock(QDateTime::currentDateTimeUtc());
        services::PaymentService(t.db(), clock).post(payment);
    }

    test::TempDb t;
    test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    Id debtor = test::addDebtor(t.db(), QStringLiteral("D-1"), QStringLiteral("Papelería Muñoz"));
    Id f1 = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate::currentDate().addDays(-40), test::pesos(1500));
};

} // namespace

TEST_CASE("A supervisor corrects an invoice typed wrong from the Invoices tab", "[ui][invoice]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::DebtorFileView *file = desk.window.debtorFiles()->openDebtor(o.debtor);
    REQUIRE(file);
    QAction *edit = desk.window.debtorFiles()->actions()->editInvoice;
    CHECK(edit->isEnabled());  // the only invoice counts as selected
    auto *invoices = file->findChild<ui::DebtorFileInvoices *>();
    REQUIRE(invoices);
    CHECK(child<QToolButton>(invoices, "editButton")->defaultAction() == edit);

    // A double-click on the invoice opens the same form.
    auto *table = child<QTableView>(invoices, "table");
    Q_EMIT table->activated(table->model()->index(0, 0));
    QDialog *dialog = nullptr;
    REQUIRE(test::waitFor([&] {
        dialog = file->findChild<QDialog *>(QStringLiteral("InvoiceDialog"));
        return dialog && dialog->isVisible();
    }));
    CHECK(dialog->windowTitle() == QStringLiteral("Edit invoice F-1"));
    auto *amount = child<QLineEdit>(dialog, "amountEdit");
    CHECK(amount->text() == QStringLiteral("1,500.00"));
    CHECK(child<QLineEdit>(dialog, "numberEdit")->text() == QStringLiteral("F-1"));
    CHECK(child<QLabel>(dialog, "takenOffLabel")->text().contains(QStringLiteral("already took 1,000.00")));

    // Below what was paid: refused beside the amount, nothing stored.
    amount->setText(QStringLiteral("900"));
    saveButton(dialog)->click();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "amountEditError")->text().startsWith(QStringLiteral("Amount: payments and adjustments")));
    CHECK(store::InvoiceRepository(desk.window.database()).byId(o.f1)->amount == test::pesos(1500));

    amount->setText(QStringLiteral("15000"));
    child<QDateEdit>(dialog, "dueDateEdit")->setDate(QDate::currentDate().addDays(-10));
    saveButton(dialog)->click();
    CHECK(test::waitFor([&] { return !dialog->isVisible(); }));
    CHECK(file->file().totals.outstanding == test::pesos(14000));
    CHECK(file->message().contains(QStringLiteral("The invoice was changed. Outstanding now: 14,000.00")));
    const auto stored = store::InvoiceRepository(desk.window.database()).byId(o.f1);
    CHECK(stored->amount == test::pesos(15000));
    CHECK(stored->dueDate == QDate::currentDate().addDays(-10));
    const auto entry = store::AuditRepository(desk.window.database()).latest(1).first();
    CHECK(entry.action == QStringLiteral("invoice.update"));
    CHECK(entry.userId == o.people.sue);

    // Renumbered: the table says the number it came with, which the debtor
    // may still quote (and the import still knows).
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("F-1"));
    Q_EMIT table->activated(table->model()->index(0, 0));
    REQUIRE(test::waitFor([&] {
        dialog = file->findChild<QDialog *>(QStringLiteral("InvoiceDialog"));
        return dialog && dialog->isVisible();
    }));
    CHECK(child<QLabel>(dialog, "takenOffLabel")->text().contains(QStringLiteral("still recognised by the import")));
    child<QLineEdit>(dialog, "numberEdit")->setText(QStringLiteral("F-0001"));
    saveButton(dialog)->click();
    CHECK(test::waitFor([&] { return !dialog->isVisible(); }));
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("F-0001 (formerly F-1)"));
}

TEST_CASE("An agent cannot correct an invoice and is told who can", "[ui][invoice]")
{
    Office o;
    test::DeskWindow desk(o.t, "ana");
    ui::DebtorFileView *file = desk.window.debtorFiles()->openDebtor(o.debtor);
    REQUIRE(file);
    CHECK_FALSE(desk.window.debtorFiles()->actions()->editInvoice->isEnabled());
    QSignalSpy status(file, &ui::DebtorFileView::statusMessage);
    CHECK(file->editInvoice() == nullptr);
    REQUIRE(status.count() == 1);
    CHECK(status.at(0).at(0).toString() == QStringLiteral("Only a supervisor can change an invoice."));
}
