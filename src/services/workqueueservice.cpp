#include "services/workqueueservice.h"

#include "domain/aging.h"
#include "domain/contactrules.h"
#include "domain/fullstop.h"
#include "domain/labels.h"
#include "domain/shortdate.h"
#include "domain/strategy.h"
#include "store/callrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;
using store::QueueCandidate;
using store::QueueReason;
using store::QueueWalk;

namespace {

// Each stretch of the queue, as index ranges read in the order offered
// (WorkQueueRepository::walkFollowUps): today's, then those left from
// earlier days. The office decides the order of the stretches.
QList<QueueWalk> walksOf(QueueStretch stretch)
{
    switch (stretch) {
    case QueueStretch::Callbacks:
        return {{QueueReason::CallbackDue, AgendaGroup::Callback, false},
                {QueueReason::CallbackDue, AgendaGroup::Callback, true}};
    case QueueStretch::PromisesDueToday:
        return {{QueueReason::PromiseDueToday, AgendaGroup::PromiseDue, false}};
    case QueueStretch::BrokenPromises:
        return {{QueueReason::BrokenPromise, AgendaGroup::BrokenPromise, false},
                {QueueReason::BrokenPromise, AgendaGroup::BrokenPromise, true}};
    case QueueStretch::PromiseChecks:
        return {{QueueReason::PromiseCheck, AgendaGroup::PromiseCheck, false},
                {QueueReason::PromiseCheck, AgendaGroup::PromiseCheck, true}};
    case QueueStretch::Tasks:
        return {{QueueReason::Task, AgendaGroup::SendInvoiceCopy, false},
                {QueueReason::Task, AgendaGroup::SendInvoiceCopy, true},
                {QueueReason::Task, AgendaGroup::SendStatement, false},
                {QueueReason::Task, AgendaGroup::SendStatement, true},
                {QueueReason::Task, AgendaGroup::NoteFollowUp, false},
                {QueueReason::Task, AgendaGroup::NoteFollowUp, true}};
    }
    return {};
}

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
    int doNotContact = 0;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it) {
        switch (it.key()) {
        case ContactBlock::OutsideWindow:
            parts << WorkQueueService::tr("%Ln outside their calling hours", nullptr, it.value());
            break;
        case ContactBlock::TooManyAttempts:
            parts << WorkQueueService::tr("%Ln over the attempt limit", nullptr, it.value());
            break;
        case ContactBlock::TooManyAttemptsToday:
            parts << WorkQueueService::tr("%Ln called as often as a day allows", nullptr, it.value());
            break;
        case ContactBlock::DebtorDoNotContact:
        case ContactBlock::ContactDoNotContact:
            doNotContact += it.value();
            break;
        case ContactBlock::UnknownTimeZone:
            parts << WorkQueueService::tr("%Ln with an unknown time zone", nullptr, it.value());
            break;
        }
    }
    if (doNotContact > 0)
        parts << WorkQueueService::tr("%Ln marked do-not-contact", nullptr, doNotContact);
    return WorkQueueService::tr("%Ln skipped: ", nullptr, skippedTotal()) + parts.join(QStringLiteral(", "));
}

QString WorkQueueService::why(const QueueCandidate &c, const QDate &today, const QString &currencySymbol) const
{
    const QLocale locale;
    const bool earlier = c.dueDate && *c.dueDate < today;
    const QString dueOn = c.dueDate ? domain::shortDate(*c.dueDate, locale) : QString();
    const QString amount = c.promiseAmount.format(locale, currencySymbol);
    switch (c.reason) {
    case QueueReason::CallbackDue:
        if (earlier)
            return tr("A call-back due on %1 is still open.").arg(dueOn);
        return c.dueTime ? domain::withOneFullStop(tr("Call-back agreed for %1.").arg(locale.toString(*c.dueTime, QLocale::ShortFormat)))
                         : tr("Call-back due today.");
    case QueueReason::PromiseDueToday:
        return tr("A promise of %1 is due today: remind the debtor.").arg(amount);
    case QueueReason::BrokenPromise: {
        const QString promisedOn = c.promiseDueDate ? domain::shortDate(*c.promiseDueDate, locale) : dueOn;
        // Opening with "you paid nothing" to a debtor who paid part of it
        // starts the call wrong: what is missing is what to ask for.
        if (c.promisePaid.isPositive() && c.promisePaid < c.promiseAmount)
            return tr("The promise of %1 due on %2 was kept in part: %3 of it is unpaid; call back and set a date "
                      "for the rest.")
                .arg(amount, promisedOn, (c.promiseAmount - c.promisePaid).format(locale, currencySymbol));
        return tr("The promise of %1 due on %2 was not kept: call back and set a new date.").arg(amount, promisedOn);
    }
    case QueueReason::PromiseCheck:
        return tr("The grace of a promise of %1 has ended: check whether it was paid.").arg(amount);
    case QueueReason::Task:
        return earlier ? tr("Pending task since %1: %2.").arg(dueOn, c.followUpKind ? label(*c.followUpKind) : QString())
                       : tr("Pending task: %1.").arg(c.followUpKind ? label(*c.followUpKind) : QString());
    case QueueReason::Priority:
        break;
    }
    return {};
}

