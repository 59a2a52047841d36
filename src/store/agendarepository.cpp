#include "store/agendarepository.h"

#include "domain/entitycodes.h"
#include "store/boundsql.h"
#include "store/followupgroupsql.h"
#include "store/followuprow.h"
#include "store/sqlquery.h"

namespace libreta::store {
namespace {

using domain::AgendaGroup;

// The follow-up's own columns first (readFollowUp), then what the line shows.
const QString kColumns = QStringLiteral("SELECT ") + followUpColumns() + QStringLiteral(
    ", d.name, d.external_ref, t.outstanding, p.amount, p.method, "
    "p.due_date, p.made_on, p.status, p.paid, ua.display_name, uc.display_name, c.next_step, "
    // The put-offs (schema 38), as schema 39 keeps them on the item.
    "f.put_offs");

const QString kJoined = QStringLiteral(
    " CROSS JOIN debtors d ON d.id = f.debtor_id"
    " LEFT JOIN debtor_totals t ON t.debtor_id = f.debtor_id"
    " LEFT JOIN promises p ON p.id = f.promise_id"
    " LEFT JOIN users ua ON ua.id = f.assigned_to"
    " LEFT JOIN calls c ON c.id = f.call_id"
    " LEFT JOIN users uc ON uc.id = c.agent_id");

// The follow-up first (its group's index gives the order, for one
// assignee's items or everyone's), then one row of each of the others by
// primary key.
QString inGroupOrder(const AgendaScope &scope)
{
    return QStringLiteral(" FROM ") + followUpsByGroup(scope.who != AgendaScope::Who::Everyone) + kJoined;
}

AgendaItem readItem(const SqlQuery &q)
{
    using namespace domain;
    AgendaItem item;
    item.followUp = readFollowUp(q);
    item.debtorName = q.text(11);
    item.debtorRef = q.text(12);
    item.outstanding = q.money(13);
    if (!q.isNull(14)) {
        AgendaPromise p;
        p.amount = q.money(14);
        p.method = fromCode<PaymentMethod>(q.text(15)).value_or(PaymentMethod::Other);
        p.dueDate = q.date(16);
        p.madeOn = q.date(17);
        p.status = fromCode<PromiseStatus>(q.text(18)).value_or(PromiseStatus::Pending);
        p.paid = q.money(19);
        item.promise = p;
        item.promiseAmount = p.amount;
        item.promiseMethod = p.method;
    }
    item.assignedName = q.text(20);
    item.recordedBy = q.text(21);
    item.nextStep = q.text(22);
    item.putOff = int(q.integer(23));
    return item;
}

// Whose items: the assignee is the leading column of one index of schema 6,
// absent from the other.
void addWho(BoundSql &sql, const AgendaScope &scope)
{
    switch (scope.who) {
    case AgendaScope::Who::Everyone: break;
    case AgendaScope::Who::Agent:
        sql.where(QStringLiteral("f.assigned_to = ") + sql.param(scope.agentId));
        break;
    case AgendaScope::Who::Unassigned: sql.where(QStringLiteral("f.assigned_to IS NULL")); break;
    }
}

void addDays(BoundSql &sql, const AgendaScope &scope)
{
    if (scope.from.isValid())
        sql.where(QStringLiteral("f.due_date >= ") + sql.param(SqlQuery::dateText(scope.from)));
    if (scope.to.isValid())
        sql.where(QStringLiteral("f.due_date <= ") + sql.param(SqlQuery::dateText(scope.to)));
}

void addGroup(BoundSql &sql, AgendaGroup group) { sql.where(followUpGroupCondition(group)); }

BoundSql openItems(const AgendaScope &scope)
{
    BoundSql sql;
    sql.where(QStringLiteral("f.status = 'open'"));  // literal: the indexes are partial on it
    addWho(sql, scope);
    return sql;
}

// What was put off (AgendaScope::putOffOnly): the open items schema 39
// counts put off, through their own index (a few in a hundred), counted
// from the items, since agenda_counts keeps no such count.
const QString kPutOffItems = QStringLiteral(" FROM followups f INDEXED BY followups_open_put_off");

BoundSql putOffItems(const AgendaScope &scope)
{
    BoundSql sql = openItems(scope);
    sql.where(QStringLiteral("f.put_offs > 0"));  // the index's own condition
    addDays(sql, scope);
    return sql;
}

// One column of the key compared to the key's value, an absent value
// sorting before any other: "after" is greater, "before" is smaller.
QString after(const QString &column, const QString &param, bool absent, bool backwards)
{
    if (backwards)
        return absent ? QStringLiteral("0") : QStringLiteral("(%1 IS NULL OR %1 < %2)").arg(column, param);
    return absent ? QStringLiteral("%1 IS NOT NULL").arg(column) : QStringLiteral("%1 > %2").arg(column, param);
}

QString same(const QString &column, const QString &param, bool absent)
{
    return absent ? QStringLiteral("%1 IS NULL").arg(column) : QStringLiteral("%1 = %2").arg(column, param);
}

// Rows after `key` in (date, time, promise, id) order, or before it when
// going backwards. The date bound comes apart first so the index range
// starts at the key's day; the rest is tested on that day's index entries.
void addAfter(BoundSql &sql, const AgendaKey &key, bool backwards)
{
    const QString date = sql.param(SqlQuery::dateText(key.date));
    const QString time = key.time ? sql.param(key.time->toString(QStringLiteral("HH:mm"))) : QString();
    const QString promise = key.promiseId ? sql.param(*key.promiseId) : QString();
    const QString id = sql.param(key.id);
    const QString tail = QStringLiteral("%1 OR (%2 AND (%3 OR (%4 AND f.id %5 %6)))")
                             .arg(after(QStringLiteral("f.due_time"), time, !key.time, backwards),
                                  same(QStringLiteral("f.due_time"), time, !key.time),
                                  after(QStringLiteral("f.promise_id"), promise, !key.promiseId, backwards),
                                  same(QStringLiteral("f.promise_id"), promise, !key.promiseId),
                                  backwards ? QStringLiteral("<") : QStringLiteral(">"), id);
    sql.where(QStringLiteral("f.due_date %1 %2 AND (f.due_date %3 %2 OR %4)")
                  .arg(backwards ? QStringLiteral("<=") : QStringLiteral(">="), date,
                       backwards ? QStringLiteral("<") : QStringLiteral(">"), tail));
}

// The counts kept by schema 6's triggers (agenda_counts): one row per
// assignee, day and group, so a count reads a few rows, not the items.
BoundSql countedItems(const AgendaScope &scope)
{
    BoundSql sql;
    switch (scope.who) {
    case AgendaScope::Who::Everyone: break;
    case AgendaScope::Who::Agent: sql.where(QStringLiteral("c.assignee = ") + sql.param(scope.agentId)); break;
    case AgendaScope::Who::Unassigned: sql.where(QStringLiteral("c.assignee = 0")); break;
    }
    if (scope.from.isValid())
        sql.where(QStringLiteral("c.due_date >= ") + sql.param(SqlQuery::dateText(scope.from)));
    if (scope.to.isValid())
        sql.where(QStringLiteral("c.due_date <= ") + sql.param(SqlQuery::dateText(scope.to)));
    return sql;
}

// Where the counts come from, with the columns they are read by: the kept
// counts of schema 6 (agenda_counts), or with AgendaScope::putOffOnly the
// open items put off themselves, which nothing keeps a count of.
struct CountSource {
    BoundSql sql;
    QString from;
    QString kind;
    QString aboutPromise;
    QString day;
    QString open;  // how many, summed or counted
};

CountSource countSource(const AgendaScope &scope)
{
    if (scope.putOffOnly)
        return {putOffItems(scope), kPutOffItems, QStringLiteral("f.kind"), QStringLiteral("(f.promise_id IS NOT NULL)"),
                QStringLiteral("f.due_date"), QStringLiteral("count(*)")};
    return {countedItems(scope), QStringLiteral(" FROM agenda_counts c"), QStringLiteral("c.kind"),
            QStringLiteral("c.about_promise"), QStringLiteral("c.due_date"), QStringLiteral("sum(c.open)")};
}

QString order(bool backwards)
{
    return backwards ? QStringLiteral(" ORDER BY f.due_date DESC, f.due_time DESC, f.promise_id DESC, f.id DESC")
                     : QStringLiteral(" ORDER BY f.due_date, f.due_time, f.promise_id, f.id");
}

QList<AgendaItem> readAll(SqlQuery &q)
{
    QList<AgendaItem> out;
    while (q.next())
        out.append(readItem(q));
    return out;
}

} // namespace

QList<AgendaItem> AgendaRepository::page(const AgendaScope &scope, AgendaGroup group, bool newestFirst,
                                         const std::optional<AgendaKey> &after, int limit)
{
    BoundSql sql = scope.putOffOnly ? putOffItems(scope) : openItems(scope);
    addGroup(sql, group);
    if (!scope.putOffOnly)
        addDays(sql, scope);
    if (after)
        addAfter(sql, *after, newestFirst);
    const QString limitParam = sql.param(limit);
    const QString from = scope.putOffOnly ? kPutOffItems + kJoined : inGroupOrder(scope);
    SqlQuery q(m_db, kColumns + from + sql.whereSql() + order(newestFirst) + QStringLiteral(" LIMIT ") + limitParam);
    sql.bindTo(q);
    q.exec();
    return readAll(q);
}

qint64 AgendaRepository::count(const AgendaScope &scope, AgendaGroup group)
{
    CountSource source = countSource(scope);
    source.sql.where(QStringLiteral("%1 = '%2' AND %3 = %4")
                         .arg(source.kind, domain::toCode(domain::kindOf(group)), source.aboutPromise)
                         .arg(domain::isAboutPromise(group) ? 1 : 0));
    SqlQuery q(m_db, QStringLiteral("SELECT coalesce(%1, 0)").arg(source.open) + source.from + source.sql.whereSql());
    source.sql.bindTo(q);
    return q.execScalar();
}

QMap<AgendaGroup, qint64> AgendaRepository::counts(const AgendaScope &scope)
{
    CountSource source = countSource(scope);
    SqlQuery q(m_db, QStringLiteral("SELECT %1, %2, %3").arg(source.kind, source.aboutPromise, source.open) +
                         source.from + source.sql.whereSql() + QStringLiteral(" GROUP BY 1, 2"));
    source.sql.bindTo(q);
    q.exec();
    QMap<AgendaGroup, qint64> out;
    while (q.next()) {
        const auto kind = domain::fromCode<domain::FollowUpKind>(q.text(0));
        if (!kind)
            continue;
        const bool aboutPromise = q.boolean(1);
        const AgendaGroup group = domain::agendaGroup(*kind, aboutPromise);
        // Only the rows that make a group: a reminder without its promise
        // (which the services never write) is shown nowhere, so not counted.
        if (domain::kindOf(group) == *kind && domain::isAboutPromise(group) == aboutPromise && q.integer(2) > 0)
            out[group] += q.integer(2);
    }
    return out;
}

qint64 AgendaRepository::countAll(const AgendaScope &scope)
{
    CountSource source = countSource(scope);
    SqlQuery q(m_db, QStringLiteral("SELECT coalesce(%1, 0)").arg(source.open) + source.from + source.sql.whereSql());
    source.sql.bindTo(q);
    return q.execScalar();
}

QMap<QDate, int> AgendaRepository::countsPerDay(const AgendaScope &scope)
{
    CountSource source = countSource(scope);
    SqlQuery q(m_db, QStringLiteral("SELECT %1, %2").arg(source.day, source.open) + source.from +
                         source.sql.whereSql() + QStringLiteral(" GROUP BY 1"));
    source.sql.bindTo(q);
    q.exec();
    QMap<QDate, int> out;
    while (q.next())
        if (q.integer(1) > 0)
            out.insert(q.date(0), int(q.integer(1)));
    return out;
}

std::optional<AgendaItem> AgendaRepository::item(domain::Id followUpId)
{
    SqlQuery q(m_db, kColumns + QStringLiteral(" FROM followups f") + kJoined + QStringLiteral(" WHERE f.id = :id"));
    q.bind(QStringLiteral(":id"), followUpId).exec();
    if (!q.next())
        return std::nullopt;
    return readItem(q);
}

QList<AgendaItem> AgendaRepository::timedCallbacks(const AgendaScope &scope, const QDate &date, const QTime &after,
                                                   const QTime &upTo, int limit)
{
    BoundSql sql = openItems(scope);
    addGroup(sql, AgendaGroup::Callback);
    sql.where(QStringLiteral("f.due_date = ") + sql.param(SqlQuery::dateText(date)));
    if (after.isValid())
        sql.where(QStringLiteral("f.due_time > ") + sql.param(after.toString(QStringLiteral("HH:mm"))));
    else
        sql.where(QStringLiteral("f.due_time IS NOT NULL"));
    sql.where(QStringLiteral("f.due_time <= ") + sql.param(upTo.toString(QStringLiteral("HH:mm"))));
    const QString limitParam = sql.param(limit);
    SqlQuery q(m_db,
               kColumns + inGroupOrder(scope) + sql.whereSql() + order(false) + QStringLiteral(" LIMIT ") + limitParam);
    sql.bindTo(q);
    q.exec();
    return readAll(q);
}

std::optional<QTime> AgendaRepository::nextCallbackTime(const AgendaScope &scope, const QDate &date,
                                                        const QTime &after)
{
    BoundSql sql = openItems(scope);
    addGroup(sql, AgendaGroup::Callback);
    sql.where(QStringLiteral("f.due_date = ") + sql.param(SqlQuery::dateText(date)));
    if (after.isValid())
        sql.where(QStringLiteral("f.due_time > ") + sql.param(after.toString(QStringLiteral("HH:mm"))));
    SqlQuery q(m_db, QStringLiteral("SELECT min(f.due_time) FROM ") +
                         followUpsByGroup(scope.who != AgendaScope::Who::Everyone) + sql.whereSql());
    sql.bindTo(q);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return q.optionalTime(0);
}

} // namespace libreta::store
