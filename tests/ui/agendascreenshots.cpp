// Not a test: docs/screenshots/agenda-move-put-off.png, an agent moving a
// call-back due today to tomorrow, told it counts as put off, in Spanish,
// on a demo office. Hidden ([.]); scripts/screenshots runs it:
//   LIBRETA_SCREENSHOT_DIR=docs/screenshots xvfb-run -a build/tests/ui/ui_tests "[.screenshots]"

#include "debtorfiletesthelpers.h"
#include "spanishdemo.h"
#include "store/sqlquery.h"
#include "ui/agendarescheduledialog.h"
#include "ui/agendaview.h"

using namespace libreta;

TEST_CASE("Screenshot of an agent moving a call-back due today, in Spanish", "[.screenshots]")
{
    test::SpanishDemo office;
    // A call-back of today's, and the agent who has it.
    store::SqlQuery q(office.t.db(), QStringLiteral("SELECT f.id, u.login FROM followups f JOIN users u ON u.id = "
                                                    "f.assigned_to WHERE f.status = 'open' AND f.kind = 'callback' "
                                                    "AND f.due_date = :today ORDER BY f.due_time, f.id LIMIT 1"));
    q.bind(QStringLiteral(":today"), office.today).exec();
    REQUIRE(q.next());
    const domain::Id callback = q.integer(0);
    const QByteArray login = q.text(1).toUtf8();
    const test::DeskLogin desk(login.constData());

    ui::AgendaView view(office.t.db());
    view.setClock(office.clock);
    view.resize(1100, 700);
    view.show();
    REQUIRE(view.selectItem(callback));
    auto *move = qobject_cast<ui::AgendaRescheduleDialog *>(view.reschedule());
    REQUIRE(move);
    REQUIRE(move->saysPutOff());
    QTest::qWait(250);
    REQUIRE(move->grab().save(office.picture(QStringLiteral("agenda-move-put-off.png"))));
    move->reject();
}
