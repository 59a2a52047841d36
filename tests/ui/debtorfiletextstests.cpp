#include "domain/callflow.h"
#include "domain/labels.h"
#include "ui/debtorfiletexts.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

Call callOf(AnsweredBy answeredBy, CallOutcome outcome)
{
    Call c;
    c.answeredBy = answeredBy;
    c.outcome = outcome;
    return c;
}

} // namespace

TEST_CASE("A call that reached nobody reads as its outcome once and one with the debtor names who answered",
          "[ui][debtorfile]")
{
    // Who answered decides these outcomes: the file says it once.
    for (const AnsweredBy nobody :
         {AnsweredBy::Nobody, AnsweredBy::Voicemail, AnsweredBy::WrongNumber, AnsweredBy::ThirdParty}) {
        const CallOutcome outcome = *outcomeWithoutConversation(nobody);
        const QString text = ui::DebtorFileTexts::callResult(callOf(nobody, outcome));
        CHECK(text == label(outcome));
        CHECK_FALSE(text.contains(QStringLiteral(" · ")));
    }
    CHECK(ui::DebtorFileTexts::callResult(callOf(AnsweredBy::Voicemail, CallOutcome::Voicemail)) ==
          QStringLiteral("Voicemail"));
    // A conversation: what it came to and with whom.
    CHECK(ui::DebtorFileTexts::callResult(callOf(AnsweredBy::Debtor, CallOutcome::Promise)) ==
          QStringLiteral("%1 · %2").arg(label(CallOutcome::Promise), label(AnsweredBy::Debtor)));
    CHECK(ui::DebtorFileTexts::callResult(callOf(AnsweredBy::DecisionMaker, CallOutcome::Refusal)) ==
          QStringLiteral("%1 · %2").arg(label(CallOutcome::Refusal), label(AnsweredBy::DecisionMaker)));
}
