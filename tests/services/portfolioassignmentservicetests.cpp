#include "domain/clock.h"
#include "services/portfolioassignmentservice.h"
#include "servicetesthelpers.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;
using services::AssignmentRequest;
using services::PortfolioAssignmentService;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

// Six debtors owing 600, 500, ... 100 (D-6 owes the most), the first two in
// segment "A", D-1 already Beto's.
struct Office {
    test::TempDb t;
    FixedClock clock{kNow};
    test::TwoAgentsAndSupervisor people = test::addTwoAgentsAndSupervisor(t.db());
    QList<Id> debtors;
    PortfolioAssignmentService service{t.db(), clock};

    Office()
    {
        store::DebtorRepository repo(t.db());
        for (int i = 1; i <= 6; ++i) {
            const Id id = test::addDebtor(t.db(), QStringLiteral("D-%1").arg(i), QStringLiteral("Deudor %1").arg(i));
            test::addInvoice(t.db(), id, QStringLiteral("F-%1").arg(i), QDate(2026, 1, 10), test::pesos(100 * i));
            Debtor d = *repo.byId(id);
            d.segment = i <= 2 ? QStringLiteral("A") : QStringLiteral("B");
            if (i == 1)
                d.assignedAgentId = people.beto;
            repo.update(d);
            store::TotalsRepository(t.db()).refresh(id);
            debtors << id;
        }
    }
    std::optional<Id> agentOf(int n) { return store::DebtorRepository(t.db()).byId(debtors.at(n - 1))->assignedAgentId; }
    Id followUp(int n, std::optional<Id> assignee)
    {
        FollowUp f;
        f.debtorId = debtors.at(n - 1);
        f.kind = FollowUpKind::Callback;
        f.dueDate = QDate(2026, 3, 12);
        f.assignedTo = assignee;
        f.description = QStringLiteral("Volver a llamar");
        const Id id = *store::FollowUpRepository(t.db()).add(f);
        store::TotalsRepository(t.db()).refresh(f.debtorId);
        return id;
    }
    std::optional<Id> assigneeOf(Id followUpId) { return store::FollowUpRepository(t.db()).byId(followUpId)->assignedTo; }
};

} // namespace

TEST_CASE("The debtors shown go to one agent, with the follow-ups that were their previous agent's",
          "[services][assignment]")
{
    Office o;
    const Id betos = o.followUp(1, o.people.beto);
    const Id sues = o.followUp(1, o.people.sue);  // given to someone else on purpose: stays
    const Id nobodys = o.followUp(3, std::nullopt);
    AssignmentRequest r;
    r.query.filters.segment = QStringLiteral("A");
    r.agents = {o.people.ana};
    CHECK(o.service.count(r) == 2);
    const auto counts = o.service.assign(r, o.people.sue);
    CHECK(counts.debtors == 2);
    CHECK(counts.followUps == 1);
    CHECK(o.agentOf(1) == o.people.ana);
    CHECK(o.agentOf(2) == o.people.ana);
    CHECK_FALSE(o.agentOf(3).has_value());  // segment B: not shown
    CHECK(o.assigneeOf(betos) == o.people.ana);
    CHECK(o.assigneeOf(sues) == o.people.sue);
    CHECK_FALSE(o.assigneeOf(nobodys).has_value());
    CHECK(test::auditActions(o.t.db(), 1) == QStringList{QStringLiteral("portfolio.assign")});
    CHECK(store::TotalsRepository(o.t.db()).mismatches().isEmpty());
}

TEST_CASE("Shared among agents, the largest balances are dealt in turn", "[services][assignment]")
{
    Office o;
    AssignmentRequest r;
    r.agents = {o.people.ana, o.people.beto, o.people.ana};  // named twice, dealt once
    r.onlyUnassigned = true;  // D-1 stays Beto's
    CHECK(o.service.count(r) == 5);
    CHECK(o.service.assign(r, o.people.sue).debtors == 5);
    // D-6 (600) Ana, D-5 Beto, D-4 Ana, D-3 Beto, D-2 Ana.
    CHECK(o.agentOf(6) == o.people.ana);
    CHECK(o.agentOf(5) == o.people.beto);
    CHECK(o.agentOf(4) == o.people.ana);
    CHECK(o.agentOf(3) == o.people.beto);
    CHECK(o.agentOf(2) == o.people.ana);
    CHECK(o.agentOf(1) == o.people.beto);

    // To nobody: the debtors are left without an agent, follow-ups too.
    const Id anas = o.followUp(6, o.people.ana);
    AssignmentRequest none;
    none.query.search = QStringLiteral("Deudor 6");
    CHECK(o.service.assign(none, o.people.sue).debtors == 1);
    CHECK_FALSE(o.agentOf(6).has_value());
    CHECK_FALSE(o.assigneeOf(anas).has_value());
}

