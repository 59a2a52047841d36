#include "store/workqueuerepository.h"

#include "domain/entitycodes.h"
#include "store/boundsql.h"
#include "store/followupgroupsql.h"
#include "store/sqlquery.h"

namespace libreta::store {
namespace {

// The agent's debtors: assigned to them, or to nobody when the office
// lets agents take those.
QString debtorScope(BoundSql &sql, const QueueScope &scope)
{
    const QString agent = sql.param(*scope.agentId);
    return scope.includeUnassigned
               ? QStringLiteral("(d.assigned_agent_id = %1 OR d.assigned_agent_id IS NULL)").arg(agent)
               : QStringLiteral("d.assigned_agent_id = %1").arg(agent);
}

// Active debtors, none under a claim: the claim's primary key is the
// debtor, so the test is one lookup per row. `debtorColumn` is the walked
// table's own debtor column: SQLite then tests the claim before it reads
// the debtor, and a debtor claimed a minute ago (the queue's last answers,
// first in its order) costs a look at the small claims table, not a read
// of its row among a million.
void addActiveUnclaimed(BoundSql &sql, const QString &debtorColumn, const QDateTime &nowUtc)
{
    sql.where(QStringLiteral("NOT EXISTS (SELECT 1 FROM work_claims w WHERE w.debtor_id = %1 AND w.expires_at > %2)")
                  .arg(debtorColumn, sql.param(SqlQuery::instantText(nowUtc))));
    sql.where(QStringLiteral("d.status = 'active'"));
}

} // namespace

bool WorkQueueRepository::walkFollowUps(const QueueScope &scope, const QueueWalk &walk, const QDate &today,
                                        const QTime &now, const QDateTime &nowUtc, int limit,
                                        const std::function<bool(const QueueCandidate &)> &visit)
{
    // A follow-up assigned to someone is theirs (the agent who agreed the
    // call-back, or whom a supervisor gave it to), whoever has the debtor;
    // one assigned to nobody goes with the debtor. So an agent walks their
    // own first, then those nobody has on their debtors: each one range of
    // an index of schema 6, with nothing of other agents' to pass over.
    if (!scope.agentId)
        return walkOnce(scope, walk, Whose::Anyone, today, now, nowUtc, limit, visit);
    return walkOnce(scope, walk, Whose::Own, today, now, nowUtc, limit, visit) ||
           walkOnce(scope, walk, Whose::Nobody, today, now, nowUtc, limit, visit);
}

bool WorkQueueRepository::walkOnce(const QueueScope &scope, const QueueWalk &walk, Whose whose, const QDate &today,
                                   const QTime &now, const QDateTime &nowUtc, int limit,
                                   const std::function<bool(const QueueCandidate &)> &visit)
{
    // One index range read in the order offered: (status, [assignee,] kind,
    // date, time, promise). The unary + as in AgendaRepository: the promise
    // is tested, not taken as fixing the index's order.
    BoundSql sql;
    sql.where(QStringLiteral("f.status = 'open'"));
    switch (whose) {
    case Whose::Anyone: break;
    case Whose::Own: sql.where(QStringLiteral("f.assigned_to = ") + sql.param(*scope.agentId)); break;
    case Whose::Nobody:
        sql.where(QStringLiteral("f.assigned_to IS NULL"));
        sql.where(debtorScope(sql, scope));
        break;
    }
    sql.where(followUpGroupCondition(walk.group));
    const QString day = sql.param(SqlQuery::dateText(today));
    QString order;
    if (walk.earlierDays) {
        sql.where(QStringLiteral("f.due_date < ") + day);
        order = QStringLiteral(" ORDER BY f.due_date DESC, f.due_time DESC, f.promise_id DESC, f.id DESC");
    } else {
        sql.where(QStringLiteral("f.due_date = ") + day);
        sql.where(QStringLiteral("(f.due_time IS NULL OR f.due_time <= %1)")
                      .arg(sql.param(now.toString(QStringLiteral("HH:mm")))));
        order = QStringLiteral(" ORDER BY f.due_time, f.promise_id, f.id");
    }
    addActiveUnclaimed(sql, QStringLiteral("f.debtor_id"), nowUtc);
    const QString limitParam = sql.param(limit);
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT f.id, f.kind, f.due_date, f.due_time, p.amount, p.due_date, "
                         "d.id, d.time_zone, d.do_not_contact, p.paid FROM ") +
                         followUpsByGroup(whose != Whose::Anyone) +
                         QStringLiteral(" CROSS JOIN debtors d ON d.id = f.debtor_id "
                                        "LEFT JOIN promises p ON p.id = f.promise_id") +
                         sql.whereSql() + order + QStringLiteral(" LIMIT ") + limitParam);
    sql.bindTo(q);
    q.exec();
    while (q.next()) {
        QueueCandidate c;
        c.reason = walk.reason;
        c.followUpId = q.integer(0);
        c.followUpKind = domain::fromCode<domain::FollowUpKind>(q.text(1));
        c.dueDate = q.date(2);
        c.dueTime = q.optionalTime(3);
        c.promiseAmount = q.money(4);
        c.promiseDueDate = q.optionalDate(5);
        c.debtorId = q.integer(6);
        c.timeZone = q.text(7);
        c.doNotContact = q.boolean(8);
        c.promisePaid = q.money(9);
        if (visit(c))
            return true;
    }
    return false;
}

