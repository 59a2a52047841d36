// Edit ▸ Office activity: a supervisor reads who recorded what, chooses a
// person, an action and days, opens the debtor an entry is about and
// exports what is shown; an agent reads only their own entries.

#include "debtorfiletesthelpers.h"
#include "deskwindow.h"
#include "domain/clock.h"
#include "services/audittrail.h"
#include "services/callservice.h"
#include "services/noteservice.h"
#include "services/paymentservice.h"
#include "support/argumentcall.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/activitylogdialog.h"
#include "ui/activitylogmodel.h"
#include "ui/activitytexts.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace libreta;
using namespace libreta::domain;
using test::child;

Q_DECLARE_METATYPE(libreta::services::ExportRequest)

namespace {

struct Office {
    test::TempDb t;
    test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    Id debtor = test::addDebtor(t.db(), QStringLiteral("D-1"), QStringLiteral("Abarrotes Núñez"));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    Office()
    {
        // Oldest first: Libreta closed yesterday, Ana called, Beto took a
        // payment, Susana changed the rules.
        record(-24 * 60, std::nullopt, QStringLiteral("day.rollover"),
               QStringLiteral("date=%1 broken=2 partial=0 kept=1").arg(now.date().addDays(-1).toString(Qt::ISODate)),
               QStringLiteral("promise"), 0);
        record(-30, people.ana, QStringLiteral("call.commit"),
               QStringLiteral("debtor=%1 outcome=promise promises=1 followups=2").arg(debtor), QStringLiteral("call"), 7);
        test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate::currentDate().addDays(-40), test::pesos(900));
        const FixedClock clock(now.addSecs(-20 * 60));
        services::PostPaymentRequest r;
        r.debtorId = debtor;
        r.amount = test::pesos(250, 50);
        r.paidOn = clock.today();  // twenty minutes ago: yesterday just after midnight
        r.userId = people.beto;
        services::PaymentService(t.db(), clock).post(r);
        record(-10, people.sue, QStringLiteral("office_rules.changed"),
               QStringLiteral("grace=2 window=07:00-22:00 attempts=7 discount=10 unassigned=1 reminders=09:00 rest=3"),
               QStringLiteral("office"), 0);
    }
    void record(int minutes, std::optional<Id> user, const QString &action, const QString &details,
                const QString &entity, Id entityId)
    {
        const FixedClock clock(now.addSecs(minutes * 60));
        services::AuditTrail(t.db(), clock).record(user, action, entity, entityId, details);
    }
};

QString cell(ui::ActivityLogModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

TEST_CASE("A supervisor reads the office's activity, chooses whose and what, opens the file and exports",
          "[ui][activity]")
{
    Office o;
    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    auto *menuAction = window.findChild<QAction *>(QStringLiteral("actionActivityLog"));
    REQUIRE(menuAction);
    menuAction->trigger();
    auto *dialog = window.findChild<ui::ActivityLogDialog *>();
    REQUIRE(dialog);
    ui::ActivityLogModel *model = dialog->model();

    REQUIRE(model->rowCount() == 4);
    CHECK(!child<QLabel>(dialog, "emptyLabel")->isVisible());
    using M = ui::ActivityLogModel;
    CHECK(cell(model, 0, M::Action) == QStringLiteral("Office rules changed"));
    CHECK(cell(model, 0, M::Person) == QStringLiteral("Susana Paz"));
    CHECK(cell(model, 0, M::Details).startsWith(QStringLiteral("grace 2 days · calls 07:00–22:00 · 7 attempts")));
    CHECK(cell(model, 1, M::Action) == QStringLiteral("Payment posted"));
    CHECK(cell(model, 1, M::Debtor) == QStringLiteral("Abarrotes Núñez"));
    CHECK(cell(model, 1, M::Amount).contains(QStringLiteral("250.50")));
    CHECK(cell(model, 1, M::Details) == QStringLiteral("Bank transfer (SPEI) · to 1 invoice(s)"));
    CHECK(cell(model, 2, M::Details) == QStringLiteral("Promise to pay · 1 promise(s) · 2 follow-up(s)"));
    CHECK(cell(model, 3, M::Person) == QStringLiteral("Libreta"));
    CHECK(cell(model, 3, M::Action) == QStringLiteral("Day closed"));

    auto *openFile = child<QPushButton>(dialog, "openFileButton");
    auto *exportButton = child<QPushButton>(dialog, "exportButton");
    dialog->selectRow(0);  // the rules are about no debtor
    CHECK(!openFile->isEnabled());
    dialog->selectRow(2);
    REQUIRE(openFile->isEnabled());
    openFile->click();
    REQUIRE(window.debtorFiles()->currentFile());
    CHECK(window.debtorFiles()->currentFile()->debtorId() == o.debtor);

    // One person's entries, then one action's.
    auto *person = child<QComboBox>(dialog, "personCombo");
    CHECK(person->isEnabled());
    dialog->choosePerson(o.people.beto);
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, M::Action) == QStringLiteral("Payment posted"));
    dialog->choosePerson(std::nullopt);
    dialog->chooseAction(QStringLiteral("call.commit"));
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, M::Person) == QStringLiteral("Ana Ruiz"));

    // The export writes what is shown (the main window then asks where).
    const services::ExportRequest request = dialog->exportRequest();
    CHECK(request.kind == services::ExportKind::Activity);
    CHECK(request.action == QStringLiteral("call.commit"));
    CHECK(!request.agentId);
    CHECK(request.to == QDate::currentDate());

    // Days with nothing in them: nothing to open or export.
    dialog->chooseAction(QString());
    dialog->setPeriod(QDate::currentDate().addDays(-30), QDate::currentDate().addDays(-20));
    CHECK(model->rowCount() == 0);
    CHECK(child<QLabel>(dialog, "emptyLabel")->isVisible());
    CHECK(!exportButton->isEnabled());
    CHECK(!openFile->isEnabled());
}

