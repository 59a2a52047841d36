// A debtor nobody has becomes the agent's who gets a promise or a payment
// from it in a call (CallService::takeIfNobodys).
#include "domain/clock.h"
#include "services/callservice.h"
#include "store/debtorrepository.h"
#include "store/figuresrepository.h"
#include "store/followuprepository.h"
#include "store/settingsrepository.h"
#include "store/sqlquery.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

struct Office {
    test::TempDb t;
    FixedClock clock{kNow};
    Id ana = test::addUser(t.db(), QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), UserRole::Agent);
    Id sofia = test::addUser(t.db(), QStringLiteral("sofia"), QStringLiteral("Sofía Mena"), UserRole::Supervisor);
    Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));

    Office() { test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000)); }

    services::CallDraft callBy(Id agent) const
    {
        services::CallDraft d;
        d.call.debtorId = debtor;
        d.call.agentId = agent;
        d.call.startedAt = kNow.addSecs(-300);
        d.call.endedAt = kNow;
        d.call.answeredBy = AnsweredBy::Debtor;
        return d;
    }
    services::CallDraft promiseBy(Id agent) const
    {
        services::CallDraft d = callBy(agent);
        Promise p;
        p.amount = test::pesos(400);
        p.dueDate = QDate(2026, 3, 20);
        p.method = PaymentMethod::Transfer;
        d.promise = p;
        d.call.commitmentConfirmed = true;
        d.call.excuseCategory = ExcuseCategory::NoFunds;
        return d;
    }
    services::CommitCallResult commit(const services::CallDraft &draft)
    {
        return services::CallService(t.db(), clock).commit(draft);
    }
    std::optional<Id> agentOfDebtor() { return store::DebtorRepository(t.db()).byId(debtor)->assignedAgentId; }
    void assignTo(Id agent)
    {
        store::SqlQuery(t.db(), QStringLiteral("UPDATE debtors SET assigned_agent_id = :a WHERE id = :d"))
            .bind(QStringLiteral(":a"), agent)
            .bind(QStringLiteral(":d"), debtor)
            .exec();
    }
};

} // namespace

TEST_CASE("An agent who gets a promise from a debtor nobody has keeps the debtor and its open follow-ups",
          "[services][call][take]")
{
    Office o;
    const Id nobodysCallback =
        test::addFollowUp(o.t.db(), o.debtor, FollowUpKind::Callback, QDate(2026, 3, 12), std::nullopt);
    const auto result = o.commit(o.promiseBy(o.ana));
    CHECK(result.debtorTaken);
    CHECK(o.agentOfDebtor() == o.ana);
    CHECK(store::FollowUpRepository(o.t.db()).byId(nobodysCallback)->assignedTo == o.ana);
    const qint64 audited =
        store::SqlQuery(o.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'debtor.take'"))
            .execScalar();
    CHECK(audited == 1);
}

TEST_CASE("Money taken in the call from a debtor nobody had counts as the agent's on the Panel",
          "[services][call][take]")
{
    Office o;
    services::CallDraft draft = o.callBy(o.ana);
    services::PostPaymentRequest payment;
    payment.amount = test::pesos(1000);
    payment.paidOn = kNow.toLocalTime().date();
    payment.method = PaymentMethod::Card;
    draft.payment = payment;
    REQUIRE(o.commit(draft).debtorTaken);
    const auto lines = store::FiguresRepository(o.t.db())
                           .byAgent(store::PanelScope(payment.paidOn, payment.paidOn, std::nullopt));
    Money anas, nobodys;
    for (const auto &line : lines)
        (line.key == QString::number(o.ana) ? anas : nobodys) += line.figures.recovered;
    CHECK(anas == test::pesos(1000));
    CHECK(nobodys == Money());
}

TEST_CASE("A debtor stays as it was when the call agreed nothing, was a supervisor's, or the debtor has an agent",
          "[services][call][take]")
{
    SECTION("a call that agreed nothing")
    {
        Office o;
        services::CallDraft draft = o.callBy(o.ana);
        draft.call.outcome = CallOutcome::Refusal;
        draft.call.refusalReason = QStringLiteral("No reconoce el adeudo");
        draft.call.alternativeOffered = true;
        draft.call.nextStep = QStringLiteral("Enviar estado de cuenta");
        CHECK_FALSE(o.commit(draft).debtorTaken);
        CHECK_FALSE(o.agentOfDebtor().has_value());
    }
    SECTION("a supervisor's call")
    {
        Office o;
        CHECK_FALSE(o.commit(o.promiseBy(o.sofia)).debtorTaken);
        CHECK_FALSE(o.agentOfDebtor().has_value());
    }
    SECTION("a debtor another agent has")
    {
        Office o;
        const Id luis = test::addUser(o.t.db(), QStringLiteral("luis"), QStringLiteral("Luis Paz"), UserRole::Agent);
        o.assignTo(luis);
        CHECK_FALSE(o.commit(o.promiseBy(o.ana)).debtorTaken);
        CHECK(o.agentOfDebtor() == luis);
    }
    SECTION("an office whose agents do not work the debtors nobody has")
    {
        Office o;
        store::SettingsRepository settings(o.t.db());
        OfficeSettings s = settings.load();
        s.agentsTakeUnassigned = false;
        settings.save(s);
        CHECK_FALSE(o.commit(o.promiseBy(o.ana)).debtorTaken);
        CHECK_FALSE(o.agentOfDebtor().has_value());
    }
}
