#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace libreta::store {

class SqlQuery;

// SQL put together from parts (store-internal): WHERE clauses and the values
// bound to their named parameters, numbered per statement, so a statement
// built from several parts never binds one part's value to another's name.
class BoundSql final {
public:
    // A new parameter holding `value`; returns its name.
    QString param(const QVariant &value);
    void where(const QString &clause) { m_clauses.append(clause); }
    bool hasConditions() const { return !m_clauses.isEmpty(); }
    // " WHERE a AND b", or nothing.
    QString whereSql() const;
    // "a AND b", or "1" when there is no condition.
    QString conditionSql() const;
    // whereSql(), and the clauses cleared for another part of the same
    // statement (the values stay: the statement binds them all).
    QString takeWhereSql();
    // The clauses added since there were `mark` of them (clauseCount()),
    // joined with AND and removed, for a part nested in another (a
    // correlated EXISTS); empty when none was added.
    int clauseCount() const { return int(m_clauses.size()); }
    QString takeClausesSince(int mark);
    void bindTo(SqlQuery &query) const;

private:
    QStringList m_clauses;
    QList<std::pair<QString, QVariant>> m_values;
};

} // namespace libreta::store