NextCallResult WorkQueueService::next(Id agentId, const QString &currencySymbol)
{
    const QDateTime nowUtc = m_clock.nowUtc();
    const QDateTime nowLocal = nowUtc.toLocalTime();
    const QDate today = nowLocal.date();

    // The choice and the claim happen together. A claim is a lease that
    // expires by itself, so its commit does not wait for the disk: a power
    // cut may lose it, and then the debtor is simply free again.
    store::Transaction tx(m_db, store::Transaction::Durability::Relaxed);
    const OfficeSettings settings = store::SettingsRepository(m_db).load();
    const auto agent = store::UserRepository(m_db).byId(agentId);
    store::QueueScope scope;
    if (!agent || agent->role == UserRole::Agent)
        scope.agentId = agentId;
    scope.includeUnassigned = settings.agentsTakeUnassigned;

    const ContactRuleSettings rules{settings.windowStart, settings.windowEnd, settings.maxAttemptsPer7Days,
                                    settings.maxAttemptsPerDay};
    store::WorkQueueRepository queue(m_db);
    store::CallRepository calls(m_db);
    NextCallResult result;
    QSet<Id> seen;
    std::optional<QueueCandidate> chosen;

    // True when the rules allow calling `c` now; otherwise counts why not.
    // A debtor is judged once per ask, whichever stretches it appears in.
    auto allowed = [&](const QueueCandidate &c) {
        if (seen.contains(c.debtorId))
            return false;
        seen.insert(c.debtorId);
        const int attempts = calls.attemptsSince(c.debtorId, nowUtc.addDays(-7));
        // Today's are read only where the office limits them.
        const int today = rules.maxAttemptsPerDay > 0
                              ? calls.attemptsSince(c.debtorId, startOfDebtorDay(nowUtc, c.timeZone))
                              : 0;
        const ContactDecision d = evaluateContact(rules, nowUtc, c.timeZone, attempts, c.doNotContact, false, today);
        if (!d.allowed && !d.blocks.isEmpty())
            ++result.skipped[d.blocks.first()];
        return d.allowed;
    };
    auto take = [&](const QueueCandidate &c) {
        if (!allowed(c))
            return false;
        chosen = c;
        return true;
    };

    QString reason;
    for (const QueueStretch stretch : settings.queueOrder) {
        for (const QueueWalk &walk : walksOf(stretch)) {
            if (queue.walkFollowUps(scope, walk, today, nowLocal.time(), nowUtc, kMaxExaminedPerWalk, take)) {
                reason = why(*chosen, today, currencySymbol);
                break;
            }
        }
        if (chosen)
            break;
    }
    if (!chosen) {
        // Nothing scheduled is due: the most urgent of the largest balances
        // nobody called lately.
        store::RestCutoffs rests{nowUtc.addDays(-settings.restDays), {}};
        for (auto it = settings.segmentRestDays.cbegin(); it != settings.segmentRestDays.cend(); ++it)
            rests.bySegment.insert(it.key(), nowUtc.addDays(-it.value()));
        QList<QueueCandidate> pool = queue.priorityCandidates(scope, today, rests, nowUtc, kPriorityPool);
        std::stable_sort(pool.begin(), pool.end(), [&](const QueueCandidate &a, const QueueCandidate &b) {
            return priorityScore(strategyInput(a, today, nowUtc), settings.priorityWeights) >
                   priorityScore(strategyInput(b, today, nowUtc), settings.priorityWeights);
        });
        for (const QueueCandidate &c : std::as_const(pool)) {
            if (take(c)) {
                const Suggestion s = suggestApproach(strategyInput(c, today, nowUtc));
                // When the debtor was last reached, not the office's rest:
                // "not contacted in 2 days" read as "called two days ago".
                if (c.lastContactAt) {
                    const QDate reached = c.lastContactAt->toLocalTime().date();
                    reason = tr("Highest priority; last reached on %1 (%n day(s) ago). %2", nullptr,
                                int(reached.daysTo(today)))
                                 .arg(domain::shortDate(reached), s.reason);
                } else {
                    reason = tr("Highest priority; never reached. %1").arg(s.reason);
                }
                break;
            }
        }
    }
    // Inside one write transaction nobody else can claim in between, so the
    // claim holds; a failed one means another agent's claim the reads missed.
    if (chosen && queue.claim(chosen->debtorId, agentId, nowUtc, nowUtc.addSecs(kClaimMinutes * 60)))
        result.next = NextCall{chosen->debtorId, chosen->reason, chosen->followUpId, reason};
    tx.commit();
    spdlog::info("queue: agent {} offered debtor {} ({} skipped)", agentId, result.next ? result.next->debtorId : 0,
                 result.skippedTotal());
    return result;
}

void WorkQueueService::release(Id debtorId, Id agentId)
{
    store::Transaction tx(m_db, store::Transaction::Durability::Relaxed);
    store::WorkQueueRepository(m_db).release(debtorId, agentId);
    tx.commit();
}

} // namespace libreta::services
