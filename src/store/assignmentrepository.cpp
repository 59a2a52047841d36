#include "store/assignmentrepository.h"

#include "store/boundsql.h"
#include "store/sqlquery.h"

namespace libreta::store {

void AssignmentRepository::recordMovesAs(std::optional<domain::Id> userId, const QDateTime &atUtc)
{
    m_recordMoves = true;
    m_mover = userId;
    m_movedAt = atUtc;
}

AssignmentCounts AssignmentRepository::assign(const PortfolioQuery &query,
                                              const QList<std::optional<domain::Id>> &agents, bool moveFollowUps)
{
    if (agents.isEmpty())
        return {};
    BoundSql sql;
    const QString matching = PortfolioRepository(m_db).matching(query, sql);
    return deal(matching, sql, agents, moveFollowUps);
}

QString AssignmentRepository::chosenSql(const QList<domain::Id> &debtorIds, bool onlyUnassigned, BoundSql &sql)
{
    // The ids as one JSON array: one value bound, however many were picked.
    QStringList ids;
    ids.reserve(debtorIds.size());
    for (const domain::Id id : debtorIds)
        ids << QString::number(id);
    QString where = QStringLiteral(" FROM debtor_totals t WHERE t.debtor_id IN (SELECT value FROM json_each(%1))")
                        .arg(sql.param(QString(QStringLiteral("[") + ids.join(QLatin1Char(',')) + QStringLiteral("]"))));
    if (onlyUnassigned)
        where += QStringLiteral(" AND (SELECT d.assigned_agent_id FROM debtors d WHERE d.id = t.debtor_id) IS NULL");
    return where;
}

AssignmentCounts AssignmentRepository::assignChosen(const QList<domain::Id> &debtorIds, bool onlyUnassigned,
                                                    const QList<std::optional<domain::Id>> &agents,
                                                    bool moveFollowUps)
{
    if (agents.isEmpty() || debtorIds.isEmpty())
        return {};
    BoundSql sql;
    const QString chosen = chosenSql(debtorIds, onlyUnassigned, sql);
    return deal(chosen, sql, agents, moveFollowUps);
}

qint64 AssignmentRepository::countChosen(const QList<domain::Id> &debtorIds, bool onlyUnassigned)
{
    if (debtorIds.isEmpty())
        return 0;
    BoundSql sql;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*)") + chosenSql(debtorIds, onlyUnassigned, sql));
    sql.bindTo(q);
    return q.execScalar();
}

AssignmentCounts AssignmentRepository::workOf(domain::Id userId)
{
    AssignmentCounts counts;
    SqlQuery debtors(m_db, QStringLiteral("SELECT count(*) FROM debtors WHERE assigned_agent_id = :user"));
    debtors.bind(QStringLiteral(":user"), userId);
    counts.debtors = debtors.execScalar();
    SqlQuery followUps(m_db, QStringLiteral("SELECT count(*) FROM followups WHERE status = 'open' AND assigned_to = :user"));
    followUps.bind(QStringLiteral(":user"), userId);
    counts.followUps = followUps.execScalar();
    return counts;
}

AssignmentCounts AssignmentRepository::handOver(domain::Id from, std::optional<domain::Id> to)
{
    AssignmentCounts counts;
    SqlQuery followUps(m_db, QStringLiteral("UPDATE followups SET assigned_to = :to "
                                            "WHERE status = 'open' AND assigned_to = :from"));
    followUps.bind(QStringLiteral(":to"), to).bind(QStringLiteral(":from"), from).exec();
    counts.followUps = followUps.rowsAffected();
    SqlQuery debtors(m_db, QStringLiteral("UPDATE debtors SET assigned_agent_id = :to, updated_at = :now "
                                          "WHERE assigned_agent_id = :from"));
    debtors.bind(QStringLiteral(":to"), to)
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc())
        .bind(QStringLiteral(":from"), from)
        .exec();
    counts.debtors = debtors.rowsAffected();
    return counts;
}

