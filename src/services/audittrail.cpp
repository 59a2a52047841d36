#include "services/audittrail.h"

#include "store/auditrepository.h"

namespace libreta::services {

void AuditTrail::record(std::optional<domain::Id> userId, const QString &action, const QString &entity,
                        domain::Id entityId, const QString &details)
{
    store::AuditEntry entry;
    entry.at = m_clock.nowUtc();
    entry.userId = userId;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.details = details;
    store::AuditRepository(m_db).add(entry);
}

} // namespace libreta::services
