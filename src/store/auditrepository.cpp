#include "store/auditrepository.h"

#include "store/boundsql.h"
#include "store/sqlquery.h"

namespace libreta::store {

namespace {

// The entries of one debtor say so in their entity (debtor.update,
// contact.override) or begin their details with "debtor=<id>" (calls,
// payments, notes, contacts, invoices, follow-ups, discounts): the services
// write them so (services/audittrail.h). Schema 16's audit_log_debtor_at
// indexes this very expression: keep the two the same.
const QLatin1String kDebtorOfEntry(
    "(CASE WHEN a.entity = 'debtor' THEN a.entity_id "
    "WHEN substr(a.details, 1, 7) = 'debtor=' THEN CAST(substr(a.details, 8) AS INTEGER) END)");
// The debtor a line shows: as above, or a review's, through its call.
QString debtorShown()
{
    return QStringLiteral("coalesce(") + kDebtorOfEntry +
           QStringLiteral(", (SELECT c.debtor_id FROM calls c WHERE a.entity = 'call' AND c.id = a.entity_id))");
}

// The index that walks the chosen entries in time order: one debtor's, one
// person's one action, one person's, one action's, or everyone's.
QString indexFor(const AuditQuery &query)
{
    if (query.debtorId)  // a debtor's entries are few: the fewest to walk
        return QStringLiteral("audit_log_debtor_at");
    if (query.userId && !query.action.isEmpty())
        return QStringLiteral("audit_log_user_action_at");
    if (query.userId)
        return QStringLiteral("audit_log_user_at");
    if (!query.action.isEmpty())
        return QStringLiteral("audit_log_action_at");
    return QStringLiteral("audit_log_at");
}

void addConditions(BoundSql &sql, const AuditQuery &query)
{
    if (query.debtorId)
        sql.where(kDebtorOfEntry + QStringLiteral(" = ") + sql.param(*query.debtorId));
    if (query.userId)
        sql.where(QStringLiteral("a.user_id = ") + sql.param(*query.userId));
    if (!query.action.isEmpty())
        sql.where(QStringLiteral("a.action = ") + sql.param(query.action));
    // The desk's days, as instants: the log stores UTC.
    if (query.from.isValid())
        sql.where(QStringLiteral("a.at >= ") + sql.param(SqlQuery::instantText(query.from.startOfDay().toUTC())));
    if (query.to.isValid())
        sql.where(QStringLiteral("a.at < ") +
                  sql.param(SqlQuery::instantText(query.to.addDays(1).startOfDay().toUTC())));
}

QString selectSql(const AuditQuery &query)
{
    return QStringLiteral("SELECT a.id, a.at, a.user_id, a.action, a.entity, a.entity_id, a.details, "
                          "u.display_name, u.login, d.id, d.name, d.external_ref, "
                          "CASE a.entity WHEN 'payment' THEN p.amount WHEN 'invoice' THEN i.amount "
                          "WHEN 'adjustment' THEN j.amount END, "
                          "CASE WHEN a.entity = 'note' THEN n.body "
                          "WHEN a.action IN ('call.commit', 'call.correct') THEN rtrim("
                          "iif(c.excuse_words <> '', c.excuse_words || ' · ', '') || "
                          "iif(c.presentation_notes <> '', c.presentation_notes || ' · ', '') || "
                          "iif(c.listening_notes <> '', c.listening_notes || ' · ', '') || "
                          "iif(c.negotiation_notes <> '', c.negotiation_notes || ' · ', '') || "
                          "iif(c.preclose_notes <> '', c.preclose_notes || ' · ', '') || "
                          "iif(c.close_notes <> '', c.close_notes, ''), ' ·') END "
                          "FROM audit_log a INDEXED BY ") +
           indexFor(query) +
           QStringLiteral(" LEFT JOIN users u ON u.id = a.user_id "
                          "LEFT JOIN debtors d ON d.id = ") +
           debtorShown() +
           QStringLiteral(" LEFT JOIN payments p ON a.entity = 'payment' AND p.id = a.entity_id "
                          "LEFT JOIN invoices i ON a.entity = 'invoice' AND i.id = a.entity_id "
                          "LEFT JOIN adjustments j ON a.entity = 'adjustment' AND j.id = a.entity_id "
                          "LEFT JOIN notes n ON a.entity = 'note' AND n.id = a.entity_id "
                          "LEFT JOIN calls c ON a.entity = 'call' AND c.id = a.entity_id");
}

AuditLine lineFrom(const SqlQuery &q)
{
    AuditLine l;
    l.entry = {q.integer(0), q.instant(1), q.optionalInteger(2), q.text(3), q.text(4), q.optionalInteger(5),
               q.text(6)};
    l.userName = q.text(7);
    l.userLogin = q.text(8);
    l.debtorId = q.optionalInteger(9);
    l.debtorName = q.text(10);
    l.debtorRef = q.text(11);
    if (!q.isNull(12))
        l.amount = q.money(12);
    l.written = q.text(13).simplified();
    return l;
}

} // namespace

domain::Id AuditRepository::add(const AuditEntry &e)
{
    return SqlQuery(m_db, QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity, entity_id, details) "
                                         "VALUES (:at, :user, :action, :entity, :entity_id, :details) RETURNING id"))
        .bind(QStringLiteral(":at"), e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc())
        .bind(QStringLiteral(":user"), e.userId)
        .bind(QStringLiteral(":action"), e.action)
        .bind(QStringLiteral(":entity"), e.entity)
        .bind(QStringLiteral(":entity_id"), e.entityId)
        .bind(QStringLiteral(":details"), e.details)
        .execScalar();
}

