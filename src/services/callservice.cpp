#include "services/callservice.h"

#include "domain/callflow.h"
#include "domain/contactrules.h"
#include "domain/entitycodes.h"
#include "domain/followupplanner.h"
#include "domain/labels.h"
#include "domain/promiseevaluation.h"
#include "services/audittrail.h"
#include "services/callgate.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/assignmentrepository.h"
#include "store/calldiscountrepository.h"
#include "store/calldraftrepository.h"
#include "store/callrepository.h"
#include "store/contactrepository.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/noterepository.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

namespace {

bool isRightParty(AnsweredBy by) { return mayDiscussDebt(by); }

QList<Promise> commitments(const CallDraft &draft)
{
    if (draft.plan)
        return draft.plan->instalments;
    if (draft.promise)
        return {*draft.promise};
    return {};
}

Money sumOf(const QList<Promise> &promises)
{
    Money sum;
    for (const Promise &p : promises)
        sum += p.amount;
    return sum;
}

} // namespace

QString CallService::missingOutcome(const CallDraft &draft)
{
    if (!isRightParty(draft.call.answeredBy))
        return {};
    const bool hasPayment = draft.payment.has_value();
    const bool hasPromise = !commitments(draft).isEmpty();
    const bool isRefusal = draft.call.outcome == CallOutcome::Refusal;
    if (hasPayment || hasPromise) {
        // Paid in full on the line: nothing is put off, so there is no
        // reason for a delay to ask for (the promise is kept at once).
        const bool paidWhole = hasPayment && draft.payment->amount >= sumOf(commitments(draft));
        if (hasPromise && !paidWhole && !draft.call.excuseCategory)
            return tr("A promise needs the reason the debt is not paid yet: choose the excuse category.");
        return {};
    }
    if (isRefusal) {
        // A first "no" is handled, not accepted at once.
        if (!draft.call.alternativeOffered)
            return tr("A refusal is recorded only after an alternative was offered: offer one and say the "
                      "debtor still refuses.");
        if (draft.call.refusalReason.trimmed().isEmpty())
            return tr("A refusal needs its reason: write why the debtor refuses.");
        if (draft.call.nextStep.trimmed().isEmpty())
            return tr("A refusal needs the next step: say what happens now.");
        return {};
    }
    // They asked to be called at another time: that call-back is the record.
    if (draft.askedToCallBack)
        return draft.callbackAtUtc ? QString() : tr("Say when they asked to be called back.");
    // An argument ("I already paid", "the invoice never came") is answered
    // by doing something: the task the call leaves is its next step.
    if (draft.call.excuseCategory && draft.call.excuseKind == ExcuseKind::Argument)
        return {};
    return tr("A call with the debtor must end with a payment, a promise, a refusal with its reason and next "
              "step, or an argument to check: none was recorded. If they cannot talk now, tick it in the "
              "presentation (Alt+7).");
}

void CallService::validate(const CallDraft &draft) const
{
    const Call &c = draft.call;
    if (!c.startedAt.isValid())
        throw InputError(QStringLiteral("started_at"), tr("The call has no start time."));
    if (c.endedAt.isValid() && c.endedAt < c.startedAt)
        throw InputError(QStringLiteral("ended_at"), tr("The call cannot end before it started."));
    if (draft.promise && draft.plan)
        throw InputError(QStringLiteral("promise"), tr("Record either one promise or a plan, not both."));
    if (!isRightParty(c.answeredBy) && (!commitments(draft).isEmpty() || draft.payment))
        throw InputError(QStringLiteral("answered_by"),
                         tr("Only the debtor or the person who decides payment can make a promise or a payment."));

    const QString missing = missingOutcome(draft);
    if (!missing.isEmpty())
        throw InputError(QStringLiteral("outcome"), missing);

    const QDate callDay = c.startedAt.toLocalTime().date();
    int n = 0;
    for (const Promise &p : commitments(draft)) {
        ++n;
        const QString which = draft.plan ? tr("Instalment %1: ").arg(n) : QString();
        if (!p.amount.isPositive())
            throw InputError(QStringLiteral("promise.amount"), which + tr("the promised amount must be greater than zero."));
        if (!p.dueDate.isValid())
            throw InputError(QStringLiteral("promise.date"), which + tr("the promise has no date."));
        if (p.dueDate < callDay)
            throw InputError(QStringLiteral("promise.date"), which + tr("the promise date is before the call."));
    }
    if (!commitments(draft).isEmpty() && !c.commitmentConfirmed)
        throw InputError(QStringLiteral("confirmed"),
                         tr("Read the commitment back and tick that the debtor confirmed it."));
    if (!draft.replacesPromiseIds.isEmpty() && commitments(draft).isEmpty())
        throw InputError(QStringLiteral("replaces"), tr("Only a new promise can replace an open one."));
    if (draft.callbackAtUtc && !draft.callbackAtUtc->isValid())
        throw InputError(QStringLiteral("callback"), tr("The call-back time is not valid."));
    // "At 4" typed as 4 in the morning, or a day mistyped: a call-back
    // before the call itself would wait in the agenda as overdue, and the
    // debtor who was promised a call would not get it.
    if (draft.callbackAtUtc && *draft.callbackAtUtc < (c.endedAt.isValid() ? c.endedAt : c.startedAt).addSecs(-60))
        throw InputError(QStringLiteral("callback"),
                         tr("Next attempt: that time has already passed; choose a later one."));
    checkDiscount(draft);
}

