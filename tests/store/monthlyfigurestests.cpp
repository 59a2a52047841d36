#include "store/figuresrepository.h"
#include "store/maintenancerepository.h"
#include "store/sqlquery.h"
#include "support/olderfile.h"
#include "support/tempdb.h"

#include <QDate>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

using namespace libreta;

namespace {

// A day's figures written as the triggers of schemas 13, 18 and 20 write
// them: an insert, or an upsert onto the day's row. Every column gets a
// value of its own, so a sum that mixes two columns up shows.
void addDayFigures(store::Database &db, const QDate &day, qint64 agent, const QString &segment, qint64 n)
{
    store::SqlQuery(db, QStringLiteral(
                            "INSERT INTO daily_figures (day, agent_id, segment, calls, contacts, promises_made, "
                            "promised, promises_kept, promises_partial, promises_broken, promises_paid, payments, "
                            "recovered, adjusted) VALUES (:day, :agent, :segment, :n, :n + 1, :n + 2, :n * 1000, "
                            ":n + 3, :n + 4, :n + 5, :n * 700, :n + 6, :n * 900, :n * 11) "
                            "ON CONFLICT DO UPDATE SET calls = calls + excluded.calls, contacts = contacts + "
                            "excluded.contacts, promises_made = promises_made + excluded.promises_made, promised = "
                            "promised + excluded.promised, promises_kept = promises_kept + excluded.promises_kept, "
                            "promises_partial = promises_partial + excluded.promises_partial, promises_broken = "
                            "promises_broken + excluded.promises_broken, promises_paid = promises_paid + "
                            "excluded.promises_paid, payments = payments + excluded.payments, recovered = recovered "
                            "+ excluded.recovered, adjusted = adjusted + excluded.adjusted"))
        .bind(QStringLiteral(":day"), day)
        .bind(QStringLiteral(":agent"), agent)
        .bind(QStringLiteral(":segment"), segment)
        .bind(QStringLiteral(":n"), n)
        .exec();
}

// Four months and a half across a new year, three agents (0: nobody) and
// three segments, every cell written twice (the second an update).
void fillFourMonths(store::Database &db)
{
    const QStringList segments{QStringLiteral("Alto"), QStringLiteral("Bajo"), QString()};
    int n = 0;
    for (QDate day(2025, 11, 10); day <= QDate(2026, 3, 20); day = day.addDays(1))
        for (qint64 agent = 0; agent < 3; ++agent)
            for (const QString &segment : segments)
                if (++n % 4 != 0) {  // some cells empty, as on a real day
                    addDayFigures(db, day, agent, segment, n % 17 + 1);
                    if (n % 3 == 0)
                        addDayFigures(db, day, agent, segment, n % 5 + 1);
                }
}

// The eleven sums over daily_figures alone, as the Panel read them before
// schema 29; grouped by `column` when one is given.
QStringList daySums(store::Database &db, const store::PanelScope &scope, const QString &column = QString())
{
    const QString key = column.isEmpty() ? QStringLiteral("'all'") : column;  // one group: the totals
    // The promises' results only of the days up to scope.resultsTo.
    const QString result = QStringLiteral("coalesce(sum(CASE WHEN day <= coalesce(:results, day) THEN %1 END), 0)");
    store::SqlQuery q(db, QStringLiteral("SELECT %1, sum(calls), sum(contacts), sum(promises_made), sum(promised), ")
                                  .arg(key) +
                              result.arg(QStringLiteral("promises_kept")) + u',' +
                              result.arg(QStringLiteral("promises_partial")) + u',' +
                              result.arg(QStringLiteral("promises_broken")) + u',' +
                              result.arg(QStringLiteral("promises_paid")) +
                              QStringLiteral(", sum(payments), sum(recovered), sum(adjusted) "
                                             "FROM daily_figures WHERE day >= :from AND day <= :to "
                                             "AND agent_id = coalesce(:agent, agent_id) GROUP BY 1 ORDER BY 1"));
    q.bind(QStringLiteral(":from"), scope.from).bind(QStringLiteral(":to"), scope.to);
    q.bind(QStringLiteral(":agent"), scope.agentId);
    q.bind(QStringLiteral(":results"), scope.resultsTo);
    q.exec();
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 12; ++i)
            row << q.text(i);
        out << row.join(QLatin1Char(' '));
    }
    return out;
}

