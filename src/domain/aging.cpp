#include "domain/aging.h"

#include "domain/codes.h"

#include <QCoreApplication>

#include <algorithm>

namespace libreta::domain {
namespace {

const CodeEntry<AgingBucket> kBuckets[] = {
    {AgingBucket::Current, "current"},     {AgingBucket::Days1To30, "1-30"},
    {AgingBucket::Days31To60, "31-60"},    {AgingBucket::Days61To90, "61-90"},
    {AgingBucket::Days91To180, "91-180"},  {AgingBucket::Over180, "180+"}};

// Inclusive day bounds of each bucket; -1 means unbounded on that side.
struct DayBounds {
    int low;
    int high;
};

DayBounds boundsOf(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::Current: return {-1, 0};
    case AgingBucket::Days1To30: return {1, 30};
    case AgingBucket::Days31To60: return {31, 60};
    case AgingBucket::Days61To90: return {61, 90};
    case AgingBucket::Days91To180: return {91, 180};
    case AgingBucket::Over180: return {181, -1};
    }
    return {-1, -1};
}

} // namespace

int minDaysPastDue(AgingBucket bucket) { return std::max(0, boundsOf(bucket).low); }

int daysPastDue(const QDate &dueDate, const QDate &today)
{
    if (!dueDate.isValid() || !today.isValid())
        return 0;
    return int(std::max<qint64>(0, dueDate.daysTo(today)));
}

AgingBucket agingBucket(int days)
{
    if (days <= 0)
        return AgingBucket::Current;
    if (days <= 30)
        return AgingBucket::Days1To30;
    if (days <= 60)
        return AgingBucket::Days31To60;
    if (days <= 90)
        return AgingBucket::Days61To90;
    if (days <= 180)
        return AgingBucket::Days91To180;
    return AgingBucket::Over180;
}

AgingBucket agingBucketFor(const std::optional<QDate> &oldestDueDate, const QDate &today)
{
    // Nothing due (no open invoice) is current, never "very old".
    if (!oldestDueDate)
        return AgingBucket::Current;
    return agingBucket(daysPastDue(*oldestDueDate, today));
}

DueDateRange dueDateRangeFor(AgingBucket bucket, const QDate &today)
{
    // d days past due <=> due date == today - d, so a day range [low, high]
    // becomes the date range [today - high, today - low]. Current also covers
    // rows without a due date, which the store must add with IS NULL.
    const DayBounds b = boundsOf(bucket);
    DueDateRange range;
    if (b.high >= 0)
        range.from = today.addDays(-b.high);
    if (b.low >= 0)
        range.to = today.addDays(-b.low);
    return range;
}

QString agingBucketLabel(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::Current: return QCoreApplication::translate("Aging", "Current");
    case AgingBucket::Days1To30: return QCoreApplication::translate("Aging", "1–30 days");
    case AgingBucket::Days31To60: return QCoreApplication::translate("Aging", "31–60 days");
    case AgingBucket::Days61To90: return QCoreApplication::translate("Aging", "61–90 days");
    case AgingBucket::Days91To180: return QCoreApplication::translate("Aging", "91–180 days");
    case AgingBucket::Over180: return QCoreApplication::translate("Aging", "Over 180 days");
    }
    return {};
}

QString agingBucketCode(AgingBucket bucket) { return codeOf(kBuckets, bucket); }

std::optional<AgingBucket> agingBucketFromCode(QStringView code)
{
    return enumFromCode(kBuckets, code);
}

} // namespace libreta::domain
