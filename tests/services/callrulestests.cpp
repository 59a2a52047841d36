// The saving rules the guided call added to CallService (issue 4): each test
// fails when its rule breaks.

#include "domain/clock.h"
#include "domain/promiseevaluation.h"
#include "services/callgate.h"
#include "services/calldrafts.h"
#include "services/callservice.h"
#include "services/debtorservice.h"
#include "services/paymentservice.h"
#include "servicetesthelpers.h"
#include "store/auditrepository.h"
#include "store/calldiscountrepository.h"
#include "store/callrepository.h"
#include "store/contactrepository.h"
#include "store/debtorrepository.h"
#include "store/figuresrepository.h"
#include "store/followuprepository.h"
#include "store/maintenancerepository.h"
#include "store/promiserepository.h"
#include "store/scriptrepository.h"
#include "store/settingsrepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <algorithm>

using namespace libreta;
using namespace libreta::domain;

namespace {

// 11:00 in Mexico City (UTC-6, no daylight saving since 2022).
const QDateTime kDay(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);
// 23:00 in Mexico City: outside the 07:00-22:00 window.
const QDateTime kNight(QDate(2026, 3, 11), QTime(5, 0), Qt::UTC);

Id addUser(store::Database &db, const QString &login, UserRole role)
{
    User u;
    u.login = login;
    u.displayName = login;
    u.role = role;
    return store::UserRepository(db).add(u);
}

services::CallDraft draftAt(Id debtor, const QDateTime &at, AnsweredBy by = AnsweredBy::Nobody)
{
    services::CallDraft d;
    d.call.debtorId = debtor;
    d.call.startedAt = at;
    d.call.endedAt = at.addSecs(60);
    d.call.answeredBy = by;
    d.call.outcome = by == AnsweredBy::Nobody ? CallOutcome::NoAnswer : CallOutcome::Callback;
    return d;
}

services::CallDraft promiseDraft(Id debtor, Money amount, const QDate &due)
{
    auto d = draftAt(debtor, kDay, AnsweredBy::Debtor);
    d.call.excuseCategory = ExcuseCategory::NoFunds;
    d.call.excuseKind = ExcuseKind::Excuse;
    d.call.commitmentConfirmed = true;
    Promise p;
    p.amount = amount;
    p.dueDate = due;
    p.method = PaymentMethod::Transfer;
    d.promise = p;
    return d;
}

bool hasKind(const QList<FollowUp> &list, FollowUpKind kind)
{
    return std::any_of(list.cbegin(), list.cend(), [kind](const FollowUp &f) { return f.kind == kind; });
}

} // namespace

TEST_CASE("A refusal is saved only after an alternative was offered, and says so", "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    auto draft = draftAt(debtor, kDay, AnsweredBy::Debtor);
    draft.call.outcome = CallOutcome::Refusal;
    draft.call.preCloseAnswer = PreCloseAnswer::Refusal;
    draft.call.refusalReason = QStringLiteral("Dice que no va a pagar");
    draft.call.nextStep = QStringLiteral("Pasar a cobranza legal");
    services::CallService service(t.db(), clock);
    CHECK(test::refusedField([&] { service.commit(draft); }) == QStringLiteral("outcome"));
    CHECK(test::refusedMessage([&] { service.commit(draft); }).contains(QStringLiteral("alternative")));
    CHECK(store::CallRepository(t.db()).forDebtor(debtor).isEmpty());

    draft.call.alternativeOffered = true;
    service.commit(draft);
    const auto calls = store::CallRepository(t.db()).forDebtor(debtor);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].outcome == CallOutcome::Refusal);
    CHECK(calls[0].alternativeOffered);
    CHECK(calls[0].refusalReason == QStringLiteral("Dice que no va a pagar"));
}

