#include "store/figuresrepository.h"

#include "store/boundsql.h"
#include "store/sqlquery.h"

#include <algorithm>
#include <numeric>

namespace libreta::store {
namespace {

// The reviews' figures (schema 21) as readReviews reads them.
const QString kReviewSums = QStringLiteral(
    "sum(reviews), sum(presentation_points), sum(presentation_scored), sum(listening_points), "
    "sum(listening_scored), sum(negotiation_points), sum(negotiation_scored), sum(preclose_points), "
    "sum(preclose_scored), sum(close_points), sum(close_scored)");

// The figures kept by day and again by month: daily_figures and
// monthly_figures (schema 29), technique_figures and
// technique_monthly_figures (schema 33), reason_figures and
// reason_monthly_figures (schema 36), with the figures each pair shares.
struct KeptFigures {
    QString byDay;
    QString byMonth;
    QStringList figures;
};

const KeptFigures kOffice{QStringLiteral("daily_figures"), QStringLiteral("monthly_figures"),
                          {QStringLiteral("calls"), QStringLiteral("contacts"), QStringLiteral("promises_made"),
                           QStringLiteral("promised"), QStringLiteral("promises_kept"),
                           QStringLiteral("promises_partial"), QStringLiteral("promises_broken"),
                           QStringLiteral("promises_paid"), QStringLiteral("payments"), QStringLiteral("recovered"),
                           QStringLiteral("adjusted")}};
const KeptFigures kTechniques{QStringLiteral("technique_figures"), QStringLiteral("technique_monthly_figures"),
                              {QStringLiteral("calls"), QStringLiteral("won"), QStringLiteral("promises_made"),
                               QStringLiteral("promised"), QStringLiteral("promises_kept"),
                               QStringLiteral("promises_partial"), QStringLiteral("promises_broken"),
                               QStringLiteral("promises_paid")}};
// The same figures by reason for not paying (schema 36).
const KeptFigures kReasons{QStringLiteral("reason_figures"), QStringLiteral("reason_monthly_figures"),
                           kTechniques.figures};

// The tasks and call-backs by the day they are due (schema 37).
const KeptFigures kFollowUps{QStringLiteral("followup_figures"), QStringLiteral("followup_monthly_figures"),
                             {QStringLiteral("due"), QStringLiteral("done_on_time"), QStringLiteral("done_late"),
                              QStringLiteral("cancelled"), QStringLiteral("put_off")}};

// "sum(calls), sum(contacts), ...": each kept figure added up, in its order
// (what readSums and byTechnique read back).
QString sumsOf(const KeptFigures &kept)
{
    QStringList sums;
    for (const QString &figure : kept.figures)
        sums << QStringLiteral("sum(%1)").arg(figure);
    return sums.join(QStringLiteral(", "));
}

// How the promises due in some days ended: the figures scope.resultsTo
// holds back.
bool isResult(const QString &figure)
{
    return figure == QLatin1String("promises_kept") || figure == QLatin1String("promises_partial") ||
           figure == QLatin1String("promises_broken") || figure == QLatin1String("promises_paid");
}

// Which figures a part of the rows reads; the others read as 0.
enum class Figures { All, ActivityOnly, ResultsOnly };

// The parts of the figures of the days `from`–`to`, each already summed by
// `key` (or whole, with no key): their whole months from the table by
// month, one row per agent and segment (or technique), and only the days
// outside them ("this week", the start of a period begun mid-month) from
// the table by day. A month of a large office is 800 daily rows, and 3,000
// of its techniques: summed part by part, only a few rows per part are
// added up again, where sorting them all together took milliseconds.
QStringList partsOf(const QDate &from, const QDate &to, const std::optional<domain::Id> &agentId, BoundSql &sql,
                    const KeptFigures &kept, const QString &key, Figures which)
{
    QString sums = key.isEmpty() ? QString() : key + QStringLiteral(", ");
    for (const QString &figure : kept.figures) {
        const bool read = which == Figures::All || isResult(figure) == (which == Figures::ResultsOnly);
        sums += (read ? QStringLiteral("sum(%1) AS %1, ") : QStringLiteral("0 AS %1, ")).arg(figure);
    }
    sums.chop(2);
    // -> QString: a lambda would otherwise return a QStringBuilder that
    // refers to its own temporaries.
    const auto part = [&](const QString &table, const QString &column, const QString &first,
                          const QString &last) -> QString {
        sql.where(column + QStringLiteral(" >= ") + sql.param(first));
        sql.where(column + QStringLiteral(" <= ") + sql.param(last));
        if (agentId)
            sql.where(QStringLiteral("agent_id = ") + sql.param(*agentId));
        return QStringLiteral("SELECT ") + sums + QStringLiteral(" FROM ") + table + sql.takeWhereSql() +
               (key.isEmpty() ? QString() : QStringLiteral(" GROUP BY ") + key);
    };
    const auto days = [&](const QDate &first, const QDate &last) -> QString {
        return part(kept.byDay, QStringLiteral("day"), SqlQuery::dateText(first), SqlQuery::dateText(last));
    };
    const QDate firstWhole = from.day() == 1 ? from : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate lastWholeEnd = to.day() == to.daysInMonth() ? to : QDate(to.year(), to.month(), 1).addDays(-1);
    if (!(firstWhole <= lastWholeEnd))
        return {days(from, to)};
    const QString month = QStringLiteral("yyyy-MM");
    QStringList parts{
        part(kept.byMonth, QStringLiteral("month"), firstWhole.toString(month), lastWholeEnd.toString(month))};
    if (from < firstWhole)
        parts << days(from, firstWhole.addDays(-1));
    if (lastWholeEnd < to)
        parts << days(lastWholeEnd.addDays(1), to);
    return parts;
}

// The figures of the scope's days as rows of `key` (none: the totals) and
// the kept figures, to be summed again; when only some of the promises'
// results are final, those figures come from fewer days than the others.
QString figuresOf(const PanelScope &scope, BoundSql &sql, const KeptFigures &kept, const QString &key)
{
    QStringList parts;
    if (!scope.resultsTo || *scope.resultsTo >= scope.to) {
        parts = partsOf(scope.from, scope.to, scope.agentId, sql, kept, key, Figures::All);
    } else {
        parts = partsOf(scope.from, scope.to, scope.agentId, sql, kept, key, Figures::ActivityOnly);
        if (*scope.resultsTo >= scope.from)
            parts += partsOf(scope.from, *scope.resultsTo, scope.agentId, sql, kept, key, Figures::ResultsOnly);
    }
    return QStringLiteral("(") + parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(")");
}

BoundSql daysOf(const PanelScope &scope)
{
    BoundSql sql;
    sql.where(QStringLiteral("day >= ") + sql.param(SqlQuery::dateText(scope.from)));
    sql.where(QStringLiteral("day <= ") + sql.param(SqlQuery::dateText(scope.to)));
    if (scope.agentId)
        sql.where(QStringLiteral("agent_id = ") + sql.param(*scope.agentId));
    return sql;
}

// The eleven sums of sumsOf(kOffice), from `first` on.
PanelFigures readSums(const SqlQuery &q, int first)
{
    PanelFigures f;
    f.calls = q.integer(first);
    f.contacts = q.integer(first + 1);
    f.promisesMade = q.integer(first + 2);
    f.promised = domain::Money::fromMinor(q.integer(first + 3));
    f.promisesKept = q.integer(first + 4);
    f.promisesPartial = q.integer(first + 5);
    f.promisesBroken = q.integer(first + 6);
    f.promisesPaid = domain::Money::fromMinor(q.integer(first + 7));
    f.payments = q.integer(first + 8);
    f.recovered = domain::Money::fromMinor(q.integer(first + 9));
    f.adjusted = domain::Money::fromMinor(q.integer(first + 10));
    return f;
}

// The reviews, then each stage's points and count, from `first` on.
void readReviews(const SqlQuery &q, int first, PanelFigures &f)
{
    f.reviews = q.integer(first);
    for (int stage = 0; stage < domain::QualityReview::kStages; ++stage) {
        f.stagePoints[stage] = q.integer(first + 1 + 2 * stage);
        f.stagesScored[stage] = q.integer(first + 2 + 2 * stage);
    }
}

} // namespace

qint64 PanelFigures::reviewPoints() const
{
    return std::accumulate(stagePoints.cbegin(), stagePoints.cend(), qint64(0));
}

qint64 PanelFigures::reviewStages() const
{
    return std::accumulate(stagesScored.cbegin(), stagesScored.cend(), qint64(0));
}

PanelFigures &PanelFigures::operator+=(const PanelFigures &other)
{
    calls += other.calls;
    contacts += other.contacts;
    promisesMade += other.promisesMade;
    promised += other.promised;
    promisesKept += other.promisesKept;
    promisesPartial += other.promisesPartial;
    promisesBroken += other.promisesBroken;
    promisesPaid += other.promisesPaid;
    payments += other.payments;
    recovered += other.recovered;
    adjusted += other.adjusted;
    reviews += other.reviews;
    for (int stage = 0; stage < domain::QualityReview::kStages; ++stage) {
        stagePoints[stage] += other.stagePoints[stage];
        stagesScored[stage] += other.stagesScored[stage];
    }
    return *this;
}

PanelFigures FiguresRepository::totals(const PanelScope &scope)
{
    BoundSql sql;
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + sumsOf(kOffice) + QStringLiteral(" FROM ") +
                   figuresOf(scope, sql, kOffice, QString()));
    sql.bindTo(q);
    q.exec();
    return q.next() ? readSums(q, 0) : PanelFigures();
}

