#include "debtorfiletesthelpers.h"
#include "store/callrepository.h"
#include "store/database.h"
#include "store/followuprepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/callcorrectiondialog.h"
#include "ui/debtorfileactions.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfiletimeline.h"
#include "ui/debtorfileview.h"
#include "ui/debtortimelinemodel.h"
#include "ui/itemroles.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace libreta;
using namespace libreta::domain;
using test::child;
using ui::DebtorTimelineModel;

namespace {

int callRow(ui::DebtorFileView *file, Id callId)
{
    const auto *model = file->timeline()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, DebtorTimelineModel::What);
        if (index.data(ui::KindRole).toInt() == int(DebtorTimelineModel::EntryKind::Call) &&
            index.data(ui::IdRole).toLongLong() == callId)
            return row;
    }
    return -1;
}

void selectCall(ui::DebtorFileView *file, Id callId) { REQUIRE(file->timeline()->selectCall(callId)); }

ui::CallCorrectionDialog *openCorrection(ui::MainWindow &window, ui::DebtorFileView *file)
{
    QAction *action = window.debtorFiles()->actions()->correctCall;
    REQUIRE(action->isEnabled());
    // The history's button offers the call's correction while a call is selected.
    CHECK(child<QToolButton>(file->timeline(), "correctButton")->defaultAction() == action);
    action->trigger();
    ui::CallCorrectionDialog *dialog = nullptr;
    const bool shown = test::waitFor([&] {
        for (auto *d : file->findChildren<ui::CallCorrectionDialog *>())
            if (d->isVisible())
                dialog = d;
        return dialog != nullptr;
    });
    REQUIRE(shown);
    return dialog;
}

void save(QDialog *dialog)
{
    child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
}

} // namespace

TEST_CASE("A call is corrected from its history: the correction sits above it and the call stays, greyed",
          "[ui][debtorfile][callcorrection]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    const Id latest = store::CallRepository(t.db()).forDebtor(seeded.debtorId).first().id;
    ui::MainWindow window(std::move(t.database));
    window.show();
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(seeded.debtorId);
    selectCall(file, latest);
    ui::CallCorrectionDialog *dialog = openCorrection(window, file);

    // It opens on what the call says.
    auto *listening = child<QPlainTextEdit>(dialog, "listeningEdit");
    auto *excuse = child<QComboBox>(dialog, "excuseCombo");
    auto *kind = child<QComboBox>(dialog, "kindCombo");
    CHECK(listening->toPlainText() == QStringLiteral("Dice que no le han pagado"));
    CHECK(excuse->currentData().toString() == QStringLiteral("no_funds"));
    CHECK(kind->currentData().toString() == QStringLiteral("excuse"));
    CHECK(child<QLabel>(dialog, "callLabel")->text().contains(QStringLiteral("Promise")));
    // Unchanged, it is refused in words and stays open.
    save(dialog);
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "generalError")->text().contains(QStringLiteral("Nothing was changed")));

    listening->setPlainText(QStringLiteral("Dice que nunca recibió la factura F-2."));
    excuse->setCurrentIndex(excuse->findData(QStringLiteral("invoice_not_received")));
    CHECK(kind->currentData().toString() == QStringLiteral("argument"));  // as the catalogue has it
    save(dialog);
    REQUIRE(test::waitFor([dialog] { return !dialog->isVisible(); }));

    const auto calls = store::CallRepository(window.database()).forDebtor(seeded.debtorId);
    REQUIRE(calls.size() == 4);
    const Call &correction = calls.first();  // same start, newer row
    CHECK(correction.correctsCallId == latest);
    CHECK(correction.notes.listening == QStringLiteral("Dice que nunca recibió la factura F-2."));
    CHECK(correction.excuseKind == ExcuseKind::Argument);
    bool task = false;
    for (const FollowUp &f : store::FollowUpRepository(window.database()).openForDebtor(seeded.debtorId))
        task = task || (f.kind == FollowUpKind::SendInvoiceCopy && f.callId == correction.id);
    CHECK(task);
    CHECK(file->message().contains(QStringLiteral("correction")));

    // The history: the correction just above the call, which says when it was corrected.
    const int newRow = callRow(file, correction.id);
    const int oldRow = callRow(file, latest);
    REQUIRE(newRow >= 0);
    CHECK(oldRow == newRow + 1);
    const auto *model = file->timeline()->model();
    CHECK(model->index(newRow, DebtorTimelineModel::What).data().toString().startsWith(QStringLiteral("Corrected on")));
    CHECK(model->index(oldRow, DebtorTimelineModel::What).data().toString().contains(QStringLiteral("(corrected on")));
    CHECK(model->index(oldRow, DebtorTimelineModel::What).data(Qt::ForegroundRole).isValid());

    // Choosing the corrected call again corrects its correction, which the form shows.
    selectCall(file, latest);
    ui::CallCorrectionDialog *again = openCorrection(window, file);
    CHECK(child<QPlainTextEdit>(again, "listeningEdit")->toPlainText() ==
          QStringLiteral("Dice que nunca recibió la factura F-2."));
    again->reject();
}

