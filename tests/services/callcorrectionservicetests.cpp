#include "domain/clock.h"
#include "services/callcorrectionservice.h"
#include "services/debtorfilereader.h"
#include "servicetesthelpers.h"
#include "store/callrepository.h"
#include "store/followuprepository.h"
#include "store/maintenancerepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;
using services::CallCorrection;
using services::CallCorrectionService;

namespace {

const QDateTime kCallAt(QDate(2026, 3, 9), QTime(16, 0), Qt::UTC);
const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

// A right-party call of `agent` that ended with a promise: the debtor said
// they had no funds (an excuse), willing and unable.
Call promiseCall(Id debtor, Id agent)
{
    Call c;
    c.debtorId = debtor;
    c.agentId = agent;
    c.phoneDialled = QStringLiteral("+525512345678");
    c.startedAt = kCallAt;
    c.endedAt = kCallAt.addSecs(300);
    c.answeredBy = AnsweredBy::Debtor;
    c.outcome = CallOutcome::Promise;
    c.notes.presentation = QStringLiteral("Contesta él mismo.");
    c.notes.listening = QStringLiteral("Dice que no le han pagado.");
    c.excuseCategory = ExcuseCategory::NoFunds;
    c.excuseKind = ExcuseKind::Excuse;
    c.excuseWords = QStringLiteral("No tengo dinero");
    c.willing = true;
    c.able = false;
    c.techniques = {QStringLiteral("open_question")};
    c.preCloseAnswer = PreCloseAnswer::Full;
    c.commitmentConfirmed = true;
    return c;
}

struct Office {
    test::TempDb t;
    FixedClock clock{kNow};
    test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    Id debtor = test::addDebtor(t.db(), QStringLiteral("C-1"));
    CallCorrectionService service{t.db(), clock};

    Id addCall(const Call &c)
    {
        const Id id = store::CallRepository(t.db()).add(c);
        store::TotalsRepository(t.db()).refresh(c.debtorId);
        return id;
    }
    int callRows() { return int(store::CallRepository(t.db()).forDebtor(debtor).size()); }
    QVariant totalsColumn(const char *column)
    {
        store::SqlQuery q(t.db(), QStringLiteral("SELECT %1 FROM debtor_totals WHERE debtor_id = :d")
                                      .arg(QString::fromLatin1(column)));
        q.bind(QStringLiteral(":d"), debtor).exec();
        REQUIRE(q.next());
        return q.value(0);
    }
};

} // namespace

TEST_CASE("A correction restates the call with the new words and points at it, and the call stays as it was",
          "[services][callcorrection]")
{
    Office o;
    const Id original = o.addCall(promiseCall(o.debtor, o.people.ana));
    CallCorrection c = CallCorrection::of(*store::CallRepository(o.t.db()).byId(original));
    c.notes.listening = QStringLiteral("  Su cliente le paga el viernes.  ");
    c.excuseCategory = ExcuseCategory::WaitingForCustomer;
    c.excuseWords = QStringLiteral("Espero el pago de   mi cliente");
    c.able = true;
    const Id id = o.service.correct(c, o.people.sue);

    store::CallRepository calls(o.t.db());
    const auto before = calls.byId(original);
    const auto fixed = calls.byId(id);
    REQUIRE(before);
    REQUIRE(fixed);
    CHECK(before->notes.listening == QStringLiteral("Dice que no le han pagado."));
    CHECK(before->excuseCategory == ExcuseCategory::NoFunds);
    CHECK_FALSE(before->correctedAt.has_value());
    // The same call, restated: its time, agent, line and outcome.
    CHECK(fixed->correctsCallId == original);
    CHECK(fixed->correctedBy == o.people.sue);
    CHECK(fixed->correctedAt == kNow);
    CHECK(fixed->agentId == o.people.ana);
    CHECK(fixed->startedAt == kCallAt);
    CHECK(fixed->endedAt == kCallAt.addSecs(300));
    CHECK(fixed->phoneDialled == before->phoneDialled);
    CHECK(fixed->outcome == CallOutcome::Promise);
    CHECK(fixed->answeredBy == AnsweredBy::Debtor);
    CHECK(fixed->techniques == before->techniques);
    CHECK(fixed->commitmentConfirmed);
    // What changed, tidied as a call's words are.
    CHECK(fixed->notes.presentation == QStringLiteral("Contesta él mismo."));
    CHECK(fixed->notes.listening == QStringLiteral("Su cliente le paga el viernes."));
    CHECK(fixed->excuseCategory == ExcuseCategory::WaitingForCustomer);
    CHECK(fixed->excuseWords == QStringLiteral("Espero el pago de mi cliente"));
    CHECK(fixed->willing == true);
    CHECK(fixed->able == true);

    // Counted once: one attempt, one call in the figures, the totals as a recount gives them.
    CHECK(calls.attemptsSince(o.debtor, kCallAt.addDays(-1)) == 1);
    CHECK(calls.correctionOf(o.debtor, original) == id);
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches().isEmpty());
    CHECK(store::TotalsRepository(o.t.db()).mismatches().isEmpty());
    CHECK(o.totalsColumn("last_able").toInt() == 1);
    CHECK(o.totalsColumn("last_contact_at").toString() == kCallAt.toString(Qt::ISODate));
    CHECK(test::auditActions(o.t.db(), 1) == QStringList{QStringLiteral("call.correct")});
}

