#include "domain/panelperiod.h"

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

} // namespace libreta::domain
