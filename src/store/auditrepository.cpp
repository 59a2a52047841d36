#include "store/auditrepository.h"

#include "store/sqlquery.h"

namespace libreta::store {

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

} // namespace libreta::store
