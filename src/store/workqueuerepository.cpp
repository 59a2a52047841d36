#include "store/workqueuerepository.h"

#include "domain/entitycodes.h"
#include "store/sqlquery.h"

#include <algorithm>

namespace libreta::store {
namespace {

// Columns every candidate query returns after its own leading ones.
const QString kDebtorColumns = QStringLiteral(
    "d.id, d.time_zone, d.do_not_contact, t.outstanding, t.oldest_due_date, t.last_contact_at, "
    "d.risk, d.value, t.promises_kept, t.promises_broken");

const QString kScopeAndClaims = QStringLiteral(
    " AND d.status = 'active'"
    " AND (:all_agents = 1 OR d.assigned_agent_id = :agent"
    "      OR (:unassigned = 1 AND d.assigned_agent_id IS NULL))"
    " AND NOT EXISTS (SELECT 1 FROM work_claims w WHERE w.debtor_id = d.id"
    "                 AND w.expires_at > :now AND (:all_agents = 1 OR w.agent_id <> :agent)) ");

void bindScope(SqlQuery &q, const QueueScope &scope, const QDateTime &nowUtc)
{
    q.bind(QStringLiteral(":all_agents"), !scope.agentId.has_value())
        .bind(QStringLiteral(":agent"), scope.agentId.value_or(0))
        .bind(QStringLiteral(":unassigned"), scope.includeUnassigned)
        .bind(QStringLiteral(":now"), nowUtc);
}

void readDebtorColumns(const SqlQuery &q, int first, QueueCandidate &c)
{
    using namespace domain;
    c.debtorId = q.integer(first);
    c.timeZone = q.text(first + 1);
    c.doNotContact = q.boolean(first + 2);
    c.outstanding = q.money(first + 3);
    c.oldestDueDate = q.optionalDate(first + 4);
    c.lastContactAt = q.optionalInstant(first + 5);
    c.risk = fromCode<Level>(q.text(first + 6)).value_or(Level::Medium);
    c.value = fromCode<Level>(q.text(first + 7)).value_or(Level::Medium);
    c.promisesKept = int(q.integer(first + 8));
    c.promisesBroken = int(q.integer(first + 9));
}

} // namespace

QList<QueueCandidate> WorkQueueRepository::dueFollowUps(const QueueScope &scope, const QDate &today,
                                                        const QTime &now, const QDateTime &nowUtc, int limit)
{
    // The rank column puts the queue's order in SQL so only `limit` rows
    // travel: call-backs whose time has come, today's promises, broken
    // promises' call-backs, then the tasks that remove an argument.
    SqlQuery q(m_db, QStringLiteral(
        "SELECT f.id, f.kind, f.due_time, coalesce(p.amount, 0), "
        "  CASE WHEN f.kind = 'callback' AND f.promise_id IS NULL THEN 0 "
        "       WHEN f.kind = 'promise_reminder' THEN 1 "
        "       WHEN f.kind = 'callback' THEN 2 "
        "       WHEN f.kind = 'promise_check' THEN 2 "
        "       ELSE 3 END AS rank, ") + kDebtorColumns + QStringLiteral(
        " FROM followups f JOIN debtors d ON d.id = f.debtor_id "
        " JOIN debtor_totals t ON t.debtor_id = d.id "
        " LEFT JOIN promises p ON p.id = f.promise_id "
        "WHERE f.status = 'open' AND f.due_date <= :today "
        "  AND (f.due_date < :today OR f.due_time IS NULL OR f.due_time <= :time) ") +
        kScopeAndClaims + QStringLiteral(
        "ORDER BY rank, f.due_date, f.due_time, f.id LIMIT :limit"));
    q.bind(QStringLiteral(":today"), today)
        .bind(QStringLiteral(":time"), now.toString(QStringLiteral("HH:mm")))
        .bind(QStringLiteral(":limit"), limit);
    bindScope(q, scope, nowUtc);
    q.exec();
    QList<QueueCandidate> out;
    while (q.next()) {
        QueueCandidate c;
        c.followUpId = q.integer(0);
        c.followUpKind = domain::fromCode<domain::FollowUpKind>(q.text(1));
        c.dueTime = q.optionalTime(2);
        c.promiseAmount = q.money(3);
        static const QueueReason byRank[] = {QueueReason::CallbackDue, QueueReason::PromiseDueToday,
                                             QueueReason::BrokenPromise, QueueReason::Task};
        c.reason = byRank[std::clamp<qint64>(q.integer(4), 0, 3)];
        readDebtorColumns(q, 5, c);
        out.append(c);
    }
    return out;
}

QList<QueueCandidate> WorkQueueRepository::priorityCandidates(const QueueScope &scope,
                                                              const QDateTime &notContactedSinceUtc,
                                                              const QDateTime &nowUtc, int limit)
{
    // Walks the outstanding index from the top and stops after `limit`
    // matches, so it stays quick whatever the size of the portfolio.
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kDebtorColumns + QStringLiteral(
        " FROM debtor_totals t JOIN debtors d ON d.id = t.debtor_id "
        "WHERE t.outstanding > 0 "
        "  AND (t.last_contact_at IS NULL OR t.last_contact_at < :since) ") +
        kScopeAndClaims + QStringLiteral("ORDER BY t.outstanding DESC, t.debtor_id LIMIT :limit"));
    q.bind(QStringLiteral(":since"), notContactedSinceUtc).bind(QStringLiteral(":limit"), limit);
    bindScope(q, scope, nowUtc);
    q.exec();
    QList<QueueCandidate> out;
    while (q.next()) {
        QueueCandidate c;
        c.reason = QueueReason::Priority;
        readDebtorColumns(q, 0, c);
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
