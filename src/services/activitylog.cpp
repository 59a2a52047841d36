#include "services/activitylog.h"

#include "services/supervision.h"
#include "store/storeerror.h"
#include "store/userrepository.h"

#include <spdlog/spdlog.h>

namespace libreta::services {

ActivityLog::ActivityLog(store::Database &db, std::optional<domain::Id> userId) : m_db(db)
{
    // When the users cannot be read, nobody is let in: the log stays shut
    // rather than open to the wrong person.
    try {
        m_everyone = maySupervise(db, userId);
        if (!m_everyone && userId)
            if (const auto user = store::UserRepository(db).byId(*userId); user && user->active)
                m_own = user->id;
    } catch (const store::StoreError &e) {
        m_everyone = false;
        m_own.reset();
        spdlog::warn("activity log: the office's users could not be read: {}", e.message().toStdString());
    }
}

std::optional<store::AuditQuery> ActivityLog::scoped(store::AuditQuery query) const
{
    if (m_everyone)
        return query;
    if (!m_own)
        return std::nullopt;
    query.userId = m_own;
    return query;
}

QList<store::AuditLine> ActivityLog::page(const store::AuditQuery &query, const std::optional<store::AuditKey> &after,
                                          int limit)
{
    const auto allowed = scoped(query);
    if (!allowed)
        return {};
    return store::AuditRepository(m_db).page(*allowed, after, limit);
}

QStringList ActivityLog::actions()
{
    if (!readsAnything())
        return {};
    return store::AuditRepository(m_db).actions();
}

} // namespace libreta::services