void CallService::checkDiscount(const CallDraft &draft) const
{
    if (!draft.discount)
        return;
    const DiscountTerms &d = *draft.discount;
    if (commitments(draft).isEmpty() && !draft.payment)
        throw InputError(QStringLiteral("discount"), tr("A discount goes with a promise, a plan or a payment."));
    if (d.percent < 1 || d.percent > 99 || !d.balance.isPositive())
        throw InputError(QStringLiteral("discount"), tr("The discount must be between 1 and 99 percent."));
    // A payment taken in the call is also the promise it keeps; without
    // promises it is all that was agreed.
    const Money agreed = commitments(draft).isEmpty() ? draft.payment->amount : sumOf(commitments(draft));
    if (agreed != d.agreedTotal || d.agreedTotal >= d.balance)
        throw InputError(QStringLiteral("discount"),
                         tr("What is paid and promised must add up to the balance less the discount."));
}

void CallService::checkContactRules(const Call &call)
{
    // Checked at the moment the call started: that is when it was dialled.
    const ContactDecision decision = CallGate(m_db, m_clock).check(call.debtorId, call.contactId, call.startedAt);
    if (!call.overrideReason.trimmed().isEmpty()) {
        if (!maySupervise(m_db, call.agentId))
            throw InputError(QStringLiteral("override"), tr("Only a supervisor can let a refused call go ahead."));
        // The mark may have been set while the call was open: the reason
        // written for the hours does not lift it.
        if (!decision.overridable())
            throw InputError(QStringLiteral("contact_rules"), CallGate::doNotContactIsFinal());
        return;
    }
    if (!decision.allowed)
        throw InputError(QStringLiteral("contact_rules"),
                         tr("The contact rules refuse this call: %1").arg(decision.reasons().join(QLatin1Char(' '))));
}

QList<Id> CallService::cancelReplaced(const CallDraft &draft, Id callId)
{
    store::PromiseRepository promises(m_db);
    store::FollowUpRepository followUps(m_db);
    const QDate today = draft.call.startedAt.toLocalTime().date();
    QList<Id> cancelled;
    for (Id id : draft.replacesPromiseIds) {
        const auto p = promises.byId(id);
        if (!p || p->debtorId != draft.call.debtorId || p->status != PromiseStatus::Pending)
            throw InputError(QStringLiteral("replaces"), tr("Only a pending promise of this debtor can be replaced."));
        // Past its date the debtor missed it: broken (or partly kept), not
        // merely cancelled. Either way it leaves the chain the payments to
        // come are counted against, for the promise that replaces it.
        promises.setReplaced(id, replacedOutcome(*p, today), p->paid, today);
        followUps.cancelForPromise(id, tr("Replaced by the promise of call %1.").arg(callId), m_clock.nowUtc());
        cancelled.append(id);
    }
    return cancelled;
}

