#include "services/callcorrectionservice.h"

#include "domain/callflow.h"
#include "domain/entitycodes.h"
#include "domain/followupplanner.h"
#include "domain/labels.h"
#include "services/audittrail.h"
#include "services/callservice.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/callrepository.h"
#include "store/followuprepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

#include <QLocale>
#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

namespace {

struct StageText {
    CallStage stage;
    QString StageNotes::*text;
    const char *field;
};

constexpr StageText kStages[] = {
    {CallStage::Presentation, &StageNotes::presentation, "notes.presentation"},
    {CallStage::Listening, &StageNotes::listening, "notes.listening"},
    {CallStage::Negotiation, &StageNotes::negotiation, "notes.negotiation"},
    {CallStage::PreClose, &StageNotes::preClose, "notes.preclose"},
    {CallStage::Close, &StageNotes::close, "notes.close"},
};

bool reachedTheDebtor(const Call &call) { return !outcomeWithoutConversation(call.answeredBy).has_value(); }

// The task an argument asks for, when it is one.
std::optional<FollowUpKind> taskFor(std::optional<ExcuseCategory> category, std::optional<ExcuseKind> kind)
{
    if (!category || kind.value_or(ExcuseKind::Excuse) != ExcuseKind::Argument)
        return std::nullopt;
    return taskForArgument(*category);
}

} // namespace

CallCorrection CallCorrection::of(const Call &call)
{
    CallCorrection c;
    c.callId = call.id;
    c.notes = call.notes;
    c.excuseCategory = call.excuseCategory;
    c.excuseKind = call.excuseKind;
    c.excuseWords = call.excuseWords;
    c.willing = call.willing;
    c.able = call.able;
    c.refusalReason = call.refusalReason;
    c.nextStep = call.nextStep;
    return c;
}

bool CallCorrectionService::mayCorrect(store::Database &db, const Call &call, std::optional<Id> userId)
{
    return (userId && call.agentId == userId) || maySupervise(db, userId);
}

Call CallCorrectionService::corrected(const Call &call, const CallCorrection &in) const
{
    Call out = call;
    const bool conversation = reachedTheDebtor(call);
    for (const StageText &s : kStages) {
        const QString text = (in.notes.*s.text).trimmed();
        if (text.size() > kMaxNotesLength)
            throw InputError(QString::fromLatin1(s.field), tr("%1: at most %2 characters (these notes have %3).")
                                                             .arg(label(s.stage))
                                                             .arg(QLocale().toString(kMaxNotesLength),
                                                                  QLocale().toString(text.size())));
        if (!text.isEmpty() && !conversation && s.stage != CallStage::Presentation)
            throw InputError(QString::fromLatin1(s.field),
                             tr("%1: this call did not reach the debtor, so it keeps the presentation's notes only.")
                                 .arg(label(s.stage)));
        out.notes.*s.text = text;
    }

    out.excuseWords = in.excuseWords.simplified();
    out.excuseCategory = in.excuseCategory;
    out.excuseKind = in.excuseCategory ? in.excuseKind : std::nullopt;
    out.willing = in.willing;
    out.able = in.able;
    const bool saysWhy = in.excuseCategory || !out.excuseWords.isEmpty();
    if (!conversation && (saysWhy || in.willing || in.able))
        throw InputError(QStringLiteral("excuse_category"),
                         tr("Reason for not paying: only the debtor or the person who decides payment gives one, "
                            "and this call reached neither."));
    if (!out.excuseWords.isEmpty() && !in.excuseCategory)
        throw InputError(QStringLiteral("excuse_category"),
                         tr("Reason for not paying: choose the reason the debtor's words go with."));
    if (out.excuseWords.size() > kMaxLineLength)
        throw InputError(QStringLiteral("excuse_words"), tr("The debtor's words: at most %1 characters (these have %2).")
                                                             .arg(kMaxLineLength)
                                                             .arg(out.excuseWords.size()));

    out.refusalReason = in.refusalReason.simplified();
    out.nextStep = in.nextStep.simplified();
    // The method's rule still holds: a refusal keeps its reason and the next step.
    if (call.outcome == CallOutcome::Refusal && out.refusalReason.isEmpty())
        throw InputError(QStringLiteral("refusal_reason"),
                         tr("Reason for the refusal: a refusal keeps the reason the debtor gave."));
    if (call.outcome == CallOutcome::Refusal && out.nextStep.isEmpty())
        throw InputError(QStringLiteral("next_step"), tr("Next step: a refusal keeps what is done next."));
    // A call that ended on the debtor's argument recorded nothing else: its
    // task is what the call left, so the correction keeps an argument.
    const bool endedOnArgument = call.outcome == CallOutcome::Callback && call.excuseCategory &&
                                 call.excuseKind == ExcuseKind::Argument;
    if (endedOnArgument && out.excuseKind != ExcuseKind::Argument)
        throw InputError(QStringLiteral("excuse_kind"),
                         tr("Argument or excuse: this call ended on the debtor's argument, with nothing else "
                            "agreed, so it stays an argument (choose its right reason if it was another)."));
    if (out.refusalReason.size() > kMaxLineLength)
        throw InputError(QStringLiteral("refusal_reason"), tr("Reason for the refusal: at most %1 characters.")
                                                               .arg(kMaxLineLength));
    if (out.nextStep.size() > kMaxLineLength)
        throw InputError(QStringLiteral("next_step"), tr("Next step: at most %1 characters.").arg(kMaxLineLength));
    return out;
}

