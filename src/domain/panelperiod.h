#pragma once

#include "domain/money.h"

#include <QDate>
#include <QList>

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

// The steps the Panel shows a period in, in order: each day of a period
// of a month or less, each month of a longer one (the part of it inside
// the period). Days after `today` have nothing yet and are left out.
QList<DayRange> periodSteps(const DayRange &days, const QDate &today);
// Whether those steps are months: a period longer than any month.
bool stepsByMonth(const DayRange &days);

// A monthly target over `days`: the month's whole target for each whole
// month, and for part of one the share of its calendar days (a week of
// November, 7/30 of it), rounded to the cent.
Money targetOver(Money monthly, const DayRange &days);

} // namespace libreta::domain
