#include "store/boundsql.h"

#include "store/sqlquery.h"

namespace libreta::store {

QString BoundSql::param(const QVariant &value)
{
    const QString name = QStringLiteral(":p%1").arg(m_values.size());
    m_values.append({name, value});
    return name;
}

QString BoundSql::whereSql() const
{
    return m_clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditionSql();
}

QString BoundSql::takeWhereSql()
{
    const QString sql = whereSql();
    m_clauses.clear();
    return sql;
}

QString BoundSql::takeClausesSince(int mark)
{
    const QStringList taken = m_clauses.mid(mark);
    m_clauses.resize(mark);
    return taken.join(QStringLiteral(" AND "));
}

QString BoundSql::conditionSql() const
{
    return m_clauses.isEmpty() ? QStringLiteral("1") : m_clauses.join(QStringLiteral(" AND "));
}

void BoundSql::bindTo(SqlQuery &query) const
{
    for (const auto &[name, value] : m_values)
        query.bind(name, value);
}

} // namespace libreta::store
