#include "domain/clock.h"
#include "services/followupservice.h"
#include "servicetesthelpers.h"
#include "store/followuprepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;

namespace {

// Noon, local time: "today" and "passed today" do not depend on the zone
// the tests run in.
const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(12, 0)).toUTC();

FollowUp callbackFor(Id debtor, const QDate &date)
{
    FollowUp f;
    f.debtorId = debtor;
    f.kind = FollowUpKind::Callback;
    f.dueDate = date;
    return f;
}

} // namespace

TEST_CASE("A scheduled follow-up becomes the debtor's next action and is audited", "[services][followup]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("S-1"));
    FollowUp f = callbackFor(debtor, QDate(2026, 3, 12));
    f.dueTime = QTime(10, 30);
    f.description = QStringLiteral("Llamar al contador");
    const Id id = services::FollowUpService(t.db(), clock).schedule(f);

    const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
    REQUIRE(open.size() == 1);
    CHECK(open[0].id == id);
    CHECK(open[0].dueTime == QTime(10, 30));
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->nextActionDate == QDate(2026, 3, 12));
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("followup.schedule")});
    // The agenda of that day lists it.
    CHECK(store::FollowUpRepository(t.db()).agenda(QDate(2026, 3, 12)).size() == 1);
}

TEST_CASE("A follow-up in the past, of a promise's kind or a task without words is refused", "[services][followup]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("S-1"));
    services::FollowUpService service(t.db(), clock);
    auto refused = [&](const FollowUp &f) { return test::refusedField([&] { service.schedule(f); }); };

    CHECK(refused(callbackFor(debtor, QDate(2026, 3, 9))) == QStringLiteral("date"));
    CHECK(refused(callbackFor(debtor, QDate())) == QStringLiteral("date"));
    FollowUp earlier = callbackFor(debtor, QDate(2026, 3, 10));
    earlier.dueTime = QTime(9, 0);
    CHECK(refused(earlier) == QStringLiteral("time"));
    FollowUp reminder = callbackFor(debtor, QDate(2026, 3, 12));
    reminder.kind = FollowUpKind::PromiseReminder;
    CHECK(refused(reminder) == QStringLiteral("kind"));
    FollowUp task = callbackFor(debtor, QDate(2026, 3, 12));
    task.kind = FollowUpKind::NoteFollowUp;
    CHECK(refused(task) == QStringLiteral("description"));
    FollowUp nobody = callbackFor(debtor, QDate(2026, 3, 12));
    nobody.assignedTo = 77;
    CHECK(refused(nobody) == QStringLiteral("assigned_to"));

    CHECK(store::FollowUpRepository(t.db()).forDebtor(debtor).isEmpty());
    CHECK_FALSE(store::TotalsRepository(t.db()).forDebtor(debtor)->nextActionDate.has_value());
    CHECK(test::auditActions(t.db()).isEmpty());

    FollowUp later = callbackFor(debtor, QDate(2026, 3, 10));
    later.dueTime = QTime(15, 0);
    CHECK(refused(later).isEmpty());  // later today is fine
}
