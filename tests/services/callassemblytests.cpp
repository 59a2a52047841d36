#include "services/callassembly.h"
#include "servicetesthelpers.h"
#include "support/fixtures.h"

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kStart(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);
const QDate kToday(2026, 3, 10);

CallWorksheet rightParty()
{
    CallWorksheet w;
    w.debtorId = 7;
    w.contactId = 3;
    w.phone = QStringLiteral("+52 55 1234 5678");
    w.startedAtUtc = kStart;
    w.answeredBy = AnsweredBy::Debtor;
    w.notes.presentation = QStringLiteral("Contestó el titular");
    w.notes.listening = QStringLiteral("Le bajaron las ventas");
    w.excuseCategory = ExcuseCategory::NoFunds;
    w.excuseKind = ExcuseKind::Excuse;
    w.willing = true;
    w.able = false;
    w.techniques = {QStringLiteral("options")};
    w.scriptId = 4;
    w.scriptVersion = 2;
    return w;
}

services::CallFacts facts()
{
    services::CallFacts f;
    f.balance = test::pesos(1000);
    f.discountLimitPercent = 10;
    f.today = kToday;
    f.agentId = 5;
    f.openPromiseIds = {41};
    f.desk = QStringLiteral("ana");
    return f;
}

PaymentOption instalments(int count)
{
    PaymentOption o;
    o.kind = OptionKind::Instalments;
    o.balance = test::pesos(1000);
    o.instalments = count;
    o.frequency = PlanFrequency::Monthly;
    o.firstDate = QDate(2026, 3, 15);
    o.method = PaymentMethod::Deposit;
    return o;
}

} // namespace

TEST_CASE("A call cannot be assembled before saying who answered", "[services][call][assembly]")
{
    CallWorksheet w = rightParty();
    w.answeredBy.reset();
    CHECK(test::refusedField([&] { services::CallAssembly::draftFrom(w, facts()); }) == QStringLiteral("answered_by"));
}

TEST_CASE("Nobody, voicemail, wrong number and third party end at the presentation with their outcome",
          "[services][call][assembly]")
{
    const std::pair<AnsweredBy, CallOutcome> cases[] = {
        {AnsweredBy::Nobody, CallOutcome::NoAnswer},
        {AnsweredBy::Voicemail, CallOutcome::Voicemail},
        {AnsweredBy::WrongNumber, CallOutcome::WrongNumber},
        {AnsweredBy::ThirdParty, CallOutcome::ThirdParty},
    };
    for (const auto &[by, outcome] : cases) {
        CallWorksheet w = rightParty();
        w.answeredBy = by;
        w.option = instalments(3);
        w.preCloseAnswer = PreCloseAnswer::Full;
        w.callbackAtUtc = kStart.addSecs(7200);
        const auto draft = services::CallAssembly::draftFrom(w, facts());
        CHECK(draft.call.outcome == outcome);
        CHECK(draft.call.answeredBy == by);
        // What was typed for the debtor does not go into a call with someone else.
        CHECK_FALSE(draft.plan.has_value());
        CHECK_FALSE(draft.call.excuseCategory.has_value());
        CHECK(draft.call.notes.listening.isEmpty());
        CHECK(draft.call.notes.presentation == QStringLiteral("Contestó el titular"));
        CHECK(draft.callbackAtUtc == kStart.addSecs(7200));
        CHECK_FALSE(draft.callbackDescription.isEmpty());
        CHECK(draft.draftDesk == QStringLiteral("ana"));
        CHECK(draft.call.scriptVersion == 2);
    }
}

TEST_CASE("An accepted instalment plan becomes a plan whose promises add up to the balance",
          "[services][call][assembly]")
{
    CallWorksheet w = rightParty();
    w.option = instalments(3);
    w.preCloseAnswer = PreCloseAnswer::Full;
    w.confirmed = true;
    w.commitmentText = QStringLiteral("Tres pagos mensuales");
    const auto draft = services::CallAssembly::draftFrom(w, facts());
    REQUIRE(draft.plan.has_value());
    CHECK_FALSE(draft.promise.has_value());
    CHECK(draft.plan->frequency == PlanFrequency::Monthly);
    REQUIRE(draft.plan->instalments.size() == 3);
    Money sum;
    for (const Promise &p : draft.plan->instalments) {
        sum += p.amount;
        CHECK(p.method == PaymentMethod::Deposit);
    }
    CHECK(sum == test::pesos(1000));
    CHECK(draft.plan->instalments[0].amount == test::pesos(333, 34));
    CHECK(draft.plan->instalments[2].dueDate == QDate(2026, 5, 15));
    CHECK(draft.call.commitmentConfirmed);
    CHECK(draft.call.commitmentText == QStringLiteral("Tres pagos mensuales"));
    CHECK(draft.call.techniques == QStringList{QStringLiteral("options")});
    CHECK(draft.call.willing == true);
    CHECK(draft.call.able == false);
    CHECK(draft.replacesPromiseIds == QList<Id>{41});
    CHECK_FALSE(draft.discount.has_value());
}

