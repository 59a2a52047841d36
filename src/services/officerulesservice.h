#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QCoreApplication>

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Edit ▸ Office rules: the rules every agent of the office works by (the
// grace after a promise's date, the calling window in the debtor's own
// time, the attempts allowed in seven days, the largest discount an agent
// may offer (the office's, and a segment's own where it has one), how far
// a promise's date and a plan's last payment may go, whether agents take
// unassigned debtors, the reminders' hour, the rest between calls the work
// queue gives a debtor it offers for its priority (the office's, and a
// segment's own), the order Next call offers scheduled work in, and the
// time zone new debtors are given).
// Supervisors keep them; anyone in an office that lists no users.
class OfficeRulesService final {
    Q_DECLARE_TR_FUNCTIONS(OfficeRules)

public:
    static constexpr int kMaxGraceDays = 30;
    static constexpr int kMaxAttempts = 50;
    static constexpr int kMaxRestDays = 60;
    static constexpr int kMaxPromiseDays = 365;
    static constexpr int kMaxPlanMonths = 120;

    OfficeRulesService(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> userId)
        : m_db(db), m_clock(clock), m_userId(userId)
    {
    }

    bool mayChange();
    domain::OfficeSettings load();
    // The segments a limit or a rest can be set for: those the debtors are
    // in, and those that keep one though no debtor is in them any more.
    QStringList segments();
    // Stores the rules of `rules`; the office's other settings (its name,
    // currency, letters) stay as they are. Throws InputError naming the
    // field ("discount_limit:<segment>" for a segment's limit,
    // "rest_days:<segment>" for its rest), with
    // nothing stored. With `moveDebtors`, a new time zone for new debtors
    // is also given to every debtor in the one it replaces (an office whose
    // debtors were all given another country's); returns how many moved.
    qint64 save(const domain::OfficeSettings &rules, bool moveDebtors = false);

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
    std::optional<domain::Id> m_userId;
};

} // namespace libreta::services
