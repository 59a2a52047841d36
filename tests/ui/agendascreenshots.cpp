// Not a test: docs/screenshots/agenda-move-put-off.png, an agent moving a
// call-back due today to tomorrow, told it counts as put off, and
// agenda-done-call-again.png, an agent marking one done because the debtor
// asked to be called another day, in Spanish, on a demo office. Hidden ([.]); scripts/screenshots runs it:
//   LIBRETA_SCREENSHOT_DIR=docs/screenshots xvfb-run -a build/tests/ui/ui_tests "[.screenshots]"

#include "debtorfiletesthelpers.h"
#include "spanishdemo.h"
#include "store/sqlquery.h"
#include "ui/agendadonedialog.h"
#include "ui/agendarescheduledialog.h"
#include "ui/agendaview.h"

using namespace libreta;

namespace {

// A call-back of today's and the login of the agent who has it.
std::pair<domain::Id, QByteArray> todaysCallback(test::SpanishDemo &office)
{
    store::SqlQuery q(office.t.db(), QStringLiteral("SELECT f.id, u.login FROM followups f JOIN users u ON u.id = "
                                                    "f.assigned_to WHERE f.status = 'open' AND f.kind = 'callback' "
                                                    "AND f.promise_id IS NULL AND f.due_date = :today "
                                                    "ORDER BY f.due_time, f.id LIMIT 1"));
    q.bind(QStringLiteral(":today"), office.today).exec();
    REQUIRE(q.next());
    return {q.integer(0), q.text(1).toUtf8()};
}

// Today's first call-back selected in its agent's agenda, on screen.
struct AgendaOnCallback {
    explicit AgendaOnCallback(test::SpanishDemo &office)
        : callback(todaysCallback(office)), desk(callback.second.constData()), view(office.t.db())
    {
        view.setClock(office.clock);
        view.resize(1100, 700);
        view.show();
        REQUIRE(view.selectItem(callback.first));
    }
    std::pair<domain::Id, QByteArray> callback;
    const test::DeskLogin desk;
    ui::AgendaView view;
};

} // namespace

TEST_CASE("Screenshot of an agent moving a call-back due today, in Spanish", "[.screenshots]")
{
    test::SpanishDemo office;
    AgendaOnCallback agenda(office);
    auto *move = qobject_cast<ui::AgendaRescheduleDialog *>(agenda.view.reschedule());
    REQUIRE(move);
    REQUIRE(move->saysPutOff());
    QTest::qWait(250);
    REQUIRE(move->grab().save(office.picture(QStringLiteral("agenda-move-put-off.png"))));
    move->reject();
}

TEST_CASE("Screenshot of an agent marking a call-back done with a call again, in Spanish", "[.screenshots]")
{
    test::PrompterScope prompts;  // closing the filled form asks first
    test::SpanishDemo office;
    AgendaOnCallback agenda(office);
    auto *done = qobject_cast<ui::AgendaDoneDialog *>(agenda.view.markDone());
    REQUIRE(done);
    done->setResult(ui::AgendaDoneDialog::tr("Asked to call another day"));
    REQUIRE(done->callsAgain());
    QTest::qWait(250);
    REQUIRE(done->grab().save(office.picture(QStringLiteral("agenda-done-call-again.png"))));
    done->reject();
}
