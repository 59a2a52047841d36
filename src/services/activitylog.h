#pragma once

#include "store/auditrepository.h"

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Who reads which part of the office's activity log (the audit log every
// use case writes): a supervisor or an administrator, or whoever works in
// an office that lists no users, reads the whole office's; an agent reads
// only what they did themselves; someone the office does not list reads
// nothing. The log's screen and its export both ask here (libreta-cli,
// run by whoever keeps the office's file, exports without this scope).
class ActivityLog final {
public:
    ActivityLog(store::Database &db, std::optional<domain::Id> userId);

    bool readsEveryone() const { return m_everyone; }
    bool readsAnything() const { return m_everyone || m_own.has_value(); }
    // The person an agent is held to; empty for those who read everyone.
    std::optional<domain::Id> heldTo() const { return m_everyone ? std::nullopt : m_own; }

    // `query` as this person may run it: an agent's own entries whatever
    // person it names. Empty when they may read nothing.
    std::optional<store::AuditQuery> scoped(store::AuditQuery query) const;
    // Newest first; nothing for someone who may read nothing.
    QList<store::AuditLine> page(const store::AuditQuery &query, const std::optional<store::AuditKey> &after,
                                 int limit);
    // The actions the log holds, for its choice of action.
    QStringList actions();

private:
    store::Database &m_db;
    bool m_everyone = false;
    std::optional<domain::Id> m_own;
};

} // namespace libreta::services
