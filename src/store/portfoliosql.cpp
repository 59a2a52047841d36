#include "store/portfoliosql.h"

#include "domain/entitycodes.h"
#include "store/boundsql.h"
#include "store/sqlquery.h"

namespace libreta::store::portfoliosql {

SortSpec specFor(PortfolioSort sort)
{
    switch (sort) {
    case PortfolioSort::Name:
        // search_text starts with the folded name: accent- and case-blind
        // order ("Álvarez" among the A's).
        return {QStringLiteral("d.search_text"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::ExternalRef:
        return {QStringLiteral("d.external_ref"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::Outstanding:
        return {QStringLiteral("t.outstanding"), QStringLiteral("t.debtor_id"), false, false, false};
    case PortfolioSort::DaysPastDue:
        return {QStringLiteral("t.oldest_due_date"), QStringLiteral("t.debtor_id"), false, true, true};
    case PortfolioSort::LastContact:
        return {QStringLiteral("t.last_contact_at"), QStringLiteral("t.debtor_id"), false, true, false};
    case PortfolioSort::NextAction:
        return {QStringLiteral("t.next_action_date"), QStringLiteral("t.debtor_id"), false, true, false};
    case PortfolioSort::Promise:
        return {QStringLiteral("t.open_promise_date"), QStringLiteral("t.debtor_id"), false, true, false};
    case PortfolioSort::Segment:
        return {QStringLiteral("d.segment"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::Risk:
        return {QStringLiteral("d.risk"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::Agent:
        return {QStringLiteral("d.assigned_agent_id"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::Status:
        return {QStringLiteral("d.status"), QStringLiteral("d.id"), true, false, false};
    case PortfolioSort::Approach:  // the column is approachColumn(), which needs the day
        return {QString(), QStringLiteral("d.id"), true, false, false};
    }
    return {};
}

// The suggested approach of the debtor in `d` (with its totals in `t`) on
// `today`, by the domain's own rule (approachfunction.h); NULL when nothing
// is owed. `today` is a date the program made, written as a literal.
QString approachColumn(const QDate &today)
{
    return QStringLiteral("libreta_approach(t.outstanding, t.oldest_due_date, '%1', d.risk, d.value, "
                          "t.promises_kept, t.promises_broken, t.last_willing, t.last_able)")
        .arg((today.isValid() ? today : QDate::currentDate()).toString(Qt::ISODate));
}

QString sectionColumn(const PortfolioQuery &query)
{
    return query.sort == PortfolioSort::Approach ? approachColumn(query.filters.today) : specFor(query.sort).column;
}

bool isSectioned(PortfolioSort sort)
{
    return sort == PortfolioSort::Segment || sort == PortfolioSort::Risk || sort == PortfolioSort::Agent ||
           sort == PortfolioSort::Status || sort == PortfolioSort::Approach;
}

// The tables a statement reads, in the order given: CROSS JOIN keeps SQLite
// from reordering them, so the first one is where the rows come from.
QString fromClause(const QString &first, bool debtors, bool totals)
{
    QString from = QStringLiteral(" FROM ") + first;
    if (first.startsWith(QLatin1String("debtors"))) {
        if (totals)
            from += QStringLiteral(" CROSS JOIN debtor_totals t ON t.debtor_id = d.id");
    } else if (first.startsWith(QLatin1String("debtor_totals"))) {
        if (debtors)
            from += QStringLiteral(" CROSS JOIN debtors d ON d.id = t.debtor_id");
    } else {  // a gathered set `s`
        if (debtors)
            from += QStringLiteral(" CROSS JOIN debtors d ON d.id = s.id");
        if (totals)
            from += debtors ? QStringLiteral(" CROSS JOIN debtor_totals t ON t.debtor_id = d.id")
                            : QStringLiteral(" CROSS JOIN debtor_totals t ON t.debtor_id = s.id");
    }
    return from;
}

QString queryKey(const PortfolioQuery &q)
{
    const PortfolioFilters &f = q.filters;
    return QStringList{q.search,
                       f.status ? domain::toCode(*f.status) : QString(),
                       f.segment,
                       f.agentId ? QString::number(*f.agentId) : QString(),
                       f.aging ? domain::agingBucketCode(*f.aging) : QString(),
                       f.today.toString(Qt::ISODate),
                       QString::number(int(f.unassigned) | int(f.withBalanceOnly) << 1 | int(f.brokenPromise) << 2 |
                                       int(f.promiseDue) << 3 | int(f.nothingScheduled) << 4 |
                                       int(f.doNotContact) << 5)}
        .join(QChar(0x1f));
}

QString orderBy(const SortSpec &spec, bool ascending)
{
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + spec.column + direction + QStringLiteral(", ") + spec.idColumn + direction;
}

void whereAfter(BoundSql &sql, const SortSpec &spec, bool ascending, const std::optional<PortfolioKey> &after)
{
    if (after)
        sql.where(QStringLiteral("(%1, %2)").arg(spec.column, spec.idColumn) +
                  (ascending ? QStringLiteral(" > ") : QStringLiteral(" < ")) +
                  QStringLiteral("(%1, %2)").arg(sql.param(after->value), sql.param(after->debtorId)));
    else if (spec.nullable)
        sql.where(spec.column + QStringLiteral(" IS NOT NULL"));
}

QString rowColumns()
{
    return QStringLiteral(
        "d.id, d.name, d.external_ref, d.segment, d.risk, d.value, d.status, u.display_name, "
        "t.outstanding, t.oldest_due_date, t.last_contact_at, t.next_action_date, t.open_promise_id, "
        "t.open_promise_amount, t.open_promise_date, t.last_promise_status, t.promises_kept, "
        "t.promises_broken, t.last_willing, t.last_able, t.open_promise_paid, t.credit");
}

PortfolioRow readRow(const SqlQuery &q, int keyColumn)
{
    using namespace domain;
    PortfolioRow r;
    r.debtorId = q.integer(0);
    r.name = q.text(1);
    r.externalRef = q.text(2);
    r.segment = q.text(3);
    r.risk = fromCode<Level>(q.text(4)).value_or(Level::Medium);
    r.value = fromCode<Level>(q.text(5)).value_or(Level::Medium);
    r.status = fromCode<DebtorStatus>(q.text(6)).value_or(DebtorStatus::Active);
    r.agentName = q.text(7);
    r.outstanding = q.money(8);
    r.oldestDueDate = q.optionalDate(9);
    r.lastContactAt = q.optionalInstant(10);
    r.nextActionDate = q.optionalDate(11);
    r.openPromiseId = q.optionalInteger(12);
    r.openPromiseAmount = q.money(13);
    r.openPromiseDate = q.optionalDate(14);
    if (!q.isNull(15))
        r.lastPromiseStatus = fromCode<PromiseStatus>(q.text(15));
    r.promisesKept = int(q.integer(16));
    r.promisesBroken = int(q.integer(17));
    if (!q.isNull(18))
        r.willing = q.boolean(18);
    if (!q.isNull(19))
        r.able = q.boolean(19);
    r.openPromisePaid = q.money(20);
    r.credit = q.money(21);
    r.key = {q.isNull(keyColumn) ? QVariant() : q.value(keyColumn), r.debtorId};
    return r;
}


} // namespace libreta::store::portfoliosql
