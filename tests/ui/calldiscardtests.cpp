// A call started on the wrong debtor is let go from the keyboard: at once
// when nothing was entered, after asking when something was.

#include "calldesk.h"

using namespace libreta;
using namespace libreta::test::calls;

TEST_CASE("Ctrl+Shift+Del lets go of an untouched call at once, and asks first about one with something in it",
          "[ui][call]")
{
    CallDesk desk;
    desk.startCall();
    ui::DebtorFileView *file = desk.window->debtorFiles()->currentFile();
    REQUIRE(file);

    // Opened by mistake, nothing typed: gone in one key, nothing asked.
    desk.key(Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
    QApplication::processEvents();
    CHECK(file->callPanel() == nullptr);
    CHECK(desk.prompts.prompter->asked.isEmpty());

    // With who answered said, the agent is asked, and "keep editing" keeps it.
    desk.startCall();
    desk.key(Qt::Key_1, Qt::AltModifier);
    desk.key(Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
    QApplication::processEvents();
    REQUIRE(desk.prompts.prompter->asked.size() == 1);
    CHECK(desk.prompts.prompter->goOnButtons.value(0) == QStringLiteral("&Discard call"));
    REQUIRE(file->callPanel() != nullptr);

    desk.prompts.prompter->answers = {true};
    desk.key(Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
    QApplication::processEvents();
    CHECK(file->callPanel() == nullptr);
}