QList<PanelLine> FiguresRepository::grouped(const PanelScope &scope, const QString &column)
{
    BoundSql sql;
    SqlQuery q(m_db, QStringLiteral("SELECT %1, ").arg(column) + sumsOf(kOffice) + QStringLiteral(" FROM ") +
                         figuresOf(scope, sql, kOffice, column) +
                         QStringLiteral(" GROUP BY 1 ORDER BY sum(recovered) DESC, sum(calls) DESC, 1"));
    sql.bindTo(q);
    q.exec();
    QList<PanelLine> out;
    while (q.next())
        out.append({q.text(0), readSums(q, 1)});
    return out;
}

QList<PanelLine> FiguresRepository::byAgent(const PanelScope &scope)
{
    QList<PanelLine> lines = grouped(scope, QStringLiteral("agent_id"));
    BoundSql sql = daysOf(scope);
    SqlQuery q(m_db, QStringLiteral("SELECT agent_id, ") + kReviewSums + QStringLiteral(" FROM review_figures") +
                         sql.whereSql() + QStringLiteral(" GROUP BY 1"));
    sql.bindTo(q);
    q.exec();
    while (q.next()) {
        const QString agent = q.text(0);
        auto line = std::find_if(lines.begin(), lines.end(), [&agent](const PanelLine &l) { return l.key == agent; });
        if (line == lines.end()) {  // a call's row is always there; kept whole should it not be
            lines.append({agent, PanelFigures()});
            line = lines.end() - 1;
        }
        readReviews(q, 1, line->figures);
    }
    return lines;
}

