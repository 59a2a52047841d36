#pragma once

#include "domain/clock.h"
#include "store/assignmentrepository.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct AssignmentRequest {
    // The debtors the portfolio shows: its search and filters.
    store::PortfolioQuery query;
    // Or those picked in it one by one: when not empty, these and not the
    // query's.
    QList<domain::Id> chosen;
    // Who gets them: one agent, several to share them evenly, or none
    // (an empty list: the debtors are left with no agent).
    QList<domain::Id> agents;
    // Only the debtors that have no agent yet.
    bool onlyUnassigned = false;
    // A debtor's open follow-ups that were its previous agent's go with it.
    bool moveFollowUps = true;
};

// A supervisor deals the debtors the portfolio shows (or those picked in
// it) to the office's agents: all to one, shared evenly among several (largest balance first,
// in turn, so each gets a like mix), or to nobody. One transaction,
// whatever the count; audited with the counts only (a search can hold a
// debtor's name).
class PortfolioAssignmentService final {
    Q_DECLARE_TR_FUNCTIONS(PortfolioAssignmentService)

public:
    PortfolioAssignmentService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // How many debtors the request would assign.
    qint64 count(const AssignmentRequest &request);
    // Throws InputError naming "user", "agents" or "debtors"; nothing is
    // stored then.
    store::AssignmentCounts assign(const AssignmentRequest &request, std::optional<domain::Id> userId);

private:
    static store::PortfolioQuery effectiveQuery(const AssignmentRequest &request);
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
