#pragma once

#include "services/demogenerator.h"
#include "services/demoplan.h"
#include "services/demoreviews.h"
#include "services/demonames.h"
#include "store/bulkrepository.h"
#include "store/calldiscountrepository.h"

namespace libreta::services::demo {

// ---------------------------------------------------------------- writer

// Stores one planned debtor, mapping the plan's indices to the ids the store
// hands out. Rows go in the order the program itself would write them (a
// promise right after its call), so ids follow the order of events.
class Writer {
public:
    Writer(store::Database &db, const Context &ctx) : m_db(db), m_bulk(db), m_ctx(ctx) {}

    store::BulkRepository &bulk() { return m_bulk; }

    void write(const DebtorPlan &plan, DemoSummary &summary)
    {
        const Id debtorId = m_bulk.addDebtor(plan.debtor);
        ++summary.debtors;

        QList<Id> contactIds;
        contactIds.reserve(plan.contacts.size());
        for (Contact c : plan.contacts) {
            c.debtorId = debtorId;
            contactIds.append(m_bulk.addContact(c));
        }
        summary.contacts += plan.contacts.size();

        QList<Id> invoiceIds;
        invoiceIds.reserve(plan.invoices.size());
        for (const PlannedInvoice &p : plan.invoices) {
            Invoice inv;
            inv.debtorId = debtorId;
            inv.number = p.number;
            inv.issueDate = p.issue;
            inv.dueDate = p.due;
            inv.amount = Money::fromMinor(p.amount);
            inv.disputed = p.disputed;
            inv.disputeReason = p.disputeReason;
            invoiceIds.append(m_bulk.addInvoice(inv));
        }
        summary.invoices += plan.invoices.size();

        QList<Id> callIds(plan.calls.size(), 0);
        QList<Id> promiseIds(plan.promises.size(), 0);
        for (int i = 0; i < plan.calls.size(); ++i) {
            const PlannedCall &pc = plan.calls.at(i);
            Call c = pc.call;
            c.debtorId = debtorId;
            c.contactId = contactIds.at(pc.contact);
            callIds[i] = m_bulk.addCall(c);
            if (pc.promise >= 0) {
                const PlannedPromise &p = plan.promises.at(pc.promise);
                promiseIds[pc.promise] = m_bulk.addPromise(promiseFor(p, debtorId, callIds[i]), p.resolvedOn);
                if (p.discount)
                    addDiscount(c, callIds[i], debtorId, *p.discount);
            } else if (pc.plan >= 0) {
                const PlannedPlan &pp = plan.plans.at(pc.plan);
                qint64 total = 0;
                for (int k : pp.instalments)
                    total += plan.promises.at(k).amount;
                const Id planId = m_bulk.addPlan(debtorId, callIds[i], pp.frequency, Money::fromMinor(total));
                for (int k : pp.instalments) {
                    const PlannedPromise &p = plan.promises.at(k);
                    Promise instalment = promiseFor(p, debtorId, callIds[i]);
                    instalment.planId = planId;
                    promiseIds[k] = m_bulk.addPromise(instalment, p.resolvedOn);
                }
            }
        }
        summary.calls += plan.calls.size();
        summary.promises += plan.promises.size();
        for (int i = 0; i < plan.calls.size(); ++i)
            if (const auto review = reviewOf(callIds.at(i), plan.calls.at(i).call, m_ctx))
                m_bulk.addReview(*review);

        for (const PlannedPayment &p : plan.payments) {
            Payment pay;
            pay.debtorId = debtorId;
            pay.paidOn = p.paidOn;
            pay.amount = Money::fromMinor(p.amount);
            pay.method = p.method;
            pay.reference = p.reference;
            // Entered on the day it was paid, as a desk would have: "now"
            // made every payment news to the promises made before it
            // (domain::countsToward). Never after the desk's day began.
            pay.recordedAt = std::min(QDateTime(p.paidOn, QTime(12, 0)).toUTC(), m_ctx.todayStartUtc.addSecs(-60));
            for (const auto &a : p.allocations)
                pay.allocations.append({invoiceIds.at(a.first), Money::fromMinor(a.second)});
            m_bulk.addPayment(pay, p.createdBy);
        }
        summary.payments += plan.payments.size();

        for (const PlannedTask &p : plan.followUps) {
            FollowUp f;
            f.debtorId = debtorId;
            f.kind = p.kind;
            f.dueDate = p.due;
            f.dueTime = p.time;
            if (p.promise >= 0)
                f.promiseId = promiseIds.at(p.promise);
            if (p.call >= 0)
                f.callId = callIds.at(p.call);
            f.assignedTo = p.assignedTo;
            f.description = p.description;
            f.status = p.status;
            f.result = p.result;
            if (const auto id = m_bulk.addFollowUp(f, p.doneAt)) {
                ++summary.followups;
                if (p.putOffFrom.isValid())
                    m_bulk.addFollowUpMove(*id, p.assignedTo, p.putOffFrom, p.due, p.putOffFrom);
            }
        }

        for (const PlannedNote &p : plan.notes) {
            Note n;
            n.debtorId = debtorId;
            n.authorId = p.author;
            n.createdAt = p.at;
            n.body = p.body;
            m_bulk.addNote(n);
        }
    }

private:
    // The discount a call agreed (DebtorBuilder::offerDiscount), stored
    // as services::CallService stores the screen's, with its supervisor's
    // decision a day after the call.
    void addDiscount(const Call &call, Id callId, Id debtorId, const PlannedDiscount &planned)
    {
        store::CallDiscount d;
        d.callId = callId;
        d.debtorId = debtorId;
        d.percent = planned.percent;
        d.agreedTotal = Money::fromMinor(planned.agreedTotal);
        d.balance = Money::fromMinor(planned.balance);
        d.limitPercent = planned.limitPercent;
        d.status = d.percent <= d.limitPercent ? store::DiscountStatus::WithinLimit : store::DiscountStatus::Pending;
        // Libreta takes each off once paid (grantEarnedDiscounts, on the day).
        d.grantedWhenPaid = true;
        store::CallDiscountRepository discounts(m_db);
        discounts.add(d);
        if (planned.decision == PlannedDiscount::Decision::None)
            return;
        const bool approved = planned.decision == PlannedDiscount::Decision::Approved;
        discounts.decide(callId, approved ? store::DiscountStatus::Approved : store::DiscountStatus::Rejected,
                         m_ctx.supervisorIds.first(), call.startedAt.addDays(1),
                         approved ? QString() : QStringLiteral("Más de 20% no se autoriza; ofrezca un convenio."));
    }

    static Promise promiseFor(const PlannedPromise &p, Id debtorId, Id callId)
    {
        Promise out;
        out.debtorId = debtorId;
        out.callId = callId;
        out.sequence = p.sequence;
        out.amount = Money::fromMinor(p.amount);
        out.dueDate = p.due;
        out.method = p.method;
        out.madeOn = p.madeOn;
        out.status = p.status;
        out.paid = Money::fromMinor(p.paid);
        return out;
    }

    store::Database &m_db;
    store::BulkRepository m_bulk;
    const Context &m_ctx;
};

// ---------------------------------------------------------------- office setup

} // namespace libreta::services::demo