TEST_CASE("A note selected offers the note's correction, and an agent cannot correct another's call",
          "[ui][debtorfile][callcorrection]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const auto seeded = test::addRichDebtor(t.db());
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    Call own;
    own.debtorId = seeded.debtorId;
    own.agentId = people.ana;
    own.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    own.endedAt = own.startedAt.addSecs(20);
    own.answeredBy = AnsweredBy::Nobody;
    own.outcome = CallOutcome::NoAnswer;
    const Id ownId = store::CallRepository(t.db()).add(own);
    const Id othersCall = store::CallRepository(t.db()).forDebtor(seeded.debtorId).at(1).id;
    test::DeskLogin login("ana");
    ui::MainWindow window(std::move(t.database));
    window.show();
    ui::DebtorFileView *file = window.debtorFiles()->openDebtor(seeded.debtorId);
    const ui::DebtorFileActions *actions = window.debtorFiles()->actions();
    auto *button = child<QToolButton>(file->timeline(), "correctButton");

    selectCall(file, othersCall);
    CHECK_FALSE(actions->correctCall->isEnabled());
    CHECK(file->correctCall() == nullptr);

    auto *table = child<QTableView>(file->timeline(), "table");
    const auto *model = file->timeline()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ui::KindRole).toInt() == int(DebtorTimelineModel::EntryKind::Note))
            table->setCurrentIndex(model->index(row, 0));
    CHECK(button->defaultAction() == actions->correctNote);
    CHECK_FALSE(actions->correctCall->isEnabled());

    // Her own call that reached nobody: only the presentation and the next step open.
    selectCall(file, ownId);
    ui::CallCorrectionDialog *dialog = openCorrection(window, file);
    CHECK(child<QPlainTextEdit>(dialog, "presentationEdit")->isEnabled());
    CHECK_FALSE(child<QPlainTextEdit>(dialog, "listeningEdit")->isEnabled());
    CHECK_FALSE(child<QComboBox>(dialog, "excuseCombo")->isEnabled());
    CHECK(child<QLineEdit>(dialog, "nextStepEdit")->isEnabled());
    CHECK(child<QLineEdit>(dialog, "refusalEdit")->isHidden());
    child<QPlainTextEdit>(dialog, "presentationEdit")->setPlainText(QStringLiteral("Suena ocupado."));
    save(dialog);
    REQUIRE(test::waitFor([dialog] { return !dialog->isVisible(); }));
    const auto fixed = store::CallRepository(window.database()).correctionOf(seeded.debtorId, ownId);
    REQUIRE(fixed);
    CHECK(store::CallRepository(window.database()).byId(*fixed)->correctedBy == people.ana);
    CHECK(model->index(callRow(file, *fixed), DebtorTimelineModel::By).data().toString() == QStringLiteral("Ana Ruiz"));
}