TEST_CASE("Assignments that cannot be made are refused in words and change nothing", "[services][assignment]")
{
    Office o;
    const Id retired = store::UserRepository(o.t.db()).add(
        User{0, QStringLiteral("old"), QStringLiteral("Old"), UserRole::Agent, false});
    AssignmentRequest r;
    r.agents = {o.people.ana};
    CHECK(test::refusedField([&] { o.service.assign(r, o.people.beto); }) == QStringLiteral("user"));
    r.agents = {o.people.ana, retired};
    CHECK(test::refusedField([&] { o.service.assign(r, o.people.sue); }) == QStringLiteral("agents"));
    r.agents = {Id(999)};
    CHECK(test::refusedField([&] { o.service.assign(r, o.people.sue); }) == QStringLiteral("agents"));
    AssignmentRequest none;
    none.agents = {o.people.ana};
    none.query.search = QStringLiteral("nadie se llama así");
    CHECK(test::refusedField([&] { o.service.assign(none, o.people.sue); }) == QStringLiteral("debtors"));
    CHECK(o.agentOf(1) == o.people.beto);
    for (int n = 2; n <= 6; ++n)
        CHECK_FALSE(o.agentOf(n).has_value());
    CHECK(test::auditActions(o.t.db()).filter(QStringLiteral("portfolio.")).isEmpty());
}

TEST_CASE("Debtors picked one by one are dealt like the ones shown, and only they", "[services][assignment]")
{
    Office o;
    const Id betos = o.followUp(1, o.people.beto);
    AssignmentRequest r;
    r.query.search = QStringLiteral("Deudor");  // shows all six: the picked ones win
    r.chosen = {o.debtors.at(0), o.debtors.at(2), o.debtors.at(4)};  // D-1 (Beto's), D-3, D-5
    r.agents = {o.people.ana, o.people.sue};
    CHECK(o.service.count(r) == 3);
    r.onlyUnassigned = true;
    CHECK(o.service.count(r) == 2);
    r.onlyUnassigned = false;
    const auto counts = o.service.assign(r, o.people.sue);
    CHECK(counts.debtors == 3);
    CHECK(counts.followUps == 1);
    // D-5 (500) Ana, D-3 Susana, D-1 Ana, with Beto's call-back.
    CHECK(o.agentOf(5) == o.people.ana);
    CHECK(o.agentOf(3) == o.people.sue);
    CHECK(o.agentOf(1) == o.people.ana);
    CHECK(o.assigneeOf(betos) == o.people.ana);
    for (int n : {2, 4, 6})
        CHECK_FALSE(o.agentOf(n).has_value());
    CHECK(test::auditActions(o.t.db(), 1).contains(QStringLiteral("portfolio.assign")));

    // All picked have an agent: refused, said so.
    r.onlyUnassigned = true;
    CHECK(test::refusedMessage([&] { o.service.assign(r, o.people.sue); }) ==
          QStringLiteral("Every debtor selected has an agent already: nothing to assign."));
}

TEST_CASE("Each debtor moved to another agent is in the activity, with whose it was and whose it is",
          "[services][assignment]")
{
    Office o;
    AssignmentRequest r;
    r.chosen = {o.debtors.at(0), o.debtors.at(1)};  // D-1 (Beto's), D-2 (nobody's)
    r.agents = {o.people.ana};
    o.service.assign(r, o.people.sue);
    store::SqlQuery q(o.t.db(), QStringLiteral("SELECT entity_id, user_id, details FROM audit_log "
                                               "WHERE action = 'debtor.assign' ORDER BY entity_id"));
    q.exec();
    QStringList moves;
    while (q.next())
        moves << QStringLiteral("%1 by %2: %3").arg(q.text(0), q.text(1), q.text(2));
    CHECK(moves == QStringList{QStringLiteral("%1 by %2: from=%3 to=%4")
                                   .arg(o.debtors.at(0))
                                   .arg(o.people.sue)
                                   .arg(o.people.beto)
                                   .arg(o.people.ana),
                               QStringLiteral("%1 by %2: from=none to=%3")
                                   .arg(o.debtors.at(1))
                                   .arg(o.people.sue)
                                   .arg(o.people.ana)});
    // Given again to the agent who has them: nothing moved, nothing written.
    o.service.assign(r, o.people.sue);
    CHECK(store::SqlQuery(o.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'debtor.assign'"))
              .execScalar() == 2);
}
