#include "domain/weekday.h"

namespace libreta::domain {

QDate onWeekday(const QDate &day)
{
    QDate out = day;
    while (out.isValid() && out.dayOfWeek() > Qt::Friday)
        out = out.addDays(1);
    return out;
}

} // namespace libreta::domain