QList<QueueCandidate> WorkQueueRepository::priorityCandidates(const QueueScope &scope, const QDate &today,
                                                              const RestCutoffs &notContactedSince,
                                                              const QDateTime &nowUtc, int limit)
{
    // Walks (status, outstanding) of schema 2 from the largest balance down
    // and stops after `limit` matches.
    BoundSql sql;
    sql.where(QStringLiteral("t.status = 'active' AND t.outstanding > 0 AND t.open_promise_id IS NULL"));
    // A segment's own rest is a cutoff of its own, tested on the row the
    // walk is on (the totals keep the debtor's segment).
    QString cutoff = sql.param(SqlQuery::instantText(notContactedSince.office));
    if (!notContactedSince.bySegment.isEmpty()) {
        QString cases = QStringLiteral("CASE trim(t.segment)");
        for (auto it = notContactedSince.bySegment.cbegin(); it != notContactedSince.bySegment.cend(); ++it)
            cases += QStringLiteral(" WHEN %1 THEN %2")
                         .arg(sql.param(it.key()), sql.param(SqlQuery::instantText(it.value())));
        cutoff = cases + QStringLiteral(" ELSE ") + cutoff + QStringLiteral(" END");
    }
    sql.where(QStringLiteral("(t.last_contact_at IS NULL OR t.last_contact_at < %1)").arg(cutoff));
    sql.where(QStringLiteral("(t.next_action_date IS NULL OR t.next_action_date <= %1)")
                  .arg(sql.param(SqlQuery::dateText(today))));
    if (scope.agentId)
        sql.where(debtorScope(sql, scope));
    addActiveUnclaimed(sql, QStringLiteral("t.debtor_id"), nowUtc);
    const QString limitParam = sql.param(limit);
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT d.id, d.time_zone, d.do_not_contact, t.outstanding, t.oldest_due_date, "
                         "t.last_contact_at, d.risk, d.value, t.promises_kept, t.promises_broken, t.segment "
                         "FROM debtor_totals t CROSS JOIN debtors d ON d.id = t.debtor_id") +
                         sql.whereSql() + QStringLiteral(" ORDER BY t.outstanding DESC, t.debtor_id DESC LIMIT ") +
                         limitParam);
    sql.bindTo(q);
    q.exec();
    QList<QueueCandidate> out;
    while (q.next()) {
        using namespace domain;
        QueueCandidate c;
        c.reason = QueueReason::Priority;
        c.debtorId = q.integer(0);
        c.timeZone = q.text(1);
        c.doNotContact = q.boolean(2);
        c.outstanding = q.money(3);
        c.oldestDueDate = q.optionalDate(4);
        c.lastContactAt = q.optionalInstant(5);
        c.risk = fromCode<Level>(q.text(6)).value_or(Level::Medium);
        c.value = fromCode<Level>(q.text(7)).value_or(Level::Medium);
        c.promisesKept = int(q.integer(8));
        c.promisesBroken = int(q.integer(9));
        c.segment = q.text(10);
        out.append(c);
    }
    return out;
}

bool WorkQueueRepository::claim(domain::Id debtorId, domain::Id agentId, const QDateTime &nowUtc,
                                const QDateTime &expiresUtc)
{
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO work_claims (debtor_id, agent_id, claimed_at, expires_at) "
        "VALUES (:debtor, :agent, :now, :expires) "
        "ON CONFLICT (debtor_id) DO UPDATE SET agent_id = excluded.agent_id, "
        "  claimed_at = excluded.claimed_at, expires_at = excluded.expires_at "
        "WHERE work_claims.expires_at <= excluded.claimed_at OR work_claims.agent_id = excluded.agent_id "
        "RETURNING debtor_id"));
    q.bind(QStringLiteral(":debtor"), debtorId)
        .bind(QStringLiteral(":agent"), agentId)
        .bind(QStringLiteral(":now"), nowUtc)
        .bind(QStringLiteral(":expires"), expiresUtc)
        .exec();
    return q.next();
}

void WorkQueueRepository::release(domain::Id debtorId, domain::Id agentId)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM work_claims WHERE debtor_id = :debtor AND agent_id = :agent"))
        .bind(QStringLiteral(":debtor"), debtorId)
        .bind(QStringLiteral(":agent"), agentId)
        .exec();
}

std::optional<domain::Id> WorkQueueRepository::claimedBy(domain::Id debtorId, const QDateTime &nowUtc)
{
    SqlQuery q(m_db, QStringLiteral("SELECT agent_id FROM work_claims WHERE debtor_id = :debtor AND expires_at > :now"));
    q.bind(QStringLiteral(":debtor"), debtorId).bind(QStringLiteral(":now"), nowUtc).exec();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

} // namespace libreta::store
