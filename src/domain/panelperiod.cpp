#include "domain/panelperiod.h"

#include <algorithm>

namespace libreta::domain {

DayRange periodDays(PanelPeriod period, const QDate &today, Qt::DayOfWeek firstDayOfWeek)
{
    switch (period) {
    case PanelPeriod::Today: return {today, today};
    case PanelPeriod::ThisWeek: {
        const int back = (today.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
        const QDate start = today.addDays(-back);
        return {start, start.addDays(6)};
    }
    case PanelPeriod::ThisMonth: {
        const QDate start(today.year(), today.month(), 1);
        return {start, start.addMonths(1).addDays(-1)};
    }
    case PanelPeriod::LastMonth: {
        const QDate start = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {start, start.addMonths(1).addDays(-1)};
    }
    case PanelPeriod::ThisYear: return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    }
    return {today, today};
}

QList<DayRange> periodSteps(const DayRange &days, const QDate &today)
{
    QList<DayRange> steps;
    if (!days.from.isValid() || !days.to.isValid())
        return steps;
    const QDate last = std::min(days.to, today);
    const bool byMonth = stepsByMonth(days);
    for (QDate first = days.from; first <= last;) {
        const QDate end =
            byMonth ? std::min(QDate(first.year(), first.month(), first.daysInMonth()), last) : first;
        steps.append({first, end});
        first = end.addDays(1);
    }
    return steps;
}

bool stepsByMonth(const DayRange &days)
{
    // A calendar month has at most 31 days: "this month" and "last month"
    // read day by day, "this year" month by month.
    return days.from.daysTo(days.to) >= 31;
}

Money targetOver(Money monthly, const DayRange &days)
{
    if (!days.from.isValid() || !days.to.isValid() || days.to < days.from)
        return Money();
    qint64 total = 0;
    for (QDate first = days.from; first <= days.to;) {
        const QDate monthEnd(first.year(), first.month(), first.daysInMonth());
        const QDate last = std::min(monthEnd, days.to);
        const qint64 covered = first.daysTo(last) + 1;
        // Rounded half up, in integers: money never goes through a double.
        total += (monthly.minor() * covered * 2 + first.daysInMonth()) / (2 * first.daysInMonth());
        first = last.addDays(1);
    }
    return Money::fromMinor(total);
}

} // namespace libreta::domain