TEST_CASE("A call outside the debtor's calling window is refused unless a supervisor overrides it",
          "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kNight);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    const Id agent = addUser(t.db(), QStringLiteral("agente"), UserRole::Agent);
    const Id supervisor = addUser(t.db(), QStringLiteral("super"), UserRole::Supervisor);
    services::CallService service(t.db(), clock);

    auto draft = draftAt(debtor, kNight);
    draft.call.agentId = agent;
    CHECK(test::refusedField([&] { service.commit(draft); }) == QStringLiteral("contact_rules"));
    CHECK(test::refusedMessage([&] { service.commit(draft); }).contains(QStringLiteral("23:00")));

    // An agent cannot lift the rule by typing a reason.
    draft.call.overrideReason = QStringLiteral("El deudor pidió que le llamen a esta hora");
    CHECK(test::refusedField([&] { service.commit(draft); }) == QStringLiteral("override"));
    services::CallGate gate(t.db(), clock);
    CHECK(test::refusedField([&] { gate.recordOverride(debtor, std::nullopt, agent, draft.call.overrideReason); })
          == QStringLiteral("override"));
    CHECK(test::refusedField([&] { gate.recordOverride(debtor, std::nullopt, supervisor, QStringLiteral("  ")); })
          == QStringLiteral("override_reason"));
    // A key pressed by mistake, or a word, says nothing to the audit log.
    for (const char *said : {"1", "ok", "urgente", "a b c d e f g h i j"})
        CHECK(test::refusedField([&] { gate.recordOverride(debtor, std::nullopt, supervisor, QString::fromUtf8(said)); })
              == QStringLiteral("override_reason"));
    CHECK(services::CallGate::saysWhy(QStringLiteral("Lo pidió el deudor")));
    CHECK(store::CallRepository(t.db()).forDebtor(debtor).isEmpty());

    gate.recordOverride(debtor, std::nullopt, supervisor, draft.call.overrideReason);
    const auto overrideEntry = store::AuditRepository(t.db()).latest(1).at(0);
    CHECK(overrideEntry.action == QStringLiteral("contact.override"));
    CHECK(overrideEntry.userId == supervisor);
    CHECK(overrideEntry.details.contains(QStringLiteral("outside_window")));
    CHECK(overrideEntry.details.contains(draft.call.overrideReason));

    draft.call.agentId = supervisor;
    const auto r = service.commit(draft);
    const auto calls = store::CallRepository(t.db()).forDebtor(debtor);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].id == r.callId);
    CHECK(calls[0].overrideReason == draft.call.overrideReason);
    CHECK(store::AuditRepository(t.db()).latest(1).at(0).details.contains(QStringLiteral("override=yes")));
}

TEST_CASE("In an office that lists no users, the one person at the desk may override a refused call",
          "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kNight);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    auto draft = draftAt(debtor, kNight);
    draft.call.overrideReason = QStringLiteral("El deudor pidió que le llamen a esta hora");
    services::CallGate(t.db(), clock).recordOverride(debtor, std::nullopt, std::nullopt, draft.call.overrideReason);
    services::CallService(t.db(), clock).commit(draft);
    REQUIRE(store::CallRepository(t.db()).forDebtor(debtor).size() == 1);
}

TEST_CASE("The gate counts the attempts of the last 7 days and refuses the one over the limit",
          "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    services::CallService service(t.db(), clock);
    // Seven attempts on the seven previous days, all inside the window.
    for (int day = 7; day >= 1; --day)
        service.commit(draftAt(debtor, kDay.addDays(-day).addSecs(600)));
    services::CallGate gate(t.db(), clock);
    const auto decision = gate.check(debtor, std::nullopt);
    CHECK_FALSE(decision.allowed);
    CHECK(decision.attemptsInLast7Days == 7);
    CHECK(test::refusedField([&] { service.commit(draftAt(debtor, kDay)); }) == QStringLiteral("contact_rules"));
    // A week later the oldest attempt has aged out.
    CHECK(gate.check(debtor, std::nullopt, kDay.addDays(1).addSecs(900)).allowed);
}

TEST_CASE("The gate counts today's attempts in the debtor's day when the office limits them",
          "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    OfficeSettings settings = store::SettingsRepository(t.db()).load();
    settings.maxAttemptsPerDay = 2;
    store::SettingsRepository(t.db()).save(settings);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    services::CallService service(t.db(), clock);
    services::CallGate gate(t.db(), clock);
    service.commit(draftAt(debtor, kDay.addDays(-1)));  // yesterday's does not count
    service.commit(draftAt(debtor, kDay.addSecs(-2 * 3600)));
    CHECK(gate.check(debtor, std::nullopt).allowed);
    service.commit(draftAt(debtor, kDay.addSecs(-3600)));
    const auto decision = gate.check(debtor, std::nullopt);
    CHECK_FALSE(decision.allowed);
    CHECK(decision.attemptsToday == 2);
    CHECK(decision.blocks == QList<ContactBlock>{ContactBlock::TooManyAttemptsToday});
    CHECK(test::refusedField([&] { service.commit(draftAt(debtor, kDay)); }) == QStringLiteral("contact_rules"));
    CHECK(services::CallGate::blockCode(ContactBlock::TooManyAttemptsToday) == QStringLiteral("too_many_attempts_today"));
}

