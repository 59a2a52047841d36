#include "domain/clock.h"
#include "domain/labels.h"
#include "services/callservice.h"
#include "services/inputerror.h"
#include "services/rolloverservice.h"
#include "store/callrepository.h"
#include "store/followuprepository.h"
#include "store/noterepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

services::CallDraft rightPartyDraft(Id debtor)
{
    services::CallDraft d;
    d.call.debtorId = debtor;
    d.call.startedAt = kNow.addSecs(-300);
    d.call.endedAt = kNow;
    d.call.answeredBy = AnsweredBy::Debtor;
    d.call.notes.presentation = QStringLiteral("Se identificó al titular");
    return d;
}

Promise promiseOf(Money amount, const QDate &due)
{
    Promise p;
    p.amount = amount;
    p.dueDate = due;
    p.method = PaymentMethod::Cash;
    return p;
}

QString refusal(store::Database &db, const services::CallDraft &draft, const Clock &clock)
{
    try {
        services::CallService(db, clock).commit(draft);
    } catch (const services::InputError &e) {
        return e.field();
    }
    return {};
}

bool hasKind(const QList<FollowUp> &list, FollowUpKind kind)
{
    return std::any_of(list.cbegin(), list.cend(), [kind](const FollowUp &f) { return f.kind == kind; });
}

} // namespace

TEST_CASE("A right-party call with nothing recorded is refused and says what is missing", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    auto draft = rightPartyDraft(debtor);
    draft.call.outcome = CallOutcome::Callback;
    CHECK(refusal(t.db(), draft, clock) == QStringLiteral("outcome"));
    CHECK_FALSE(services::CallService::missingOutcome(draft).isEmpty());

    draft.call.outcome = CallOutcome::Refusal;
    draft.call.refusalReason = QStringLiteral("No reconoce el adeudo");
    CHECK(services::CallService::missingOutcome(draft).contains(QStringLiteral("alternative")));
    draft.call.alternativeOffered = true;
    CHECK(services::CallService::missingOutcome(draft).contains(QStringLiteral("next step")));
    draft.call.nextStep = QStringLiteral("Enviar estado de cuenta y llamar el lunes");
    CHECK(services::CallService::missingOutcome(draft).isEmpty());
    CHECK(store::CallRepository(t.db()).forDebtor(debtor).isEmpty());
}

TEST_CASE("A no-answer call needs no outcome beyond itself", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    services::CallDraft draft;
    draft.call.debtorId = debtor;
    draft.call.startedAt = kNow;
    draft.call.answeredBy = AnsweredBy::Nobody;
    draft.call.outcome = CallOutcome::NoAnswer;
    const auto r = services::CallService(t.db(), clock).commit(draft);
    CHECK(r.callId > 0);
    CHECK(store::TotalsRepository(t.db())
              .forDebtor(debtor)
              ->lastContactAt == kNow);
}

