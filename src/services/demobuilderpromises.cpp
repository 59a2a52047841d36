#include "services/demodebtorbuilder.h"

#include "domain/followupplanner.h"
#include "domain/promiseevaluation.h"

#include <algorithm>

// The promises of the year judged by the payments that came (kept, partly
// kept, broken), and the follow-ups still open for the pending ones.

namespace libreta::services::demo {

void DebtorBuilder::evaluatePromises()
{
    std::stable_sort(m_plan.payments.begin(), m_plan.payments.end(),
                     [](const PlannedPayment &a, const PlannedPayment &b) { return a.paidOn < b.paidOn; });
    const QDate &today = m_ctx.today;
    for (int round = 0; round < 4; ++round) {
        QList<int> chain;
        for (int i = 0; i < m_plan.promises.size(); ++i)
            if (m_plan.promises.at(i).status != PromiseStatus::Cancelled)
                chain.append(i);
        if (chain.isEmpty())
            return;
        std::sort(chain.begin(), chain.end(), [this](int a, int b) {
            const PlannedPromise &x = m_plan.promises.at(a);
            const PlannedPromise &y = m_plan.promises.at(b);
            if (x.due != y.due)
                return x.due < y.due;
            if (x.sequence != y.sequence)
                return x.sequence < y.sequence;
            return a < b;  // ids follow creation order
        });
        QDate from = m_plan.promises.at(chain.first()).madeOn;
        QList<InstalmentTerms> terms;
        for (int i : std::as_const(chain)) {
            const PlannedPromise &p = m_plan.promises.at(i);
            terms.append({Money::fromMinor(p.amount), p.due, p.madeOn});
            from = std::min(from, p.madeOn);
        }
        QList<PaymentEvent> events;
        for (const PlannedPayment &pay : std::as_const(m_plan.payments))
            if (pay.paidOn >= from)
                events.append({pay.paidOn, Money::fromMinor(pay.amount)});
        const auto results = evaluatePlan(terms, events, m_ctx.graceDays, today);
        for (int k = 0; k < chain.size(); ++k) {
            PlannedPromise &p = m_plan.promises[chain[k]];
            p.status = results[k].status;
            p.paid = results[k].paid.minor();
        }
        // A settled account leaves nothing to promise: what is still
        // pending is cancelled, and the chain is read again without it.
        if (outstanding() > 0)
            break;
        bool cancelled = false;
        const QDate lastPayment = m_plan.payments.isEmpty() ? today : m_plan.payments.last().paidOn;
        for (int i : std::as_const(chain)) {
            PlannedPromise &p = m_plan.promises[i];
            if (p.status == PromiseStatus::Pending) {
                p.status = PromiseStatus::Cancelled;
                p.paid = 0;
                p.resolvedOn = std::max(lastPayment, p.madeOn);
                cancelled = true;
            }
        }
        if (!cancelled)
            break;
    }
    for (PlannedPromise &p : m_plan.promises) {
        const QDate end = graceEnd(p.due, m_ctx.graceDays);
        switch (p.status) {
        case PromiseStatus::Kept: {
            QDate on = p.madeOn;
            for (const PlannedPayment &pay : std::as_const(m_plan.payments))
                if (pay.paidOn >= p.madeOn && pay.paidOn <= end)
                    on = pay.paidOn;
            p.resolvedOn = std::min(on, today);
            break;
        }
        case PromiseStatus::Broken:
        case PromiseStatus::PartiallyKept: p.resolvedOn = end.addDays(1); break;
        case PromiseStatus::Pending: p.resolvedOn.reset(); break;
        case PromiseStatus::Cancelled: break;
        }
    }
}

QDate DebtorBuilder::paidInFullOn(const QDate &from) const
{
    QList<QDate> days;
    for (const PlannedPayment &pay : m_plan.payments)
        if (pay.paidOn >= from && !days.contains(pay.paidOn))
            days.append(pay.paidOn);
    std::sort(days.begin(), days.end());
    for (const QDate &day : std::as_const(days)) {
        qint64 owed = 0;
        for (const PlannedInvoice &inv : m_plan.invoices)
            if (inv.issue <= day)
                owed += inv.amount;
        for (const PlannedPayment &pay : m_plan.payments)
            if (pay.paidOn <= day)
                for (const auto &allocation : pay.allocations)
                    owed -= allocation.second;
        if (owed <= 0)
            return day;
    }
    return {};
}

void DebtorBuilder::planPromiseFollowUps()
{
    const QDate &today = m_ctx.today;
    for (int i = 0; i < m_plan.promises.size(); ++i) {
        const PlannedPromise &p = m_plan.promises.at(i);
        const auto agent = m_plan.calls.at(p.call).call.agentId;
        if (p.status == PromiseStatus::Pending) {
            for (const domain::PlannedFollowUp &planned : followUpsForPromise(p.due, m_ctx.graceDays, m_ctx.reminderTime)) {
                const int f = addFollowUp(planned.kind, planned.dueDate, planned.dueTime, i, p.call, agent);
                if (planned.kind == FollowUpKind::PromiseReminder && planned.dueDate < today) {
                    PlannedTask &fu = m_plan.followUps[f];
                    fu.status = FollowUpStatus::Done;
                    fu.result = QStringLiteral("Recordatorio enviado.");
                    fu.doneAt = QDateTime(planned.dueDate, QTime(15, 0), Qt::UTC);
                }
            }
        } else if (p.status == PromiseStatus::Broken || p.status == PromiseStatus::PartiallyKept) {
            const auto planned = callbackForBrokenPromise(graceEnd(p.due, m_ctx.graceDays).addDays(1));
            const int f = addFollowUp(planned.kind, planned.dueDate, planned.dueTime, i, -1, agent);
            // Done by the next call; called off, as PaymentService does,
            // when a payment left nothing owed before that call came.
            const QDate paidInFull = paidInFullOn(planned.dueDate);
            const auto call = std::find_if(m_plan.calls.cbegin(), m_plan.calls.cend(),
                                           [&](const PlannedCall &c) { return c.day >= planned.dueDate; });
            PlannedTask &fu = m_plan.followUps[f];
            if (paidInFull.isValid() && (call == m_plan.calls.cend() || paidInFull < call->day)) {
                fu.status = FollowUpStatus::Cancelled;
                fu.result = QStringLiteral("Pagó después: ya no se debe nada.");
                fu.doneAt = QDateTime(paidInFull, QTime(18, 0), Qt::UTC);
            } else if (call != m_plan.calls.cend()) {
                fu.status = FollowUpStatus::Done;
                fu.result = QStringLiteral("Llamada realizada.");
                fu.doneAt = call->call.startedAt;
            }
        }
    }
}

} // namespace libreta::services::demo