TEST_CASE("A debtor or a contact marked do-not-contact is never called, not even with a supervisor's override",
          "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    Contact c;
    c.debtorId = debtor;
    c.name = QStringLiteral("Recepción");
    c.role = ContactRole::Reference;
    c.doNotContact = true;
    const Id contact = store::ContactRepository(t.db()).add(c);
    services::CallService service(t.db(), clock);
    services::CallGate gate(t.db(), clock);

    CHECK(gate.check(debtor, std::nullopt).allowed);
    CHECK(gate.check(debtor, contact).blocks == QList<ContactBlock>{ContactBlock::ContactDoNotContact});
    auto draft = draftAt(debtor, kDay);
    draft.call.contactId = contact;
    CHECK(test::refusedField([&] { service.commit(draft); }) == QStringLiteral("contact_rules"));

    auto d = *store::DebtorRepository(t.db()).byId(debtor);
    d.doNotContact = true;
    store::DebtorRepository(t.db()).update(d);
    CHECK(gate.check(debtor, std::nullopt).blocks == QList<ContactBlock>{ContactBlock::DebtorDoNotContact});
    CHECK(test::refusedField([&] { service.commit(draftAt(debtor, kDay)); }) == QStringLiteral("contact_rules"));

    // A supervisor's written reason lifts the hours and the attempts, never
    // the mark: neither the override nor the call is kept.
    const Id supervisor = addUser(t.db(), QStringLiteral("super"), UserRole::Supervisor);
    const QString why = QStringLiteral("Dice que ya puede hablar");
    CHECK(test::refusedField([&] { gate.recordOverride(debtor, std::nullopt, supervisor, why); }) ==
          QStringLiteral("override"));
    CHECK(test::refusedMessage([&] { gate.recordOverride(debtor, std::nullopt, supervisor, why); })
              .contains(QStringLiteral("never overridden")));
    auto overridden = draftAt(debtor, kDay);
    overridden.call.agentId = supervisor;
    overridden.call.overrideReason = why;
    CHECK(test::refusedField([&] { service.commit(overridden); }) == QStringLiteral("contact_rules"));
    const auto audit = store::AuditRepository(t.db()).latest(20);
    CHECK(std::none_of(audit.begin(), audit.end(),
                       [](const auto &e) { return e.action == QStringLiteral("contact.override"); }));
    CHECK(store::CallRepository(t.db()).forDebtor(debtor).isEmpty());
    // Nor with the hours refused too: the mark decides.
    CHECK_FALSE(gate.check(debtor, std::nullopt, kNight).overridable());

    // Lifted in the file, with its reason, the debtor may be called again.
    services::DebtorService(t.db(), clock).setDoNotContact(debtor, false, QStringLiteral("Pidió que le llamen"),
                                                           supervisor);
    CHECK(gate.check(debtor, std::nullopt).allowed);
    service.commit(draftAt(debtor, kDay));
    CHECK(store::CallRepository(t.db()).forDebtor(debtor).size() == 1);
}