TEST_CASE("A corrected call's profile and excuse give way to the correction's in the file",
          "[services][callcorrection]")
{
    Office o;
    const Id original = o.addCall(promiseCall(o.debtor, o.people.ana));
    CallCorrection c = CallCorrection::of(*store::CallRepository(o.t.db()).byId(original));
    c.willing.reset();  // "not known" after all: the call's "willing" no longer counts
    c.able.reset();
    c.excuseCategory = ExcuseCategory::IllnessOrJobLoss;
    const Id id = o.service.correct(c, o.people.ana);

    CHECK(o.totalsColumn("last_willing").isNull());
    CHECK(o.totalsColumn("last_able").isNull());
    CHECK(store::TotalsRepository(o.t.db()).mismatches().isEmpty());
    const auto file = services::DebtorFileReader(o.t.db()).read(o.debtor, kNow.toLocalTime().date(), kNow);
    REQUIRE(file);
    CHECK_FALSE(file->strategyInput.willing.has_value());
    REQUIRE(file->correctionOf(original));
    CHECK(file->correctionOf(original)->id == id);
    CHECK(file->correctionOf(id) == nullptr);
    // The corrected call's excuse is not counted among the debtor's excuses.
    CHECK_FALSE(file->excuseOccurrence.contains(original));
    CHECK(file->excuseOccurrence.value(id) == 1);
}

TEST_CASE("A reason corrected into an argument gets the task that removes it, once", "[services][callcorrection]")
{
    Office o;
    const Id original = o.addCall(promiseCall(o.debtor, o.people.ana));
    CallCorrection c = CallCorrection::of(*store::CallRepository(o.t.db()).byId(original));
    c.excuseCategory = ExcuseCategory::InvoiceNotReceived;
    c.excuseKind = ExcuseKind::Argument;
    const Id id = o.service.correct(c, o.people.ana);

    const auto tasks = store::FollowUpRepository(o.t.db()).openForDebtor(o.debtor);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].kind == FollowUpKind::SendInvoiceCopy);
    CHECK(tasks[0].dueDate == kNow.toLocalTime().date());
    CHECK(tasks[0].assignedTo == o.people.ana);
    CHECK(tasks[0].callId == id);

    // Correcting the words of the same argument asks for nothing more.
    CallCorrection again = CallCorrection::of(*store::CallRepository(o.t.db()).byId(id));
    again.excuseWords = QStringLiteral("Nunca le llegó la factura F-12");
    const Id second = o.service.correct(again, o.people.sue);
    CHECK(store::FollowUpRepository(o.t.db()).openForDebtor(o.debtor).size() == 1);
    CHECK(store::CallRepository(o.t.db()).correctionOf(o.debtor, id) == second);
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches().isEmpty());
}

TEST_CASE("An argument corrected away takes its task with it, through earlier corrections",
          "[services][callcorrection]")
{
    Office o;
    Call argued = promiseCall(o.debtor, o.people.ana);
    argued.excuseCategory = ExcuseCategory::InvoiceNotReceived;
    argued.excuseKind = ExcuseKind::Argument;
    const Id original = o.addCall(argued);
    FollowUp task;
    task.debtorId = o.debtor;
    task.kind = FollowUpKind::SendInvoiceCopy;
    task.dueDate = kCallAt.date();
    task.callId = original;
    task.assignedTo = o.people.ana;
    const Id taskId = *store::FollowUpRepository(o.t.db()).add(task);

    // The words change, the argument stays: so does its task.
    CallCorrection words = CallCorrection::of(*store::CallRepository(o.t.db()).byId(original));
    words.excuseWords = QStringLiteral("No le llegó la F-12");
    const Id first = o.service.correct(words, o.people.ana);
    CHECK(store::FollowUpRepository(o.t.db()).byId(taskId)->status == FollowUpStatus::Open);

    // It was an excuse after all: the copy need not be sent.
    CallCorrection excuse = CallCorrection::of(*store::CallRepository(o.t.db()).byId(first));
    excuse.excuseCategory = ExcuseCategory::NoFunds;
    excuse.excuseKind = ExcuseKind::Excuse;
    o.service.correct(excuse, o.people.sue);
    const auto cancelled = store::FollowUpRepository(o.t.db()).byId(taskId);
    CHECK(cancelled->status == FollowUpStatus::Cancelled);
    CHECK(cancelled->result.startsWith(QStringLiteral("The call was corrected")));
    CHECK(store::FollowUpRepository(o.t.db()).openForDebtor(o.debtor).isEmpty());
}