TEST_CASE("Part now and the rest later is a plan of two, a discount goes with it", "[services][call][assembly]")
{
    CallWorksheet w = rightParty();
    PaymentOption o;
    o.kind = OptionKind::PartNowRestLater;
    o.balance = test::pesos(1000);
    o.discountPercent = 20;
    o.partNow = test::pesos(300);
    o.date = kToday;
    o.restDate = kToday.addDays(14);
    w.option = o;
    w.preCloseAnswer = PreCloseAnswer::Partial;
    w.replaceOpenPromises = false;
    const auto draft = services::CallAssembly::draftFrom(w, facts());
    REQUIRE(draft.plan.has_value());
    CHECK(draft.plan->frequency == PlanFrequency::Biweekly);
    CHECK(draft.plan->instalments[0].amount == test::pesos(300));
    CHECK(draft.plan->instalments[1].amount == test::pesos(500));
    REQUIRE(draft.discount.has_value());
    CHECK(draft.discount->percent == 20);
    CHECK(draft.discount->agreedTotal == test::pesos(800));
    CHECK(draft.replacesPromiseIds.isEmpty());
}

TEST_CASE("A refusal keeps its reason, next step and whether an alternative was offered", "[services][call][assembly]")
{
    CallWorksheet w = rightParty();
    w.option = instalments(3);
    w.preCloseAnswer = PreCloseAnswer::Refusal;
    w.alternativeOffered = true;
    w.refusalReason = QStringLiteral(" No reconoce el adeudo ");
    w.nextStep = QStringLiteral("Enviar estado de cuenta");
    w.callbackAtUtc = kStart.addDays(3);
    const auto draft = services::CallAssembly::draftFrom(w, facts());
    CHECK(draft.call.outcome == CallOutcome::Refusal);
    CHECK(draft.call.alternativeOffered);
    CHECK(draft.call.refusalReason == QStringLiteral("No reconoce el adeudo"));
    CHECK_FALSE(draft.plan.has_value());
    CHECK(draft.replacesPromiseIds.isEmpty());
    CHECK(draft.callbackDescription == QStringLiteral("Enviar estado de cuenta"));
    CHECK(services::CallService::missingOutcome(draft).isEmpty());
}

TEST_CASE("An option that does not add up is refused with the negotiation's words", "[services][call][assembly]")
{
    CallWorksheet w = rightParty();
    w.option = instalments(3);
    w.option->firstDate = kToday.addDays(-1);
    w.preCloseAnswer = PreCloseAnswer::Full;
    CHECK(test::refusedField([&] { services::CallAssembly::draftFrom(w, facts()); }) == QStringLiteral("option"));
    // Without an answer in the pre-close there is nothing to promise yet.
    w.preCloseAnswer.reset();
    const auto draft = services::CallAssembly::draftFrom(w, facts());
    CHECK_FALSE(draft.plan.has_value());
    CHECK_FALSE(services::CallService::missingOutcome(draft).isEmpty());
}

TEST_CASE("Part paid during the call becomes a payment and the promise it keeps, the rest a promise", "[services][call][assembly]")
{
    CallWorksheet w = rightParty();
    PaymentOption o;
    o.kind = OptionKind::PartNowRestLater;
    o.balance = test::pesos(1000);
    o.partNow = test::pesos(400);
    o.date = kToday;
    o.restDate = kToday.addDays(20);
    o.method = PaymentMethod::Card;
    o.paidNow = true;
    o.reference = QStringLiteral(" AUT-123 ");
    w.option = o;
    w.preCloseAnswer = PreCloseAnswer::Partial;
    w.confirmed = true;
    const auto draft = services::CallAssembly::draftFrom(w, facts());
    REQUIRE(draft.payment.has_value());
    CHECK(draft.payment->amount == test::pesos(400));
    CHECK(draft.payment->paidOn == kToday);
    CHECK(draft.payment->method == PaymentMethod::Card);
    CHECK(draft.payment->reference == QStringLiteral("AUT-123"));
    REQUIRE(draft.plan.has_value());
    CHECK(draft.plan->instalments.size() == 2);
    CHECK(draft.plan->instalments[0].dueDate == kToday);
}

TEST_CASE("An agent's plan beyond the office's limits is refused, the same plan is a supervisor's to agree",
          "[services][call][assembly]")
{
    CallWorksheet w = rightParty();
    w.option = instalments(14);  // monthly from 15 March: the last on 15 April 2027
    w.preCloseAnswer = PreCloseAnswer::Full;
    w.confirmed = true;
    services::CallFacts agent = facts();
    agent.termLimits = TermLimits{30, 12};
    CHECK(test::refusedField([&] { services::CallAssembly::draftFrom(w, agent); }) == QStringLiteral("option"));
    CHECK(test::refusedMessage([&] { services::CallAssembly::draftFrom(w, agent); })
              .startsWith(QStringLiteral("Negotiation: Last instalment: the office allows plans up to 12 months")));

    services::CallFacts supervisor = facts();  // no limits: a supervisor's call
    const services::CallDraft draft = services::CallAssembly::draftFrom(w, supervisor);
    REQUIRE(draft.plan);
    CHECK(draft.plan->instalments.size() == 14);

    w.option = instalments(12);  // the last on 15 February 2027: inside the limit
    CHECK(services::CallAssembly::draftFrom(w, agent).plan->instalments.size() == 12);
}