TEST_CASE("Debtor ▸ Activity opens what was recorded about the file in view", "[ui][activity]")
{
    Office o;
    const Id other = test::addDebtor(o.t.db(), QStringLiteral("D-2"), QStringLiteral("Papelería Ruiz"));
    o.record(-5, o.people.beto, QStringLiteral("note.add"), QStringLiteral("debtor=%1").arg(other),
             QStringLiteral("note"), 3);
    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    window.debtorFiles()->openDebtor(o.debtor);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionDebtorActivity"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<ui::ActivityLogDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle() == QStringLiteral("Activity: Abarrotes Núñez"));
    CHECK(child<QTableView>(dialog, "table")->isColumnHidden(ui::ActivityLogModel::Debtor));
    ui::ActivityLogModel *model = dialog->model();
    // Ana's call and Beto's payment; not the rules, the day's close or the other debtor's note.
    REQUIRE(model->rowCount() == 2);
    CHECK(cell(model, 0, ui::ActivityLogModel::Action) == QStringLiteral("Payment posted"));
    CHECK(cell(model, 1, ui::ActivityLogModel::Action) == QStringLiteral("Call saved"));
    CHECK(dialog->exportRequest().debtorId == o.debtor);
    CHECK(child<QLabel>(dialog, "introLabel")->text().startsWith(QStringLiteral("What everyone recorded about Abarrotes Núñez")));
}

TEST_CASE("The day's close and a discount taken off are Libreta's, and an entry nobody was named for says so",
          "[ui][activity]")
{
    Office o;
    o.record(-2, std::nullopt, QStringLiteral("balance.discount"),
             QStringLiteral("debtor=%1 kind=discount call=7 invoices=1").arg(o.debtor), QStringLiteral("adjustment"), 1);
    o.record(-1, std::nullopt, QStringLiteral("note.add"), QStringLiteral("debtor=%1").arg(o.debtor),
             QStringLiteral("note"), 5);
    const FixedClock clock(o.now);
    ui::ActivityLogDialog dialog(o.t.db(), clock, o.people.sue);
    ui::ActivityLogModel *model = dialog.model();
    REQUIRE(model->rowCount() == 6);
    CHECK(cell(model, 0, ui::ActivityLogModel::Person) == QStringLiteral("—"));
    CHECK(model->index(0, ui::ActivityLogModel::Person).data(Qt::ToolTipRole).toString().startsWith(
        QStringLiteral("Nobody was named at the desk")));
    CHECK(cell(model, 1, ui::ActivityLogModel::Person) == QStringLiteral("Libreta"));
    CHECK(model->index(1, ui::ActivityLogModel::Person).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("agreement")));
    CHECK(cell(model, 5, ui::ActivityLogModel::Person) == QStringLiteral("Libreta"));
}

