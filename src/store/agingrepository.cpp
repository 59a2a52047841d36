#include "store/agingrepository.h"

#include "store/sqlquery.h"

namespace libreta::store {

using domain::AgingBucket;

QList<AgingLine> AgingRepository::lines(const AgingScope &scope)
{
    // The buckets' first due dates, from domain::dueDateRangeFor: the one
    // definition the portfolio's Age filter uses too. A debtor with no
    // due date is current.
    const auto from = [&scope](AgingBucket b) { return *domain::dueDateRangeFor(b, scope.today).from; };
    QString agent;
    if (scope.agentId)
        agent = *scope.agentId == 0
                    ? QStringLiteral("AND t.debtor_id IN (SELECT id FROM debtors WHERE assigned_agent_id IS NULL)")
                    : QStringLiteral("AND t.debtor_id IN (SELECT id FROM debtors WHERE assigned_agent_id = :agent)");
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT CASE WHEN t.oldest_due_date IS NULL OR t.oldest_due_date >= :b0 THEN 0 "
                         "WHEN t.oldest_due_date >= :b1 THEN 1 WHEN t.oldest_due_date >= :b2 THEN 2 "
                         "WHEN t.oldest_due_date >= :b3 THEN 3 WHEN t.oldest_due_date >= :b4 THEN 4 ELSE 5 END, "
                         "t.segment, count(*), sum(t.outstanding) FROM debtor_totals t "
                         "WHERE t.outstanding > 0 %1 GROUP BY 1, 2 ORDER BY 1, 2")
                         .arg(agent));
    q.bind(QStringLiteral(":b0"), from(AgingBucket::Current))
        .bind(QStringLiteral(":b1"), from(AgingBucket::Days1To30))
        .bind(QStringLiteral(":b2"), from(AgingBucket::Days31To60))
        .bind(QStringLiteral(":b3"), from(AgingBucket::Days61To90))
        .bind(QStringLiteral(":b4"), from(AgingBucket::Days91To180));
    if (scope.agentId && *scope.agentId != 0)
        q.bind(QStringLiteral(":agent"), *scope.agentId);
    q.exec();
    QList<AgingLine> out;
    while (q.next()) {
        AgingLine line;
        line.bucket = AgingBucket(q.integer(0));
        line.segment = q.text(1);
        line.debtors = q.integer(2);
        line.outstanding = q.money(3);
        out.append(line);
    }
    return out;
}

} // namespace libreta::store