QString line(const QString &key, const store::PanelFigures &f)
{
    return QStringList{key, QString::number(f.calls), QString::number(f.contacts), QString::number(f.promisesMade),
                       QString::number(f.promised.minor()), QString::number(f.promisesKept),
                       QString::number(f.promisesPartial), QString::number(f.promisesBroken),
                       QString::number(f.promisesPaid.minor()), QString::number(f.payments),
                       QString::number(f.recovered.minor()), QString::number(f.adjusted.minor())}
        .join(QLatin1Char(' '));
}

QStringList sorted(QStringList lines)
{
    lines.sort();
    return lines;
}

QStringList panelLines(const QList<store::PanelLine> &lines)
{
    QStringList out;
    for (const store::PanelLine &l : lines)
        out << line(l.key, l.figures);
    return sorted(out);
}

// Periods of every shape the Panel reads: whole months, parts of them, a
// week, a day, one agent's, none kept.
QList<store::PanelScope> periodsToRead()
{
    const std::optional<domain::Id> everyone;
    return {
        {QDate(2026, 1, 1), QDate(2026, 1, 31), everyone},    // a whole month
        {QDate(2025, 12, 1), QDate(2026, 2, 28), everyone},   // three, across the year's end
        {QDate(2025, 11, 20), QDate(2026, 3, 5), everyone},   // started and ended mid-month
        {QDate(2025, 12, 15), QDate(2026, 1, 31), everyone},  // started mid-month only
        {QDate(2026, 2, 1), QDate(2026, 2, 10), everyone},    // ended mid-month only
        {QDate(2026, 1, 5), QDate(2026, 1, 11), everyone},    // a week
        {QDate(2026, 3, 20), QDate(2026, 3, 20), everyone},   // a day
        {QDate(2026, 1, 1), QDate(2026, 12, 31), everyone},   // the year, its last months empty
        {QDate(2025, 12, 1), QDate(2026, 1, 31), domain::Id(2)},
        {QDate(2025, 12, 10), QDate(2026, 1, 10), domain::Id(0)},
        {QDate(2027, 1, 1), QDate(2027, 1, 31), everyone},    // nothing kept
    };
}

bool monthsMatchDays(store::Database &db)
{
    const QStringList problems = store::MaintenanceRepository(db).dailyFigureMismatches(1000);
    return std::none_of(problems.cbegin(), problems.cend(),
                        [](const QString &p) { return p.startsWith(QLatin1String("monthly figures")); });
}

} // namespace

TEST_CASE("The Panel's sums come to the same figures read by month and by day, for any period", "[store][panel]")
{
    test::TempDb t;
    fillFourMonths(t.db());
    store::FiguresRepository figures(t.db());
    const std::optional<domain::Id> everyone;
    const QList<store::PanelScope> scopes = periodsToRead();
    for (const store::PanelScope &scope : scopes) {
        INFO(scope.from.toString(Qt::ISODate).toStdString() + " to " + scope.to.toString(Qt::ISODate).toStdString());
        const QStringList all = daySums(t.db(), scope);
        if (all.isEmpty()) {
            CHECK(figures.totals(scope).calls == 0);
            CHECK(figures.byAgent(scope).isEmpty());
            continue;
        }
        CHECK(QStringList{line(QStringLiteral("all"), figures.totals(scope))} == all);
        CHECK(panelLines(figures.byAgent(scope)) == sorted(daySums(t.db(), scope, QStringLiteral("agent_id"))));
        CHECK(panelLines(figures.bySegment(scope)) == sorted(daySums(t.db(), scope, QStringLiteral("segment"))));
    }

    // The whole month is read from its month's rows, the week from its days.
    store::SqlQuery(t.db(), QStringLiteral("UPDATE monthly_figures SET recovered = recovered + 1 WHERE month = '2026-01'"))
        .exec();
    const store::PanelScope january{QDate(2026, 1, 1), QDate(2026, 1, 31), everyone};
    CHECK(figures.totals(january).recovered.minor() ==
          daySums(t.db(), january).first().section(QLatin1Char(' '), 10, 10).toLongLong() + 9);
    const store::PanelScope week = scopes.at(5);
    CHECK(QStringList{line(QStringLiteral("all"), figures.totals(week))} == daySums(t.db(), week));
}

