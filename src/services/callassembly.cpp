#include "services/callassembly.h"

#include "domain/callflow.h"
#include "domain/contactrules.h"
#include "domain/labels.h"
#include "services/inputerror.h"

namespace libreta::services {

using namespace domain;

namespace {

bool accepted(const CallWorksheet &w)
{
    return w.preCloseAnswer == PreCloseAnswer::Partial || w.preCloseAnswer == PreCloseAnswer::Full;
}

// The agenda line is all the next agent reads before calling: what the
// person on the phone said (when to call, who to ask for) goes with it.
QString withPresentationNote(const QString &description, const QString &note)
{
    const QString said = note.simplified();
    return said.isEmpty() ? description : CallAssembly::tr("%1 «%2»").arg(description, said);
}

} // namespace

CallDraft CallAssembly::draftFrom(const CallWorksheet &w, const CallFacts &facts)
{
    if (!w.answeredBy)
        throw InputError(QStringLiteral("answered_by"),
                         tr("Presentation: say who answered the phone (or that nobody did)."));
    CallDraft draft;
    Call &c = draft.call;
    c.debtorId = w.debtorId;
    c.agentId = facts.agentId;
    c.contactId = w.contactId;
    c.phoneDialled = w.phone;
    c.startedAt = w.startedAtUtc;
    c.answeredBy = *w.answeredBy;
    c.notes.presentation = w.notes.presentation.trimmed();
    c.scriptId = w.scriptId;
    c.scriptVersion = w.scriptVersion;
    c.overrideReason = w.overrideReason.trimmed();
    draft.draftDesk = facts.desk;

    if (const auto outcome = outcomeWithoutConversation(*w.answeredBy)) {
        // Nobody to talk to about the debt: nothing past the presentation
        // belongs to this call, whatever was typed before the answer changed.
        c.outcome = *outcome;
        draft.callbackAtUtc = w.callbackAtUtc;
        if (w.callbackAtUtc)
            draft.callbackDescription =
                withPresentationNote(tr("Next attempt after: %1.").arg(label(*outcome)), c.notes.presentation);
        return draft;
    }
    if (w.cannotTalkNow) {
        // The right person, who asked for another time: the call-back they
        // asked for is the call's outcome, and the debt was not discussed.
        if (!w.callbackAtUtc)
            throw InputError(QStringLiteral("callback"),
                             tr("Presentation: say when to call back, at the time they asked for."));
        c.outcome = CallOutcome::Callback;
        draft.askedToCallBack = true;
        draft.callbackAtUtc = w.callbackAtUtc;
        draft.callbackDescription = withPresentationNote(
            tr("%1 could not talk and asked to be called back at this time.").arg(label(c.answeredBy)),
            c.notes.presentation);
        return draft;
    }

    c.notes.listening = w.notes.listening.trimmed();
    c.notes.negotiation = w.notes.negotiation.trimmed();
    c.notes.preClose = w.notes.preClose.trimmed();
    c.notes.close = w.notes.close.trimmed();
    c.excuseCategory = w.excuseCategory;
    c.excuseWords = w.excuseWords.trimmed();
    c.excuseKind = w.excuseKind;
    c.willing = w.willing;
    c.able = w.able;
    c.techniques = w.techniques;
    c.preCloseAnswer = w.preCloseAnswer;
    c.alternativeOffered = w.alternativeOffered;

    if (w.preCloseAnswer == PreCloseAnswer::Refusal) {
        c.outcome = CallOutcome::Refusal;
        c.refusalReason = w.refusalReason.trimmed();
        c.nextStep = w.nextStep.trimmed();
        draft.callbackAtUtc = w.callbackAtUtc;
        if (w.callbackAtUtc)
            draft.callbackDescription = c.nextStep;
        return draft;
    }
    c.outcome = CallOutcome::Callback;  // until a commitment makes it a promise
    if (!accepted(w) || !w.option)
        return draft;

    const OptionPlan plan = buildOption(*w.option, facts.discountLimitPercent, facts.today, facts.termLimits);
    if (!plan.ok())
        throw InputError(QStringLiteral("option"), tr("Negotiation: %1").arg(plan.error));
    c.commitmentText = w.commitmentText;
    c.commitmentConfirmed = w.confirmed;
    // A payment taken during the call is posted with it, and its instalment
    // is still promised (due today): the payment keeps that promise at once,
    // so the rest of a plan is never counted as paid by it.
    if (plan.paidNow) {
        PostPaymentRequest payment;
        payment.debtorId = w.debtorId;
        payment.amount = plan.instalments.first().amount;
        payment.paidOn = plan.instalments.first().dueDate;
        payment.method = w.option->method;
        payment.reference = w.option->reference.trimmed();
        draft.payment = payment;
    }
    QList<Promise> promises;
    for (const InstalmentTerms &t : plan.instalments) {
        Promise p;
        p.debtorId = w.debtorId;
        p.amount = t.amount;
        p.dueDate = t.dueDate;
        p.method = w.option->method;
        p.sequence = int(promises.size()) + 1;
        promises.append(p);
    }
    if (promises.size() > 1) {
        PaymentPlan paymentPlan;
        paymentPlan.debtorId = w.debtorId;
        paymentPlan.frequency = plan.frequency;
        paymentPlan.instalments = promises;
        draft.plan = paymentPlan;
    } else {
        draft.promise = promises.first();
    }
    if (plan.discountPercent > 0)
        draft.discount = DiscountTerms{w.option->balance, plan.agreedTotal, plan.discountPercent};
    if (w.replaceOpenPromises)
        draft.replacesPromiseIds = facts.openPromiseIds;
    return draft;
}

} // namespace libreta::services
