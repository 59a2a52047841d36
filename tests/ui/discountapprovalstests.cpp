// Work ▸ Discounts to approve: a supervisor refuses a discount with its
// reason, the file says so; an agent reads the list and cannot decide; the
// notice band tells the supervisor at the desk from the first paint.

#include "debtorfiletesthelpers.h"
#include "deskwindow.h"
#include "services/officesetupservice.h"
#include "store/calldiscountrepository.h"
#include "store/callrepository.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfiletimeline.h"
#include "ui/debtorfileview.h"
#include "ui/debtortimelinemodel.h"
#include "ui/deskuser.h"
#include "ui/discountapprovalsdialog.h"
#include "ui/mainwindow.h"
#include "ui/noticebar.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::domain;
using test::child;

namespace {

struct Office {
    test::TempDb t;
    test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    Id debtor = test::addDebtor(t.db(), QStringLiteral("D-1"), QStringLiteral("Abarrotes Núñez"));
    Id call = test::addDiscountCall(t.db(), debtor, people.ana, QDateTime::currentDateTimeUtc().addSecs(-3600), 25);
    Office()
    {
        Promise p;  // the 7,500.00 the discount left, as the call promised it
        p.debtorId = debtor;
        p.callId = call;
        p.amount = test::pesos(7500);
        p.dueDate = QDate::currentDate().addDays(3);
        p.madeOn = QDate::currentDate();
        p.method = PaymentMethod::Transfer;
        store::PromiseRepository(t.db()).add(p);
        store::TotalsRepository(t.db()).refresh(debtor);
    }
};

QString callDetails(ui::DebtorFileView *file)
{
    const auto *model = file->timeline()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ui::DebtorTimelineModel::Kind).data().toString() == QStringLiteral("Call"))
            return model->index(row, ui::DebtorTimelineModel::Details).data().toString();
    return {};
}

} // namespace