QList<StepAgentLine> FiguresRepository::bySteps(const PanelScope &scope, const QList<domain::DayRange> &steps)
{
    QList<StepAgentLine> out;
    if (steps.isEmpty())
        return out;
    const bool dayByDay = std::all_of(steps.cbegin(), steps.cend(),
                                      [](const domain::DayRange &step) { return step.from == step.to; });
    if (!dayByDay) {
        // A month at a time, each read as the Panel reads a period: its
        // whole months from the table by month.
        for (const domain::DayRange &step : steps)
            for (const PanelLine &line : grouped({step.from, step.to, scope.agentId, scope.resultsTo},
                                                 QStringLiteral("agent_id")))
                out.append({step.from, step.to, line.key.toLongLong(), line.figures});
        return out;
    }
    // Day by day: the days' rows, each day a step of its own, in one read.
    BoundSql sql = daysOf({steps.first().from, steps.last().to, scope.agentId});
    SqlQuery q(m_db, QStringLiteral("SELECT day, agent_id, ") + sumsOf(kOffice) + QStringLiteral(" FROM daily_figures") +
                         sql.whereSql() + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"));
    sql.bindTo(q);
    q.exec();
    while (q.next()) {
        const QDate day = q.date(0);
        PanelFigures figures = readSums(q, 2);
        if (scope.resultsTo && day > *scope.resultsTo) {
            // Not final yet: these promises are still within their grace.
            figures.promisesKept = figures.promisesPartial = figures.promisesBroken = 0;
            figures.promisesPaid = domain::Money();
        }
        out.append({day, day, q.integer(1), figures});
    }
    return out;
}

QList<PanelLine> FiguresRepository::bySegment(const PanelScope &scope)
{
    return grouped(scope, QStringLiteral("segment"));
}

void FiguresRepository::daily(const PanelScope &scope, const std::function<void(const DailyFigureLine &)> &row)
{
    BoundSql sql = daysOf(scope);
    SqlQuery q(m_db, QStringLiteral("SELECT day, agent_id, coalesce((SELECT display_name FROM users WHERE id = agent_id), ''), "
                                    "segment, calls, contacts, promises_made, promised, promises_kept, promises_partial, "
                                    "promises_broken, promises_paid, payments, recovered, adjusted FROM daily_figures") +
                         sql.whereSql() + QStringLiteral(" ORDER BY day, agent_id, segment"));
    sql.bindTo(q);
    q.exec();
    DailyFigureLine line;
    while (q.next()) {
        line.day = q.date(0);
        line.agentId = q.integer(1);
        line.agentName = q.text(2);
        line.segment = q.text(3);
        line.figures = readSums(q, 4);
        row(line);
    }
}

void FiguresRepository::dailyReviews(const PanelScope &scope,
                                     const std::function<void(const DailyReviewLine &)> &row)
{
    BoundSql sql = daysOf(scope);
    // A row is a day and an agent already: its sums are its own figures.
    SqlQuery q(m_db, QStringLiteral("SELECT day, agent_id, coalesce((SELECT display_name FROM users WHERE id = agent_id), "
                                    "''), ") +
                         kReviewSums + QStringLiteral(" FROM review_figures") + sql.whereSql() +
                         QStringLiteral(" GROUP BY day, agent_id ORDER BY day, agent_id"));
    sql.bindTo(q);
    q.exec();
    DailyReviewLine line;
    while (q.next()) {
        line.day = q.date(0);
        line.agentId = q.integer(1);
        line.agentName = q.text(2);
        readReviews(q, 3, line.figures);
        if (line.figures.reviews != 0)  // a row every review of left at zero
            row(line);
    }
}

void FiguresRepository::dailyFollowThrough(const PanelScope &scope,
                                           const std::function<void(const DailyFollowThroughLine &)> &row)
{
    BoundSql sql = daysOf(scope);
    SqlQuery q(m_db, QStringLiteral("SELECT day, agent_id, coalesce((SELECT display_name FROM users WHERE id = agent_id), "
                                    "''), due, done_on_time, done_late, cancelled, put_off FROM followup_figures") +
                         sql.whereSql() + QStringLiteral(" ORDER BY day, agent_id"));
    sql.bindTo(q);
    q.exec();
    DailyFollowThroughLine line;
    while (q.next()) {
        line.day = q.date(0);
        line.figures.agentId = q.integer(1);
        line.agentName = q.text(2);
        line.figures.due = q.integer(3);
        line.figures.doneOnTime = q.integer(4);
        line.figures.doneLate = q.integer(5);
        line.figures.cancelled = q.integer(6);
        line.figures.putOff = q.integer(7);
        // A row left at zero: all moved to another day or agent, none put off.
        if (line.figures.due != 0 || line.figures.putOff != 0)
            row(line);
    }
}

QList<CallResultLine> FiguresRepository::byTechnique(const PanelScope &scope) { return callResults(scope, false); }

QList<CallResultLine> FiguresRepository::byReason(const PanelScope &scope) { return callResults(scope, true); }

QList<CallResultLine> FiguresRepository::callResults(const PanelScope &scope, bool byReason)
{
    const KeptFigures &kept = byReason ? kReasons : kTechniques;
    const QString key = byReason ? QStringLiteral("reason") : QStringLiteral("technique");
    BoundSql sql;
    SqlQuery q(m_db, QStringLiteral("SELECT ") + key + QStringLiteral(", ") + sumsOf(kept) + QStringLiteral(" FROM ") +
                         figuresOf(scope, sql, kept, key) + QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC, 1"));
    sql.bindTo(q);
    q.exec();
    QList<CallResultLine> out;
    while (q.next()) {
        CallResultLine line;
        line.key = q.text(0);
        line.calls = q.integer(1);
        line.won = q.integer(2);
        line.promisesMade = q.integer(3);
        line.promised = domain::Money::fromMinor(q.integer(4));
        line.promisesKept = q.integer(5);
        line.promisesPartial = q.integer(6);
        line.promisesBroken = q.integer(7);
        line.promisesPaid = domain::Money::fromMinor(q.integer(8));
        out.append(line);
    }
    return out;
}

QList<FollowThroughLine> FiguresRepository::followThrough(const PanelScope &scope, const QDate &today)
{
    // Whether a promise's result is final plays no part here.
    const auto read = [this](const PanelScope &days, const std::function<void(const SqlQuery &)> &row) {
        BoundSql sql;
        SqlQuery q(m_db, QStringLiteral("SELECT agent_id, ") + sumsOf(kFollowUps) + QStringLiteral(" FROM ") +
                             figuresOf(days, sql, kFollowUps, QStringLiteral("agent_id")) +
                             QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC, 1"));
        sql.bindTo(q);
        q.exec();
        while (q.next())
            row(q);
    };
    QList<FollowThroughLine> out;
    read(PanelScope(scope.from, scope.to, scope.agentId), [&out](const SqlQuery &q) {
        FollowThroughLine line;
        line.agentId = q.integer(0);
        line.due = q.integer(1);
        line.doneOnTime = q.integer(2);
        line.doneLate = q.integer(3);
        line.cancelled = q.integer(4);
        line.putOff = q.integer(5);
        // A row every follow-up left for another day or agent, none put off.
        if (line.due != 0 || line.putOff != 0)
            out.append(line);
    });
    const QDate lastOverdue = std::min(scope.to, today.addDays(-1));
    if (lastOverdue >= scope.from)
        read(PanelScope(scope.from, lastOverdue, scope.agentId), [&out](const SqlQuery &q) {
            const domain::Id agent = q.integer(0);
            const auto line = std::find_if(out.begin(), out.end(),
                                           [agent](const FollowThroughLine &l) { return l.agentId == agent; });
            if (line != out.end())
                line->overdue = q.integer(1) - q.integer(2) - q.integer(3) - q.integer(4);
        });
    return out;
}

} // namespace libreta::store
