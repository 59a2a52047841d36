#include "services/paymentpreviewer.h"

#include "domain/allocation.h"
#include "domain/promiseevaluation.h"
#include "services/discountsettlement.h"
#include "store/adjustmentrepository.h"
#include "store/calldiscountrepository.h"
#include "store/invoicerepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/totalsrepository.h"

#include <algorithm>

namespace libreta::services {

using namespace domain;

PaymentPreview PaymentPreviewer::preview(const PostPaymentRequest &request)
{
    PaymentPreview out;
    if (const auto totals = store::TotalsRepository(m_db).forDebtor(request.debtorId))
        out.outstandingBefore = totals->outstanding;
    out.outstandingAfter = out.outstandingBefore;
    if (!request.amount.isPositive() || !request.paidOn.isValid() || request.paidOn > m_clock.today())
        return out;

    const auto open = store::InvoiceRepository(m_db).openForDebtor(request.debtorId);
    std::optional<Id> preferred;
    if (request.invoiceId && std::any_of(open.cbegin(), open.cend(),
                                         [&](const OpenInvoice &i) { return i.id == *request.invoiceId; }))
        preferred = request.invoiceId;
    const AllocationPlan plan = allocatePayment(request.amount, open, preferred, request.paidOn);
    out.allocations = plan.allocations;
    out.credit = plan.credit;
    for (const Allocation &a : plan.allocations)
        out.outstandingAfter -= a.amount;
    out.promiseChanges = promiseChanges(request);
    // What the invoices owe once the payment is applied.
    QList<OpenInvoice> openAfter = open;
    for (OpenInvoice &i : openAfter)
        for (const Allocation &a : plan.allocations)
            if (a.invoiceId == i.id)
                i.outstanding -= a.amount;
    out.discountGranted = discountGranted(request, out.promiseChanges, openAfter);
    out.outstandingAfter -= out.discountGranted;
    return out;
}

Money PaymentPreviewer::discountGranted(const PostPaymentRequest &request, const QList<PromiseChange> &changes,
                                        QList<OpenInvoice> openAfter)
{
    // As DiscountSettlement::grantEarned, on the promises as the payment
    // leaves them and with the payment among those after each call.
    const auto standing = store::CallDiscountRepository(m_db).standingForDebtor(request.debtorId);
    if (standing.isEmpty())
        return {};
    QList<Promise> promises = store::PromiseRepository(m_db).forDebtor(request.debtorId);
    for (Promise &p : promises)
        for (const PromiseChange &c : changes)
            if (c.promiseId == p.id)
                p.status = c.after;
    store::PaymentRepository payments(m_db);
    store::AdjustmentRepository adjustments(m_db);
    Money granted;
    for (const store::StandingDiscount &s : standing) {
        if (adjustments.standingForCall(s.discount.callId))
            continue;
        // The payment being typed is recorded after the call, whatever its day.
        QList<PaymentEvent> since = payments.eventsAfter(request.debtorId, s.calledAt);
        if (request.paidOn >= s.calledAt.toLocalTime().date())
            since.append({request.paidOn, request.amount});
        if (!DiscountSettlement::earned(s, promises, since))
            continue;
        const QList<OpenInvoice> agreedOn = DiscountSettlement::agreedOn(s, openAfter);
        const Money off = DiscountSettlement::forgiven(s, agreedOn);
        if (!off.isPositive())
            continue;
        granted += off;
        // A second discount finds what this one took off gone.
        for (const Allocation &l : allocatePayment(off, agreedOn).allocations)
            for (OpenInvoice &i : openAfter)
                if (i.id == l.invoiceId)
                    i.outstanding -= l.amount;
    }
    return granted;
}

QList<PromiseChange> PaymentPreviewer::promiseChanges(const PostPaymentRequest &request)
{
    // As PromiseReevaluator::reevaluate, with the new payment added last
    // among the payments of its day (it would get the highest id).
    const PromiseChain whole = promiseChain(store::PromiseRepository(m_db).inChainFor(request.debtorId));
    if (!whole.hasPending())
        return {};
    const QList<Promise> &chain = whole.promises;
    const QDate from = whole.earliestMadeOn;
    QList<PaymentEvent> payments =
        store::PaymentRepository(m_db).eventsSince(request.debtorId, from, whole.earliestMadeAt);
    // Entered now, after every promise: evaluatePlan says which it may count for.
    payments.append({request.paidOn, request.amount, m_clock.nowUtc()});
    const int graceDays = store::SettingsRepository(m_db).graceDays();
    const auto results = evaluatePlan(whole.terms, payments, graceDays, m_clock.today());

    QList<PromiseChange> changes;
    for (qsizetype i = 0; i < chain.size() && i < results.size(); ++i) {
        const Promise &p = chain[i];
        if (p.status != PromiseStatus::Pending)
            continue;
        if (results[i].status == p.status && results[i].paid == p.paid)
            continue;
        changes.append({p.id, p.status, results[i].status, results[i].paid});
    }
    return changes;
}

} // namespace libreta::services