// In an office where agents work the debtors nobody has, the agent who
// gets a promise or a payment from one keeps it: the reminder, the check
// and the next calls are theirs, and the Panel counts the money that comes
// in for them rather than for nobody. A supervisor's call takes nothing
// (they supervise portfolios, not work one), and neither does a call that
// agreed nothing: any agent may still try the debtor tomorrow.
bool CallService::takeIfNobodys(const Debtor &debtor, const CallDraft &draft, const OfficeSettings &settings)
{
    if (debtor.assignedAgentId || !settings.agentsTakeUnassigned || (commitments(draft).isEmpty() && !draft.payment))
        return false;
    const auto caller = store::UserRepository(m_db).byId(draft.call.agentId.value_or(0));
    if (!caller || !caller->active || caller->role != UserRole::Agent)
        return false;
    // Its open follow-ups nobody had go with it, as when a supervisor assigns.
    const bool taken =
        store::AssignmentRepository(m_db).assignChosen({debtor.id}, true, {caller->id}, true).debtors == 1;
    if (taken)
        AuditTrail(m_db, m_clock)
            .record(caller->id, QStringLiteral("debtor.take"), QStringLiteral("debtor"), debtor.id,
                    QStringLiteral("by=call"));
    return taken;
}

// Whether the debtor's contacts list a number other than the one dialled
// whose last call did not reach a wrong number (the dial box lists those
// last, as the same rule).
bool CallService::hasAnotherNumber(const Call &call)
{
    const QList<Call> calls = store::CallRepository(m_db).forDebtor(call.debtorId);  // newest first
    const auto lastWasWrong = [&calls](const QString &number) {
        for (const Call &c : calls)
            if (c.phoneDialled == number)
                return c.answeredBy == AnsweredBy::WrongNumber;
        return false;
    };
    for (const Contact &c : store::ContactRepository(m_db).forDebtor(call.debtorId))
        for (const Phone &p : c.phones)
            if (p.number != call.phoneDialled && !lastWasWrong(p.number))
                return true;
    return false;
}

