// The payment form of a debtor who said the account was already paid: the
// statement sent to prove it is closed with the payment, unless unticked.

#include "debtorfiletesthelpers.h"
#include "services/callservice.h"
#include "store/followuprepository.h"
#include "store/paymentrepository.h"
#include "support/argumentcall.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/debtorfileview.h"
#include "ui/debtorfiletabs.h"
#include "ui/mainwindow.h"
#include "ui/paymentdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>

using namespace libreta;
using namespace libreta::domain;

namespace {

// A debtor who said on the phone an hour ago that it was paid, in a desk
// window; the call left the statement to send.
struct ClaimDesk {
    test::PrompterScope prompts;
    test::TempDb t;
    Id debtorId = 0;
    Id statementId = 0;
    std::unique_ptr<ui::MainWindow> window;

    ClaimDesk()
    {
        debtorId = test::addDebtor(t.db(), QStringLiteral("R-1"));
        test::addInvoice(t.db(), debtorId, QStringLiteral("F-1"), QDate::currentDate().addDays(-60), test::pesos(1000));
        const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const FixedClock then(anHourAgo);
        services::CallService(t.db(), then).commit(test::argumentCall(debtorId, anHourAgo));
        const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtorId);
        REQUIRE(open.size() == 1);
        REQUIRE(open.first().kind == FollowUpKind::SendStatement);
        statementId = open.first().id;
        window = std::make_unique<ui::MainWindow>(std::move(t.database));
        window->show();
    }

    ui::PaymentDialog *recordPayment()
    {
        ui::DebtorFileView *file = window->debtorFiles()->openDebtor(debtorId);
        REQUIRE(file);
        return file->recordPayment(QStringLiteral("400"));
    }

    FollowUpStatus statementStatus() { return store::FollowUpRepository(window->database()).byId(statementId)->status; }
};

} // namespace

TEST_CASE("Recording the payment a debtor claimed closes the statement sent to prove it", "[ui][payment]")
{
    ClaimDesk desk;
    ui::PaymentDialog *dialog = desk.recordPayment();
    REQUIRE(dialog);
    auto *claim = test::child<QCheckBox>(dialog, "claimCheck");
    CHECK(claim->isVisibleTo(dialog));
    CHECK(claim->isChecked());
    const QString hint = test::child<QLabel>(dialog, "claimHint")->text();
    INFO(hint.toStdString());
    CHECK(hint.contains(QStringLiteral("the debtor said the account was already paid")));
    test::saveButton(dialog)->click();
    CHECK(test::waitFor([&] { return !dialog->isVisible(); }));
    CHECK(store::PaymentRepository(desk.window->database()).forDebtor(desk.debtorId).size() == 1);
    CHECK(desk.statementStatus() == FollowUpStatus::Done);
    CHECK(store::FollowUpRepository(desk.window->database()).byId(desk.statementId)->result.startsWith(
        QStringLiteral("The payment appeared")));
    // The file's banner says the task went with the payment.
    const QString banner = desk.window->debtorFiles()->currentFile()->message();
    INFO(banner.toStdString());
    CHECK(banner.contains(QStringLiteral("it is no longer in the agenda")));
}

TEST_CASE("A payment that is not the one claimed leaves the statement to send, once unticked", "[ui][payment]")
{
    ClaimDesk desk;
    ui::PaymentDialog *dialog = desk.recordPayment();
    REQUIRE(dialog);
    test::child<QCheckBox>(dialog, "claimCheck")->setChecked(false);
    test::saveButton(dialog)->click();
    CHECK(test::waitFor([&] { return !dialog->isVisible(); }));
    CHECK(store::PaymentRepository(desk.window->database()).forDebtor(desk.debtorId).size() == 1);
    CHECK(desk.statementStatus() == FollowUpStatus::Open);
}

TEST_CASE("A debtor with no claimed payment is not asked about one", "[ui][payment]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate::currentDate().addDays(-60), test::pesos(1000));
    ui::MainWindow window(std::move(t.database));
    window.show();
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(debtor);
    REQUIRE(file);
    ui::PaymentDialog *dialog = file->recordPayment(QStringLiteral("400"));
    REQUIRE(dialog);
    CHECK_FALSE(test::child<QCheckBox>(dialog, "claimCheck")->isVisibleTo(dialog));
    CHECK_FALSE(test::child<QLabel>(dialog, "claimHint")->isVisibleTo(dialog));
    dialog->close();
}