TEST_CASE("A supervisor refuses a discount with its reason, and the file and the agent's agenda say so",
          "[ui][discounts]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(o.debtor);
    CHECK(callDetails(file).contains(QStringLiteral("waiting for a supervisor")));
    auto *promiseLine = child<QLabel>(file, "promiseLabel");
    CHECK(promiseLine->text().contains(QStringLiteral("its 25% discount waits for a supervisor")));
    // The supervisor at the desk hears of it in the notice band.
    window.remindDiscounts();
    CHECK(window.noticeBar()->text().startsWith(QStringLiteral("1 discount")));
    CHECK(window.noticeBar()->text().contains(QStringLiteral("above the office's limit")));

    ui::DiscountApprovalsDialog *dialog = window.showDiscountApprovals();
    REQUIRE(dialog->maySupervise());
    REQUIRE(dialog->count() == 1);
    auto *table = child<QTableWidget>(dialog, "table");
    CHECK(table->item(0, 1)->text() == QStringLiteral("Abarrotes Núñez (D-1)"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Ana Ruiz"));
    // The limit of the day it was agreed; today's is said above the table.
    CHECK(table->item(0, 5)->text() == QStringLiteral("25% (limit then 10%)"));
    CHECK(child<QLabel>(dialog, "introLabel")->text().contains(QStringLiteral("(today's is 10%)")));
    CHECK(child<QLabel>(dialog, "detailLabel")->text().contains(QStringLiteral("Pago de 7500 pesos")));

    // A refusal without its reason is refused beside the note.
    child<QPushButton>(dialog, "refuseButton")->click();
    CHECK(dialog->errorText().startsWith(QStringLiteral("Note for the agent")));
    CHECK(dialog->count() == 1);

    child<QLineEdit>(dialog, "noteEdit")->setText(QStringLiteral("Hasta 15% en este segmento"));
    child<QPushButton>(dialog, "refuseButton")->click();
    CHECK(dialog->count() == 0);
    CHECK(child<QLabel>(dialog, "introLabel")->text().startsWith(QStringLiteral("No discount is waiting")));
    CHECK(window.noticeBar()->isHidden());  // the band went with the last one
    CHECK_FALSE(child<QPushButton>(dialog, "approveButton")->isEnabled());
    // The open file read again: the decision in the call's line.
    CHECK(callDetails(file).contains(QStringLiteral("not approved by Susana Paz (Hasta 15% en este segmento)")));
    CHECK_FALSE(promiseLine->text().contains(QStringLiteral("discount")));
    bool callback = false;
    for (const FollowUp &f : store::FollowUpRepository(window.database()).openForDebtor(o.debtor))
        callback = callback || (f.kind == FollowUpKind::Callback && f.assignedTo == o.people.ana);
    CHECK(callback);
    dialog->reject();
}

TEST_CASE("The band's button opens the discounts, and the band comes back for those still waiting", "[ui][discounts]")
{
    Office o;
    const Id second = test::addDebtor(o.t.db(), QStringLiteral("D-2"), QStringLiteral("Ferretería Sol"));
    test::addDiscountCall(o.t.db(), second, o.people.ana, QDateTime::currentDateTimeUtc().addSecs(-1800), 30);
    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    window.remindDiscounts();
    REQUIRE(window.noticeBar()->text().startsWith(QStringLiteral("2 discount")));
    QPushButton *decide = nullptr;
    for (QPushButton *b : window.noticeBar()->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Decide them…"))
            decide = b;
    REQUIRE(decide);
    decide->click();  // the band goes, the list opens
    auto *dialog = window.findChild<ui::DiscountApprovalsDialog *>();
    REQUIRE(dialog);
    CHECK(window.noticeBar()->isHidden());
    child<QLineEdit>(dialog, "noteEdit")->setText(QStringLiteral("Hasta 15% en este segmento"));
    child<QPushButton>(dialog, "refuseButton")->click();
    REQUIRE(dialog->count() == 1);
    dialog->reject();
    CHECK_FALSE(window.noticeBar()->isHidden());
    CHECK(window.noticeBar()->text().startsWith(QStringLiteral("1 discount")));
}

TEST_CASE("An agent reads the discounts waiting and cannot decide them", "[ui][discounts]")
{
    Office o;
    test::DeskWindow desk(o.t, "ana");
    ui::MainWindow &window = desk.window;
    ui::DiscountApprovalsDialog *dialog = window.showDiscountApprovals();
    CHECK_FALSE(dialog->maySupervise());
    REQUIRE(dialog->count() == 1);
    window.remindDiscounts();  // not an agent's to decide
    CHECK(window.noticeBar()->isHidden());
    CHECK(child<QLabel>(dialog, "introLabel")->text().contains(QStringLiteral("Only a supervisor")));
    CHECK_FALSE(child<QPushButton>(dialog, "approveButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, "refuseButton")->isEnabled());
    CHECK(child<QPushButton>(dialog, "openFileButton")->isEnabled());
    CHECK_FALSE(dialog->approveSelected());
    CHECK(store::CallDiscountRepository(window.database()).forCall(o.call)->status == store::DiscountStatus::Pending);

    // Open file shows the debtor's file behind the list.
    child<QPushButton>(dialog, "openFileButton")->click();
    REQUIRE(window.debtorFiles()->currentFile());
    CHECK(window.debtorFiles()->currentFile()->debtorId() == o.debtor);
    dialog->reject();
}

TEST_CASE("The discounts waiting are in the band before the first paint, and stay with their file and who decides",
          "[ui][discounts]")
{
    Office o;
    test::PrompterScope prompts;
    test::DeskLogin login("sue");
    ui::MainWindow window(std::move(o.t.database));
    // Neither shown nor its desk's watchers started (they wait for the
    // first paint): a band that came later would push the table down.
    REQUIRE_FALSE(window.noticeBar()->isHidden());
    CHECK(window.noticeBar()->text().startsWith(QStringLiteral("1 discount")));
    window.show();

    test::sitDown(window, "ana");  // not an agent's to decide
    CHECK(window.noticeBar()->isHidden());
    test::sitDown(window, "sue");
    CHECK(window.noticeBar()->text().startsWith(QStringLiteral("1 discount")));

    // Another file: the band and its button were about this one.
    QTemporaryDir dir;
    REQUIRE(window.startNewOffice(dir.filePath(QStringLiteral("norte.sqlite")),
                                  {QStringLiteral("Cobranza Norte"), QStringLiteral("MXN"), QStringLiteral("Ana"), QString()}));
    CHECK(window.noticeBar()->isHidden());
    ui::DeskUser::forgetSessionChoices();  // the process's, not the file's: the next tests start clean
}

TEST_CASE("Opening the discounts to approve from the Panel's menu keeps the Panel on screen", "[ui][discounts]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    window.showSection(ui::MainWindow::DashboardSection);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuWork"));
    REQUIRE(menu);
    auto *approvals = window.findChild<QAction *>(QStringLiteral("actionDiscountApprovals"));
    REQUIRE(approvals);
    // As a click in the menu does it: the menu says which of its actions ran.
    Q_EMIT menu->triggered(approvals);
    approvals->trigger();
    CHECK(window.currentSection() == ui::MainWindow::DashboardSection);
    auto *dialog = window.findChild<ui::DiscountApprovalsDialog *>();
    REQUIRE(dialog);
    dialog->close();
    CHECK(window.currentSection() == ui::MainWindow::DashboardSection);
}
