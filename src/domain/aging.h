#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace libreta::domain {

enum class AgingBucket { Current, Days1To30, Days31To60, Days61To90, Days91To180, Over180 };

// Days past the due date as of `today`; 0 when not yet due (or no date).
int daysPastDue(const QDate &dueDate, const QDate &today);

// current (0), 1–30, 31–60, 61–90, 91–180, 180+ (181 and more).
AgingBucket agingBucket(int daysPastDue);
AgingBucket agingBucketFor(const std::optional<QDate> &oldestDueDate, const QDate &today);

// The oldest-due-date range that falls in `bucket` as of `today`, both ends
// inclusive; an empty optional means unbounded. Lets the store filter the
// portfolio on an indexed date column instead of computing days per row.
struct DueDateRange {
    std::optional<QDate> from;
    std::optional<QDate> to;
};
DueDateRange dueDateRangeFor(AgingBucket bucket, const QDate &today);
// The fewest days past due a debtor in `bucket` is (0 for current).
int minDaysPastDue(AgingBucket bucket);

QString agingBucketLabel(AgingBucket bucket);  // translated: "1–30 días"
QString agingBucketCode(AgingBucket bucket);   // "current", "1-30", ... "180+"
std::optional<AgingBucket> agingBucketFromCode(QStringView code);

} // namespace libreta::domain
