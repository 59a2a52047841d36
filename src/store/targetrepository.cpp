#include "store/targetrepository.h"

#include "store/sqlquery.h"

namespace libreta::store {

std::optional<domain::Money> TargetRepository::monthlyRecovery(domain::Id userId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT monthly_recovery FROM agent_targets WHERE user_id = :u"));
    q.bind(QStringLiteral(":u"), userId).exec();
    if (!q.next())
        return std::nullopt;
    return domain::Money::fromMinor(q.integer(0));
}

QHash<domain::Id, domain::Money> TargetRepository::allMonthlyRecovery()
{
    SqlQuery q(m_db, QStringLiteral("SELECT user_id, monthly_recovery FROM agent_targets"));
    q.exec();
    QHash<domain::Id, domain::Money> out;
    while (q.next())
        out.insert(q.integer(0), domain::Money::fromMinor(q.integer(1)));
    return out;
}

void TargetRepository::setMonthlyRecovery(domain::Id userId, std::optional<domain::Money> target)
{
    if (!target || !target->isPositive()) {
        SqlQuery(m_db, QStringLiteral("DELETE FROM agent_targets WHERE user_id = :u"))
            .bind(QStringLiteral(":u"), userId)
            .exec();
        return;
    }
    SqlQuery(m_db, QStringLiteral("INSERT INTO agent_targets (user_id, monthly_recovery) VALUES (:u, :m) "
                                  "ON CONFLICT (user_id) DO UPDATE SET monthly_recovery = excluded.monthly_recovery"))
        .bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":m"), target->minor())
        .exec();
}

} // namespace libreta::store