TEST_CASE("Corrections that the call cannot take are refused in words and store nothing",
          "[services][callcorrection]")
{
    Office o;
    const Id promise = o.addCall(promiseCall(o.debtor, o.people.ana));
    Call noAnswer = promiseCall(o.debtor, o.people.ana);
    noAnswer.startedAt = kCallAt.addSecs(-3600);
    noAnswer.endedAt = noAnswer.startedAt.addSecs(30);
    noAnswer.answeredBy = AnsweredBy::Nobody;
    noAnswer.outcome = CallOutcome::NoAnswer;
    noAnswer.notes = {QStringLiteral("Nadie contesta."), {}, {}, {}, {}};
    noAnswer.excuseCategory.reset();
    noAnswer.excuseKind.reset();
    noAnswer.excuseWords.clear();
    noAnswer.willing.reset();
    noAnswer.able.reset();
    noAnswer.techniques.clear();
    const Id unanswered = o.addCall(noAnswer);
    Call refused = promiseCall(o.debtor, o.people.beto);
    refused.startedAt = kCallAt.addSecs(3600);
    refused.outcome = CallOutcome::Refusal;
    refused.preCloseAnswer = PreCloseAnswer::Refusal;
    refused.refusalReason = QStringLiteral("No reconoce el monto");
    refused.nextStep = QStringLiteral("Enviar estado de cuenta");
    const Id refusal = o.addCall(refused);
    const int rows = o.callRows();
    store::CallRepository calls(o.t.db());
    auto from = [&](Id id) { return CallCorrection::of(*calls.byId(id)); };
    auto refusedField = [&](CallCorrection c, std::optional<Id> user) {
        return test::refusedField([&] { o.service.correct(c, user); });
    };

    CHECK(refusedField(from(promise), o.people.ana) == QStringLiteral("correction"));  // nothing changed
    CallCorrection spaces = from(promise);
    spaces.notes.listening += QStringLiteral("   ");
    CHECK(refusedField(spaces, o.people.ana) == QStringLiteral("correction"));
    CallCorrection gone = from(promise);
    gone.callId = 9999;
    CHECK(refusedField(gone, o.people.sue) == QStringLiteral("call"));
    // Beto did not make Ana's call and supervises nobody.
    CallCorrection notHis = from(promise);
    notHis.notes.close = QStringLiteral("Confirmado.");
    CHECK(refusedField(notHis, o.people.beto) == QStringLiteral("user"));
    CHECK_FALSE(CallCorrectionService::mayCorrect(o.t.db(), *calls.byId(promise), o.people.beto));
    CHECK(CallCorrectionService::mayCorrect(o.t.db(), *calls.byId(promise), o.people.ana));
    CHECK(CallCorrectionService::mayCorrect(o.t.db(), *calls.byId(promise), o.people.sue));
    // Nobody answered: nothing past the presentation, no reason, no profile.
    CallCorrection talk = from(unanswered);
    talk.notes.negotiation = QStringLiteral("Ofrecí un plan.");
    CHECK(refusedField(talk, o.people.ana) == QStringLiteral("notes.negotiation"));
    CallCorrection reason = from(unanswered);
    reason.excuseCategory = ExcuseCategory::NoFunds;
    CHECK(refusedField(reason, o.people.ana) == QStringLiteral("excuse_category"));
    CallCorrection profile = from(unanswered);
    profile.willing = false;
    CHECK(refusedField(profile, o.people.ana) == QStringLiteral("excuse_category"));
    // Words without the reason they go with.
    CallCorrection words = from(promise);
    words.excuseCategory.reset();
    CHECK(refusedField(words, o.people.ana) == QStringLiteral("excuse_category"));
    CallCorrection longWords = from(promise);
    longWords.excuseWords = QString(CallCorrectionService::kMaxLineLength + 1, QLatin1Char('x'));
    CHECK(refusedField(longWords, o.people.ana) == QStringLiteral("excuse_words"));
    CallCorrection longNotes = from(promise);
    longNotes.notes.negotiation = QString(CallCorrectionService::kMaxNotesLength + 1, QLatin1Char('x'));
    CHECK(refusedField(longNotes, o.people.ana) == QStringLiteral("notes.negotiation"));
    // A refusal keeps its reason and its next step.
    CallCorrection noReason = from(refusal);
    noReason.refusalReason = QStringLiteral("  ");
    CHECK(refusedField(noReason, o.people.beto) == QStringLiteral("refusal_reason"));
    CallCorrection noStep = from(refusal);
    noStep.nextStep.clear();
    CHECK(refusedField(noStep, o.people.beto) == QStringLiteral("next_step"));

    CHECK(o.callRows() == rows);
    CHECK(test::auditActions(o.t.db()).filter(QStringLiteral("call.")).isEmpty());

    // Once corrected, the call is corrected through its latest correction.
    CallCorrection fine = from(unanswered);
    fine.notes.presentation = QStringLiteral("Buzón lleno, sin mensaje.");
    fine.nextStep = QStringLiteral("Llamar mañana temprano");
    const Id fixed = o.service.correct(fine, o.people.ana);
    CHECK(refusedField(fine, o.people.ana) == QStringLiteral("call"));
    CHECK(calls.byId(fixed)->nextStep == QStringLiteral("Llamar mañana temprano"));
    CHECK(o.callRows() == rows + 1);
}