TEST_CASE("An argument becomes the task that removes it, an excuse does not", "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    services::CallService service(t.db(), clock);
    const struct {
        ExcuseCategory category;
        ExcuseKind kind;
        std::optional<FollowUpKind> task;
    } cases[] = {
        {ExcuseCategory::InvoiceNotReceived, ExcuseKind::Argument, FollowUpKind::SendInvoiceCopy},
        {ExcuseCategory::AmountDisputed, ExcuseKind::Argument, FollowUpKind::SendStatement},
        {ExcuseCategory::SaysAlreadyPaid, ExcuseKind::Argument, FollowUpKind::SendStatement},
        {ExcuseCategory::DoesNotRecogniseDebt, ExcuseKind::Argument, FollowUpKind::SendStatement},
        // The agent decided it only buys time: no task.
        {ExcuseCategory::AmountDisputed, ExcuseKind::Excuse, std::nullopt},
        {ExcuseCategory::NoFunds, ExcuseKind::Excuse, std::nullopt},
    };
    int n = 0;
    for (const auto &c : cases) {
        const Id debtor = test::addDebtor(t.db(), QStringLiteral("T-%1").arg(++n));
        auto draft = promiseDraft(debtor, test::pesos(100), QDate(2026, 3, 20));
        draft.call.excuseCategory = c.category;
        draft.call.excuseKind = c.kind;
        service.commit(draft);
        const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
        CAPTURE(n);
        CHECK(hasKind(open, FollowUpKind::SendInvoiceCopy) == (c.task == FollowUpKind::SendInvoiceCopy));
        CHECK(hasKind(open, FollowUpKind::SendStatement) == (c.task == FollowUpKind::SendStatement));
        if (c.task) {
            const auto task = std::find_if(open.cbegin(), open.cend(), [&](const FollowUp &f) { return f.kind == *c.task; });
            CHECK(task->dueDate == QDate(2026, 3, 10));
            CHECK_FALSE(task->description.isEmpty());
        }
    }
}

TEST_CASE("The call records its script version, techniques and the pre-close answer", "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    store::CallScript script;
    script.name = QStringLiteral("Guion");
    script.stages.insert(QStringLiteral("presentation"), QStringLiteral("Hola"));
    const Id first = store::ScriptRepository(t.db()).addVersion(script);
    const Id second = store::ScriptRepository(t.db()).addVersion(script);
    REQUIRE(first != second);
    auto draft = promiseDraft(debtor, test::pesos(100), QDate(2026, 3, 20));
    draft.call.scriptId = second;
    draft.call.scriptVersion = 2;
    draft.call.techniques = {QStringLiteral("options"), QStringLiteral("firm_date")};
    draft.call.preCloseAnswer = PreCloseAnswer::Full;
    draft.call.commitmentText = QStringLiteral("Pagará $100.00 el 20/03/2026 por transferencia.");
    const auto r = services::CallService(t.db(), clock).commit(draft);
    const Call stored = store::CallRepository(t.db()).forDebtor(debtor).at(0);
    CHECK(stored.id == r.callId);
    CHECK(stored.scriptId == second);
    CHECK(stored.scriptVersion == 2);
    CHECK(stored.techniques.size() == 2);
    CHECK(stored.techniques.contains(QStringLiteral("firm_date")));
    CHECK(stored.preCloseAnswer == PreCloseAnswer::Full);
    CHECK(stored.commitmentText == draft.call.commitmentText);
    CHECK(stored.commitmentConfirmed);
    CHECK(store::AuditRepository(t.db()).latest(1).at(0).details.contains(QStringLiteral("script=%1v2").arg(second)));
}

TEST_CASE("A discount inside the office's limit stands, above it waits for a supervisor", "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    services::CallService service(t.db(), clock);
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const Id within = test::addDebtor(t.db(), QStringLiteral("D-1"));
    auto draft = promiseDraft(within, test::pesos(900), QDate(2026, 3, 20));
    draft.call.agentId = people.ana;
    draft.discount = services::DiscountTerms{test::pesos(1000), test::pesos(900), 10};
    const auto r1 = service.commit(draft);
    CHECK_FALSE(r1.discountNeedsApproval);
    CHECK(store::CallDiscountRepository(t.db()).forCall(r1.callId)->status == store::DiscountStatus::WithinLimit);

    const Id above = test::addDebtor(t.db(), QStringLiteral("D-2"));
    draft = promiseDraft(above, test::pesos(750), QDate(2026, 3, 20));
    draft.call.agentId = people.ana;
    draft.discount = services::DiscountTerms{test::pesos(1000), test::pesos(750), 25};
    const auto r2 = service.commit(draft);
    CHECK(r2.discountNeedsApproval);
    CHECK_FALSE(r2.discountApprovedOnTheCall);
    const auto stored = store::CallDiscountRepository(t.db()).forCall(r2.callId);
    REQUIRE(stored);
    CHECK(stored->status == store::DiscountStatus::Pending);
    CHECK(stored->limitPercent == 10);
    CHECK(store::CallDiscountRepository(t.db()).pendingCount() == 1);
    CHECK(test::auditActions(t.db(), 2).contains(QStringLiteral("discount.request")));

    // The promised amounts must be the balance less the discount.
    const Id wrong = test::addDebtor(t.db(), QStringLiteral("D-3"));
    draft = promiseDraft(wrong, test::pesos(800), QDate(2026, 3, 20));
    draft.call.agentId = people.ana;
    draft.discount = services::DiscountTerms{test::pesos(1000), test::pesos(900), 10};
    CHECK(test::refusedField([&] { service.commit(draft); }) == QStringLiteral("discount"));
    CHECK(store::CallRepository(t.db()).forDebtor(wrong).isEmpty());
}

