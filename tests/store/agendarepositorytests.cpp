#include "domain/agendagroup.h"
#include "store/agendarepository.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "store/maintenancerepository.h"
#include "store/sqlquery.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/queryplan.h"
#include "support/statementtrace.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace libreta;
using namespace libreta::domain;
using store::AgendaKey;
using store::AgendaScope;

namespace {

const QDate kDay(2026, 5, 20);

// A small office whose open follow-ups cover every group, several days
// (with and without a time, several at the same time), two agents and
// nobody; plus closed ones that must never show.
struct Agenda {
    test::TempDb t;
    Id ana = 0;
    Id beto = 0;
    QList<FollowUp> open;

    Agenda()
    {
        store::UserRepository users(t.db());
        ana = users.add({0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
        beto = users.add({0, QStringLiteral("beto"), QStringLiteral("Beto"), UserRole::Agent, true});
        QList<Id> debtors;
        for (int i = 0; i < 4; ++i)
            debtors << test::addDebtor(t.db(), QStringLiteral("A-%1").arg(i));
        store::FollowUpRepository repo(t.db());
        store::PromiseRepository promises(t.db());
        QRandomGenerator random(7);
        // One promise per follow-up about one ((promise, kind) is unique),
        // handed out in no particular order: a promise group is ordered by
        // promise, not by follow-up, and the test must tell the two apart.
        QList<Id> promiseIds;
        for (int i = 0; i < 240; ++i) {
            Promise p;
            p.debtorId = debtors.first();
            p.amount = test::pesos(100 + i);
            p.dueDate = kDay;
            p.madeOn = kDay.addDays(-7);
            promiseIds.append(promises.add(p));
        }
        const std::optional<Id> owners[] = {ana, beto, std::nullopt};
        const std::optional<QTime> times[] = {std::nullopt, QTime(9, 0), QTime(9, 0), QTime(11, 30), QTime(16, 45)};
        for (int i = 0; i < 240; ++i) {
            FollowUp f;
            f.debtorId = debtors.at(random.bounded(int(debtors.size())));
            const AgendaGroup group = kAgendaGroups[random.bounded(kAgendaGroupCount)];
            f.kind = kindOf(group);
            if (isAboutPromise(group))
                f.promiseId = promiseIds.takeAt(random.bounded(int(promiseIds.size())));
            f.dueDate = kDay.addDays(random.bounded(-4, 9));
            f.dueTime = times[random.bounded(5)];
            f.assignedTo = owners[random.bounded(3)];
            f.description = QStringLiteral("seguimiento %1").arg(i);
            f.id = *repo.add(f);
            if (i % 9 == 0)
                repo.complete(f.id, QStringLiteral("hecho"), QDateTime::currentDateTimeUtc());
            else
                open.append(f);
        }
    }

    bool inScope(const FollowUp &f, const AgendaScope &s) const
    {
        if (s.who == AgendaScope::Who::Agent && f.assignedTo != std::optional<Id>(s.agentId))
            return false;
        if (s.who == AgendaScope::Who::Unassigned && f.assignedTo)
            return false;
        return (!s.from.isValid() || f.dueDate >= s.from) && (!s.to.isValid() || f.dueDate <= s.to);
    }

    // What the agenda must show, in its order, worked out here without SQL.
    QList<Id> expected(const AgendaScope &s, AgendaGroup group, bool newestFirst) const
    {
        QList<FollowUp> rows;
        for (const FollowUp &f : open)
            if (inScope(f, s) && agendaGroup(f.kind, f.promiseId.has_value()) == group)
                rows.append(f);
        auto key = [](const FollowUp &f) {
            return std::make_tuple(f.dueDate, f.dueTime.has_value(), f.dueTime.value_or(QTime()),
                                   f.promiseId.has_value(), f.promiseId.value_or(0), f.id);
        };
        std::sort(rows.begin(), rows.end(), [&](const FollowUp &a, const FollowUp &b) {
            return newestFirst ? key(b) < key(a) : key(a) < key(b);
        });
        QList<Id> ids;
        for (const FollowUp &f : rows)
            ids.append(f.id);
        return ids;
    }

    QList<Id> paged(const AgendaScope &s, AgendaGroup group, bool newestFirst, int pageSize)
    {
        store::AgendaRepository repo(t.db());
        QList<Id> ids;
        std::optional<AgendaKey> after;
        for (;;) {
            const auto page = repo.page(s, group, newestFirst, after, pageSize);
            for (const auto &item : page) {
                CHECK(item.group() == group);
                CHECK(item.followUp.status == FollowUpStatus::Open);
                ids.append(item.followUp.id);
            }
            if (page.size() < pageSize)
                return ids;
            after = page.last().key();
        }
    }

    QList<AgendaScope> scopes() const
    {
        QList<AgendaScope> out;
        for (auto who : {AgendaScope::Who::Everyone, AgendaScope::Who::Agent, AgendaScope::Who::Unassigned}) {
            for (const Id agent : who == AgendaScope::Who::Agent ? QList<Id>{ana, beto} : QList<Id>{0}) {
                AgendaScope s;
                s.who = who;
                s.agentId = agent;
                s.from = s.to = kDay;  // a day
                out.append(s);
                s.from = kDay.addDays(1);  // the next seven days
                s.to = kDay.addDays(7);
                out.append(s);
                s.from = QDate();  // what is left from earlier days
                s.to = kDay.addDays(-1);
                out.append(s);
            }
        }
        return out;
    }
};

} // namespace

TEST_CASE("Agenda pages give the same rows as the whole list, whatever the page size", "[store][agenda]")
{
    Agenda a;
    int compared = 0;
    for (const AgendaScope &s : a.scopes()) {
        for (const AgendaGroup group : kAgendaGroups) {
            for (const bool newestFirst : {false, true}) {
                const QList<Id> want = a.expected(s, group, newestFirst);
                for (const int pageSize : {1, 2, 3, 7, 500}) {
                    INFO("scope " << int(s.who) << " agent " << s.agentId << " from "
                                  << s.from.toString(Qt::ISODate).toStdString() << " group " << int(group)
                                  << " newest first " << newestFirst << " page " << pageSize);
                    CHECK(a.paged(s, group, newestFirst, pageSize) == want);
                }
                compared += int(want.size());
            }
        }
    }
    CHECK(compared > 200);  // the office has something in most groups and scopes
}

TEST_CASE("An agenda group's page is one range of an index, in the order shown, whatever the other group holds",
          "[store][agenda]")
{
    // A broken promise's call-back has no time, so in an index keyed by
    // kind and day it sorts before the day's timed call-backs: the page of
    // those agreed on the phone walked past all of them (586 for one agent
    // at a million debtors). With the promise-or-not right after the kind,
    // both groups of call-backs, and every other group, are a range. The
    // first page and one after a key: schema 12 named the id in the index,
    // and a later page must need no sort either.
    Agenda a;
    store::AgendaRepository repo(a.t.db());
    const std::optional<store::AgendaKey> firstPage;
    const std::optional<store::AgendaKey> laterPage = store::AgendaKey{kDay, QTime(9, 30), 7, 42};
    int read = 0;
    for (const AgendaScope &s : a.scopes()) {
        for (const AgendaGroup group : kAgendaGroups) {
            for (const bool newestFirst : {false, true}) {
                for (const std::optional<store::AgendaKey> &after : {firstPage, laterPage}) {
                    const QStringList statements = test::statementsDuring(
                        a.t.db(), [&] { repo.page(s, group, newestFirst, after, 10); });
                    REQUIRE(statements.size() == 1);
                    const QString plan = test::queryPlan(a.t.db(), statements.first());
                    INFO("scope " << int(s.who) << " group " << int(group) << " newest first " << newestFirst
                                  << " after a key " << after.has_value() << "\n"
                                  << plan.toStdString());
                    const QString range =
                        s.who == AgendaScope::Who::Everyone
                            ? QStringLiteral("followups_open_group_due (status=? AND kind=? AND <expr>=?")
                            : QStringLiteral("followups_open_agent_group_due (status=? AND assigned_to=? "
                                             "AND kind=? AND <expr>=?");
                    CHECK(plan.contains(range));
                    CHECK_FALSE(plan.contains(QStringLiteral("TEMP B-TREE")));  // read in order, no sort
                    ++read;
                }
            }
        }
    }
    CHECK(read == a.scopes().size() * kAgendaGroupCount * 2 * 2);
}

TEST_CASE("Agenda counts agree with the rows, per group, in all and per day", "[store][agenda]")
{
    Agenda a;
    store::AgendaRepository repo(a.t.db());
    for (const AgendaScope &s : a.scopes()) {
        qint64 all = 0;
        for (const AgendaGroup group : kAgendaGroups) {
            const qint64 n = repo.count(s, group);
            CHECK(n == a.expected(s, group, false).size());
            all += n;
        }
        CHECK(repo.countAll(s) == all);
        const auto counts = repo.counts(s);
        for (const AgendaGroup group : kAgendaGroups)
            CHECK(counts.value(group) == repo.count(s, group));
    }
    AgendaScope month;
    month.who = AgendaScope::Who::Agent;
    month.agentId = a.ana;
    month.from = kDay.addDays(-10);
    month.to = kDay.addDays(10);
    QMap<QDate, int> want;
    for (const FollowUp &f : a.open)
        if (a.inScope(f, month))
            ++want[f.dueDate];
    CHECK(repo.countsPerDay(month) == want);
}

TEST_CASE("The agenda item carries its debtor, promise and who has it", "[store][agenda]")
{
    Agenda a;
    store::AgendaRepository repo(a.t.db());
    const auto promised = std::find_if(a.open.cbegin(), a.open.cend(), [&](const FollowUp &f) {
        return f.kind == FollowUpKind::PromiseReminder && f.assignedTo == std::optional<Id>(a.ana);
    });
    REQUIRE(promised != a.open.cend());
    const auto item = repo.item(promised->id);
    REQUIRE(item);
    CHECK(item->group() == AgendaGroup::PromiseDue);
    CHECK(item->debtorName == QStringLiteral("José Pérez Núñez"));
    REQUIRE(item->promise);
    CHECK(item->promise->amount.isPositive());
    CHECK(item->promise->dueDate == kDay);
    CHECK(item->assignedName == QStringLiteral("Ana"));
    CHECK_FALSE(repo.item(999999).has_value());
}

TEST_CASE("The agenda item says how often it was put off, as the Panel counts it", "[store][agenda]")
{
    Agenda a;
    store::AgendaRepository repo(a.t.db());
    store::FollowUpRepository followUps(a.t.db());
    const auto first = [&](FollowUpKind kind) {
        const auto found = std::find_if(a.open.cbegin(), a.open.cend(),
                                        [kind](const FollowUp &f) { return f.kind == kind; });
        REQUIRE(found != a.open.cend());
        return *found;
    };
    // Moved on its day, then again once overdue: twice.
    const FollowUp statement = first(FollowUpKind::SendStatement);
    followUps.reschedule(statement.id, statement.dueDate.addDays(1), std::nullopt, statement.dueDate);
    followUps.reschedule(statement.id, statement.dueDate.addDays(5), std::nullopt, statement.dueDate.addDays(3));
    CHECK(repo.item(statement.id)->putOff == 2);
    // Moved days ahead: planning.
    const FollowUp copy = first(FollowUpKind::SendInvoiceCopy);
    followUps.reschedule(copy.id, copy.dueDate.addDays(2), std::nullopt, copy.dueDate.addDays(-3));
    CHECK(repo.item(copy.id)->putOff == 0);
    // A promise's reminder is the promise's.
    const FollowUp reminder = first(FollowUpKind::PromiseReminder);
    followUps.reschedule(reminder.id, reminder.dueDate.addDays(1), std::nullopt, reminder.dueDate);
    CHECK(repo.item(reminder.id)->putOff == 0);
}

TEST_CASE("Only put off: pages and counts hold the items put off and no other, through their own index",
          "[store][agenda]")
{
    Agenda a;
    store::FollowUpRepository followUps(a.t.db());
    // Every fourth task or call-back put off a day, on its day; a promise's
    // reminder or check moved the same way is not put off.
    QSet<Id> putOff;
    for (int i = 0; i < a.open.size(); ++i) {
        FollowUp &f = a.open[i];
        if (i % 4 != 0)
            continue;
        REQUIRE(followUps.reschedule(f.id, f.dueDate.addDays(1), f.dueTime, f.dueDate));
        f.dueDate = f.dueDate.addDays(1);
        if (f.kind != FollowUpKind::PromiseReminder && f.kind != FollowUpKind::PromiseCheck)
            putOff.insert(f.id);
    }
    REQUIRE(putOff.size() > 20);
    store::AgendaRepository repo(a.t.db());
    int compared = 0;
    for (AgendaScope s : a.scopes()) {
        s.putOffOnly = true;
        qint64 inScope = 0;
        for (const AgendaGroup group : kAgendaGroups) {
            for (const bool newestFirst : {false, true}) {
                QList<Id> want = a.expected(s, group, newestFirst);
                want.removeIf([&](Id id) { return !putOff.contains(id); });
                INFO("scope " << int(s.who) << " agent " << s.agentId << " from "
                              << s.from.toString(Qt::ISODate).toStdString() << " group " << int(group));
                for (const int pageSize : {1, 3, 500})
                    CHECK(a.paged(s, group, newestFirst, pageSize) == want);
                CHECK(repo.count(s, group) == want.size());
                CHECK(repo.counts(s).value(group) == want.size());
                if (!newestFirst)
                    inScope += want.size();
                compared += int(want.size());
            }
        }
        CHECK(repo.countAll(s) == inScope);
        if (s.from.isValid()) {
            qint64 perDay = 0;
            for (const int n : repo.countsPerDay(s))
                perDay += n;
            CHECK(perDay == inScope);
        }
        // Read through the put-off items' index, not a group's.
        const QStringList statements =
            test::statementsDuring(a.t.db(), [&] { repo.page(s, AgendaGroup::Callback, false, std::nullopt, 10); });
        REQUIRE(statements.size() == 1);
        CHECK(test::queryPlan(a.t.db(), statements.first()).contains(QStringLiteral("followups_open_put_off")));
    }
    CHECK(compared > 20);
    CHECK(store::MaintenanceRepository(a.t.db()).agendaCountMismatches().isEmpty());
    // A count gone wrong is found by the check.
    store::SqlQuery(a.t.db(), QStringLiteral("UPDATE followups SET put_offs = 3 WHERE id = %1").arg(*putOff.begin()))
        .exec();
    CHECK(store::MaintenanceRepository(a.t.db()).agendaCountMismatches().size() == 1);
}

TEST_CASE("A file of schema 38 gets each item's put-offs counted from its moves", "[store][agenda]")
{
    Agenda a;
    store::FollowUpRepository followUps(a.t.db());
    const FollowUp f = a.open.first();
    const bool counts = f.kind != FollowUpKind::PromiseReminder && f.kind != FollowUpKind::PromiseCheck;
    followUps.reschedule(f.id, f.dueDate.addDays(1), std::nullopt, f.dueDate);
    followUps.reschedule(f.id, f.dueDate.addDays(3), std::nullopt, f.dueDate.addDays(2));
    followUps.reschedule(f.id, f.dueDate.addDays(9), std::nullopt, f.dueDate);  // days ahead: planning
    for (const char *sql : {"DROP TRIGGER promises_replaced_same_day", "ALTER TABLE debtor_totals DROP COLUMN open_promise_paid",
                            "DROP TRIGGER debtors_initials_insert", "DROP TRIGGER debtors_initials_delete",
                            "DROP TRIGGER debtors_initials_update", "DROP TABLE debtor_initials",
                            "DROP TRIGGER followup_moves_put_offs", "DROP INDEX followups_open_put_off",
                            "ALTER TABLE followups DROP COLUMN put_offs", "PRAGMA user_version = 38"})
        store::SqlQuery(a.t.db(), QString::fromLatin1(sql)).exec();
    a.t.reopen();
    store::AgendaRepository repo(a.t.db());
    CHECK(repo.item(f.id)->putOff == (counts ? 2 : 0));
    CHECK(store::MaintenanceRepository(a.t.db()).agendaCountMismatches().isEmpty());
}

TEST_CASE("Timed call-backs are found by the time they are due", "[store][agenda]")
{
    Agenda a;
    store::AgendaRepository repo(a.t.db());
    AgendaScope everyone;
    QList<Id> want;
    for (const FollowUp &f : a.open)
        if (f.kind == FollowUpKind::Callback && !f.promiseId && f.dueDate == kDay && f.dueTime &&
            *f.dueTime > QTime(9, 0) && *f.dueTime <= QTime(12, 0))
            want.append(f.id);
    QList<Id> got;
    for (const auto &item : repo.timedCallbacks(everyone, kDay, QTime(9, 0), QTime(12, 0), 100))
        got.append(item.followUp.id);
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    CHECK(got == want);
    const auto first = repo.nextCallbackTime(everyone, kDay, QTime(9, 0));
    if (!want.isEmpty())
        CHECK(first == std::optional<QTime>(QTime(11, 30)));
}

namespace {

// What the kept counts say and what counting the open follow-ups says.
QStringList keptCounts(store::Database &db)
{
    store::SqlQuery q(db, QStringLiteral("SELECT assignee, due_date, kind, about_promise, open FROM agenda_counts "
                                         "WHERE open > 0 ORDER BY 1, 2, 3, 4"));
    q.exec();
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1 %2 %3 %4 %5").arg(q.text(0), q.text(1), q.text(2), q.text(3), q.text(4));
    return out;
}

QStringList recountedCounts(store::Database &db)
{
    store::SqlQuery q(db, QStringLiteral("SELECT coalesce(assigned_to, 0), due_date, kind, promise_id IS NOT NULL, "
                                         "count(*) FROM followups WHERE status = 'open' GROUP BY 1, 2, 3, 4 "
                                         "ORDER BY 1, 2, 3, 4"));
    q.exec();
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1 %2 %3 %4 %5").arg(q.text(0), q.text(1), q.text(2), q.text(3), q.text(4));
    return out;
}

} // namespace

TEST_CASE("The agenda's kept counts follow every change to a follow-up", "[store][agenda]")
{
    Agenda a;
    REQUIRE_FALSE(keptCounts(a.t.db()).isEmpty());
    CHECK(keptCounts(a.t.db()) == recountedCounts(a.t.db()));
    store::FollowUpRepository repo(a.t.db());
    const FollowUp first = a.open.at(0);
    const FollowUp second = a.open.at(1);
    const FollowUp third = a.open.at(2);
    REQUIRE(repo.reschedule(first.id, kDay.addDays(30), QTime(8, 15), kDay));
    REQUIRE(repo.reassign(second.id, second.assignedTo ? std::nullopt : std::optional<Id>(a.ana)));
    REQUIRE(repo.complete(third.id, QStringLiteral("hecho"), QDateTime::currentDateTimeUtc()));
    CHECK_FALSE(repo.complete(third.id, QStringLiteral("otra vez"), QDateTime::currentDateTimeUtc()));
    store::SqlQuery(a.t.db(), QStringLiteral("UPDATE followups SET description = 'solo el texto' WHERE id = :id"))
        .bind(QStringLiteral(":id"), a.open.at(3).id)
        .exec();
    store::SqlQuery(a.t.db(), QStringLiteral("DELETE FROM followups WHERE id = :id"))
        .bind(QStringLiteral(":id"), a.open.at(4).id)
        .exec();
    CHECK(keptCounts(a.t.db()) == recountedCounts(a.t.db()));
    CHECK(store::MaintenanceRepository(a.t.db()).agendaCountMismatches().isEmpty());
    // What `libreta-cli check` reports when the two part ways.
    store::SqlQuery(a.t.db(), QStringLiteral("UPDATE agenda_counts SET open = open + 1 WHERE "
                                             "(assignee, due_date, kind, about_promise) = (SELECT assignee, "
                                             "due_date, kind, about_promise FROM agenda_counts LIMIT 1)"))
        .exec();
    CHECK(store::MaintenanceRepository(a.t.db()).agendaCountMismatches().size() == 1);
}
