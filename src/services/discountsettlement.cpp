#include "services/discountsettlement.h"

#include "domain/allocation.h"
#include "domain/entitycodes.h"
#include "services/audittrail.h"
#include "services/nothingowed.h"
#include "store/adjustmentrepository.h"
#include "store/calldiscountrepository.h"
#include "store/invoicerepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"

#include <algorithm>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

namespace {

QList<PaymentEvent> paymentsAfterCall(store::PaymentRepository &payments, const store::StandingDiscount &s)
{
    return payments.eventsAfter(s.discount.debtorId, s.calledAt);
}

QString details(const Adjustment &j)
{
    return QStringLiteral("debtor=%1 kind=%2 call=%3 invoices=%4")
        .arg(j.debtorId)
        .arg(toCode(j.kind))
        .arg(j.callId.value_or(0))
        .arg(j.lines.size());
}

} // namespace

bool DiscountSettlement::earned(const store::StandingDiscount &s, const QList<Promise> &promises,
                                const QList<PaymentEvent> &payments)
{
    bool replaced = false;
    for (const Promise &p : promises)
        if (p.callId == s.discount.callId && p.status != PromiseStatus::Kept) {
            if (p.status != PromiseStatus::Cancelled)
                return false;  // broken, partly kept or still to be paid
            replaced = true;
        }
    // What replaced them was promised later, in another call: every one of
    // those still standing is kept.
    const QDate callDay = s.calledAt.toLocalTime().date();
    if (replaced)
        for (const Promise &p : promises)
            if (p.callId != s.discount.callId && p.madeOn >= callDay && p.status != PromiseStatus::Cancelled &&
                p.status != PromiseStatus::Kept)
                return false;
    Money paid;
    for (const PaymentEvent &e : payments)
        paid += e.amount;
    return paid >= s.discount.agreedTotal;
}

QList<OpenInvoice> DiscountSettlement::agreedOn(const store::StandingDiscount &s, const QList<OpenInvoice> &open)
{
    const QDate callDay = s.calledAt.toLocalTime().date();
    QList<OpenInvoice> out;
    for (const OpenInvoice &i : open)
        if (i.issueDate <= callDay && i.outstanding.isPositive())
            out.append(i);
    return out;
}

Money DiscountSettlement::forgiven(const store::StandingDiscount &s, const QList<OpenInvoice> &agreedOn)
{
    Money owed;
    for (const OpenInvoice &i : agreedOn)
        owed += i.outstanding;
    return std::min(s.discount.balance - s.discount.agreedTotal, owed);
}

QList<Adjustment> DiscountSettlement::grantEarned(Id debtorId)
{
    QList<Adjustment> granted;
    const auto standing = store::CallDiscountRepository(m_db).standingForDebtor(debtorId);
    if (standing.isEmpty())
        return granted;  // the usual case: one indexed look, nothing more
    store::AdjustmentRepository adjustments(m_db);
    store::PaymentRepository payments(m_db);
    store::InvoiceRepository invoices(m_db);
    const QList<Promise> promises = store::PromiseRepository(m_db).forDebtor(debtorId);
    for (const store::StandingDiscount &s : standing) {
        if (adjustments.standingForCall(s.discount.callId) || !earned(s, promises, paymentsAfterCall(payments, s)))
            continue;
        const QList<OpenInvoice> open = agreedOn(s, invoices.openForDebtor(debtorId));
        const Money off = forgiven(s, open);
        if (!off.isPositive())
            continue;  // nothing left to take off
        Adjustment j;
        j.debtorId = debtorId;
        j.kind = AdjustmentKind::Discount;
        j.amount = off;
        j.callId = s.discount.callId;
        j.createdAt = m_clock.nowUtc();
        // No note: nobody typed one. The file says why in the reader's
        // language, from the call's discount.
        j.lines = allocatePayment(off, open).allocations;
        j.id = adjustments.add(j);
        spdlog::info("discount of call {} granted: adjustment {}", s.discount.callId, j.id);
        granted.append(j);
    }
    // Settled by agreement: another promise still pending has nothing to pay.
    const int cancelled = granted.isEmpty() ? 0 : cancelPromisesWhenNothingOwed(m_db, debtorId, m_clock);
    for (const Adjustment &j : std::as_const(granted))
        AuditTrail(m_db, m_clock)
            .record(std::nullopt, QStringLiteral("balance.discount"), QStringLiteral("adjustment"), j.id,
                    details(j) + (cancelled > 0 && j.id == granted.last().id
                                      ? QStringLiteral(" promises_cancelled=%1").arg(cancelled)
                                      : QString()));
    return granted;
}

QList<Adjustment> DiscountSettlement::withdrawUnearned(Id debtorId)
{
    QList<Adjustment> withdrawn;
    const auto standing = store::CallDiscountRepository(m_db).standingForDebtor(debtorId);
    if (standing.isEmpty())
        return withdrawn;
    store::AdjustmentRepository adjustments(m_db);
    store::PaymentRepository payments(m_db);
    const QList<Promise> promises = store::PromiseRepository(m_db).forDebtor(debtorId);
    for (const store::StandingDiscount &s : standing) {
        const auto granted = adjustments.standingForCall(s.discount.callId);
        if (!granted || earned(s, promises, paymentsAfterCall(payments, s)))
            continue;
        if (!adjustments.withdraw(granted->id, m_clock.nowUtc()))
            continue;
        AuditTrail(m_db, m_clock).record(std::nullopt, QStringLiteral("balance.discount_withdraw"),
                                         QStringLiteral("adjustment"), granted->id, details(*granted));
        spdlog::info("discount of call {} withdrawn: adjustment {}", s.discount.callId, granted->id);
        withdrawn.append(*granted);
    }
    return withdrawn;
}

} // namespace libreta::services