TEST_CASE("A confirmed promise is stored with its reminder and check, and the argument becomes a task", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    auto draft = rightPartyDraft(debtor);
    draft.call.excuseCategory = ExcuseCategory::InvoiceNotReceived;
    draft.call.excuseKind = ExcuseKind::Argument;
    draft.call.excuseWords = QStringLiteral("Nunca me llegó la factura");
    draft.call.commitmentConfirmed = true;
    draft.promise = promiseOf(test::pesos(1000), QDate(2026, 3, 20));
    draft.note = QStringLiteral("Pide copia por correo");

    const auto r = services::CallService(t.db(), clock).commit(draft);
    REQUIRE(r.promiseIds.size() == 1);
    const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
    CHECK(hasKind(open, FollowUpKind::PromiseReminder));
    CHECK(hasKind(open, FollowUpKind::PromiseCheck));
    CHECK(hasKind(open, FollowUpKind::SendInvoiceCopy));
    CHECK(store::NoteRepository(t.db()).forDebtor(debtor).size() == 1);
    const auto totals = store::TotalsRepository(t.db()).forDebtor(debtor);
    CHECK(totals->openPromiseId == r.promiseIds[0]);
    CHECK(totals->openPromiseAmount == test::pesos(1000));
    CHECK(totals->nextActionDate == QDate(2026, 3, 10));
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("Another reason the agent judged verifiable becomes a task to check the debtor's words",
          "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    auto draft = rightPartyDraft(debtor);
    draft.call.excuseCategory = ExcuseCategory::WaitingForCustomer;
    draft.call.excuseKind = ExcuseKind::Argument;
    draft.call.excuseWords = QStringLiteral("Su cliente Grupo Norte le paga el 15; tiene la orden de compra");
    draft.call.commitmentConfirmed = true;
    draft.promise = promiseOf(test::pesos(1000), QDate(2026, 3, 20));
    services::CallService(t.db(), clock).commit(draft);
    const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
    const auto task = std::find_if(open.cbegin(), open.cend(),
                                   [](const FollowUp &f) { return f.kind == FollowUpKind::NoteFollowUp; });
    REQUIRE(task != open.cend());
    CHECK(task->description.contains(QStringLiteral("«Su cliente Grupo Norte le paga el 15")));
    CHECK(task->dueDate == QDate(2026, 3, 10));

    // The same reason taken as an excuse gets no task.
    const Id other = test::addDebtor(t.db(), QStringLiteral("R-2"));
    test::addInvoice(t.db(), other, QStringLiteral("F-2"), QDate(2026, 1, 10), test::pesos(1000));
    draft.call.debtorId = other;
    draft.call.excuseKind = ExcuseKind::Excuse;
    services::CallService(t.db(), clock).commit(draft);
    CHECK_FALSE(hasKind(store::FollowUpRepository(t.db()).openForDebtor(other), FollowUpKind::NoteFollowUp));
}

TEST_CASE("A promise without the debtor's confirmation is refused", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    auto draft = rightPartyDraft(debtor);
    draft.call.excuseCategory = ExcuseCategory::NoFunds;
    draft.promise = promiseOf(test::pesos(100), QDate(2026, 3, 20));
    CHECK(refusal(t.db(), draft, clock) == QStringLiteral("confirmed"));
    draft.call.commitmentConfirmed = true;
    draft.promise->dueDate = QDate(2026, 3, 1);
    CHECK(refusal(t.db(), draft, clock) == QStringLiteral("promise.date"));
    draft.promise->dueDate = QDate(2026, 3, 20);
    draft.promise->amount = Money();
    CHECK(refusal(t.db(), draft, clock) == QStringLiteral("promise.amount"));
    CHECK(store::PromiseRepository(t.db()).forDebtor(debtor).isEmpty());
}

TEST_CASE("A third party can never be recorded as making a promise", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    auto draft = rightPartyDraft(debtor);
    draft.call.answeredBy = AnsweredBy::ThirdParty;
    draft.call.commitmentConfirmed = true;
    draft.promise = promiseOf(test::pesos(100), QDate(2026, 3, 20));
    CHECK(refusal(t.db(), draft, clock) == QStringLiteral("answered_by"));
}

TEST_CASE("An instalment plan is stored as dated promises that add up to the total", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    auto draft = rightPartyDraft(debtor);
    draft.call.excuseCategory = ExcuseCategory::IllnessOrJobLoss;
    draft.call.commitmentConfirmed = true;
    PaymentPlan plan;
    plan.frequency = PlanFrequency::Monthly;
    plan.instalments = {promiseOf(test::pesos(333, 34), QDate(2026, 3, 15)),
                        promiseOf(test::pesos(333, 33), QDate(2026, 4, 15)),
                        promiseOf(test::pesos(333, 33), QDate(2026, 5, 15))};
    draft.plan = plan;
    const auto r = services::CallService(t.db(), clock).commit(draft);
    REQUIRE(r.planId.has_value());
    REQUIRE(r.promiseIds.size() == 3);
    Money sum;
    for (const auto &p : store::PromiseRepository(t.db()).forDebtor(debtor)) {
        CHECK(p.planId == r.planId);
        sum += p.amount;
    }
    CHECK(sum == test::pesos(1000));
    CHECK(store::FollowUpRepository(t.db()).openForDebtor(debtor).size() == 6);
}

TEST_CASE("A call whose payment is refused stores nothing at all", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    auto draft = rightPartyDraft(debtor);
    services::PostPaymentRequest payment;
    payment.amount = test::pesos(100);
    payment.paidOn = QDate(2026, 4, 1);  // in the future: refused inside the transaction
    draft.payment = payment;
    draft.note = QStringLiteral("Pagó con tarjeta");
    CHECK(refusal(t.db(), draft, clock) == QStringLiteral("date"));
    CHECK(store::CallRepository(t.db()).forDebtor(debtor).isEmpty());
    CHECK(store::NoteRepository(t.db()).forDebtor(debtor).isEmpty());
    CHECK(store::PaymentRepository(t.db()).forDebtor(debtor).isEmpty());
    CHECK(t.db().transactionDepth() == 0);
}

TEST_CASE("A payment taken during the call is posted with the call", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    auto draft = rightPartyDraft(debtor);
    services::PostPaymentRequest payment;
    payment.amount = test::pesos(1000);
    payment.paidOn = QDate(2026, 3, 10);
    payment.method = PaymentMethod::Card;
    draft.payment = payment;
    const auto r = services::CallService(t.db(), clock).commit(draft);
    REQUIRE(r.payment.has_value());
    CHECK(r.payment->outstandingAfter == Money());
    CHECK(store::CallRepository(t.db()).forDebtor(debtor).at(0).outcome == CallOutcome::Payment);
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("Paid in full on the line needs no excuse, a part paid with the rest promised does", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    const QDate today = kNow.toLocalTime().date();
    const auto paidOnTheLine = [&](Money paid) {
        auto draft = rightPartyDraft(debtor);
        draft.call.commitmentConfirmed = true;
        services::PostPaymentRequest payment;
        payment.debtorId = debtor;
        payment.amount = paid;
        payment.paidOn = today;
        payment.method = PaymentMethod::Card;
        draft.payment = payment;
        if (paid == test::pesos(1000)) {
            draft.promise = promiseOf(paid, today);
        } else {
            PaymentPlan plan;
            plan.instalments = {promiseOf(paid, today), promiseOf(test::pesos(1000) - paid, today.addDays(15))};
            draft.plan = plan;
        }
        return draft;
    };
    CHECK(refusal(t.db(), paidOnTheLine(test::pesos(400)), clock) == QStringLiteral("outcome"));
    CHECK(store::PaymentRepository(t.db()).forDebtor(debtor).isEmpty());
    // A call-back agreed for tomorrow: nobody to call once it is all paid.
    test::addCallback(t.db(), debtor, today.addDays(1), QTime(10, 15));
    const auto r = services::CallService(t.db(), clock).commit(paidOnTheLine(test::pesos(1000)));
    REQUIRE(r.payment.has_value());
    CHECK(r.payment->outstandingAfter == Money());
    for (const FollowUp &f : store::FollowUpRepository(t.db()).openForDebtor(debtor))
        CHECK(f.kind != FollowUpKind::Callback);
    CHECK(r.callbacksDone == 1);
}

TEST_CASE("A call made to a debtor is the call-back that was due: it leaves the agenda as done", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    const Id other = test::addDebtor(t.db(), QStringLiteral("R-2"));
    store::FollowUpRepository followUps(t.db());
    const QDateTime startedLocal = kNow.toLocalTime();
    const auto add = [&](Id whose, FollowUpKind kind, const QDate &day, std::optional<QTime> time) {
        return test::addFollowUp(t.db(), whose, kind, day, std::nullopt, time);
    };
    const Id yesterday = add(debtor, FollowUpKind::Callback, startedLocal.date().addDays(-1), QTime(11, 0));
    const Id anyTimeToday = add(debtor, FollowUpKind::Callback, startedLocal.date(), std::nullopt);
    const Id anHourAgo = add(debtor, FollowUpKind::Callback, startedLocal.date(), startedLocal.time().addSecs(-3600));
    // Not yet due: the debtor asked to be called later.
    const Id inAnHour = add(debtor, FollowUpKind::Callback, startedLocal.date(), startedLocal.time().addSecs(3600));
    const Id nextWeek = add(debtor, FollowUpKind::Callback, startedLocal.date().addDays(7), std::nullopt);
    // A task is done by doing it, not by calling; another debtor's call-back
    // is theirs.
    const Id task = add(debtor, FollowUpKind::SendStatement, startedLocal.date().addDays(-1), std::nullopt);
    const Id othersCallback = add(other, FollowUpKind::Callback, startedLocal.date().addDays(-1), std::nullopt);

    services::CallDraft draft;
    draft.call.debtorId = debtor;
    draft.call.startedAt = kNow;
    draft.call.answeredBy = AnsweredBy::Nobody;
    draft.call.outcome = CallOutcome::NoAnswer;
    const auto r = services::CallService(t.db(), clock).commit(draft);
    CHECK(r.callbacksDone == 3);
    for (const Id done : {yesterday, anyTimeToday, anHourAgo}) {
        const auto f = followUps.byId(done);
        CHECK(f->status == FollowUpStatus::Done);
        store::SqlQuery at(t.db(), QStringLiteral("SELECT done_at FROM followups WHERE id = %1").arg(done));
        at.exec();
        REQUIRE(at.next());
        CHECK(at.instant(0) == kNow);  // when the call was made
        CHECK(f->result.contains(label(CallOutcome::NoAnswer)));
    }
    for (const Id open : {inAnHour, nextWeek, task, othersCallback})
        CHECK(followUps.byId(open)->status == FollowUpStatus::Open);
}

namespace {

// A debtor whose promise of 500.00, due ten days before the call, was found
// broken by the day's roll-over: its call-back is due on the call's day.
struct BrokenPromise {
    Id debtor = 0;
    Id promise = 0;
    Id callback = 0;
};

BrokenPromise brokenPromiseOnCallDay(store::Database &db, const Clock &clock)
{
    BrokenPromise b;
    const QDate today = kNow.toLocalTime().date();
    b.debtor = test::addDebtor(db, QStringLiteral("R-9"));
    test::addInvoice(db, b.debtor, QStringLiteral("F-9"), today.addDays(-40), test::pesos(2000));
    b.promise = test::addPromise(db, b.debtor, test::pesos(500), today.addDays(-10), today.addDays(-15));
    services::RolloverService(db, clock).run(today);
    for (const FollowUp &f : store::FollowUpRepository(db).openForDebtor(b.debtor))
        if (f.kind == FollowUpKind::Callback && f.promiseId == b.promise)
            b.callback = f.id;
    return b;
}

services::CallDraft nobodyAnswered(Id debtor, std::optional<QDateTime> retryUtc)
{
    services::CallDraft draft;
    draft.call.debtorId = debtor;
    draft.call.startedAt = kNow;
    draft.call.answeredBy = AnsweredBy::Nobody;
    draft.call.outcome = CallOutcome::NoAnswer;
    draft.callbackAtUtc = retryUtc;
    if (retryUtc)
        draft.callbackDescription = QStringLiteral("Siguiente intento después de: Sin respuesta.");
    return draft;
}

int openCallbacks(store::Database &db, Id debtor)
{
    const auto open = store::FollowUpRepository(db).openForDebtor(debtor);
    return int(std::count_if(open.cbegin(), open.cend(),
                             [](const FollowUp &f) { return f.kind == FollowUpKind::Callback; }));
}

} // namespace

TEST_CASE("A call that reached nobody moves a broken promise's call-back to the next attempt and keeps it open",
          "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const BrokenPromise b = brokenPromiseOnCallDay(t.db(), clock);
    REQUIRE(b.callback != 0);
    store::FollowUpRepository followUps(t.db());
    // An agreed call-back due as well is done: the agent did call.
    const Id agreed = test::addCallback(t.db(), b.debtor, kNow.toLocalTime().date(), std::nullopt);
    const QDateTime retryUtc = kNow.addSecs(2 * 3600);

    const auto r = services::CallService(t.db(), clock).commit(nobodyAnswered(b.debtor, retryUtc));
    CHECK(r.callbacksDone == 1);
    CHECK(followUps.byId(agreed)->status == FollowUpStatus::Done);
    CHECK(r.brokenPromiseCallbacksRetried == 1);
    const auto moved = followUps.byId(b.callback);
    CHECK(moved->status == FollowUpStatus::Open);
    CHECK(moved->promiseId == b.promise);  // still the broken promise's: red on the agenda
    CHECK(moved->dueDate == retryUtc.toLocalTime().date());
    CHECK(moved->dueTime == retryUtc.toLocalTime().time());
    CHECK(moved->description.contains(QStringLiteral("Sin respuesta")));
    // The moved call-back is the next attempt: no second call-back beside it.
    CHECK(openCallbacks(t.db(), b.debtor) == 1);
    CHECK(r.followUpIds.isEmpty());
    // Not a put-off: nobody chose to leave it for later.
    store::SqlQuery moves(t.db(), QStringLiteral("SELECT count(*) FROM followup_moves"));
    moves.exec();
    REQUIRE(moves.next());
    CHECK(moves.integer(0) == 0);
}

TEST_CASE("A call that reached nobody with no next attempt leaves a broken promise's call-back as it was",
          "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const BrokenPromise b = brokenPromiseOnCallDay(t.db(), clock);
    REQUIRE(b.callback != 0);
    const auto before = store::FollowUpRepository(t.db()).byId(b.callback);
    const auto r = services::CallService(t.db(), clock).commit(nobodyAnswered(b.debtor, std::nullopt));
    CHECK(r.callbacksDone == 0);
    CHECK(r.brokenPromiseCallbacksRetried == 0);
    const auto after = store::FollowUpRepository(t.db()).byId(b.callback);
    CHECK(after->status == FollowUpStatus::Open);
    CHECK(after->dueDate == before->dueDate);
    CHECK(after->dueTime == before->dueTime);
}

TEST_CASE("A call that reached the debtor is the broken promise's call-back: it is done", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const BrokenPromise b = brokenPromiseOnCallDay(t.db(), clock);
    REQUIRE(b.callback != 0);
    auto draft = rightPartyDraft(b.debtor);
    draft.call.startedAt = kNow;
    draft.call.outcome = CallOutcome::Refusal;
    draft.call.preCloseAnswer = PreCloseAnswer::Refusal;
    draft.call.refusalReason = QStringLiteral("Dice que no tiene con qué pagar");
    draft.call.alternativeOffered = true;
    draft.call.nextStep = QStringLiteral("Llamar el viernes");
    const auto r = services::CallService(t.db(), clock).commit(draft);
    CHECK(r.callbacksDone == 1);
    CHECK(r.brokenPromiseCallbacksRetried == 0);
    CHECK(store::FollowUpRepository(t.db()).byId(b.callback)->status == FollowUpStatus::Done);
    CHECK(openCallbacks(t.db(), b.debtor) == 0);
}

TEST_CASE("A next attempt at a time before the call is refused, and nothing of the call is stored", "[services][call]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-10"));
    // "At 4" typed as four in the morning of the call's day, hours before it.
    const QDateTime early = kNow.addSecs(-5 * 3600);
    try {
        services::CallService(t.db(), clock).commit(nobodyAnswered(debtor, early));
        FAIL("a call-back in the past was stored");
    } catch (const services::InputError &e) {
        CHECK(e.field() == QStringLiteral("callback"));
        CHECK(e.message().startsWith(QStringLiteral("Next attempt: that time has already passed")));
    }
    CHECK(store::CallRepository(t.db()).forDebtor(debtor).isEmpty());
    CHECK(openCallbacks(t.db(), debtor) == 0);
    // A minute after the call is a next attempt like any other.
    CHECK_NOTHROW(services::CallService(t.db(), clock).commit(nobodyAnswered(debtor, kNow.addSecs(60))));
}
