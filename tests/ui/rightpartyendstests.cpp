// The two ways a call with the right person ends without a payment, a
// promise or a refusal: they cannot talk now and say when to call, or they
// give an argument ("I already paid") that a task has to answer first.

#include "calldesk.h"
#include "domain/entitycodes.h"
#include "store/callrepository.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "ui/calllisteningpage.h"
#include "ui/callpresentationpage.h"
#include "ui/debtorfiletexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QPlainTextEdit>

using namespace libreta;
using namespace libreta::domain;
using namespace libreta::test::calls;

TEST_CASE("The debtor who cannot talk now ends the call at the presentation with the call-back they asked for",
          "[ui][call]")
{
    CallDesk desk;
    ui::CallPanel *panel = desk.startCall();
    auto *cannotTalk = panel->presentationPage()->findChild<QCheckBox *>(QStringLiteral("cannotTalkCheck"));
    REQUIRE(cannotTalk);

    // Before anyone is said to have answered, and for someone else, there
    // is nobody to ask for another time.
    desk.key(Qt::Key_7, Qt::AltModifier);
    CHECK_FALSE(cannotTalk->isChecked());
    desk.key(Qt::Key_3, Qt::AltModifier);
    CHECK_FALSE(cannotTalk->isEnabled());

    desk.key(Qt::Key_1, Qt::AltModifier);
    desk.key(Qt::Key_7, Qt::AltModifier);
    CHECK(cannotTalk->isChecked());
    CHECK(panel->presentationPage()->endsHereAs() == CallOutcome::Callback);
    // The hour they asked for is what is left to type.
    auto *when = panel->presentationPage()->findChild<QDateTimeEdit *>(QStringLiteral("nextAttemptEdit"));
    CHECK(desk.focused() == QStringLiteral("nextAttemptEdit"));
    CHECK(when->currentSection() == QDateTimeEdit::HourSection);
    desk.key(Qt::Key_Right, Qt::AltModifier);
    CHECK(panel->stage() == CallStage::Presentation);
    CHECK(panel->message().contains(QStringLiteral("cannot talk now")));

    const QDateTime fourPm = kDay.addSecs(5 * 3600);  // 16:00 in Mexico City
    when->setDateTime(fourPm.toLocalTime());
    desk.key(Qt::Key_0, Qt::AltModifier);
    auto *notes = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    REQUIRE(notes);
    notes->insertPlainText(QStringLiteral("Está en junta, que le marquen a las 4"));
    desk.key(Qt::Key_S, Qt::ControlModifier);
    INFO(panel->message().toStdString());
    REQUIRE(desk.panel() == nullptr);
    CHECK(desk.window->debtorFiles()->currentFile()->message().startsWith(
        QStringLiteral("Call saved: they cannot talk now. Call back")));

    const auto calls = store::CallRepository(desk.db()).forDebtor(desk.debtorId);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].answeredBy == AnsweredBy::Debtor);
    CHECK(calls[0].outcome == CallOutcome::Callback);
    CHECK_FALSE(calls[0].excuseCategory.has_value());
    CHECK(ui::DebtorFileTexts::callResult(calls[0]) == QStringLiteral("Call back · The debtor"));
    const auto open = store::FollowUpRepository(desk.db()).openForDebtor(desk.debtorId);
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == FollowUpKind::Callback);
    CHECK(open[0].dueDate == fourPm.toLocalTime().date());
    CHECK(open[0].dueTime == fourPm.toLocalTime().time());
    // The agenda line says why that hour, in the debtor's words.
    CHECK(open[0].description.contains(QStringLiteral("asked to be called back")));
    CHECK(open[0].description.contains(QStringLiteral("«Está en junta, que le marquen a las 4»")));
    CHECK(store::PromiseRepository(desk.db()).forDebtor(desk.debtorId).isEmpty());
}

TEST_CASE("Choosing someone else after ticking that the debtor cannot talk ends the call as someone else's",
          "[ui][call]")
{
    CallDesk desk;
    ui::CallPanel *panel = desk.startCall();
    desk.key(Qt::Key_2, Qt::AltModifier);
    desk.key(Qt::Key_7, Qt::AltModifier);
    REQUIRE(panel->presentationPage()->endsHereAs() == CallOutcome::Callback);
    desk.key(Qt::Key_3, Qt::AltModifier);
    CHECK(panel->presentationPage()->endsHereAs() == CallOutcome::ThirdParty);
    // Unticked, the debtor who answers goes on to the conversation.
    desk.key(Qt::Key_1, Qt::AltModifier);
    CHECK_FALSE(panel->presentationPage()->endsHereAs().has_value());
    desk.key(Qt::Key_Right, Qt::AltModifier);
    CHECK(panel->stage() == CallStage::Listening);
}

TEST_CASE("A debtor who says they already paid ends the call on that argument and its task", "[ui][call]")
{
    CallDesk desk;
    ui::CallPanel *panel = desk.startCall();
    desk.key(Qt::Key_1, Qt::AltModifier);
    desk.key(Qt::Key_Right, Qt::AltModifier);
    auto *reason = panel->listeningPage()->findChild<QComboBox *>(QStringLiteral("excuseCombo"));
    REQUIRE(reason);

    // An excuse alone is no outcome: the call still asks for one, and says
    // what to do when the debtor cannot talk.
    reason->setCurrentIndex(reason->findData(toCode(ExcuseCategory::NoFunds)));
    desk.key(Qt::Key_2, Qt::AltModifier);  // an excuse
    desk.key(Qt::Key_S, Qt::ControlModifier);
    CHECK(desk.panel() == panel);
    CHECK(panel->message().contains(QStringLiteral("argument to check")));
    CHECK(panel->message().contains(QStringLiteral("Alt+7")));
    CHECK(store::CallRepository(desk.db()).forDebtor(desk.debtorId).isEmpty());

    // The call went on to where an outcome is chosen; the agent goes back.
    CHECK(panel->stage() == CallStage::PreClose);
    desk.key(Qt::Key_Left, Qt::AltModifier);
    desk.key(Qt::Key_Left, Qt::AltModifier);
    REQUIRE(panel->stage() == CallStage::Listening);
    reason->setCurrentIndex(reason->findData(toCode(ExcuseCategory::SaysAlreadyPaid)));
    desk.key(Qt::Key_1, Qt::AltModifier);  // an argument
    panel->listeningPage()->findChild<QPlainTextEdit *>(QStringLiteral("wordsEdit"))
        ->setPlainText(QStringLiteral("Pagó el 2 de marzo en el banco, tiene la ficha"));
    desk.key(Qt::Key_S, Qt::ControlModifier);
    INFO(panel->message().toStdString());
    REQUIRE(desk.panel() == nullptr);
    CHECK(desk.window->debtorFiles()->currentFile()->message().contains(QStringLiteral("to be checked")));

    const auto calls = store::CallRepository(desk.db()).forDebtor(desk.debtorId);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].outcome == CallOutcome::Callback);
    CHECK(calls[0].excuseCategory == ExcuseCategory::SaysAlreadyPaid);
    CHECK(calls[0].excuseKind == ExcuseKind::Argument);
    CHECK(ui::DebtorFileTexts::callResult(calls[0]) == QStringLiteral("Argument to check · The debtor"));
    // The statement that shows what was paid is the task that answers it.
    const auto open = store::FollowUpRepository(desk.db()).openForDebtor(desk.debtorId);
    CHECK(hasKind(open, FollowUpKind::SendStatement));
    CHECK(store::PromiseRepository(desk.db()).forDebtor(desk.debtorId).isEmpty());
}