AssignmentCounts AssignmentRepository::deal(const QString &fromWhere, BoundSql &sql,
                                            const QList<std::optional<domain::Id>> &agents, bool moveFollowUps)
{
    AssignmentCounts counts;
    if (agents.isEmpty())
        return counts;
    // Who goes to whom, worked out once: the debtor and its agent's turn.
    SqlQuery(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS assign_turns "
                                  "(turn INTEGER PRIMARY KEY, agent_id INTEGER)")).exec();
    SqlQuery(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS assign_debtors "
                                  "(debtor_id INTEGER PRIMARY KEY, turn INTEGER NOT NULL)")).exec();
    SqlQuery(m_db, QStringLiteral("DELETE FROM temp.assign_turns")).exec();
    SqlQuery(m_db, QStringLiteral("DELETE FROM temp.assign_debtors")).exec();
    SqlQuery turn(m_db, QStringLiteral("INSERT INTO temp.assign_turns (turn, agent_id) VALUES (:turn, :agent)"));
    for (int i = 0; i < agents.size(); ++i)
        turn.bind(QStringLiteral(":turn"), i).bind(QStringLiteral(":agent"), agents.at(i)).exec();

    const QString turns = sql.param(qint64(agents.size()));
    SqlQuery pick(m_db, QStringLiteral("INSERT INTO temp.assign_debtors (debtor_id, turn) SELECT t.debtor_id, "
                                       "(row_number() OVER (ORDER BY t.outstanding DESC, t.debtor_id) - 1) % ") +
                            turns + fromWhere);
    sql.bindTo(pick);
    pick.exec();
    counts.debtors = pick.rowsAffected();

    const QString newAgent = QStringLiteral("(SELECT n.agent_id FROM temp.assign_debtors a "
                                            "JOIN temp.assign_turns n ON n.turn = a.turn WHERE a.debtor_id = %1)");
    if (moveFollowUps) {
        // Before the debtors change: "its previous agent's" is read from them.
        SqlQuery move(m_db, QStringLiteral("UPDATE followups SET assigned_to = ") +
                                newAgent.arg(QStringLiteral("followups.debtor_id")) +
                                QStringLiteral(" WHERE status = 'open' AND debtor_id IN "
                                               "(SELECT debtor_id FROM temp.assign_debtors) AND assigned_to IS "
                                               "(SELECT d.assigned_agent_id FROM debtors d WHERE d.id = followups.debtor_id)"));
        move.exec();
        counts.followUps = move.rowsAffected();
    }
    if (m_recordMoves) {
        // Before the debtors change, to read whose they were; only those
        // whose agent changes.
        SqlQuery(m_db, QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity, entity_id, details) "
                                      "SELECT :at, :user, 'debtor.assign', 'debtor', a.debtor_id, 'from=' || "
                                      "coalesce(d.assigned_agent_id, 'none') || ' to=' || coalesce(n.agent_id, 'none') "
                                      "FROM temp.assign_debtors a JOIN temp.assign_turns n ON n.turn = a.turn "
                                      "JOIN debtors d ON d.id = a.debtor_id "
                                      "WHERE d.assigned_agent_id IS NOT n.agent_id ORDER BY a.debtor_id"))
            .bind(QStringLiteral(":at"), m_movedAt)
            .bind(QStringLiteral(":user"), m_mover)
            .exec();
    }
    SqlQuery(m_db, QStringLiteral("UPDATE debtors SET assigned_agent_id = ") + newAgent.arg(QStringLiteral("debtors.id")) +
                       QStringLiteral(" WHERE id IN (SELECT debtor_id FROM temp.assign_debtors)"))
        .exec();
    SqlQuery(m_db, QStringLiteral("DELETE FROM temp.assign_debtors")).exec();
    return counts;
}

} // namespace libreta::store
