// A wrong number's next attempt: a call-back when the file has another
// number to try, a task to find one when it has none.

#include "domain/clock.h"
#include "services/callservice.h"
#include "store/followuprepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

services::CommitCallResult wrongNumber(store::Database &db, const Clock &clock, Id debtor, const QString &dialled)
{
    services::CallDraft d;
    d.call.debtorId = debtor;
    d.call.startedAt = kNow.addSecs(-60);
    d.call.endedAt = kNow;
    d.call.answeredBy = AnsweredBy::WrongNumber;
    d.call.outcome = CallOutcome::WrongNumber;
    d.call.phoneDialled = dialled;
    d.callbackAtUtc = kNow.addDays(1);
    return services::CallService(db, clock).commit(d);
}

} // namespace

TEST_CASE("A wrong number with no other to try leaves a task to find one, not a call-back", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id only = test::addDebtor(t.db(), QStringLiteral("W-1"), QStringLiteral("Jorge Álvarez"));
    test::addPhones(t.db(), only, {QStringLiteral("55 1234 5678")});
    const auto r = wrongNumber(t.db(), clock, only, QStringLiteral("55 1234 5678"));
    CHECK(r.findNumberTask);
    const auto open = store::FollowUpRepository(t.db()).openForDebtor(only);
    REQUIRE(open.size() == 1);
    CHECK(open.first().kind == FollowUpKind::NoteFollowUp);
    CHECK(open.first().description.contains(QStringLiteral("find the debtor's number")));

    const Id two = test::addDebtor(t.db(), QStringLiteral("W-2"), QStringLiteral("Ana Soto"));
    test::addPhones(t.db(), two, {QStringLiteral("55 1234 0000"), QStringLiteral("55 9876 0000")});
    const auto other = wrongNumber(t.db(), clock, two, QStringLiteral("55 1234 0000"));
    CHECK_FALSE(other.findNumberTask);
    const auto callback = store::FollowUpRepository(t.db()).openForDebtor(two);
    REQUIRE(callback.size() == 1);
    CHECK(callback.first().kind == FollowUpKind::Callback);
    // The other one found wrong as well: nothing left to try.
    CHECK(wrongNumber(t.db(), clock, two, QStringLiteral("55 9876 0000")).findNumberTask);
}
