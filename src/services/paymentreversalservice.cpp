#include "services/paymentreversalservice.h"

#include "domain/allocation.h"
#include "domain/entitycodes.h"
#include "domain/labels.h"
#include "domain/shortdate.h"
#include "services/audittrail.h"
#include "services/creditonaccount.h"
#include "services/discountsettlement.h"
#include "services/inputerror.h"
#include "services/owedagain.h"
#include "services/supervision.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/paymentrepository.h"
#include "store/settingsrepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

ReversalPreview PaymentReversalService::preview(const DebtorFile &file, const Payment &payment)
{
    ReversalPreview p;
    for (const Allocation &a : payment.allocations)
        p.owedAgain += a.amount;
    p.creditLost = payment.unallocated;
    QSet<Id> promises;
    for (const PromiseSettlement &s : file.settlementsOfPayment(payment.id))
        promises.insert(s.promiseId);
    p.promisesPaidTowards = int(promises.size());
    // A discount granted rests on the payments made since its call: on this
    // one when it paid towards the call's promises, or came after a call
    // that promised nothing (everything paid at once).
    for (const Adjustment &j : file.adjustments) {
        if (j.kind != AdjustmentKind::Discount || j.withdrawn() || !j.callId)
            continue;
        const Call *call = file.call(*j.callId);
        bool madePromises = false, paidTowards = false;
        for (const Promise &promise : file.promises)
            if (promise.callId == j.callId) {
                madePromises = true;
                paidTowards = paidTowards || promises.contains(promise.id);
            }
        if (paidTowards || (!madePromises && call && payment.paidOn >= call->startedAt.toLocalTime().date()))
            p.discountsAtStake += j.amount;
    }
    // Credit other payments left pays what is owed again, as reverse()
    // applies it, what a withdrawn discount makes owed again included.
    const Money otherCredit = file.totals.credit - payment.unallocated;
    const Money owedAgain = p.owedAgain + p.discountsAtStake;
    p.creditPays = otherCredit.isPositive() ? std::min(otherCredit, owedAgain) : Money();
    p.reactivates = reopensWhenOwedAgain(file.debtor.status, file.writtenOff(), file.totals.outstanding) &&
                    (file.totals.outstanding + owedAgain - p.creditPays).isPositive();
    return p;
}