TEST_CASE("Export asks for the entries shown", "[ui][activity]")
{
    qRegisterMetaType<services::ExportRequest>();
    Office o;
    const FixedClock clock(o.now);
    ui::ActivityLogDialog dialog(o.t.db(), clock, o.people.sue);
    dialog.choosePerson(o.people.beto);
    QSignalSpy exported(&dialog, &ui::ActivityLogDialog::exportRequested);
    child<QPushButton>(&dialog, "exportButton")->click();
    REQUIRE(exported.size() == 1);
    const auto request = exported.at(0).at(0).value<services::ExportRequest>();
    CHECK(request.agentId == o.people.beto);
    CHECK(request.from == o.now.date().addDays(-7));
}

TEST_CASE("An agent reads only what they recorded", "[ui][activity]")
{
    Office o;
    test::DeskWindow desk(o.t, "ana");
    ui::MainWindow &window = desk.window;
    ui::ActivityLogDialog *dialog = window.showActivityLog();
    REQUIRE(dialog->model()->rowCount() == 1);
    CHECK(cell(dialog->model(), 0, ui::ActivityLogModel::Person) == QStringLiteral("Ana Ruiz"));
    auto *person = child<QComboBox>(dialog, "personCombo");
    CHECK(!person->isEnabled());
    CHECK(person->count() == 1);
    CHECK(child<QLabel>(dialog, "introLabel")->text().startsWith(QStringLiteral("What you recorded")));
    // Her export is held to her own entries too.
    CHECK(dialog->exportRequest().agentId == o.people.ana);
}

TEST_CASE("The activity's details read as words, and an entry this version does not know reads as stored",
          "[ui][activity]")
{
    const ui::ActivityTexts texts({{3, QStringLiteral("Beto Paz")}, {5, QStringLiteral("Ana Ruiz")}});
    const auto details = [&texts](const char *action, const char *stored) {
        store::AuditEntry e;
        e.action = QString::fromLatin1(action);
        e.details = QString::fromUtf8(stored);
        return texts.details(e);
    };
    // A reason is what a supervisor typed, spaces and all.
    CHECK(details("contact.override", "blocks=outside_window,too_many_attempts reason=pidió que llamáramos hoy") ==
          QStringLiteral("outside the calling hours, over the attempts · reason: pidió que llamáramos hoy"));
    CHECK(details("debtor.update", "name status=legal agent=3") ==
          QStringLiteral("name · status: In legal action · agent: Beto Paz"));
    CHECK(details("followup.reassign", "debtor=1 from=5 to=none") == QStringLiteral("from Ana Ruiz to nobody"));
    CHECK(details("portfolio.assign", "debtors=1200 agents=3,5 followups=40 only_unassigned=1") ==
          QStringLiteral("1,200 debtor(s) to Beto Paz, Ana Ruiz · 40 follow-up(s) moved with them · only those "
                         "with no agent"));
    CHECK(details("document.batch", "kind=statement written=1200 skipped=3 stopped=0 selected=0") ==
          QStringLiteral("1,200 account statement(s) · 3 debtor(s) left out"));
    CHECK(details("document.batch", "kind=confirmation written=2 skipped=0 stopped=1 selected=1") ==
          QStringLiteral("2 confirmation letter(s) · picked in the portfolio · stopped before the end"));
    CHECK(details("discount.refuse", "debtor=1 percent=25 limit=10") == QStringLiteral("25% against a limit of 10%"));
    CHECK(details("call.review", "scores=4,5,-,3,4") ==
          QStringLiteral("scores Presentation 4 · Active listening 5 · Negotiation — · Pre-close 3 · Close 4"));
    CHECK(details("note.add", "debtor=1").isEmpty());
    CHECK(details("user.change", "role=supervisor active=1 pin=set") == QStringLiteral("Supervisor · PIN set"));
    CHECK(details("user.pin_wait", "user=5 tries=3 wait=60") ==
          QStringLiteral("Ana Ruiz's PIN, 3 time(s) in a row; the next try waited 60 seconds"));
    CHECK(details("user.change", "role=agent active=0 pin=removed") ==
          QStringLiteral("Agent · no longer works in the office · PIN removed"));
    CHECK(details("debtor.update", "segment tax_id") == QStringLiteral("segment · tax id"));
    CHECK(details("debtor.update", "") == QStringLiteral("other details"));
    CHECK(details("robot.dance", "steps=3") == QStringLiteral("steps=3"));
    CHECK(ui::ActivityTexts::action(QStringLiteral("robot.dance")) == QStringLiteral("robot.dance"));
    CHECK(ui::ActivityTexts::action(QStringLiteral("payment.post")) == QStringLiteral("Payment posted"));
    CHECK(ui::ActivityTexts::action(QStringLiteral("payment.reverse")) == QStringLiteral("Payment reversed"));
    CHECK(details("payment.reverse", "debtor=1 cause=bounced allocations=2 promises_changed=1") ==
          QStringLiteral("Returned by the bank · 2 invoice(s) owed again · 1 promise(s) updated"));
    CHECK(details("payment.reverse", "debtor=1 cause=error allocations=0 promises_changed=0") ==
          QStringLiteral("Recorded by mistake"));
    CHECK(details("payment.reverse", "debtor=1 cause=bounced allocations=1 promises_changed=1 discounts_withdrawn=1") ==
          QStringLiteral("Returned by the bank · 1 invoice(s) owed again · 1 promise(s) updated · the discount of the "
                         "agreement it completed withdrawn"));
    CHECK(ui::ActivityTexts::action(QStringLiteral("balance.adjust")) == QStringLiteral("Balance adjusted"));
    CHECK(details("balance.adjust",
                  "debtor=1 kind=write_off invoices=2 promises_cancelled=1 status=closed followups_cancelled=3") ==
          QStringLiteral("Write-off · off 2 invoice(s) · 1 promise(s) cancelled · the debtor's status set to Closed · "
                         "3 follow-up(s) cancelled"));
    CHECK(details("balance.discount", "debtor=1 kind=discount call=7 invoices=1") ==
          QStringLiteral("Discount agreed · off 1 invoice(s)"));
    CHECK(ui::ActivityTexts::action(QStringLiteral("balance.discount_withdraw")) == QStringLiteral("Discount withdrawn"));
    CHECK(details("balance.discount_withdraw", "debtor=1 kind=discount call=7 invoices=2") ==
          QStringLiteral("Discount agreed · 2 invoice(s) owed again"));
    CHECK(ui::ActivityTexts::action(QStringLiteral("invoice.update")) == QStringLiteral("Invoice changed"));
    CHECK(details("invoice.update", "debtor=1 number due_date amount=150000:1500000 credit_applied=2000 status=active") ==
          QStringLiteral("number · due date · amount from 1,500.00 to 15,000.00 · 20.00 paid from the debtor's "
                         "credit on account · the debtor is active again"));
    CHECK(details("invoice.update", "debtor=1 amount=90000:40000 promises_cancelled=1") ==
          QStringLiteral("amount from 900.00 to 400.00 · 1 promise(s) cancelled"));
    CHECK(details("invoice.update", "debtor=1 number=F%2012:F-0012") == QStringLiteral("number from F 12 to F-0012"));
    CHECK(details("invoice.add", "debtor=1").isEmpty());
    CHECK(details("invoice.add", "debtor=1 credit_applied=500") ==
          QStringLiteral("5.00 paid from the debtor's credit on account"));
}

