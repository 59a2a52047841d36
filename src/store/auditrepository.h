#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

struct AuditEntry {
    domain::Id id = 0;
    QDateTime at;
    std::optional<domain::Id> userId;
    QString action;   // "payment.post", "call.commit", "contact.override"
    QString entity;   // "payment", "call", ...
    std::optional<domain::Id> entityId;
    QString details;  // what a supervisor needs to read: reasons, never personal data beyond ids
};

class AuditRepository final {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    domain::Id add(const AuditEntry &entry);
    QList<AuditEntry> latest(int limit);

private:
    Database &m_db;
};

} // namespace libreta::store