TEST_CASE("The promises' results count up to their last final date, the other figures for the whole period",
          "[store][panel]")
{
    test::TempDb t;
    fillFourMonths(t.db());
    store::FiguresRepository figures(t.db());
    for (store::PanelScope scope : periodsToRead()) {
        // Before the first day (no result), inside the period, on its last
        // day and after it (every result).
        for (const QDate &cut : {scope.from.addDays(-1), scope.from.addDays((scope.from.daysTo(scope.to) + 1) / 2),
                                 scope.to, scope.to.addDays(40)}) {
            scope.resultsTo = cut;
            INFO(scope.from.toString(Qt::ISODate).toStdString() + " to " + scope.to.toString(Qt::ISODate).toStdString() +
                 ", results up to " + cut.toString(Qt::ISODate).toStdString());
            const QStringList all = daySums(t.db(), scope);
            if (all.isEmpty()) {
                CHECK(figures.totals(scope).calls == 0);
                continue;
            }
            CHECK(QStringList{line(QStringLiteral("all"), figures.totals(scope))} == all);
            CHECK(panelLines(figures.byAgent(scope)) == sorted(daySums(t.db(), scope, QStringLiteral("agent_id"))));
            CHECK(panelLines(figures.bySegment(scope)) == sorted(daySums(t.db(), scope, QStringLiteral("segment"))));
        }
    }
    // A cut inside the period leaves results out, and nothing else.
    store::PanelScope january{QDate(2026, 1, 1), QDate(2026, 1, 31), std::nullopt};
    const store::PanelFigures whole = figures.totals(january);
    january.resultsTo = QDate(2026, 1, 15);
    const store::PanelFigures half = figures.totals(january);
    CHECK(half.promisesKept < whole.promisesKept);
    CHECK(half.promisesPaid < whole.promisesPaid);
    CHECK(half.calls == whole.calls);
    CHECK(half.recovered == whole.recovered);
}

TEST_CASE("Each change of a day's figures reaches its month, and the check finds a month that differs",
          "[store][panel]")
{
    test::TempDb t;
    fillFourMonths(t.db());
    CHECK(monthsMatchDays(t.db()));
    const auto monthRows = [&t] { return store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM monthly_figures")).execScalar(); };
    CHECK(monthRows() == 5 * 3 * 3);  // November to March, three agents, three segments

    SECTION("a day's row deleted")
    {
        store::SqlQuery(t.db(), QStringLiteral("DELETE FROM daily_figures WHERE day = '2026-01-14'")).exec();
        CHECK(monthsMatchDays(t.db()));
    }
    SECTION("a day's row moved to another month and agent")
    {
        store::SqlQuery(t.db(), QStringLiteral("UPDATE daily_figures SET day = '2026-02-03', agent_id = 7 "
                                               "WHERE day = '2026-01-14' AND agent_id = 1"))
            .exec();
        CHECK(monthsMatchDays(t.db()));
        CHECK(monthRows() > 5 * 3 * 3);
    }
    SECTION("a month's row that disagrees with its days")
    {
        store::SqlQuery(t.db(), QStringLiteral("UPDATE monthly_figures SET recovered = recovered + 1 "
                                               "WHERE month = '2026-01' AND agent_id = 1 AND segment = 'Alto'"))
            .exec();
        CHECK(store::MaintenanceRepository(t.db()).dailyFigureMismatches().contains(
            QStringLiteral("monthly figures of 2026-01, agent 1")));
    }
}

TEST_CASE("Schema step 29 adds up the months of the days a version 28 file already holds", "[store][panel][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v28.sqlite"));
    test::writeFileAtVersion(path, 28,
                             QStringLiteral("INSERT INTO daily_figures (day, agent_id, segment, calls, recovered) "
                                            "VALUES ('2026-01-30', 1, 'Alto', 4, 5000), ('2026-01-31', 1, 'Alto', 2, 700), "
                                            "('2026-02-01', 1, 'Alto', 1, 90), ('2026-01-31', 2, '', 3, 0);"));
    store::Database db(path);
    CHECK(db.schemaVersion() >= 29);
    store::SqlQuery q(db, QStringLiteral("SELECT month || ' ' || agent_id || ' ' || segment || ' ' || calls || ' ' || "
                                         "recovered FROM monthly_figures ORDER BY 1"));
    q.exec();
    QStringList rows;
    while (q.next())
        rows << q.text(0);
    CHECK(rows == QStringList{QStringLiteral("2026-01 1 Alto 6 5700"), QStringLiteral("2026-01 2  3 0"),
                              QStringLiteral("2026-02 1 Alto 1 90")});
    CHECK(monthsMatchDays(db));
}
