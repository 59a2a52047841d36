// libreta-cli agenda and rollover: the day's follow-ups as a script reads
// them, and the day's change run twice.

#include "clirun.h"

#include "store/database.h"
#include "store/followuprepository.h"
#include "support/fixtures.h"

#include <algorithm>

using namespace libreta;
using test::Office;
using test::Run;

TEST_CASE("agenda lists today's follow-ups and rollover twice changes nothing the second time", "[cli]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("demo"), QStringLiteral("--debtors"), QStringLiteral("200")}).status == 0);
    const Run agenda = o.run({QStringLiteral("agenda")});
    CHECK(agenda.status == 0);
    CHECK(agenda.out.contains(QStringLiteral("Agenda for")));

    const QString later = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const Run first = o.run({QStringLiteral("rollover"), QStringLiteral("--date"), later});
    REQUIRE(first.status == 0);
    const Run second = o.run({QStringLiteral("rollover"), QStringLiteral("--date"), later});
    REQUIRE(second.status == 0);
    CHECK(second.out.contains(QStringLiteral("0 debtors reviewed")));
    CHECK(o.run({QStringLiteral("check")}).status == 0);
}

TEST_CASE("agenda says how many times an item was put off", "[cli]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("init"), QStringLiteral("--currency"), QStringLiteral("MXN")}).status == 0);
    const QDate today = QDate::currentDate();
    {
        store::Database db(o.db);
        const domain::Id debtor = test::addDebtor(db, QStringLiteral("A-7"), QStringLiteral("Ana Ruiz"));
        domain::FollowUp callBack;
        callBack.debtorId = debtor;
        callBack.kind = domain::FollowUpKind::Callback;
        callBack.dueDate = today.addDays(-2);
        store::FollowUpRepository followUps(db);
        const auto id = followUps.add(callBack);
        REQUIRE(id);
        // Moved on its day, and again once that day had come: put off twice.
        REQUIRE(followUps.reschedule(*id, today.addDays(-1), std::nullopt, today.addDays(-2)));
        REQUIRE(followUps.reschedule(*id, today, std::nullopt, today.addDays(-1)));
    }
    const Run agenda = o.run({QStringLiteral("agenda")});
    REQUIRE(agenda.status == 0);
    const QStringList lines = agenda.out.split(QLatin1Char('\n'));
    const auto line = std::find_if(lines.begin(), lines.end(),
                                   [](const QString &l) { return l.contains(QStringLiteral("A-7")); });
    REQUIRE(line != lines.end());
    CHECK(line->endsWith(QStringLiteral("\tput off 2 times")));
}