QList<AuditEntry> AuditRepository::latest(int limit)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, details FROM audit_log "
                                    "ORDER BY id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<AuditEntry> out;
    while (q.next())
        out.append({q.integer(0), q.instant(1), q.optionalInteger(2), q.text(3), q.text(4),
                    q.optionalInteger(5), q.text(6)});
    return out;
}

QList<AuditLine> AuditRepository::page(const AuditQuery &query, const std::optional<AuditKey> &after, int limit)
{
    BoundSql sql;
    addConditions(sql, query);
    if (after) {
        const QString at = sql.param(SqlQuery::instantText(after->at));
        sql.where(QStringLiteral("(a.at < %1 OR (a.at = %1 AND a.id < %2))").arg(at, sql.param(after->id)));
    }
    const QString limitParam = sql.param(limit);
    SqlQuery q(m_db, selectSql(query) + sql.whereSql() + QStringLiteral(" ORDER BY a.at DESC, a.id DESC LIMIT ") +
                         limitParam);
    sql.bindTo(q);
    q.exec();
    QList<AuditLine> out;
    while (q.next())
        out.append(lineFrom(q));
    return out;
}

void AuditRepository::each(const AuditQuery &query, const std::function<void(const AuditLine &)> &visit)
{
    BoundSql sql;
    addConditions(sql, query);
    SqlQuery q(m_db, selectSql(query) + sql.whereSql() + QStringLiteral(" ORDER BY a.at, a.id"));
    sql.bindTo(q);
    q.exec();
    while (q.next())
        visit(lineFrom(q));
}

QStringList AuditRepository::actions()
{
    // One seek of the action index per action, however long the log.
    SqlQuery q(m_db, QStringLiteral(
                         "WITH RECURSIVE seen(action) AS (SELECT min(action) FROM audit_log "
                         "UNION ALL SELECT (SELECT min(a.action) FROM audit_log a WHERE a.action > seen.action) "
                         "FROM seen WHERE seen.action IS NOT NULL) "
                         "SELECT action FROM seen WHERE action IS NOT NULL"));
    q.exec();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    return out;
}

} // namespace libreta::store
