#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Writes the audit entry of a use case inside the use case's own
// transaction, stamped by the service's clock. Details carry ids, codes and
// counts only: the audit log is read by supervisors and kept for good.
class AuditTrail final {
public:
    AuditTrail(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    void record(std::optional<domain::Id> userId, const QString &action, const QString &entity,
                domain::Id entityId, const QString &details);

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