CommitCallResult CallService::commit(const CallDraft &draft)
{
    validate(draft);

    store::Transaction tx(m_db);
    const auto debtor = store::DebtorRepository(m_db).byId(draft.call.debtorId);
    if (!debtor)
        throw InputError(QStringLiteral("debtor"), tr("There is no such debtor."));
    checkContactRules(draft.call);
    const OfficeSettings settings = store::SettingsRepository(m_db).load();

    CommitCallResult result;
    // Before the payment is posted, so that it is counted as the agent's.
    result.debtorTaken = takeIfNobodys(*debtor, draft, settings);
    Call call = draft.call;
    if (!call.endedAt.isValid())
        call.endedAt = m_clock.nowUtc();
    if (draft.payment)
        call.outcome = CallOutcome::Payment;
    else if (!commitments(draft).isEmpty())
        call.outcome = CallOutcome::Promise;
    result.callId = store::CallRepository(m_db).add(call);
    result.cancelledPromiseIds = cancelReplaced(draft, result.callId);
    store::PromiseRepository promises(m_db);
    store::FollowUpRepository followUps(m_db);

    // Otherwise the call-back stays on the agenda and Next call offers the
    // debtor again once the claim runs out, as if nobody had called. A broken
    // promise is the exception when the call reached nobody: nobody was asked
    // for a new date, so its call-back waits for the next attempt, still red.
    const QDateTime startedLocal = call.startedAt.toLocalTime();
    const bool reachedNobody = outcomeWithoutConversation(call.answeredBy).has_value();
    result.callbacksDone = followUps.completeDueCallbacks(
        call.debtorId, startedLocal.date(), startedLocal.time(), tr("Called: %1.").arg(label(call.outcome)),
        call.startedAt,
        reachedNobody ? store::FollowUpRepository::DueCallbacks::AgreedOnly
                      : store::FollowUpRepository::DueCallbacks::All);
    if (reachedNobody && draft.callbackAtUtc) {
        const QDateTime retry = draft.callbackAtUtc->toLocalTime();
        result.brokenPromiseCallbacksRetried = followUps.retryDuePromiseCallbacks(
            call.debtorId, startedLocal.date(), startedLocal.time(), retry.date(), retry.time(),
            draft.callbackDescription);
    }
    auto addFollowUp = [&](FollowUpKind kind, const QDate &date, std::optional<QTime> time,
                           std::optional<Id> promiseId, const QString &description) {
        FollowUp f;
        f.debtorId = call.debtorId;
        f.kind = kind;
        f.dueDate = date;
        f.dueTime = time;
        f.promiseId = promiseId;
        f.callId = result.callId;
        f.assignedTo = call.agentId;
        f.description = description;
        if (auto id = followUps.add(f))
            result.followUpIds.append(*id);
    };

    const QDate madeOn = call.startedAt.toLocalTime().date();
    QList<Promise> stored;
    if (draft.plan) {
        PaymentPlan plan = *draft.plan;
        plan.debtorId = call.debtorId;
        for (auto &i : plan.instalments)
            i.madeOn = madeOn;
        result.planId = promises.addPlan(plan, result.callId);
        for (const auto &p : promises.pendingForDebtor(call.debtorId))
            if (p.planId == result.planId)
                stored.append(p);
    } else if (draft.promise) {
        Promise p = *draft.promise;
        p.debtorId = call.debtorId;
        p.callId = result.callId;
        p.madeOn = madeOn;
        p.status = PromiseStatus::Pending;
        p.id = promises.add(p);
        stored.append(p);
    }
    for (const Promise &p : stored) {
        result.promiseIds.append(p.id);
        for (const auto &planned :
             followUpsForPromise(p.dueDate, settings.graceDays, settings.reminderTime, call.startedAt.toLocalTime()))
            addFollowUp(planned.kind, planned.dueDate, planned.dueTime, p.id, QString());
    }

    if (draft.discount) {
        store::CallDiscount discount;
        discount.callId = result.callId;
        discount.debtorId = call.debtorId;
        discount.balance = draft.discount->balance;
        discount.agreedTotal = draft.discount->agreedTotal;
        discount.percent = draft.discount->percent;
        // The limit is the office's for the debtor's segment, read here:
        // never what the screen thought it was.
        discount.limitPercent = settings.discountLimitFor(debtor->segment);
        const bool aboveLimit = draft.discount->percent > discount.limitPercent;
        // A supervisor on the phone decides it there and then: the debtor
        // is told it stands, and nobody calls back to say so.
        const bool approvedOnTheCall = aboveLimit && maySupervise(m_db, call.agentId);
        result.discountNeedsApproval = aboveLimit && !approvedOnTheCall;
        result.discountApprovedOnTheCall = approvedOnTheCall;
        discount.status = aboveLimit ? store::DiscountStatus::Pending : store::DiscountStatus::WithinLimit;
        store::CallDiscountRepository discounts(m_db);
        discounts.add(discount);
        const QString figures = QStringLiteral("debtor=%1 percent=%2 limit=%3")
                                    .arg(call.debtorId)
                                    .arg(discount.percent)
                                    .arg(discount.limitPercent);
        if (aboveLimit)
            AuditTrail(m_db, m_clock)
                .record(call.agentId, QStringLiteral("discount.request"), QStringLiteral("call"), result.callId, figures);
        if (approvedOnTheCall) {
            discounts.decide(result.callId, store::DiscountStatus::Approved, call.agentId, m_clock.nowUtc(),
                             tr("Approved on the call by the supervisor who made it."));
            AuditTrail(m_db, m_clock)
                .record(call.agentId, QStringLiteral("discount.approve"), QStringLiteral("call"), result.callId,
                        figures + QStringLiteral(" on_the_call=1"));
        }
    }

    // An argument is removed by doing something about it, not by waiting.
    if (call.excuseCategory && call.excuseKind.value_or(ExcuseKind::Excuse) == ExcuseKind::Argument) {
        const FollowUpKind task = taskForArgument(*call.excuseCategory);
        addFollowUp(task, madeOn, std::nullopt, std::nullopt, argumentTask(*call.excuseCategory, call.excuseWords));
    }
    // The broken promise's call-back, moved to the next attempt, is that attempt.
    if (draft.callbackAtUtc && result.brokenPromiseCallbacksRetried == 0) {
        const QDateTime local = draft.callbackAtUtc->toLocalTime();
        // Calling the wrong number again reaches the same stranger.
        result.findNumberTask = call.answeredBy == AnsweredBy::WrongNumber && !hasAnotherNumber(call);
        if (result.findNumberTask)
            addFollowUp(FollowUpKind::NoteFollowUp, local.date(), std::nullopt, std::nullopt,
                        tr("The number dialled is wrong and the file has no other: find the debtor's number (their "
                           "contacts, the invoices, whoever sold to them), add it and call."));
        else
            addFollowUp(FollowUpKind::Callback, local.date(), local.time(), std::nullopt, draft.callbackDescription);
    }
    if (!draft.note.trimmed().isEmpty()) {
        Note note;
        note.debtorId = call.debtorId;
        note.authorId = call.agentId;
        note.createdAt = m_clock.nowUtc();
        note.body = draft.note.trimmed();
        store::NoteRepository(m_db).add(note);
    }
    if (draft.payment) {
        PostPaymentRequest payment = *draft.payment;
        payment.debtorId = call.debtorId;
        payment.userId = call.agentId;
        result.payment = PaymentService(m_db, m_clock).post(payment);  // nests as a savepoint
        // Paid it all on the line: a call-back agreed for later today (or
        // any day) would have an agent phone someone who owes nothing.
        if (!result.payment->outstandingAfter.isPositive())
            result.callbacksDone += followUps.completeOpenCallbacks(
                call.debtorId, tr("Paid in full during the call."), m_clock.nowUtc());
    }
    if (draft.draftDesk)
        store::CallDraftRepository(m_db).remove(call.debtorId, *draft.draftDesk);

    store::TotalsRepository(m_db).refresh(call.debtorId);

    QString details = QStringLiteral("debtor=%1 outcome=%2 promises=%3 followups=%4")
                          .arg(call.debtorId)
                          .arg(toCode(call.outcome))
                          .arg(result.promiseIds.size())
                          .arg(result.followUpIds.size());
    if (call.scriptId)
        details += QStringLiteral(" script=%1v%2").arg(*call.scriptId).arg(call.scriptVersion);
    if (!result.cancelledPromiseIds.isEmpty())
        details += QStringLiteral(" replaced=%1").arg(result.cancelledPromiseIds.size());
    if (result.callbacksDone > 0)
        details += QStringLiteral(" callbacks_done=%1").arg(result.callbacksDone);
    if (result.brokenPromiseCallbacksRetried > 0)
        details += QStringLiteral(" broken_promise_retried=%1").arg(result.brokenPromiseCallbacksRetried);
    if (!call.overrideReason.isEmpty())
        details += QStringLiteral(" override=yes");
    if (result.debtorTaken)
        details += QStringLiteral(" taken=yes");
    AuditTrail(m_db, m_clock).record(call.agentId, QStringLiteral("call.commit"), QStringLiteral("call"), result.callId, details);

    tx.commit();
    spdlog::info("call {} committed: outcome {}, {} promises, {} follow-ups", result.callId,
                 toCode(call.outcome).toStdString(), result.promiseIds.size(), result.followUpIds.size());
    return result;
}

QString CallService::argumentTask(ExcuseCategory category, const QString &words)
{
    const QString said = words.simplified();
    switch (taskForArgument(category)) {
    case FollowUpKind::SendInvoiceCopy: return tr("The debtor says the invoice never arrived: send a copy.");
    case FollowUpKind::SendStatement:
        // Said to be paid: the money is looked for (a deposit not applied
        // yet, a transfer to another account) before the statement goes.
        if (category == ExcuseCategory::SaysAlreadyPaid)
            return said.isEmpty()
                       ? tr("The debtor says it is paid: look for the payment (the bank, deposits not applied "
                            "yet), then send the statement of account.")
                       : tr("The debtor says it is paid: «%1». Look for the payment (the bank, deposits not "
                            "applied yet), then send the statement of account.")
                             .arg(said);
        return tr("The debtor questions what is owed: send the statement of account.");
    default:
        // The debtor's own words are what there is to check.
        return said.isEmpty() ? tr("The debtor gave a reason that can be checked: check it and answer it.")
                              : tr("The debtor gave a reason that can be checked: «%1». Check it and answer it.")
                                    .arg(said);
    }
}

} // namespace libreta::services
