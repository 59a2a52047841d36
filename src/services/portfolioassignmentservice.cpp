#include "services/portfolioassignmentservice.h"

#include "services/audittrail.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

store::PortfolioQuery PortfolioAssignmentService::effectiveQuery(const AssignmentRequest &request)
{
    store::PortfolioQuery query = request.query;
    if (request.onlyUnassigned) {
        query.filters.unassigned = true;
        query.filters.agentId.reset();
    }
    return query;
}

qint64 PortfolioAssignmentService::count(const AssignmentRequest &request)
{
    if (!request.chosen.isEmpty())
        return store::AssignmentRepository(m_db).countChosen(request.chosen, request.onlyUnassigned);
    return store::PortfolioRepository(m_db).summary(effectiveQuery(request)).count;
}

store::AssignmentCounts PortfolioAssignmentService::assign(const AssignmentRequest &request,
                                                           std::optional<Id> userId)
{
    store::Transaction tx(m_db);
    if (!maySupervise(m_db, userId))
        throw InputError(QStringLiteral("user"), tr("Only a supervisor can assign debtors to agents."));
    QList<std::optional<Id>> agents;
    store::UserRepository users(m_db);
    for (const Id id : request.agents) {
        const auto user = users.byId(id);
        if (!user || !user->active)
            throw InputError(QStringLiteral("agents"),
                             tr("Agents: one of them does not exist or no longer works in the office."));
        if (!agents.contains(id))
            agents.append(id);
    }
    if (agents.isEmpty())
        agents.append(std::nullopt);  // to nobody
    store::AssignmentRepository assignments(m_db);
    assignments.recordMovesAs(userId, m_clock.nowUtc());
    const store::AssignmentCounts counts =
        request.chosen.isEmpty()
            ? assignments.assign(effectiveQuery(request), agents, request.moveFollowUps)
            : assignments.assignChosen(request.chosen, request.onlyUnassigned, agents, request.moveFollowUps);
    if (counts.debtors == 0)
        throw InputError(QStringLiteral("debtors"),
                         request.chosen.isEmpty() ? tr("No debtor matches the search and filters: nothing to assign.")
                         : request.onlyUnassigned
                             ? tr("Every debtor selected has an agent already: nothing to assign.")
                             : tr("The debtors selected are no longer in the office's file: nothing to assign."));
    QStringList who;
    for (const auto &a : agents)
        who << (a ? QString::number(*a) : QStringLiteral("none"));
    AuditTrail(m_db, m_clock)
        .record(userId, QStringLiteral("portfolio.assign"), QStringLiteral("debtor"), 0,
                QStringLiteral("debtors=%1 agents=%2 followups=%3 only_unassigned=%4 selected=%5")
                    .arg(counts.debtors)
                    .arg(who.join(QLatin1Char(',')))
                    .arg(counts.followUps)
                    .arg(request.onlyUnassigned ? 1 : 0)
                    .arg(request.chosen.isEmpty() ? 0 : 1));
    tx.commit();
    spdlog::info("{} debtors assigned to {} agent(s), {} follow-ups moved", counts.debtors, agents.size(),
                 counts.followUps);
    return counts;
}

} // namespace libreta::services
