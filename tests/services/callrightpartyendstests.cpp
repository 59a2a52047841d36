// A call with the right person that ends with neither money nor a refusal:
// they asked to be called back at another time, or they gave an argument a
// task must answer first. Both are something recorded (DOMAIN rules 4, 5).

#include "domain/clock.h"
#include "services/callassembly.h"
#include "services/callcorrectionservice.h"
#include "services/callservice.h"
#include "servicetesthelpers.h"
#include "store/callrepository.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "support/argumentcall.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <algorithm>

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

CallWorksheet debtorCannotTalk(Id debtor)
{
    CallWorksheet w;
    w.debtorId = debtor;
    w.startedAtUtc = kNow.addSecs(-60);
    w.answeredBy = AnsweredBy::Debtor;
    w.cannotTalkNow = true;
    w.callbackAtUtc = kNow.addSecs(5 * 3600);
    w.notes.presentation = QStringLiteral("Está manejando;  que le llamen a las 4");
    // Typed before the answer was ticked: not part of a call that ended here.
    w.notes.listening = QStringLiteral("Dice que no tiene dinero");
    w.excuseCategory = ExcuseCategory::NoFunds;
    return w;
}

services::CallFacts facts()
{
    services::CallFacts f;
    f.today = kNow.date();
    f.agentId = std::nullopt;
    return f;
}

services::CallDraft argumentDraft(Id debtor, ExcuseKind kind)
{
    return test::argumentCall(debtor, kNow, ExcuseCategory::SaysAlreadyPaid, kind);
}

} // namespace

TEST_CASE("A debtor who cannot talk now is a call-back at the time they asked, with nothing about the debt",
          "[services][call][assembly]")
{
    const auto draft = services::CallAssembly::draftFrom(debtorCannotTalk(7), facts());
    CHECK(draft.call.outcome == CallOutcome::Callback);
    CHECK(draft.call.answeredBy == AnsweredBy::Debtor);
    CHECK(draft.askedToCallBack);
    CHECK(draft.callbackAtUtc == kNow.addSecs(5 * 3600));
    CHECK_FALSE(draft.call.excuseCategory.has_value());
    CHECK(draft.call.notes.listening.isEmpty());
    CHECK(draft.callbackDescription.contains(QStringLiteral("«Está manejando; que le llamen a las 4»")));
    CHECK(services::CallService::missingOutcome(draft).isEmpty());

    CallWorksheet noTime = debtorCannotTalk(7);
    noTime.callbackAtUtc.reset();
    CHECK(test::refusedField([&] { services::CallAssembly::draftFrom(noTime, facts()); }) ==
          QStringLiteral("callback"));

    // Someone else on the line keeps their own outcome, whatever was ticked.
    CallWorksheet someoneElse = debtorCannotTalk(7);
    someoneElse.answeredBy = AnsweredBy::ThirdParty;
    const auto other = services::CallAssembly::draftFrom(someoneElse, facts());
    CHECK(other.call.outcome == CallOutcome::ThirdParty);
    CHECK_FALSE(other.askedToCallBack);
}

TEST_CASE("The call-back a debtor asked for is stored, and the call-back that was due is done",
          "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    FollowUp due;
    due.debtorId = debtor;
    due.kind = FollowUpKind::Callback;
    due.dueDate = kNow.toLocalTime().date();
    due.description = QStringLiteral("Llamar hoy");
    store::FollowUpRepository(t.db()).add(due);

    const auto draft = services::CallAssembly::draftFrom(debtorCannotTalk(debtor), facts());
    const auto r = services::CallService(t.db(), clock).commit(draft);
    CHECK(r.callbacksDone == 1);
    const auto calls = store::CallRepository(t.db()).forDebtor(debtor);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].outcome == CallOutcome::Callback);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->lastContactAt == kNow.addSecs(-60));
    const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == FollowUpKind::Callback);
    const QDateTime at = kNow.addSecs(5 * 3600).toLocalTime();
    CHECK(open[0].dueDate == at.date());
    CHECK(open[0].dueTime == at.time());
    CHECK(open[0].callId == r.callId);
}

TEST_CASE("An argument with no promise ends the call with the task that answers it, an excuse does not",
          "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));

    // Taken as an excuse, "I already paid" without a promise is "talked to
    // him": refused, and nothing is stored.
    CHECK(test::refusedField([&] {
              services::CallService(t.db(), clock).commit(argumentDraft(debtor, ExcuseKind::Excuse));
          }) == QStringLiteral("outcome"));
    CHECK(store::CallRepository(t.db()).forDebtor(debtor).isEmpty());

    const auto r = services::CallService(t.db(), clock).commit(argumentDraft(debtor, ExcuseKind::Argument));
    const auto calls = store::CallRepository(t.db()).forDebtor(debtor);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].outcome == CallOutcome::Callback);
    const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == FollowUpKind::SendStatement);
    CHECK(open[0].callId == r.callId);
    CHECK(open[0].dueDate == kNow.toLocalTime().date());
    CHECK(store::PromiseRepository(t.db()).forDebtor(debtor).isEmpty());
}

TEST_CASE("The task of \"I already paid\" names the payment to look for, in the debtor's words", "[services][call]")
{
    const QString task =
        services::CallService::argumentTask(ExcuseCategory::SaysAlreadyPaid, QStringLiteral("  Pagó el 2  por SPEI "));
    CHECK(task.contains(QStringLiteral("«Pagó el 2 por SPEI»")));
    CHECK(task.contains(QStringLiteral("look for the payment"), Qt::CaseInsensitive));
    // Disputing the amount is answered with the statement alone.
    CHECK_FALSE(services::CallService::argumentTask(ExcuseCategory::AmountDisputed, QStringLiteral("Es menos"))
                    .contains(QStringLiteral("look for the payment"), Qt::CaseInsensitive));
}

TEST_CASE("A call that ended on an argument stays an argument when it is corrected", "[services][call][callcorrection]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    const auto r = services::CallService(t.db(), clock).commit(argumentDraft(debtor, ExcuseKind::Argument));
    const auto call = store::CallRepository(t.db()).byId(r.callId);
    REQUIRE(call);
    services::CallCorrectionService corrections(t.db(), clock);

    services::CallCorrection asExcuse = services::CallCorrection::of(*call);
    asExcuse.excuseKind = ExcuseKind::Excuse;
    CHECK(test::refusedField([&] { corrections.correct(asExcuse, std::nullopt); }) == QStringLiteral("excuse_kind"));
    services::CallCorrection noReason = services::CallCorrection::of(*call);
    noReason.excuseCategory.reset();
    noReason.excuseWords.clear();
    CHECK(test::refusedField([&] { corrections.correct(noReason, std::nullopt); }) == QStringLiteral("excuse_kind"));

    // Another argument is a correction it can take.
    services::CallCorrection otherArgument = services::CallCorrection::of(*call);
    otherArgument.excuseCategory = ExcuseCategory::InvoiceNotReceived;
    CHECK(corrections.correct(otherArgument, std::nullopt) > 0);
}
