#include "services/discountapprovalservice.h"

#include "domain/promiseevaluation.h"
#include "services/audittrail.h"
#include "services/discountsettlement.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/callrepository.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

QList<store::DiscountRequest> DiscountApprovalService::waiting(int limit)
{
    return store::CallDiscountRepository(m_db).requests(limit);
}

int DiscountApprovalService::waitingCount() { return store::CallDiscountRepository(m_db).pendingCount(); }

void DiscountApprovalService::approve(Id callId, const QString &note, std::optional<Id> userId)
{
    decide(callId, true, note, userId);
}

void DiscountApprovalService::refuse(Id callId, const QString &note, std::optional<Id> userId)
{
    decide(callId, false, note, userId);
}

void DiscountApprovalService::decide(Id callId, bool approved, const QString &note, std::optional<Id> userId)
{
    const QString text = note.simplified();
    if (!approved && text.isEmpty())
        throw InputError(QStringLiteral("note"),
                         tr("Note for the agent: say why the discount is refused; the agent tells the debtor."));
    if (text.size() > kMaxNoteLength)
        throw InputError(QStringLiteral("note"), tr("Note for the agent: at most %1 characters.").arg(kMaxNoteLength));

    store::Transaction tx(m_db);
    if (!maySupervise(m_db, userId))
        throw InputError(QStringLiteral("user"), tr("Only a supervisor can approve or refuse a discount."));
    store::CallDiscountRepository discounts(m_db);
    const auto discount = discounts.forCall(callId);
    if (!discount || discount->status != store::DiscountStatus::Pending)
        throw InputError(QStringLiteral("discount"), tr("This discount is no longer waiting: someone decided it already."));
    discounts.decide(callId, approved ? store::DiscountStatus::Approved : store::DiscountStatus::Rejected, userId,
                     m_clock.nowUtc(), text);

    // Refused, what was promised for the discounted total no longer stands:
    // the call's promises still open leave the chain with their reminders
    // and checks (as a new promise replaces them), so the Panel does not
    // count an agreement the office turned down, and the agent agrees the
    // amount again.
    const int calledOff = approved ? 0 : callOffPromises(callId, discount->debtorId);

    // The agent who agreed it tells the debtor, today.
    const auto call = store::CallRepository(m_db).byId(callId);
    FollowUp f;
    f.debtorId = discount->debtorId;
    f.kind = FollowUpKind::Callback;
    f.dueDate = m_clock.today();
    f.callId = callId;
    f.assignedTo = call ? call->agentId : std::nullopt;
    f.description = approved ? tr("Discount of %1% approved: tell the debtor and confirm the agreement.")
                                   .arg(discount->percent)
                             : tr("Discount of %1% not approved (%2): agree the amount again with the debtor.")
                                   .arg(discount->percent)
                                   .arg(text);
    if (calledOff > 0)
        f.description += QLatin1Char(' ') + tr("%n promise(s) of that agreement called off.", nullptr, calledOff);
    if (approved && !text.isEmpty())
        f.description += QLatin1Char(' ') + tr("Supervisor's note: %1").arg(text);
    store::FollowUpRepository(m_db).add(f);
    // The debtor may have paid as agreed while it waited: taken off now.
    if (approved)
        DiscountSettlement(m_db, m_clock).grantEarned(discount->debtorId);
    store::TotalsRepository(m_db).refresh(discount->debtorId);
    AuditTrail(m_db, m_clock)
        .record(userId, approved ? QStringLiteral("discount.approve") : QStringLiteral("discount.refuse"),
                QStringLiteral("call"), callId,
                QStringLiteral("debtor=%1 percent=%2 limit=%3")
                    .arg(discount->debtorId)
                    .arg(discount->percent)
                    .arg(discount->limitPercent));
    tx.commit();
    spdlog::info("discount of call {} {}", callId, approved ? "approved" : "refused");
}

int DiscountApprovalService::callOffPromises(Id callId, Id debtorId)
{
    store::PromiseRepository promises(m_db);
    store::FollowUpRepository followUps(m_db);
    const QDate today = m_clock.today();
    int calledOff = 0;
    for (const Promise &p : promises.pendingForDebtor(debtorId)) {
        if (p.callId != callId)
            continue;
        promises.setReplaced(p.id, replacedOutcome(p, today), p.paid, today);
        followUps.cancelForPromise(p.id, tr("The discount was not approved: the amount is agreed again."),
                                   m_clock.nowUtc());
        ++calledOff;
    }
    return calledOff;
}

} // namespace libreta::services