TEST_CASE("A supervisor's own call approves its discount above the limit there and then", "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    services::CallService service(t.db(), clock);
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("D-1"));
    auto draft = promiseDraft(debtor, test::pesos(750), QDate(2026, 3, 20));
    draft.call.agentId = people.sue;
    draft.discount = services::DiscountTerms{test::pesos(1000), test::pesos(750), 25};
    const auto r = service.commit(draft);
    CHECK_FALSE(r.discountNeedsApproval);
    CHECK(r.discountApprovedOnTheCall);
    const auto stored = store::CallDiscountRepository(t.db()).forCall(r.callId);
    REQUIRE(stored);
    CHECK(stored->status == store::DiscountStatus::Approved);
    CHECK(stored->decidedBy == people.sue);
    CHECK(stored->decidedAt == kDay);
    CHECK(store::CallDiscountRepository(t.db()).pendingCount() == 0);
    CHECK(test::auditActions(t.db(), 3).contains(QStringLiteral("discount.approve")));
    // Nobody is asked to call the debtor back to say it stands.
    for (const FollowUp &f : store::FollowUpRepository(t.db()).openForDebtor(debtor))
        CHECK_FALSE(f.description.contains(QStringLiteral("approved")));

    // One person's office, with no users listed: its owner decides too.
    test::TempDb alone;
    services::CallService own(alone.db(), clock);
    const Id mine = test::addDebtor(alone.db(), QStringLiteral("D-1"));
    draft = promiseDraft(mine, test::pesos(750), QDate(2026, 3, 20));
    draft.discount = services::DiscountTerms{test::pesos(1000), test::pesos(750), 25};
    CHECK(own.commit(draft).discountApprovedOnTheCall);
}

TEST_CASE("A segment with a discount limit of its own decides its debtors' discounts", "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    OfficeSettings settings = store::SettingsRepository(t.db()).load();
    settings.segmentDiscountLimits.insert(QStringLiteral("Alto saldo"), 20);
    store::SettingsRepository(t.db()).save(settings);
    services::CallService service(t.db(), clock);
    const Id agent = test::addTwoAgentsAndSupervisor(t.db()).ana;
    const auto inSegment = [&t](const char *ref, const char *segment) {
        const Id id = test::addDebtor(t.db(), QString::fromLatin1(ref));
        Debtor d = *store::DebtorRepository(t.db()).byId(id);
        d.segment = QString::fromUtf8(segment);
        store::DebtorRepository(t.db()).update(d);
        return id;
    };
    // 15% is inside the segment's 20%, and above the office's 10% elsewhere.
    const Id large = inSegment("S-1", "Alto saldo");
    auto draft = promiseDraft(large, test::pesos(850), QDate(2026, 3, 20));
    draft.call.agentId = agent;
    draft.discount = services::DiscountTerms{test::pesos(1000), test::pesos(850), 15};
    const auto r1 = service.commit(draft);
    CHECK_FALSE(r1.discountNeedsApproval);
    CHECK(store::CallDiscountRepository(t.db()).forCall(r1.callId)->limitPercent == 20);

    const Id small = inSegment("S-2", "Bajo");
    draft = promiseDraft(small, test::pesos(850), QDate(2026, 3, 20));
    draft.call.agentId = agent;
    draft.discount = services::DiscountTerms{test::pesos(1000), test::pesos(850), 15};
    const auto r2 = service.commit(draft);
    CHECK(r2.discountNeedsApproval);
    CHECK(store::CallDiscountRepository(t.db()).forCall(r2.callId)->limitPercent == 10);
}