ReversePaymentResult PaymentReversalService::reverse(const ReversePaymentRequest &request)
{
    if (!request.reason)
        throw InputError(QStringLiteral("reason"), tr("Reason: choose why the payment is reversed."));
    const QString note = request.note.trimmed();
    if (*request.reason == ReversalReason::Other && note.isEmpty())
        throw InputError(QStringLiteral("note"), tr("Note: say in words why the payment is reversed."));
    if (note.size() > kMaxNoteLength)
        throw InputError(QStringLiteral("note"), tr("Note: at most %1 characters.").arg(kMaxNoteLength));

    store::Transaction tx(m_db);
    if (!maySupervise(m_db, request.userId))
        throw InputError(QStringLiteral("user"), tr("Only a supervisor can reverse a payment."));
    store::PaymentRepository payments(m_db);
    const auto payment = payments.byId(request.paymentId);
    if (!payment)
        throw InputError(QStringLiteral("payment"), tr("There is no such payment."));
    if (payment->reversal)
        throw InputError(QStringLiteral("payment"),
                         tr("This payment was already reversed on %1.")
                             .arg(domain::shortDate(payment->reversal->at.toLocalTime().date())));

    const auto settings = store::SettingsRepository(m_db).load();
    PromiseReevaluator promises(m_db, settings.graceDays);
    const auto paidBefore = promises.paidByPromise(payment->debtorId, m_clock.today());
    const auto totalsBefore = store::TotalsRepository(m_db).forDebtor(payment->debtorId);
    const Money owedBefore = totalsBefore ? totalsBefore->outstanding : Money();

    Payment::Reversal reversal;
    reversal.at = m_clock.nowUtc();
    reversal.by = request.userId;
    reversal.reason = *request.reason;
    reversal.note = note;
    if (!payments.reverse(payment->id, reversal))
        throw InputError(QStringLiteral("payment"), tr("This payment was reversed a moment ago by someone else."));

    ReversePaymentResult result;
    result.debtorId = payment->debtorId;
    result.invoicesReopened = int(payment->allocations.size());
    // Promises go by the payments' dates, not by what paid which invoice.
    result.promiseChanges = promises.reevaluateAfterReversal(payment->debtorId, m_clock.today(), m_clock.nowUtc(),
                                                             settings.reminderTime, paidBefore);
    // A discount granted on an agreement the payment completed no longer
    // stands: what it took off is owed again, before credit pays.
    result.discountsWithdrawn = DiscountSettlement(m_db, m_clock).withdrawUnearned(payment->debtorId);
    // Credit the debtor's other payments left pays what is owed again.
    result.creditApplied = payOwedFromCredit(m_db, payment->debtorId);
    // A cheque the bank returned is money the debtor still has to pay: its
    // agent calls today, unless a promise it had kept, broken now, already
    // gave that call-back. A promise that was partly kept before and is
    // broken now gives none (its call-back came when it was first found
    // short, and may be long done). A payment recorded by mistake was the
    // office's error, not the debtor's: no call.
    const auto short_ = [](PromiseStatus s) { return s == PromiseStatus::Broken || s == PromiseStatus::PartiallyKept; };
    const bool callbackGiven = std::any_of(result.promiseChanges.cbegin(), result.promiseChanges.cend(),
                                           [&](const PromiseChange &c) { return short_(c.after) && !short_(c.before); });
    if (*request.reason == ReversalReason::Bounced && !callbackGiven) {
        FollowUp f;
        f.debtorId = payment->debtorId;
        f.kind = FollowUpKind::Callback;
        f.dueDate = m_clock.today();
        f.assignedTo = store::DebtorRepository(m_db).byId(payment->debtorId).value_or(Debtor()).assignedAgentId;
        // Said as it was paid: a transfer or a card charge comes back too.
        f.description = tr("The bank returned the payment of %1 by %2 made on %3: agree the payment again.")
                            .arg(payment->amount.format(QLocale(), request.currencySymbol),
                                 label(payment->method).toLower(),
                                 domain::shortDate(payment->paidOn));
        result.callbackAdded = store::FollowUpRepository(m_db).add(f).has_value();
    }
    store::TotalsRepository totals(m_db);
    totals.refresh(payment->debtorId);
    result.outstandingAfter = totals.forDebtor(payment->debtorId)->outstanding;
    result.reactivated = reactivateIfOwedAgain(m_db, payment->debtorId, owedBefore);

    AuditTrail(m_db, m_clock)
        .record(request.userId, QStringLiteral("payment.reverse"), QStringLiteral("payment"), payment->id,
                QStringLiteral("debtor=%1 cause=%2 allocations=%3 promises_changed=%4%5%6%7")
                    .arg(payment->debtorId)
                    .arg(toCode(*request.reason))
                    .arg(result.invoicesReopened)
                    .arg(result.promiseChanges.size())
                    .arg(result.creditApplied.isPositive()
                             ? QStringLiteral(" credit_applied=%1").arg(result.creditApplied.minor())
                             : QString())
                    .arg(result.reactivated ? QStringLiteral(" status=active") : QString())
                    .arg(result.discountsWithdrawn.isEmpty()
                             ? QString()
                             : QStringLiteral(" discounts_withdrawn=%1").arg(result.discountsWithdrawn.size())));
    tx.commit();
    spdlog::info("payment {} reversed: {} allocations taken back, {} promises changed", payment->id,
                 result.invoicesReopened, result.promiseChanges.size());
    return result;
}

} // namespace libreta::services
