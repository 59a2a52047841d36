#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// What the agenda does to an open follow-up: mark it done with what came of
// it, move it to another day, or give it to another agent. One transaction
// each, the debtor's next action refreshed in its totals, audit written.
// Field names in InputError: "result", "date", "time", "assigned_to",
// "followup" (gone or no longer open), "user" (not allowed to do this).
class FollowUpActions final {
    Q_DECLARE_TR_FUNCTIONS(FollowUpActions)

public:
    FollowUpActions(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // When to call the debtor again, in the desk's time.
    struct CallAgain {
        QDate date;
        QTime time;
    };
    // With `callAgain`, the debtor is called again then: a new call-back
    // with `result` as its words, for whoever had this one. A call-back about
    // a broken promise is not done until a new date is agreed: it moves
    // instead (a put-off when its day had come) and keeps `result`. Field
    // "call_again" for a day or time that is not real or already passed.
    void complete(domain::Id followUpId, const QString &result, std::optional<domain::Id> userId,
                  const std::optional<CallAgain> &callAgain = std::nullopt);
    void reschedule(domain::Id followUpId, const QDate &date, const std::optional<QTime> &time,
                    std::optional<domain::Id> userId);
    // Only a supervisor or an administrator gives an agent's work to
    // another; std::nullopt leaves it to whoever takes it.
    void reassign(domain::Id followUpId, const std::optional<domain::Id> &assignee, std::optional<domain::Id> userId);

    static constexpr int kMaxResultLength = 500;

private:
    domain::FollowUp openFollowUp(domain::Id followUpId);
    // Refuses a day or time that is not real or has already passed.
    void checkLater(const QDate &date, const std::optional<QTime> &time, const QString &dateField,
                    const QString &timeField, const QString &datePrefix, const QString &timePrefix) const;
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
