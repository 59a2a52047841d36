#include "floormeasure.h"

#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <numeric>

namespace libreta::bench {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double sum(const QList<double> &values) { return std::accumulate(values.cbegin(), values.cend(), 0.0); }

// The statement as the notes show it: its select list cut short, so the
// tables and conditions, which say what it does, stay in view.
QString shortSql(const QByteArray &sql)
{
    QString text = QString::fromUtf8(sql).simplified();
    if (text.startsWith(QLatin1String("SELECT "))) {
        int depth = 0;
        for (qsizetype i = 0; i + 6 <= text.size(); ++i) {
            const QChar c = text.at(i);
            depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
            if (depth == 0 && text.mid(i, 6) == QLatin1String(" FROM ")) {
                if (i > 60)
                    text = text.left(50) + QStringLiteral(" …") + text.mid(i);
                break;
            }
        }
    }
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

} // namespace

void FloorMeasure::reads(Figure &f, const QList<Action> &actions, int rounds)
{
    m_perStatement.clear();
    m_unbound = 0;
    QList<QList<double>> perAction(actions.size());
    QList<QList<double>> perActionFloor(actions.size());
    // Round 0 is not timed: it warms every cache (SQLite's pages, the
    // prepared statements of the store and of the floor). Every run is
    // recorded, and the floor runs that run's statements: a repository that
    // remembers something between runs does less the second time, and so
    // does its floor.
    for (int round = 0; round <= rounds; ++round) {
        for (qsizetype i = 0; i < actions.size(); ++i) {
            const Action &a = actions.at(i);
            if (a.prepare)
                a.prepare();
            if (a.pauseMs > 0)
                QThread::msleep(a.pauseMs);
            QList<TracedStatement> traced;
            double ms = 0;
            Clock::time_point start;
            {
                SqlTrace trace;
                start = Clock::now();
                a.act();
                ms = msSince(start);
                traced = trace.take();
            }
            if (a.settle)
                a.settle();
            const double background = msSince(start);
            // LIBRETA_BENCH_SHOW_SQL=1 shows what each action sent to SQLite
            // in the untimed round; =2 in the first timed round, where what
            // a repository remembers from the round before is left out.
            if (round + 1 == qEnvironmentVariableIntValue("LIBRETA_BENCH_SHOW_SQL"))
                for (const TracedStatement &t : std::as_const(traced))
                    std::fprintf(stderr, "[%s] %s\n", qPrintable(f.id), t.expanded.constData());
            const QList<FloorStatement> statements = SqlFloor::compile(traced);
            const QList<double> times = m_floor.run(statements);
            if (round == 0)
                continue;
            countUnbound(statements);
            f.samples.append(ms);
            perAction[i].append(ms);
            perActionFloor[i].append(sum(times));
            if (a.settle)
                f.backgroundSamples.append(background);
            f.floorSamples.append(sum(times));
            for (qsizetype k = 0; k < times.size(); ++k)
                m_perStatement[statements.at(k).sql].append(times.at(k));
        }
    }
    f.state = Figure::State::Measured;
    addSlowestAction(f, actions, perAction, perActionFloor);
    addSlowest(f);
}

void FloorMeasure::addSlowestAction(Figure &f, const QList<Action> &actions, const QList<QList<double>> &times,
                                    const QList<QList<double>> &floors)
{
    if (actions.size() < 2)
        return;
    // LIBRETA_BENCH_SHOW_ACTIONS=1 prints every action's times, to find
    // which keystrokes a p95 comes from.
    if (qEnvironmentVariableIntValue("LIBRETA_BENCH_SHOW_ACTIONS") == 1)
        for (qsizetype i = 0; i < times.size(); ++i) {
            const Stats a = Stats::of(times.at(i));
            std::fprintf(stderr, "%-40s median %7.2f ms  p95 %7.2f ms  floor %7.2f ms\n",
                         qPrintable(actions.at(i).label), a.median, a.p95, Stats::of(floors.at(i)).median);
        }
    qsizetype slowest = 0;
    for (qsizetype i = 1; i < times.size(); ++i)
        if (Stats::of(times.at(i)).median > Stats::of(times.at(slowest)).median)
            slowest = i;
    const Stats s = Stats::of(times.at(slowest));
    f.detail += QStringLiteral("slowest of them: %1 (%2 ms median, %3 ms p95); ")
                    .arg(actions.at(slowest).label)
                    .arg(s.median, 0, 'f', 1)
                    .arg(s.p95, 0, 'f', 1);
}

void FloorMeasure::writes(Figure &f, const std::function<void(int)> &write, int runs, int warmups)
{
    m_perStatement.clear();
    m_unbound = 0;
    for (int i = 0; i < warmups + runs; ++i) {
        QList<FloorStatement> statements;
        double ms = 0;
        {
            // Recording costs a few microseconds per statement; it is counted
            // against the app, never the floor.
            SqlTrace trace;
            const auto start = Clock::now();
            write(i);
            ms = msSince(start);
            const QList<TracedStatement> traced = trace.take();
            if (i == 0 && qEnvironmentVariableIntValue("LIBRETA_BENCH_SHOW_SQL") == 1)
                for (const TracedStatement &t : traced)
                    std::fprintf(stderr, "[%s] %s\n", qPrintable(f.id), t.expanded.constData());
            statements = SqlFloor::compile(traced);
        }
        countUnbound(statements);
        const QList<double> times = m_floor.run(statements);
        if (i < warmups)
            continue;
        if (qEnvironmentVariableIntValue("LIBRETA_BENCH_SHOW_ACTIONS") == 1)
            std::fprintf(stderr, "[%s] run %d: %.2f ms, floor %.2f ms (slowest statement %.2f ms)\n", qPrintable(f.id),
                         i - warmups, ms, std::accumulate(times.cbegin(), times.cend(), 0.0),
                         times.isEmpty() ? 0.0 : *std::max_element(times.cbegin(), times.cend()));
        f.samples.append(ms);
        f.floorSamples.append(sum(times));
        for (qsizetype k = 0; k < times.size(); ++k)
            m_perStatement[statements.at(k).sql].append(times.at(k));
    }
    f.state = Figure::State::Measured;
    addSlowest(f);
}

void FloorMeasure::countUnbound(const QList<FloorStatement> &statements)
{
    for (const FloorStatement &s : statements)
        m_unbound += s.values ? 0 : 1;
}

void FloorMeasure::addSlowest(Figure &f)
{
    if (m_unbound > 0)
        f.detail += QStringLiteral("%1 statements could not be bound again and ran with their values written in; ")
                        .arg(m_unbound);
    m_unbound = 0;
    // LIBRETA_BENCH_SHOW_ACTIONS=1 also lists the statements that took the
    // most time in the floor, all runs together.
    if (qEnvironmentVariableIntValue("LIBRETA_BENCH_SHOW_ACTIONS") == 1) {
        QList<std::pair<double, QByteArray>> totals;
        for (auto it = m_perStatement.cbegin(); it != m_perStatement.cend(); ++it)
            totals.append({std::accumulate(it.value().cbegin(), it.value().cend(), 0.0), it.key()});
        std::sort(totals.begin(), totals.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qsizetype i = 0; i < std::min<qsizetype>(12, totals.size()); ++i)
            std::fprintf(stderr, "[%s] %8.2f ms in all: %s\n", qPrintable(f.id), totals.at(i).first,
                         totals.at(i).second.mid(totals.at(i).second.indexOf(" FROM (") + 7, 260).constData());
    }
    QByteArray slowest;
    double slowestMedian = -1;
    for (auto it = m_perStatement.cbegin(); it != m_perStatement.cend(); ++it) {
        const double median = Stats::of(it.value()).median;
        if (median > slowestMedian) {
            slowestMedian = median;
            slowest = it.key();
        }
    }
    if (slowestMedian < 0)
        return;
    f.slowestStatement = shortSql(slowest);
    f.slowestMs = slowestMedian;
    const QString note = QStringLiteral("slowest statement in the floor: %1 ms median, `%2`")
                             .arg(slowestMedian, 0, 'f', 2)
                             .arg(f.slowestStatement);
    f.detail += (f.detail.isEmpty() || f.detail.endsWith(QLatin1String("; ")) ? QString() : QStringLiteral("; ")) + note;
}

} // namespace libreta::bench
