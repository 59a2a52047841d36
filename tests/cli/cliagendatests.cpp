// libreta-cli agenda and rollover: the day's follow-ups as a script reads
// them, and the day's change run twice.

#include "clirun.h"

#include "store/database.h"
#include "store/followuprepository.h"
#include "store/sqlquery.h"
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

    // A day still to come would break promises whose debtors have time yet.
    const QString later = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const auto pending = [&] {
        store::Database db(o.db);
        store::SqlQuery q(db, QStringLiteral("SELECT count(*) FROM promises WHERE status = 'pending'"));
        return q.execScalar();
    };
    const qint64 before = pending();
    REQUIRE(before > 0);
    const Run ahead = o.run({QStringLiteral("rollover"), QStringLiteral("--date"), later});
    CHECK(ahead.status == 1);
    CHECK(ahead.err.contains(QStringLiteral("cannot be later than today")));
    CHECK(pending() == before);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Run first = o.run({QStringLiteral("rollover"), QStringLiteral("--date"), today});
    REQUIRE(first.status == 0);
    const Run second = o.run({QStringLiteral("rollover"), QStringLiteral("--date"), today});
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

TEST_CASE("agenda --put-off lists only what was put off, from earlier days too with --overdue", "[cli]")
{
    Office o;
    REQUIRE(o.run({QStringLiteral("init"), QStringLiteral("--currency"), QStringLiteral("MXN")}).status == 0);
    const QDate today = QDate::currentDate();
    {
        store::Database db(o.db);
        store::FollowUpRepository followUps(db);
        const auto add = [&](const QString &ref, const QDate &due) {
            domain::FollowUp f;
            f.debtorId = test::addDebtor(db, ref, QStringLiteral("Deudor ") + ref);
            f.kind = domain::FollowUpKind::Callback;
            f.dueDate = due;
            const auto id = followUps.add(f);
            REQUIRE(id);
            return *id;
        };
        add(QStringLiteral("A-1"), today);  // never moved
        REQUIRE(followUps.reschedule(add(QStringLiteral("A-2"), today.addDays(-1)), today, std::nullopt,
                                     today.addDays(-1)));
        // Put off to yesterday, and still open: listed with --overdue only.
        REQUIRE(followUps.reschedule(add(QStringLiteral("A-3"), today.addDays(-3)), today.addDays(-1),
                                     std::nullopt, today.addDays(-3)));
        add(QStringLiteral("A-4"), today.addDays(-2));  // late, never moved
    }
    const Run day = o.run({QStringLiteral("agenda"), QStringLiteral("--put-off")});
    REQUIRE(day.status == 0);
    CHECK(day.out.contains(QStringLiteral("1 item")));
    CHECK(day.out.contains(QStringLiteral("A-2")));
    CHECK_FALSE(day.out.contains(QStringLiteral("A-1")));
    const Run late = o.run({QStringLiteral("agenda"), QStringLiteral("--put-off"), QStringLiteral("--overdue")});
    REQUIRE(late.status == 0);
    CHECK(late.out.contains(QStringLiteral("2 items")));
    CHECK(late.out.contains(QStringLiteral("A-2")));
    CHECK(late.out.contains(QStringLiteral("A-3")));
    CHECK_FALSE(late.out.contains(QStringLiteral("A-4")));
}