TEST_CASE("The activity shows what was written: a note's words, and a call's reason and notes", "[ui][activity]")
{
    Office o;
    const FixedClock clock(o.now.addSecs(-5 * 60));
    services::NoteService(o.t.db(), clock)
        .add(o.debtor, QStringLiteral("Supervisión: revisar con Daniela el tono de la llamada"), o.people.sue);
    services::CallDraft d = test::argumentCall(o.debtor, o.now.addSecs(-3 * 60));
    d.call.notes.listening = QStringLiteral("Molesto, pide el estado de cuenta");
    d.call.notes.close = QStringLiteral("Se envía hoy por correo");
    services::CallService(o.t.db(), FixedClock(o.now.addSecs(-3 * 60))).commit(d);

    test::DeskWindow desk(o.t, "sue");
    ui::ActivityLogDialog *dialog = desk.window.showActivityLog();
    REQUIRE(dialog);
    ui::ActivityLogModel *model = dialog->model();
    REQUIRE(model->rowCount() >= 2);
    // Newest first: the call, then the note.
    const QString call = cell(model, 0, ui::ActivityLogModel::Details);
    INFO(call.toStdString());
    CHECK(call.contains(QStringLiteral("“Pagó el 2 de marzo en ventanilla · Molesto, pide el estado de cuenta · Se envía "
                                       "hoy por correo”")));
    CHECK(cell(model, 1, ui::ActivityLogModel::Details) ==
          QStringLiteral("“Supervisión: revisar con Daniela el tono de la llamada”"));
    // Ana's call of the set-up wrote nothing: its details alone.
    for (int row = 0; row < model->rowCount(); ++row)
        if (cell(model, row, ui::ActivityLogModel::Action) == QStringLiteral("Call saved") && row > 0)
            CHECK_FALSE(cell(model, row, ui::ActivityLogModel::Details).contains(QStringLiteral("“")));
}
