#include "services/workqueueservice.h"

#include "domain/aging.h"
#include "domain/labels.h"
#include "domain/strategy.h"
#include "store/callrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QLocale>

#include <algorithm>

namespace libreta::services {

using namespace domain;
using store::QueueCandidate;
using store::QueueReason;

namespace {

// How many candidates one query brings; those the rules forbid are counted
// and the next batch is read, up to a bound so "next" never walks the file.
constexpr int kBatch = 50;
constexpr int kMaxBatches = 20;

StrategyInput strategyInput(const QueueCandidate &c, const QDate &today, const QDateTime &nowUtc)
{
    StrategyInput in;
    in.outstanding = c.outstanding;
    in.daysPastDue = c.oldestDueDate ? daysPastDue(*c.oldestDueDate, today) : 0;
    in.risk = c.risk;
    in.value = c.value;
    in.promisesKept = c.promisesKept;
    in.promisesBroken = c.promisesBroken;
    in.lastContactAt = c.lastContactAt;
    in.now = nowUtc;
    return in;
}

} // namespace

int NextCallResult::skippedTotal() const
{
    int total = 0;
    for (int n : skipped)
        total += n;
    return total;
}

QString NextCallResult::skippedSummary() const
{
    if (skipped.isEmpty())
        return {};
    QStringList parts;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it) {
        switch (it.key()) {
        case ContactBlock::OutsideWindow:
            parts << WorkQueueService::tr("%n outside their calling hours", nullptr, it.value());
            break;
        case ContactBlock::TooManyAttempts:
            parts << WorkQueueService::tr("%n over the attempt limit", nullptr, it.value());
            break;
        case ContactBlock::DebtorDoNotContact:
        case ContactBlock::ContactDoNotContact:
            parts << WorkQueueService::tr("%n marked do-not-contact", nullptr, it.value());
            break;
        case ContactBlock::UnknownTimeZone:
            parts << WorkQueueService::tr("%n with an unknown time zone", nullptr, it.value());
            break;
        }
    }
    return WorkQueueService::tr("%n skipped: ", nullptr, skippedTotal()) + parts.join(QStringLiteral(", "));
}

NextCallResult WorkQueueService::next(Id agentId)
{
    const QDateTime nowUtc = m_clock.nowUtc();
    const QDateTime nowLocal = nowUtc.toLocalTime();
    const QDate today = nowLocal.date();

    store::Transaction tx(m_db);  // the choice and the claim happen together
    const OfficeSettings settings = store::SettingsRepository(m_db).load();
    const auto agent = store::UserRepository(m_db).byId(agentId);
    store::QueueScope scope;
    if (!agent || agent->role == UserRole::Agent)
        scope.agentId = agentId;
    scope.includeUnassigned = settings.agentsTakeUnassigned;

    const ContactRuleSettings rules{settings.windowStart, settings.windowEnd, settings.maxAttemptsPer7Days};
    store::WorkQueueRepository queue(m_db);
    store::CallRepository calls(m_db);
    NextCallResult result;
    QSet<Id> seen;

    // True when the rules allow calling `c` now; otherwise counts why not.
    auto allowed = [&](const QueueCandidate &c) {
        const int attempts = calls.attemptsSince(c.debtorId, nowUtc.addDays(-7));
        const ContactDecision d = evaluateContact(rules, nowUtc, c.timeZone, attempts, c.doNotContact);
        if (!d.allowed && !d.blocks.isEmpty())
            ++result.skipped[d.blocks.first()];
        return d.allowed;
    };
    auto take = [&](const QueueCandidate &c, const QString &why) {
        if (!queue.claim(c.debtorId, agentId, nowUtc, nowUtc.addSecs(kClaimMinutes * 60)))
            return false;
        result.next = NextCall{c.debtorId, c.reason, c.followUpId, why};
        return true;
    };

    const QLocale locale;
    for (const QueueCandidate &c : queue.dueFollowUps(scope, today, nowLocal.time(), nowUtc, kBatch * kMaxBatches)) {
        if (seen.contains(c.debtorId))
            continue;
        seen.insert(c.debtorId);
        if (!allowed(c))
            continue;
        QString why;
        switch (c.reason) {
        case QueueReason::CallbackDue:
            why = c.dueTime ? tr("Call-back agreed for %1.").arg(locale.toString(*c.dueTime, QLocale::ShortFormat))
                            : tr("Call-back due today.");
            break;
        case QueueReason::PromiseDueToday:
            why = tr("A promise of %1 is due today: remind the debtor.").arg(c.promiseAmount.format(locale));
            break;
        case QueueReason::BrokenPromise:
            why = tr("A promise was not kept: call back and set a new date.");
            break;
        default:
            why = tr("Pending task: %1.").arg(c.followUpKind ? label(*c.followUpKind) : QString());
            break;
        }
        if (take(c, why)) {
            tx.commit();
            return result;
        }
    }

    // Nothing scheduled is due: the most urgent debtor nobody called lately.
    const QDateTime notSince = nowUtc.addDays(-kRecentContactDays);
    QList<QueueCandidate> pool;
    for (const QueueCandidate &c : queue.priorityCandidates(scope, notSince, nowUtc, kBatch * kMaxBatches))
        if (!seen.contains(c.debtorId))
            pool.append(c);
    std::stable_sort(pool.begin(), pool.end(), [&](const QueueCandidate &a, const QueueCandidate &b) {
        return priorityScore(strategyInput(a, today, nowUtc)) > priorityScore(strategyInput(b, today, nowUtc));
    });
    for (const QueueCandidate &c : pool) {
        if (!allowed(c))
            continue;
        const Suggestion s = suggestApproach(strategyInput(c, today, nowUtc));
        if (take(c, tr("Highest priority not contacted in %n day(s). %1", nullptr, kRecentContactDays).arg(s.reason))) {
            tx.commit();
            return result;
        }
    }
    tx.commit();
    return result;
}

void WorkQueueService::release(Id debtorId, Id agentId)
{
    store::Transaction tx(m_db);
    store::WorkQueueRepository(m_db).release(debtorId, agentId);
    tx.commit();
}

} // namespace libreta::services
