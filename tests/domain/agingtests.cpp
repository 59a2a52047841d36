#include "domain/aging.h"

#include "domaintesthelpers.h"

#include <QSet>

using namespace libreta::domain;
using libreta::tests::MarkingTranslator;

namespace {

const AgingBucket kAll[] = {AgingBucket::Current,    AgingBucket::Days1To30,
                            AgingBucket::Days31To60, AgingBucket::Days61To90,
                            AgingBucket::Days91To180, AgingBucket::Over180};

bool inRange(const DueDateRange &r, const QDate &d)
{
    return (!r.from || d >= *r.from) && (!r.to || d <= *r.to);
}

} // namespace

TEST_CASE("Days past due count from the day after the due date")
{
    const QDate due(2026, 1, 10);
    CHECK(daysPastDue(due, QDate(2026, 1, 10)) == 0);
    CHECK(daysPastDue(due, QDate(2026, 1, 11)) == 1);
    CHECK(daysPastDue(due, QDate(2026, 2, 9)) == 30);
    CHECK(daysPastDue(due, QDate(2027, 1, 10)) == 365);
}

TEST_CASE("Days past due are zero before the due date and without a date")
{
    CHECK(daysPastDue(QDate(2026, 1, 10), QDate(2026, 1, 1)) == 0);
    CHECK(daysPastDue(QDate(), QDate(2026, 1, 1)) == 0);
    CHECK(daysPastDue(QDate(2026, 1, 10), QDate()) == 0);
}

TEST_CASE("Days past due count the leap day")
{
    CHECK(daysPastDue(QDate(2024, 2, 28), QDate(2024, 3, 1)) == 2);
    CHECK(daysPastDue(QDate(2025, 2, 28), QDate(2025, 3, 1)) == 1);
}

TEST_CASE("Aging buckets change exactly at their boundaries")
{
    CHECK(agingBucket(-5) == AgingBucket::Current);
    CHECK(agingBucket(0) == AgingBucket::Current);
    CHECK(agingBucket(1) == AgingBucket::Days1To30);
    CHECK(agingBucket(30) == AgingBucket::Days1To30);
    CHECK(agingBucket(31) == AgingBucket::Days31To60);
    CHECK(agingBucket(60) == AgingBucket::Days31To60);
    CHECK(agingBucket(61) == AgingBucket::Days61To90);
    CHECK(agingBucket(90) == AgingBucket::Days61To90);
    CHECK(agingBucket(91) == AgingBucket::Days91To180);
    CHECK(agingBucket(180) == AgingBucket::Days91To180);
    CHECK(agingBucket(181) == AgingBucket::Over180);
    CHECK(agingBucket(5000) == AgingBucket::Over180);
}

TEST_CASE("A debtor with no open due date is current")
{
    const QDate today(2026, 6, 1);
    CHECK(agingBucketFor(std::nullopt, today) == AgingBucket::Current);
    CHECK(agingBucketFor(QDate(2026, 5, 31), today) == AgingBucket::Days1To30);
    CHECK(agingBucketFor(QDate(2025, 12, 1), today) == AgingBucket::Over180);
}

TEST_CASE("Due date ranges select exactly the dates of their bucket")
{
    // Every due date from 10 days ahead to 400 days ago lands in exactly one
    // range, and it is the range of the bucket its days past due give.
    for (const QDate today : {QDate(2026, 3, 1), QDate(2024, 3, 1), QDate(2026, 12, 31)}) {
        for (int days = -10; days <= 400; ++days) {
            const QDate due = today.addDays(-days);
            int matches = 0;
            for (AgingBucket b : kAll) {
                const bool inside = inRange(dueDateRangeFor(b, today), due);
                matches += inside ? 1 : 0;
                if (inside) {
                    INFO("today " << today.toString(Qt::ISODate).toStdString() << " days " << days);
                    CHECK(agingBucketFor(due, today) == b);
                }
            }
            CHECK(matches == 1);
        }
    }
}

TEST_CASE("Due date ranges are open at the ends of the scale")
{
    const QDate today(2026, 6, 15);
    const DueDateRange current = dueDateRangeFor(AgingBucket::Current, today);
    CHECK(current.from == today);
    CHECK_FALSE(current.to.has_value());

    const DueDateRange old = dueDateRangeFor(AgingBucket::Over180, today);
    CHECK_FALSE(old.from.has_value());
    CHECK(old.to == today.addDays(-181));

    const DueDateRange first = dueDateRangeFor(AgingBucket::Days1To30, today);
    CHECK(first.from == today.addDays(-30));
    CHECK(first.to == today.addDays(-1));
}

TEST_CASE("Aging bucket codes are stable and round-trip")
{
    CHECK(agingBucketCode(AgingBucket::Current) == QStringLiteral("current"));
    CHECK(agingBucketCode(AgingBucket::Days1To30) == QStringLiteral("1-30"));
    CHECK(agingBucketCode(AgingBucket::Days31To60) == QStringLiteral("31-60"));
    CHECK(agingBucketCode(AgingBucket::Days61To90) == QStringLiteral("61-90"));
    CHECK(agingBucketCode(AgingBucket::Days91To180) == QStringLiteral("91-180"));
    CHECK(agingBucketCode(AgingBucket::Over180) == QStringLiteral("180+"));
    for (AgingBucket b : kAll)
        CHECK(agingBucketFromCode(agingBucketCode(b)) == b);
    CHECK_FALSE(agingBucketFromCode(u"1-31").has_value());
    CHECK_FALSE(agingBucketFromCode(u"").has_value());
    CHECK_FALSE(agingBucketFromCode(u"Current").has_value());
}

TEST_CASE("Aging bucket labels are distinct and translated")
{
    QSet<QString> seen;
    for (AgingBucket b : kAll) {
        const QString text = agingBucketLabel(b);
        CHECK_FALSE(text.isEmpty());
        seen.insert(text);
    }
    CHECK(seen.size() == 6);

    MarkingTranslator translator("Aging");
    for (AgingBucket b : kAll)
        CHECK(agingBucketLabel(b).startsWith(QStringLiteral("ES:")));
}