Id CallCorrectionService::correct(const CallCorrection &correction, std::optional<Id> userId)
{
    store::Transaction tx(m_db);
    store::CallRepository calls(m_db);
    const auto call = calls.byId(correction.callId);
    if (!call)
        throw InputError(QStringLiteral("call"), tr("The call to correct no longer exists."));
    if (!mayCorrect(m_db, *call, userId))
        throw InputError(QStringLiteral("user"),
                         tr("Only the agent who made the call, or a supervisor, can correct it."));
    // One correction at a time: the next one restates the latest version.
    if (calls.correctionOf(call->debtorId, call->id))
        throw InputError(QStringLiteral("call"),
                         tr("This call was corrected already: correct its latest correction instead."));

    Call fixed = corrected(*call, correction);
    const bool changed = fixed.notes != call->notes || fixed.excuseCategory != call->excuseCategory ||
                         fixed.excuseKind != call->excuseKind || fixed.excuseWords != call->excuseWords ||
                         fixed.willing != call->willing || fixed.able != call->able ||
                         fixed.refusalReason != call->refusalReason || fixed.nextStep != call->nextStep;
    if (!changed)
        throw InputError(QStringLiteral("correction"), tr("Nothing was changed: there is nothing to correct."));

    fixed.id = 0;
    fixed.correctsCallId = call->id;
    fixed.correctedBy = userId;
    fixed.correctedAt = m_clock.nowUtc();
    const Id id = calls.add(fixed);

    // An argument is removed by doing something about it: a reason that
    // becomes one now gets its task, as the call would have given it, and
    // the task of an argument the call no longer records is cancelled.
    const auto task = taskFor(fixed.excuseCategory, fixed.excuseKind);
    const auto oldTask = taskFor(call->excuseCategory, call->excuseKind);
    const bool newTask = task && task != oldTask;
    if (oldTask && task != oldTask) {
        QList<Id> versions{call->id};  // the call and the corrections before this one
        for (auto earlier = call->correctsCallId; earlier;) {
            versions.append(*earlier);
            const auto version = calls.byId(*earlier);
            earlier = version ? version->correctsCallId : std::nullopt;
        }
        store::FollowUpRepository(m_db).cancelForCalls(call->debtorId, versions, *oldTask,
                                                       tr("The call was corrected: the debtor did not give this reason."),
                                                       m_clock.nowUtc());
    }
    if (newTask) {
        FollowUp f;
        f.debtorId = call->debtorId;
        f.kind = *task;
        f.dueDate = m_clock.today();
        f.callId = id;
        f.assignedTo = call->agentId;
        f.description = CallService::argumentTask(*fixed.excuseCategory, fixed.excuseWords);
        store::FollowUpRepository(m_db).add(f);
    }
    store::TotalsRepository(m_db).refresh(call->debtorId);
    AuditTrail(m_db, m_clock)
        .record(userId, QStringLiteral("call.correct"), QStringLiteral("call"), id,
                QStringLiteral("debtor=%1 corrects=%2%3").arg(call->debtorId).arg(call->id).arg(newTask ? QStringLiteral(" task=yes") : QString()));
    tx.commit();
    spdlog::info("call {} corrects call {}", id, call->id);
    return id;
}

} // namespace libreta::services
