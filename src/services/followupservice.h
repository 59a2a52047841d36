#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Scheduling a follow-up by hand: a call-back, sending an invoice copy or a
// statement, or a task written in words. Promise reminders and checks are
// not scheduled here: the promise makes them. One transaction, the debtor's
// next action refreshed in its totals, audit written.
class FollowUpService final {
    Q_DECLARE_TR_FUNCTIONS(FollowUpService)

public:
    FollowUpService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Field names in InputError: "kind", "date", "time", "description",
    // "assigned_to", "debtor".
    domain::Id schedule(const domain::FollowUp &followUp, std::optional<domain::Id> userId = std::nullopt);

    static bool isScheduledByHand(domain::FollowUpKind kind);
    static constexpr int kMaxDescriptionLength = 500;

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