TEST_CASE("A new date replaces the open promise: cancelled, with its reminder and check", "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    services::CallService service(t.db(), clock);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    const auto first = service.commit(promiseDraft(debtor, test::pesos(500), QDate(2026, 3, 12)));
    REQUIRE(first.promiseIds.size() == 1);

    auto draft = promiseDraft(debtor, test::pesos(500), QDate(2026, 3, 25));
    draft.call.startedAt = kDay.addSecs(3600);
    draft.call.endedAt = draft.call.startedAt.addSecs(60);
    draft.replacesPromiseIds = first.promiseIds;
    const auto second = service.commit(draft);
    CHECK(second.cancelledPromiseIds == first.promiseIds);
    CHECK(store::PromiseRepository(t.db()).byId(first.promiseIds[0])->status == PromiseStatus::Cancelled);
    const auto open = store::FollowUpRepository(t.db()).openForDebtor(debtor);
    for (const FollowUp &f : open)
        CHECK(f.promiseId != first.promiseIds[0]);
    CHECK(open.size() == 2);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->openPromiseId == second.promiseIds[0]);

    // A promise of another debtor, or one already replaced, cannot be.
    const Id other = test::addDebtor(t.db(), QStringLiteral("R-2"));
    auto foreign = promiseDraft(other, test::pesos(100), QDate(2026, 3, 25));
    foreign.replacesPromiseIds = second.promiseIds;
    CHECK(test::refusedField([&] { service.commit(foreign); }) == QStringLiteral("replaces"));
    draft.replacesPromiseIds = first.promiseIds;
    CHECK(test::refusedField([&] { service.commit(draft); }) == QStringLiteral("replaces"));
    CHECK(store::PromiseRepository(t.db()).byId(second.promiseIds[0])->status == PromiseStatus::Pending);
}

TEST_CASE("A new date agreed after the old one passed breaks the old one, and what is paid next goes to the new",
          "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);  // 2026-03-10, two days of grace
    services::CallService service(t.db(), clock);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 31), test::pesos(2000));
    // Promised on the 1st for the 9th; on the 10th, still in its grace, the
    // debtor has not paid and asks for the 17th.
    const Id missed = test::addPromise(t.db(), debtor, test::pesos(500), QDate(2026, 3, 9), QDate(2026, 3, 1));
    // And another, whose date is today: moved before it passed.
    const Id today = test::addPromise(t.db(), debtor, test::pesos(300), QDate(2026, 3, 10), QDate(2026, 3, 1));

    auto draft = promiseDraft(debtor, test::pesos(800), QDate(2026, 3, 17));
    draft.replacesPromiseIds = {missed, today};
    const auto renewed = service.commit(draft);
    CHECK(renewed.cancelledPromiseIds == QList<Id>{missed, today});
    store::PromiseRepository promises(t.db());
    CHECK(promises.byId(missed)->status == PromiseStatus::Broken);
    CHECK(store::SqlQuery(t.db(), QStringLiteral("SELECT resolved_on = '2026-03-10' AND replaced_on = resolved_on "
                                                 "FROM promises WHERE id = %1")
                                      .arg(missed))
              .execScalar() == 1);
    CHECK(promises.byId(today)->status == PromiseStatus::Cancelled);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->promisesBroken == 1);
    // The Panel counts it broken on its date.
    CHECK(store::FiguresRepository(t.db()).totals({QDate(2026, 3, 9), QDate(2026, 3, 9), std::nullopt})
              .promisesBroken == 1);
    CHECK(store::MaintenanceRepository(t.db()).dailyFigureMismatches().isEmpty());

    // Paid on the 10th, inside the broken promise's grace: the money is
    // for the promise that replaced it, kept at once; the old one stays
    // broken.
    services::PostPaymentRequest paid;
    paid.debtorId = debtor;
    paid.amount = test::pesos(800);
    paid.paidOn = QDate(2026, 3, 10);
    services::PaymentService(t.db(), clock).post(paid);
    CHECK(promises.byId(renewed.promiseIds[0])->status == PromiseStatus::Kept);
    CHECK(promises.byId(missed)->status == PromiseStatus::Broken);
    CHECK(promises.byId(missed)->paid == Money());
}

