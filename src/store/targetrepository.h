#pragma once

#include "domain/entities.h"

#include <QHash>

#include <optional>

namespace libreta::store {

class Database;

// Each agent's monthly target of money recovered (schema 35).
class TargetRepository final {
public:
    explicit TargetRepository(Database &db) : m_db(db) {}

    std::optional<domain::Money> monthlyRecovery(domain::Id userId);
    // Every user who has one.
    QHash<domain::Id, domain::Money> allMonthlyRecovery();
    // None, or zero: the user has no target.
    void setMonthlyRecovery(domain::Id userId, std::optional<domain::Money> target);

private:
    Database &m_db;
};

} // namespace libreta::store
