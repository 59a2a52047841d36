#include "domain/callflow.h"

#include <QCoreApplication>

namespace libreta::domain {

std::optional<CallOutcome> outcomeWithoutConversation(AnsweredBy answeredBy)
{
    switch (answeredBy) {
    case AnsweredBy::Debtor:
    case AnsweredBy::DecisionMaker:
        return std::nullopt;
    case AnsweredBy::ThirdParty:
        return CallOutcome::ThirdParty;
    case AnsweredBy::Nobody:
        return CallOutcome::NoAnswer;
    case AnsweredBy::Voicemail:
        return CallOutcome::Voicemail;
    case AnsweredBy::WrongNumber:
        return CallOutcome::WrongNumber;
    }
    return std::nullopt;
}

std::optional<CallOutcome> outcomeAtPresentation(AnsweredBy answeredBy, bool cannotTalkNow)
{
    if (const auto outcome = outcomeWithoutConversation(answeredBy))
        return outcome;
    if (cannotTalkNow)
        return CallOutcome::Callback;
    return std::nullopt;
}

namespace {

// Never suggest a time the rules would refuse.
void keepInsideWindow(NextAttempt &next, const ContactRuleSettings &rules, const QString &timeZoneId)
{
    const QDateTime opening = nextWindowOpening(rules, next.atUtc, timeZoneId);
    if (opening.isValid() && opening != next.atUtc) {
        next.atUtc = opening;
        next.windowNote = QCoreApplication::translate("CallFlow",
                                                      "By then the debtor's calling window is closed: it is set for "
                                                      "when it opens again.");
    }
}

} // namespace

NextAttempt suggestCallBackAsked(const QDateTime &nowUtc, const ContactRuleSettings &rules, const QString &timeZoneId)
{
    NextAttempt next;
    next.atUtc = nowUtc.addSecs(3600);
    next.reason = QCoreApplication::translate(
        "CallFlow", "They cannot talk now: type the time they asked to be called (an hour from now unless you "
                    "change it).");
    keepInsideWindow(next, rules, timeZoneId);
    return next;
}

NextAttempt suggestNextAttempt(AnsweredBy answeredBy, const QDateTime &nowUtc, const ContactRuleSettings &rules,
                               const QString &timeZoneId)
{
    NextAttempt next;
    switch (answeredBy) {
    case AnsweredBy::Nobody:
        next.atUtc = nowUtc.addSecs(2 * 3600);
        next.reason = QCoreApplication::translate("CallFlow", "Nobody answered: try again in two hours.");
        break;
    case AnsweredBy::Voicemail:
        next.atUtc = nowUtc.addDays(1);
        next.reason = QCoreApplication::translate(
            "CallFlow", "Voicemail: give them a day to call back, then try again at the same hour.");
        break;
    case AnsweredBy::ThirdParty:
        next.atUtc = nowUtc.addSecs(3 * 3600);
        next.reason = QCoreApplication::translate(
            "CallFlow", "Someone else answered: call again when they said the debtor is in (three hours unless "
                        "you change it).");
        break;
    case AnsweredBy::WrongNumber:
        next.atUtc = nowUtc.addDays(1);
        next.reason = QCoreApplication::translate(
            "CallFlow", "Wrong number: find another number in the file or with the debtor's contacts, then call "
                        "tomorrow.");
        break;
    case AnsweredBy::Debtor:
    case AnsweredBy::DecisionMaker:
        next.atUtc = nowUtc.addDays(1);
        break;
    }
    keepInsideWindow(next, rules, timeZoneId);
    return next;
}

QString closedWindowNote(const ContactRuleSettings &rules, const QDateTime &atUtc, const QString &timeZoneId)
{
    const QDateTime opening = nextWindowOpening(rules, atUtc, timeZoneId);
    if (!opening.isValid() || opening == atUtc)
        return {};
    return QCoreApplication::translate("CallFlow",
                                       "At that time the debtor's calling window is closed: choose a time inside it.");
}

std::optional<CallStage> nextStage(CallStage stage)
{
    switch (stage) {
    case CallStage::Presentation:
        return CallStage::Listening;
    case CallStage::Listening:
        return CallStage::Negotiation;
    case CallStage::Negotiation:
        return CallStage::PreClose;
    case CallStage::PreClose:
        return CallStage::Close;
    case CallStage::Close:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<CallStage> previousStage(CallStage stage)
{
    switch (stage) {
    case CallStage::Presentation:
        return std::nullopt;
    case CallStage::Listening:
        return CallStage::Presentation;
    case CallStage::Negotiation:
        return CallStage::Listening;
    case CallStage::PreClose:
        return CallStage::Negotiation;
    case CallStage::Close:
        return CallStage::PreClose;
    }
    return std::nullopt;
}

} // namespace libreta::domain
