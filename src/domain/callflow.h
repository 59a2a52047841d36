#pragma once

#include "domain/contactrules.h"
#include "domain/entities.h"

namespace libreta::domain {

// How a call goes from stage to stage, whatever shows it.

// Nobody, voicemail, a wrong number or someone else on the line: the call
// ends at the presentation with this outcome. nullopt for the debtor and
// the person who decides payment, who go on through the five stages.
std::optional<CallOutcome> outcomeWithoutConversation(AnsweredBy answeredBy);

// Where the call ends at the presentation, with what outcome: as above, and
// also the debtor or who decides payment when they cannot talk now and ask
// to be called back (a call-back, not a conversation). nullopt when the
// conversation goes on to the listening.
std::optional<CallOutcome> outcomeAtPresentation(AnsweredBy answeredBy, bool cannotTalkNow);

// When to try again after a call that reached nobody to talk to, with the
// reason in words: nobody answered -> in two hours; voicemail -> tomorrow
// at the same hour (give them time to call back); a third party -> in three
// hours (they were asked when the debtor is in); a wrong number -> tomorrow
// (find another number first). Moved to the next opening of the debtor's
// calling window when it falls outside it.
struct NextAttempt {
    QDateTime atUtc;
    QString reason;  // translated
    // The time the outcome suggests fell outside the debtor's calling
    // window, and atUtc is when it opens again (said in windowNote).
    QString windowNote;
};
// What the desk is told of a time typed for the next attempt that falls
// outside the debtor's calling window; empty inside it.
QString closedWindowNote(const ContactRuleSettings &rules, const QDateTime &atUtc, const QString &timeZoneId);
NextAttempt suggestNextAttempt(AnsweredBy answeredBy, const QDateTime &nowUtc,
                               const ContactRuleSettings &rules, const QString &timeZoneId);
// The right person cannot talk now: in an hour unless the agent types the
// time they asked for, moved into the calling window like the others.
NextAttempt suggestCallBackAsked(const QDateTime &nowUtc, const ContactRuleSettings &rules,
                                 const QString &timeZoneId);

// The stage after `stage` (nullopt after the close), and before it.
std::optional<CallStage> nextStage(CallStage stage);
std::optional<CallStage> previousStage(CallStage stage);
constexpr int kCallStageCount = 5;

} // namespace libreta::domain
