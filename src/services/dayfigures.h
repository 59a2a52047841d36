#pragma once

#include "domain/entities.h"

#include <QDate>

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// The day's two figures the desk keeps in sight: promises due and calls
// made. An agent's own (the promises due in their agenda not dealt with yet,
// the calls they made); the whole office's for whoever may supervise (the
// promises still pending). Read from the counts the database keeps per day
// (agenda_counts, daily_figures): at a million debtors a day is some 80,000
// calls, half a second to count one by one.
struct DayFigures {
    bool own = false;  // an agent's, not the office's
    qint64 promisesDue = 0;
    qint64 calls = 0;  // a correction is not another call
    // An agent's monthly target (schema 35), when they have one, and what
    // they recovered so far this month, counted as the Panel counts it.
    std::optional<domain::Money> monthTarget;
    domain::Money recoveredThisMonth;
};

DayFigures dayFigures(store::Database &db, std::optional<domain::Id> deskUser, const QDate &today);

} // namespace libreta::services
