#include "services/officerulesservice.h"

#include "services/audittrail.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "services/timezonecheck.h"
#include "store/debtorrepository.h"
#include "store/database.h"
#include "store/portfoliorepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QLocale>

#include <algorithm>

namespace libreta::services {
namespace {

void checkRange(const QString &field, const QString &label, int value, int lowest, int highest)
{
    if (value < lowest || value > highest)
        throw InputError(field, OfficeRulesService::tr("%1: between %2 and %3.").arg(label).arg(lowest).arg(highest));
}

} // namespace

bool OfficeRulesService::mayChange() { return maySupervise(m_db, m_userId); }

domain::OfficeSettings OfficeRulesService::load() { return store::SettingsRepository(m_db).load(); }

QStringList OfficeRulesService::segments()
{
    QStringList out = store::PortfolioRepository(m_db).segments();
    const domain::OfficeSettings s = store::SettingsRepository(m_db).load();
    for (const QString &kept : s.segmentDiscountLimits.keys() + s.segmentRestDays.keys())
        if (!out.contains(kept))
            out.append(kept);
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

qint64 OfficeRulesService::save(const domain::OfficeSettings &rules, bool moveDebtors)
{
    if (!mayChange())
        throw InputError(QStringLiteral("rules"),
                         tr("Only a supervisor or an administrator may change the office's rules."));
    checkRange(QStringLiteral("grace_days"), tr("Grace days"), rules.graceDays, 0, kMaxGraceDays);
    if (!rules.windowStart.isValid())
        throw InputError(QStringLiteral("window_start"), tr("Calls from: write an hour, such as 07:00."));
    if (!rules.windowEnd.isValid())
        throw InputError(QStringLiteral("window_end"), tr("Calls until: write an hour, such as 22:00."));
    if (rules.windowEnd <= rules.windowStart)
        throw InputError(QStringLiteral("window_end"),
                         tr("Calls until: must be later than the start, %1.")
                             .arg(QLocale().toString(rules.windowStart, QLocale::ShortFormat)));
    checkRange(QStringLiteral("max_attempts"), tr("Attempts in 7 days"), rules.maxAttemptsPer7Days, 1, kMaxAttempts);
    checkRange(QStringLiteral("max_attempts_day"), tr("Attempts a day"), rules.maxAttemptsPerDay, 0, kMaxAttempts);
    checkRange(QStringLiteral("discount_limit"), tr("Largest discount"), rules.discountLimitPercent, 0, 100);
    for (auto it = rules.segmentDiscountLimits.cbegin(); it != rules.segmentDiscountLimits.cend(); ++it) {
        if (it.key().trimmed().isEmpty())
            throw InputError(QStringLiteral("discount_limit"), tr("Largest discount: a segment's limit needs the "
                                                                  "segment's name."));
        checkRange(QStringLiteral("discount_limit:") + it.key(), tr("Largest discount for %1").arg(it.key()),
                   it.value(), 0, 100);
    }
    checkRange(QStringLiteral("promise_days"), tr("Promises up to"), rules.promiseDaysLimit, 0, kMaxPromiseDays);
    checkRange(QStringLiteral("plan_months"), tr("Plans up to"), rules.planMonthsLimit, 0, kMaxPlanMonths);
    checkRange(QStringLiteral("rest_days"), tr("Rest between calls"), rules.restDays, 0, kMaxRestDays);
    for (auto it = rules.segmentRestDays.cbegin(); it != rules.segmentRestDays.cend(); ++it) {
        if (it.key().trimmed().isEmpty())
            throw InputError(QStringLiteral("rest_days"), tr("Rest between calls: a segment's rest needs the "
                                                             "segment's name."));
        checkRange(QStringLiteral("rest_days:") + it.key(), tr("Rest between calls for %1").arg(it.key()),
                   it.value(), 0, kMaxRestDays);
    }
    if (!domain::isCompleteQueueOrder(rules.queueOrder))
        throw InputError(QStringLiteral("queue_order"),
                         tr("Next call's order: every kind of scheduled work must be in it once."));
    const domain::PriorityWeights &w = rules.priorityWeights;
    checkRange(QStringLiteral("priority_balance"), tr("Weight of the balance"), w.balance, 0, 100);
    checkRange(QStringLiteral("priority_days_late"), tr("Weight of the days late"), w.daysLate, 0, 100);
    checkRange(QStringLiteral("priority_risk"), tr("Weight of the risk"), w.risk, 0, 100);
    checkRange(QStringLiteral("priority_broken_promises"), tr("Weight of the broken promises"), w.brokenPromises, 0,
               100);
    if (w.total() <= 0)
        throw InputError(QStringLiteral("priority_balance"),
                         tr("Priority: give at least one of the four a weight, or Next call has nothing to choose by."));
    if (!rules.reminderTime.isValid())
        throw InputError(QStringLiteral("reminder_time"), tr("Reminders at: write an hour, such as 09:00."));
    TimeZoneCheck::require(QStringLiteral("time_zone"), rules.debtorTimeZone);

    store::Transaction tx(m_db);
    store::SettingsRepository settings(m_db);
    domain::OfficeSettings s = settings.load();
    s.graceDays = rules.graceDays;
    s.windowStart = rules.windowStart;
    s.windowEnd = rules.windowEnd;
    s.maxAttemptsPer7Days = rules.maxAttemptsPer7Days;
    s.maxAttemptsPerDay = rules.maxAttemptsPerDay;
    s.discountLimitPercent = rules.discountLimitPercent;
    s.segmentDiscountLimits.clear();
    for (auto it = rules.segmentDiscountLimits.cbegin(); it != rules.segmentDiscountLimits.cend(); ++it)
        s.segmentDiscountLimits.insert(it.key().trimmed(), it.value());
    s.restDays = rules.restDays;
    s.segmentRestDays.clear();
    for (auto it = rules.segmentRestDays.cbegin(); it != rules.segmentRestDays.cend(); ++it)
        s.segmentRestDays.insert(it.key().trimmed(), it.value());
    s.promiseDaysLimit = rules.promiseDaysLimit;
    s.planMonthsLimit = rules.planMonthsLimit;
    s.queueOrder = rules.queueOrder;
    s.priorityWeights = rules.priorityWeights;
    s.agentsTakeUnassigned = rules.agentsTakeUnassigned;
    s.reminderTime = rules.reminderTime;
    const QString formerZone = s.debtorTimeZone;
    s.debtorTimeZone = rules.debtorTimeZone.trimmed();
    const qint64 moved = moveDebtors && formerZone != s.debtorTimeZone
                             ? store::DebtorRepository(m_db).moveTimeZone(formerZone, s.debtorTimeZone)
                             : 0;
    settings.save(s);
    // Codes and numbers only, as every audit entry.
    AuditTrail(m_db, m_clock)
        .record(m_userId, QStringLiteral("office_rules.changed"), QStringLiteral("office"), 0,
                QStringLiteral("grace=%1 window=%2-%3 attempts=%4 discount=%5 unassigned=%6 reminders=%7 rest=%8 "
                               "segment_limits=%9 queue=%10 promise_days=%11 plan_months=%12 segment_rests=%13 "
                               "priority=%14 time_zone=%15 moved=%16 attempts_day=%17")
                    .arg(s.graceDays)
                    .arg(s.windowStart.toString(QStringLiteral("HH:mm")), s.windowEnd.toString(QStringLiteral("HH:mm")))
                    .arg(s.maxAttemptsPer7Days)
                    .arg(s.discountLimitPercent)
                    .arg(s.agentsTakeUnassigned ? 1 : 0)
                    .arg(s.reminderTime.toString(QStringLiteral("HH:mm")))
                    .arg(s.restDays)
                    .arg(s.segmentDiscountLimits.size())
                    .arg(domain::queueOrderCode(s.queueOrder))
                    .arg(s.promiseDaysLimit)
                    .arg(s.planMonthsLimit)
                    .arg(s.segmentRestDays.size())
                    .arg(QStringLiteral("%1/%2/%3/%4")
                             .arg(s.priorityWeights.balance)
                             .arg(s.priorityWeights.daysLate)
                             .arg(s.priorityWeights.risk)
                             .arg(s.priorityWeights.brokenPromises))
                    .arg(s.debtorTimeZone)
                    .arg(moved)
                    .arg(s.maxAttemptsPerDay));
    tx.commit();
    return moved;
}

} // namespace libreta::services
