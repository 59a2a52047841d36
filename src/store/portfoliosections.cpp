#include "store/portfoliorepository.h"

#include "domain/entitycodes.h"
#include "domain/strategy.h"
#include "store/boundsql.h"
#include "store/portfolioconditions.h"
#include "store/portfoliosql.h"
#include "store/sqlquery.h"

#include <algorithm>

// The orders of few values (segment, risk, agent, status, the suggested
// approach): read section by section, each value's debtors by id.

namespace libreta::store {

using namespace portfoliosql;

namespace {

// A sectioned order's values, first to last in ascending order; a null
// QVariant stands for "no value" (no agent), always the last section.
QVariantList sectionValues(Database &db, PortfolioSort sort, const QStringList &segments)
{
    QVariantList values;
    switch (sort) {
    case PortfolioSort::Segment:
        for (const QString &segment : segments)
            values.append(segment);
        values.append(QStringLiteral(""));  // debtors given no segment
        break;
    case PortfolioSort::Risk:
        for (const auto level : {domain::Level::Low, domain::Level::Medium, domain::Level::High})
            values.append(domain::toCode(level));
        break;
    case PortfolioSort::Status:
        // The work first: active, at the lawyer's, then the finished ones.
        for (const auto status : {domain::DebtorStatus::Active, domain::DebtorStatus::Legal,
                                  domain::DebtorStatus::Settled, domain::DebtorStatus::Closed})
            values.append(domain::toCode(status));
        break;
    case PortfolioSort::Approach:
        for (const auto approach : {domain::Approach::Remind, domain::Approach::Firm, domain::Approach::Renegotiate})
            values.append(domain::toCode(approach));
        values.append(QVariant());  // nothing owed, nothing to suggest
        break;
    case PortfolioSort::Agent: {
        SqlQuery q(db, QStringLiteral("SELECT id FROM users ORDER BY display_name, id"));
        q.exec();
        while (q.next())
            values.append(q.integer(0));
        values.append(QVariant());  // unassigned
        break;
    }
    default:
        break;
    }
    return values;
}

// Whether a filter on the sorted column leaves section `value` any debtor:
// sorted by status with only the active shown, the other statuses' sections
// are not walked (a walk through them found nothing, row by row: 0.4 s at a
// million debtors).
bool sectionMayMatch(PortfolioSort sort, const QVariant &value, const PortfolioFilters &f)
{
    switch (sort) {
    case PortfolioSort::Status:
        return !f.status || value == QVariant(domain::toCode(*f.status));
    case PortfolioSort::Segment:
        return f.segment.isEmpty() || value == QVariant(f.segment);
    case PortfolioSort::Agent:
        if (f.unassigned)
            return value.isNull();
        return !f.agentId || (!value.isNull() && value.toLongLong() == *f.agentId);
    case PortfolioSort::Approach: {
        // No one long overdue is reminded: 91 to 180 days late, the
        // "remind" section was walked whole (0.4 s at a million debtors).
        const auto approach = domain::fromCode<domain::Approach>(value.toString());
        return !f.aging || !approach || domain::approachPossibleFrom(*approach, domain::minDaysPastDue(*f.aging));
    }
    default:
        return true;
    }
}

// The indexes of `values` in the order a walk reads their sections: the
// list's direction, "no value" last either way.
QList<int> sectionOrder(const QVariantList &values, bool ascending)
{
    QList<int> order, last;
    for (int i = 0; i < values.size(); ++i)
        (values.at(i).isNull() ? last : order).append(i);
    if (!ascending)
        std::reverse(order.begin(), order.end());
    return order + last;
}

// The rank of section `i` of `values` for a page key: its place, except
// that "no value" (a null section) comes last whichever way the list runs,
// as in every other order.
int sectionRank(const QVariantList &values, int i, bool ascending)
{
    if (!values.at(i).isNull())
        return i;
    return ascending ? int(values.size()) : -1;
}

// A row's section rank (see sectionRank). A value no section holds (a
// segment added meanwhile) ranks after all of them.
QString rankExpression(const QString &column, const QVariantList &values, bool ascending, BoundSql &sql)
{
    // CASE x WHEN ... reads x once (it may be a function of the row); only a
    // row that matches no value reads it again, to tell "none" from unknown.
    // An office with no users has no agent to rank: SQL wants a WHEN.
    const int nullRank = ascending ? int(values.size()) : -1;
    const QString otherwise = QStringLiteral("(CASE WHEN %1 IS NULL THEN %2 ELSE %3 END)")
                                  .arg(column)
                                  .arg(nullRank)
                                  .arg(ascending ? int(values.size()) + 1 : -2);
    QString whens;
    for (int i = 0; i < values.size(); ++i)
        if (!values.at(i).isNull())
            whens += QStringLiteral(" WHEN %1 THEN %2").arg(sql.param(values.at(i))).arg(i);
    if (whens.isEmpty())
        return otherwise;
    return QStringLiteral("(CASE ") + column + whens + QStringLiteral(" ELSE ") + otherwise + QStringLiteral(" END)");
}

} // namespace

QString PortfolioRepository::sectionRankOf(const PortfolioQuery &query, BoundSql &sql)
{
    const QVariantList values =
        sectionValues(m_db, query.sort, query.sort == PortfolioSort::Segment ? segments() : QStringList());
    return rankExpression(sectionColumn(query), values, query.ascending, sql);
}

QVariantList PortfolioRepository::walkedSections(const PortfolioQuery &query)
{
    const QVariantList values =
        sectionValues(m_db, query.sort, query.sort == PortfolioSort::Segment ? segments() : QStringList());
    QVariantList walked;
    for (const int section : sectionOrder(values, query.ascending))
        if (sectionMayMatch(query.sort, values.at(section), query.filters))
            walked.append(values.at(section));
    return walked;
}

// Sorted by status with an aging bucket or "with balance": whether the
// section of `status` holds few enough such debtors to gather them from the
// totals' (status, ...) index rather than walk the section to its end.
// Settled and closed debtors rarely owe: sorted newest last, their sections
// come first and were walked whole (0.1–0.3 s at a million debtors).
bool PortfolioRepository::sparseStatusSection(const PortfolioConditions &conditions, const PortfolioQuery &query,
                                              const QVariant &status)
{
    constexpr int kSparseSection = 2000;  // read at random and sorted: a few milliseconds
    if (query.sort != PortfolioSort::Status || status.isNull())
        return false;
    BoundSql sql;
    const QString ids = conditions.statusSectionIds(sql, status.toString());
    if (ids.isEmpty())
        return false;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM (") + ids + QStringLiteral(" LIMIT ") +
                         sql.param(kSparseSection + 1) + u')');
    sql.bindTo(q);
    return q.execScalar() <= kSparseSection;
}

// A sectioned order (segment, risk, agent, status): the key holds the
// section's rank. Walking, each section is its own index range (the value,
// then the id: SQLite appends the rowid to every index), read in turn until
// the page is full; gathering, the small set is sorted by rank and id.
QList<PortfolioRow> PortfolioRepository::fetchSectionedPage(const PortfolioQuery &query,
                                                            const std::optional<PortfolioKey> &after, int limit)
{
    SortSpec spec = specFor(query.sort);
    spec.column = sectionColumn(query);
    const QVariantList values =
        sectionValues(m_db, query.sort, query.sort == PortfolioSort::Segment ? segments() : QStringList());
    const QString direction = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString greater = query.ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    PortfolioConditions conditions(query);
    const Choice choice = choose(query, conditions);
    using SearchTest = PortfolioConditions::SearchTest;
    conditions.setSearchTest(choice.source == 0 && conditions.hasSearch() ? SearchTest::Implied
                             : choice.searchInMatches                       ? SearchTest::InMatches
                                                                            : SearchTest::OnText);
    const bool totals = conditions.needsTotals() || query.sort == PortfolioSort::Approach;

    // Reads the rows of one page query (`page` selects ids in order), each
    // keyed by its section's rank.
    QList<PortfolioRow> rows;
    const auto readRanked = [&](BoundSql &sql, const QString &page) {
        const QString rank = rankExpression(spec.column, values, query.ascending, sql);
        rows += readPage(sql, page, rank,
                         QStringLiteral(" ORDER BY ") + rank + direction + QStringLiteral(", d.id") + direction);
    };

    if (choice.source >= 0) {
        BoundSql sql;
        const QString from = fromClause(u'(' + conditions.sources().at(choice.source).ids(sql) + QStringLiteral(") s"),
                                        true, totals);
        conditions.addTo(sql, QStringLiteral("s.id"));
        const QString rank = rankExpression(spec.column, values, query.ascending, sql);
        if (after)
            sql.where(u'(' + rank + QStringLiteral(", d.id)") + greater +
                      QStringLiteral("(%1, %2)").arg(sql.param(after->value), sql.param(after->debtorId)));
        readRanked(sql, QStringLiteral("SELECT d.id AS id") + from + sql.whereSql() + QStringLiteral(" ORDER BY ") +
                            rank + direction + QStringLiteral(", d.id") + direction + QStringLiteral(" LIMIT ") +
                            sql.param(limit));
        return rows;
    }

    // Walked, each section a filter on the sorted column leaves is that
    // filter's already.
    conditions.setSectionImplied(true);
    const QList<int> order = sectionOrder(values, query.ascending);
    const int afterRank = after ? after->value.toInt() : 0;
    bool reached = !after;
    for (const int section : order) {
        const bool afterSection = after && sectionRank(values, section, query.ascending) == afterRank;
        if (!reached) {
            if (!afterSection)
                continue;
            reached = true;
        }
        if (rows.size() >= limit)
            break;
        if (!sectionMayMatch(query.sort, values.at(section), query.filters))
            continue;
        BoundSql sql;
        QString from;
        if (query.sort == PortfolioSort::Approach) {  // the section's value is read from the totals
            from = fromClause(QStringLiteral("debtors d"), true, totals);
            conditions.addTo(sql, QStringLiteral("d.id"));
        } else if (sparseStatusSection(conditions, query, values.at(section))) {
            from = fromClause(u'(' + conditions.statusSectionIds(sql, values.at(section).toString()) +
                                  QStringLiteral(") s"),
                              true, totals);
            conditions.addTo(sql, QStringLiteral("s.id"));
        } else {
            from = conditions.addWalkTo(sql, true);
        }
        const QVariant &value = values.at(section);
        sql.where(value.isNull() ? QString(spec.column + QStringLiteral(" IS NULL"))
                                 : QString(spec.column + QStringLiteral(" = ") + sql.param(value)));
        if (afterSection)
            sql.where(QStringLiteral("d.id") + greater + sql.param(after->debtorId));
        readRanked(sql, QStringLiteral("SELECT d.id AS id") + from + sql.whereSql() + QStringLiteral(" ORDER BY d.id") +
                            direction + QStringLiteral(" LIMIT ") + sql.param(limit - int(rows.size())));
    }
    return rows;
}

} // namespace libreta::store
