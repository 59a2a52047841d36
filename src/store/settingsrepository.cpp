#include "store/settingsrepository.h"

#include "store/sqlquery.h"

namespace libreta::store {
namespace {
const QString kTime = QStringLiteral("HH:mm");
// A segment's own largest discount, and its own rest between calls: these
// prefixes and the segment's name.
const QString kSegmentLimit = QStringLiteral("discount_limit_percent:");
const QString kSegmentRest = QStringLiteral("rest_days:");
}

QMap<QString, int> SettingsRepository::bySegment(const QString &prefix)
{
    SqlQuery q(m_db, QStringLiteral("SELECT substr(key, :from), value FROM office_settings "
                                    "WHERE substr(key, 1, :length) = :prefix"));
    q.bind(QStringLiteral(":from"), int(prefix.size()) + 1)
        .bind(QStringLiteral(":length"), int(prefix.size()))
        .bind(QStringLiteral(":prefix"), prefix)
        .exec();
    QMap<QString, int> out;
    while (q.next()) {
        bool ok = false;
        const int v = q.text(1).toInt(&ok);
        if (ok && !q.text(0).isEmpty())
            out.insert(q.text(0), v);
    }
    return out;
}

void SettingsRepository::setBySegment(const QString &prefix, const QMap<QString, int> &values)
{
    // As a whole: a segment taken away goes back to the office's value.
    SqlQuery(m_db, QStringLiteral("DELETE FROM office_settings WHERE substr(key, 1, :length) = :prefix"))
        .bind(QStringLiteral(":length"), int(prefix.size()))
        .bind(QStringLiteral(":prefix"), prefix)
        .exec();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        setValue(prefix + it.key(), QString::number(it.value()));
}

QString SettingsRepository::value(const QString &key, const QString &fallback)
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM office_settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    return q.next() ? q.text(0) : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO office_settings (key, value) VALUES (:key, :value) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":value"), value)
        .exec();
}

int SettingsRepository::intValue(const char *key, int fallback)
{
    bool ok = false;
    const int v = value(QString::fromLatin1(key)).toInt(&ok);
    return ok ? v : fallback;
}

int SettingsRepository::graceDays() { return intValue("grace_days", domain::OfficeSettings().graceDays); }

domain::QueueOrder SettingsRepository::queueOrder()
{
    return domain::queueOrderFromCode(value(QStringLiteral("queue_order")));
}

domain::OfficeSettings SettingsRepository::load()
{
    domain::OfficeSettings s;
    auto timeValue = [this](const char *key, QTime fallback) {
        const QTime t = QTime::fromString(value(QString::fromLatin1(key)), kTime);
        return t.isValid() ? t : fallback;
    };
    s.officeName = value(QStringLiteral("office_name"));
    s.currencyCode = value(QStringLiteral("currency"), s.currencyCode);
    s.graceDays = graceDays();
    s.windowStart = timeValue("window_start", s.windowStart);
    s.windowEnd = timeValue("window_end", s.windowEnd);
    s.maxAttemptsPer7Days = intValue("max_attempts_7d", s.maxAttemptsPer7Days);
    s.maxAttemptsPerDay = intValue("max_attempts_day", s.maxAttemptsPerDay);
    s.discountLimitPercent = intValue("discount_limit_percent", s.discountLimitPercent);
    s.restDays = intValue("rest_days", s.restDays);
    s.promiseDaysLimit = intValue("promise_days_limit", s.promiseDaysLimit);
    s.planMonthsLimit = intValue("plan_months_limit", s.planMonthsLimit);
    s.queueOrder = queueOrder();
    s.priorityWeights.balance = intValue("priority_balance", s.priorityWeights.balance);
    s.priorityWeights.daysLate = intValue("priority_days_late", s.priorityWeights.daysLate);
    s.priorityWeights.risk = intValue("priority_risk", s.priorityWeights.risk);
    s.priorityWeights.brokenPromises = intValue("priority_broken_promises", s.priorityWeights.brokenPromises);
    s.agentsTakeUnassigned = intValue("agents_take_unassigned", s.agentsTakeUnassigned ? 1 : 0) != 0;
    s.reminderTime = timeValue("reminder_time", s.reminderTime);
    s.paymentInstructions = value(QStringLiteral("payment_instructions"));
    s.debtorTimeZone = value(QStringLiteral("debtor_time_zone"), s.debtorTimeZone);
    s.demo = intValue("demo_office", 0) != 0;
    s.segmentDiscountLimits = bySegment(kSegmentLimit);
    s.segmentRestDays = bySegment(kSegmentRest);
    return s;
}

void SettingsRepository::save(const domain::OfficeSettings &s)
{
    setValue(QStringLiteral("office_name"), s.officeName);
    setValue(QStringLiteral("currency"), s.currencyCode);
    setValue(QStringLiteral("grace_days"), QString::number(s.graceDays));
    setValue(QStringLiteral("window_start"), s.windowStart.toString(kTime));
    setValue(QStringLiteral("window_end"), s.windowEnd.toString(kTime));
    setValue(QStringLiteral("max_attempts_7d"), QString::number(s.maxAttemptsPer7Days));
    setValue(QStringLiteral("max_attempts_day"), QString::number(s.maxAttemptsPerDay));
    setValue(QStringLiteral("discount_limit_percent"), QString::number(s.discountLimitPercent));
    setValue(QStringLiteral("rest_days"), QString::number(s.restDays));
    setValue(QStringLiteral("promise_days_limit"), QString::number(s.promiseDaysLimit));
    setValue(QStringLiteral("plan_months_limit"), QString::number(s.planMonthsLimit));
    setValue(QStringLiteral("queue_order"), domain::queueOrderCode(s.queueOrder));
    setValue(QStringLiteral("priority_balance"), QString::number(s.priorityWeights.balance));
    setValue(QStringLiteral("priority_days_late"), QString::number(s.priorityWeights.daysLate));
    setValue(QStringLiteral("priority_risk"), QString::number(s.priorityWeights.risk));
    setValue(QStringLiteral("priority_broken_promises"), QString::number(s.priorityWeights.brokenPromises));
    setValue(QStringLiteral("agents_take_unassigned"), QString::number(s.agentsTakeUnassigned ? 1 : 0));
    setValue(QStringLiteral("reminder_time"), s.reminderTime.toString(kTime));
    setValue(QStringLiteral("payment_instructions"), s.paymentInstructions);
    setValue(QStringLiteral("debtor_time_zone"), s.debtorTimeZone);
    setValue(QStringLiteral("demo_office"), QString::number(s.demo ? 1 : 0));
    setBySegment(kSegmentLimit, s.segmentDiscountLimits);
    setBySegment(kSegmentRest, s.segmentRestDays);
}

} // namespace libreta::store
