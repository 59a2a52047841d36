#include "services/callservice.h"

#include "domain/contactrules.h"
#include "domain/entitycodes.h"
#include "domain/followupplanner.h"
#include "services/inputerror.h"
#include "store/auditrepository.h"
#include "store/callrepository.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/noterepository.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

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

} // namespace

QString CallService::missingOutcome(const CallDraft &draft)
{
    if (!isRightParty(draft.call.answeredBy))
        return {};
    const bool hasPayment = draft.payment.has_value();
    const bool hasPromise = !commitments(draft).isEmpty();
    const bool isRefusal = draft.call.outcome == CallOutcome::Refusal;
    if (hasPayment || hasPromise) {
        if (hasPromise && !draft.call.excuseCategory)
            return tr("A promise needs the reason the debt is not paid yet: choose the excuse category.");
        return {};
    }
    if (isRefusal) {
        if (draft.call.refusalReason.trimmed().isEmpty())
            return tr("A refusal needs its reason: write why the debtor refuses.");
        if (draft.call.nextStep.trimmed().isEmpty())
            return tr("A refusal needs the next step: say what happens now.");
        return {};
    }
    return tr("A call with the debtor must end with a payment, a promise, or a refusal with its "
              "reason and next step: none was recorded.");
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
    if (draft.callbackAtUtc && !draft.callbackAtUtc->isValid())
        throw InputError(QStringLiteral("callback"), tr("The call-back time is not valid."));
}

CommitCallResult CallService::commit(const CallDraft &draft)
{
    validate(draft);

    store::Transaction tx(m_db);
    const auto debtor = store::DebtorRepository(m_db).byId(draft.call.debtorId);
    if (!debtor)
        throw InputError(QStringLiteral("debtor"), tr("There is no such debtor."));
    const OfficeSettings settings = store::SettingsRepository(m_db).load();

    CommitCallResult result;
    Call call = draft.call;
    if (!call.endedAt.isValid())
        call.endedAt = m_clock.nowUtc();
    if (draft.payment)
        call.outcome = CallOutcome::Payment;
    else if (!commitments(draft).isEmpty())
        call.outcome = CallOutcome::Promise;
    result.callId = store::CallRepository(m_db).add(call);

    store::PromiseRepository promises(m_db);
    store::FollowUpRepository followUps(m_db);
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
        for (const auto &planned : followUpsForPromise(p.dueDate, settings.graceDays, settings.reminderTime))
            addFollowUp(planned.kind, planned.dueDate, planned.dueTime, p.id, QString());
    }

    // An argument is removed by doing something about it, not by waiting.
    if (call.excuseCategory && call.excuseKind.value_or(ExcuseKind::Excuse) == ExcuseKind::Argument) {
        if (const auto task = taskForExcuse(*call.excuseCategory))
            addFollowUp(*task, madeOn, std::nullopt, std::nullopt, QString());
    }
    if (draft.callbackAtUtc) {
        const QDateTime local = draft.callbackAtUtc->toLocalTime();
        addFollowUp(FollowUpKind::Callback, local.date(), local.time(), std::nullopt, QString());
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
    }

    store::TotalsRepository(m_db).refresh(call.debtorId);

    store::AuditEntry audit;
    audit.at = m_clock.nowUtc();
    audit.userId = call.agentId;
    audit.action = QStringLiteral("call.commit");
    audit.entity = QStringLiteral("call");
    audit.entityId = result.callId;
    audit.details = QStringLiteral("debtor=%1 outcome=%2 promises=%3 followups=%4")
                        .arg(call.debtorId)
                        .arg(toCode(call.outcome))
                        .arg(result.promiseIds.size())
                        .arg(result.followUpIds.size());
    if (!call.overrideReason.isEmpty())
        audit.details += QStringLiteral(" override=yes");
    store::AuditRepository(m_db).add(audit);

    tx.commit();
    spdlog::info("call {} committed: outcome {}, {} promises, {} follow-ups", result.callId,
                 toCode(call.outcome).toStdString(), result.promiseIds.size(), result.followUpIds.size());
    return result;
}

} // namespace libreta::services