TEST_CASE("A promise partly paid and moved after its date counts as partly kept", "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 31), test::pesos(2000));
    const Id missed = test::addPromise(t.db(), debtor, test::pesos(500), QDate(2026, 3, 8), QDate(2026, 3, 1));
    services::PostPaymentRequest part;
    part.debtorId = debtor;
    part.amount = test::pesos(200);
    part.paidOn = QDate(2026, 3, 5);
    services::PaymentService(t.db(), clock).post(part);
    REQUIRE(store::PromiseRepository(t.db()).byId(missed)->paid == test::pesos(200));

    auto draft = promiseDraft(debtor, test::pesos(300), QDate(2026, 3, 20));
    draft.replacesPromiseIds = {missed};
    services::CallService(t.db(), clock).commit(draft);
    const Promise old = *store::PromiseRepository(t.db()).byId(missed);
    CHECK(old.status == PromiseStatus::PartiallyKept);
    CHECK(old.paid == test::pesos(200));
    CHECK(replacedOutcome(old, QDate(2026, 3, 8)) == PromiseStatus::Cancelled);
}

TEST_CASE("A no-answer call stores its next attempt as a timed call-back", "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    auto draft = draftAt(debtor, kDay);
    draft.callbackAtUtc = kDay.addSecs(2 * 3600);
    draft.callbackDescription = QStringLiteral("Nadie contestó");
    const auto r = services::CallService(t.db(), clock).commit(draft);
    REQUIRE(r.followUpIds.size() == 1);
    const FollowUp f = store::FollowUpRepository(t.db()).openForDebtor(debtor).at(0);
    CHECK(f.kind == FollowUpKind::Callback);
    CHECK(f.dueDate == kDay.addSecs(2 * 3600).toLocalTime().date());
    CHECK(f.dueTime == kDay.addSecs(2 * 3600).toLocalTime().time());
    CHECK(f.callId == r.callId);
    CHECK(f.description == QStringLiteral("Nadie contestó"));
}

TEST_CASE("Saving a call removes its draft in the same transaction, a refused save keeps it",
          "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    services::CallDrafts drafts(t.db(), clock);
    CallWorksheet w;
    w.debtorId = debtor;
    w.startedAtUtc = kDay;
    w.notes.presentation = QStringLiteral("Contestó el titular");
    drafts.save(QStringLiteral("ana"), w);
    drafts.save(QStringLiteral("luis"), w);

    auto refused = draftAt(debtor, kDay, AnsweredBy::Debtor);
    refused.draftDesk = QStringLiteral("ana");
    CHECK(test::refusedField([&] { services::CallService(t.db(), clock).commit(refused); }) == QStringLiteral("outcome"));
    CHECK(drafts.load(debtor, QStringLiteral("ana")).has_value());

    auto ok = draftAt(debtor, kDay);
    ok.draftDesk = QStringLiteral("ana");
    services::CallService(t.db(), clock).commit(ok);
    CHECK_FALSE(drafts.load(debtor, QStringLiteral("ana")).has_value());
    CHECK(drafts.load(debtor, QStringLiteral("luis")).has_value());
}

TEST_CASE("A payment taken during the call keeps today's promise at once, the rest stays pending", "[services][call][rules]")
{
    test::TempDb t;
    FixedClock clock(kDay);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    auto draft = draftAt(debtor, kDay, AnsweredBy::Debtor);
    draft.call.excuseCategory = ExcuseCategory::NoFunds;
    draft.call.commitmentConfirmed = true;
    Promise now;
    now.amount = test::pesos(400);
    now.dueDate = QDate(2026, 3, 10);
    now.method = PaymentMethod::Card;
    Promise rest = now;
    rest.amount = test::pesos(600);
    rest.dueDate = QDate(2026, 3, 30);
    PaymentPlan plan;
    plan.frequency = PlanFrequency::Monthly;
    plan.instalments = {now, rest};
    draft.plan = plan;
    services::PostPaymentRequest payment;
    payment.amount = test::pesos(400);
    payment.paidOn = QDate(2026, 3, 10);
    payment.method = PaymentMethod::Card;
    draft.payment = payment;
    const auto r = services::CallService(t.db(), clock).commit(draft);
    REQUIRE(r.promiseIds.size() == 2);
    store::PromiseRepository promises(t.db());
    CHECK(promises.byId(r.promiseIds[0])->status == PromiseStatus::Kept);
    CHECK(promises.byId(r.promiseIds[1])->status == PromiseStatus::Pending);
    CHECK(promises.byId(r.promiseIds[1])->paid == Money());
    CHECK(store::CallRepository(t.db()).forDebtor(debtor).at(0).outcome == CallOutcome::Payment);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->outstanding == test::pesos(600));
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}
