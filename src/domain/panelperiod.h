#pragma once

#include "domain/money.h"

#include <QDate>

namespace libreta::domain {

// The periods the Panel sums its figures over, in the office's calendar.
enum class PanelPeriod { Today, ThisWeek, ThisMonth, LastMonth, ThisYear };

struct DayRange {
    QDate from;  // both days included
    QDate to;
};

// The days of `period` as seen on `today`: a week starts on the locale's
// first day (Monday in Spain and Mexico's ISO calendars, Sunday where the
// desk's locale says so); a month or a year is the whole calendar one.
DayRange periodDays(PanelPeriod period, const QDate &today, Qt::DayOfWeek firstDayOfWeek);

// A monthly target over `days`: the month's whole target for each whole
// month, and for part of one the share of its calendar days (a week of
// November, 7/30 of it), rounded to the cent.
Money targetOver(Money monthly, const DayRange &days);

} // namespace libreta::domain
