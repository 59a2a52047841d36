#include "report.h"

#include "benchoptions.h"
#include "catalogue.h"
#include "democache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace libreta::bench {
namespace {

// Figures are written the English way (1,234.5) whatever the machine's
// language: the table is compared with docs/performance.md.
const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString number(double v)
{
    const int decimals = std::fabs(v) < 10 ? 2 : std::fabs(v) < 100 ? 1 : 0;
    return english().toString(v, 'f', decimals);
}

QString withUnit(double v, const QString &unit) { return number(v) + QLatin1Char(' ') + unit; }

QString times(double ratio) { return english().toString(ratio, 'f', ratio < 10 ? 2 : 0) + QStringLiteral("×"); }

double rounded(double v) { return std::round(v * 1000.0) / 1000.0; }

QString stateCode(Figure::State s)
{
    switch (s) {
    case Figure::State::Measured: return QStringLiteral("measured");
    case Figure::State::NotMeasured: return QStringLiteral("not_measured");
    case Figure::State::Failed: return QStringLiteral("failed");
    case Figure::State::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString targetKind(Target::Kind k)
{
    switch (k) {
    case Target::Kind::MedianAtMost: return QStringLiteral("median_at_most");
    case Target::Kind::P95AtMost: return QStringLiteral("p95_at_most");
    case Target::Kind::RatioToFloorAtMost: return QStringLiteral("ratio_to_floor_at_most");
    case Target::Kind::RatioToFloorAtLeast: return QStringLiteral("ratio_to_floor_at_least");
    }
    return {};
}

// Why a measured figure misses its target, from what the run itself saw.
QString heldBackBy(const Figure &f)
{
    if (f.target.kind != Target::Kind::MedianAtMost && f.target.kind != Target::Kind::P95AtMost) {
        const auto ratio = f.ratio();
        return ratio ? QStringLiteral("%1 the floor: the time goes to what the program does beyond it").arg(times(*ratio))
                     : QStringLiteral("no floor was measured");
    }
    const bool p95 = f.target.kind == Target::Kind::P95AtMost;
    const double floor = p95 ? f.floorStats().p95 : f.floorStats().median;
    const double own = p95 ? f.stats().p95 : f.stats().median;
    if (f.floorSamples.isEmpty())
        return QString();
    if (floor > f.target.value && f.slowestStatement == QLatin1String("COMMIT"))
        return QStringLiteral("the same statements alone take %1 (C API floor, %2), over the target, and the "
                              "slowest of them is COMMIT: the flush to disk that synchronous=FULL asks for. "
                              "This machine's disk decides the figure, not the code above it")
            .arg(withUnit(floor, f.unit), p95 ? QStringLiteral("p95") : QStringLiteral("median"));
    if (floor > f.target.value)
        return QStringLiteral("the SQL alone takes %1 (C API floor, %2), over the target: the statements (their "
                              "plan, or how much they read) must get cheaper, not the code above them")
            .arg(withUnit(floor, f.unit), p95 ? QStringLiteral("p95") : QStringLiteral("median"));
    return QStringLiteral("the SQL takes %1 (C API floor, %2); %3 are spent above it (Qt's SQL driver, the "
                          "model or service, what is done with the rows)")
        .arg(withUnit(floor, f.unit), p95 ? QStringLiteral("p95") : QStringLiteral("median"),
             withUnit(own - floor, f.unit));
}

// "10k", "1M": how the growth column names the sizes.
QString shortSize(int debtors)
{
    if (debtors >= 1000000 && debtors % 1000000 == 0)
        return QStringLiteral("%1M").arg(debtors / 1000000);
    if (debtors >= 1000 && debtors % 1000 == 0)
        return QStringLiteral("%1k").arg(debtors / 1000);
    return QString::number(debtors);
}

std::optional<double> measuredMedian(const Catalogue &figures, const QString &id)
{
    for (const Figure &f : figures.figures())
        if (f.id == id && f.state == Figure::State::Measured && f.stats().median > 0)
            return f.stats().median;
    return std::nullopt;
}

} // namespace

void Report::addGrowth(const Catalogue &before, const Catalogue &after, int baseDebtors)
{
    m_growthBase = baseDebtors;
    const bool targetSizes = baseDebtors == BenchOptions::kGrowthFrom && m_demo.debtors == BenchOptions::kGrowthTo;
    for (Figure &f : m_figures.figures()) {
        if (!f.interactive || f.state != Figure::State::Measured || f.stats().median <= 0)
            continue;
        const auto first = measuredMedian(before, f.id);
        const auto last = measuredMedian(after, f.id);
        if (!first || !last)
            continue;
        f.growthBaseBefore = *first;
        f.growthBaseAfter = *last;
        f.growthBaseMedian = (*first + *last) / 2;
        f.growth = f.stats().median / *f.growthBaseMedian;
        f.growthJudged = targetSizes;
        f.growthSource = QStringLiteral("%1 debtors timed in this run: %2 median just before, %3 just after")
                             .arg(english().toString(baseDebtors), withUnit(*first, f.unit), withUnit(*last, f.unit));
    }
}

QString Report::growthHeader() const
{
    const QString from = shortSize(m_growthBase ? m_growthBase : BenchOptions::kGrowthFrom);
    const QString to = shortSize(m_growthBase ? m_demo.debtors : BenchOptions::kGrowthTo);
    return QStringLiteral("growth %1→%2").arg(from, to);
}

QString Report::table() const
{
    const QLocale &c = english();
    const QJsonObject &s = m_demo.summary;
    QString out;
    out += QStringLiteral("### libreta-bench: %1 debtors, %2\n\n")
               .arg(c.toString(m_demo.debtors), m_run.startedUtc.date().toString(Qt::ISODate));
    out += QStringLiteral("- Demo office: %1 debtors, %2 invoices, %3 payments, %4 calls, %5 promises, %6 follow-ups "
                          "(seed %7, as of %8; generated in %9 s%10)\n")
               .arg(c.toString(s.value(QStringLiteral("debtors")).toInteger()),
                    c.toString(s.value(QStringLiteral("invoices")).toInteger()),
                    c.toString(s.value(QStringLiteral("payments")).toInteger()),
                    c.toString(s.value(QStringLiteral("calls")).toInteger()),
                    c.toString(s.value(QStringLiteral("promises")).toInteger()),
                    c.toString(s.value(QStringLiteral("followups")).toInteger()))
               .arg(m_demo.seed)
               .arg(m_demo.date.toString(Qt::ISODate), number(m_demo.generatedSeconds),
                    m_demo.reused ? QStringLiteral(", reused") : QString());
    out += QStringLiteral("- Machine: %1\n").arg(m_run.machine.oneLine());
    out += QStringLiteral("- Runs: %1 per figure (search: %2 rounds of every keystroke; a pause of %3 ms before "
                          "each portfolio action and keystroke), %4 starts of each program; whole run %5 s\n\n")
               .arg(m_run.runs)
               .arg(m_run.searchRounds)
               .arg(m_run.pauseMs)
               .arg(m_run.startupRuns)
               .arg(number(m_run.seconds));
    out += QStringLiteral("| figure | median | p95 | floor (median) | × floor | target | result | %1 |\n")
               .arg(growthHeader());
    out += QStringLiteral("|---|--:|--:|--:|--:|---|---|--:|\n");
    int note = 0;
    for (const Figure &f : m_figures.figures()) {
        QString median = QStringLiteral("—"), p95 = median, floor = median, ratio = median, growth = median;
        QString result;
        if (f.state == Figure::State::Measured) {
            const Stats st = f.stats();
            median = withUnit(st.median, f.unit);
            p95 = withUnit(st.p95, f.unit);
            if (!f.floorSamples.isEmpty())
                floor = withUnit(f.floorStats().median, f.unit);
            if (const auto r = f.ratio())
                ratio = times(*r);
            const auto pass = f.passes();
            result = pass.value_or(false) ? QStringLiteral("pass") : QStringLiteral("**FAIL**");
            if (f.growth) {
                growth = times(*f.growth);
                if (const auto passes = f.growthPasses())
                    growth += *passes ? QStringLiteral(" pass") : QStringLiteral(" **FAIL**");
            }
            result += QStringLiteral(" [%1]").arg(++note);
        } else {
            result = f.state == Figure::State::Failed ? QStringLiteral("**ERROR**: ") + f.reason : f.reason;
        }
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                   .arg(f.label, median, p95, floor, ratio, f.target.text, result, growth);
    }
    return out + QLatin1Char('\n') + notes();
}

QString Report::notes() const
{
    QString out;
    int note = 0;
    for (const Figure &f : m_figures.figures()) {
        if (f.state != Figure::State::Measured)
            continue;
        out += QStringLiteral("%1. %2: %3").arg(++note).arg(f.label, f.detail);
        if (!f.floorLabel.isEmpty())
            out += QStringLiteral("; floor: %1").arg(f.floorLabel);
        if (!f.backgroundSamples.isEmpty()) {
            const Stats b = Stats::of(f.backgroundSamples);
            out += QStringLiteral("; not in the figure, left to another thread: %1, ready %2 median, %3 p95 "
                                  "after the action")
                       .arg(f.backgroundLabel, withUnit(b.median, f.unit), withUnit(b.p95, f.unit));
        }
        if (!f.passes().value_or(false))
            out += QStringLiteral(". **Held back by:** %1").arg(heldBackBy(f));
        if (f.growth && !f.growthPasses().value_or(true))
            out += QStringLiteral(". **Grows %1** from %2 to %3 debtors (%4)")
                       .arg(times(*f.growth), english().toString(m_growthBase), english().toString(m_demo.debtors),
                            f.growthSource);
        out += QStringLiteral(".\n");
    }
    return out;
}

QJsonObject Report::toJson() const
{
    QJsonArray figures;
    for (const Figure &f : m_figures.figures()) {
        QJsonObject o{{QStringLiteral("id"), f.id},
                      {QStringLiteral("label"), f.label},
                      {QStringLiteral("unit"), f.unit},
                      {QStringLiteral("state"), stateCode(f.state)},
                      {QStringLiteral("target"), QJsonObject{{QStringLiteral("text"), f.target.text},
                                                             {QStringLiteral("kind"), targetKind(f.target.kind)},
                                                             {QStringLiteral("value"), f.target.value}}}};
        if (!f.reason.isEmpty())
            o.insert(QStringLiteral("reason"), f.reason);
        if (f.state == Figure::State::Measured) {
            const Stats st = f.stats();
            o.insert(QStringLiteral("count"), st.count);
            o.insert(QStringLiteral("median"), rounded(st.median));
            o.insert(QStringLiteral("p95"), rounded(st.p95));
            o.insert(QStringLiteral("min"), rounded(st.min));
            o.insert(QStringLiteral("max"), rounded(st.max));
            o.insert(QStringLiteral("pass"), f.passes().value_or(false));
            o.insert(QStringLiteral("detail"), f.detail);
            if (!f.floorSamples.isEmpty()) {
                const Stats fl = f.floorStats();
                o.insert(QStringLiteral("floor"), QJsonObject{{QStringLiteral("what"), f.floorLabel},
                                                              {QStringLiteral("median"), rounded(fl.median)},
                                                              {QStringLiteral("p95"), rounded(fl.p95)}});
            }
            if (const auto r = f.ratio())
                o.insert(QStringLiteral("ratio_to_floor"), rounded(*r));
            if (!f.backgroundSamples.isEmpty()) {
                const Stats b = Stats::of(f.backgroundSamples);
                o.insert(QStringLiteral("background"), QJsonObject{{QStringLiteral("what"), f.backgroundLabel},
                                                                   {QStringLiteral("median"), rounded(b.median)},
                                                                   {QStringLiteral("p95"), rounded(b.p95)}});
            }
            if (f.growth) {
                QJsonObject g{{QStringLiteral("value"), rounded(*f.growth)},
                              {QStringLiteral("from_debtors"), m_growthBase},
                              {QStringLiteral("from_median"), rounded(*f.growthBaseMedian)},
                              {QStringLiteral("from_median_before"), rounded(f.growthBaseBefore)},
                              {QStringLiteral("from_median_after"), rounded(f.growthBaseAfter)},
                              {QStringLiteral("other_size_from"), f.growthSource}};
                if (const auto passes = f.growthPasses())
                    g.insert(QStringLiteral("pass"), *passes);
                o.insert(QStringLiteral("growth"), g);
            }
        }
        figures.append(o);
    }
    return {{QStringLiteral("bench"), QStringLiteral("libreta-bench")},
            {QStringLiteral("format"), 1},
            {QStringLiteral("debtors"), m_demo.debtors},
            {QStringLiteral("seed"), qint64(m_demo.seed)},
            {QStringLiteral("demo_date"), m_demo.date.toString(Qt::ISODate)},
            {QStringLiteral("demo"), m_demo.summary},
            {QStringLiteral("run_at"), m_run.startedUtc.toString(Qt::ISODate)},
            {QStringLiteral("run_seconds"), rounded(m_run.seconds)},
            {QStringLiteral("runs"), m_run.runs},
            {QStringLiteral("startup_runs"), m_run.startupRuns},
            {QStringLiteral("pause_ms"), m_run.pauseMs},
            {QStringLiteral("machine"), m_run.machine.toJson()},
            {QStringLiteral("figures"), figures}};
}

QString Report::save(const QString &resultsDir) const
{
    if (!QDir().mkpath(resultsDir))
        return {};
    const QString path = QDir(resultsDir).filePath(
        QStringLiteral("%1-%2.json").arg(m_demo.debtors).arg(m_run.startedUtc.date().toString(Qt::ISODate)));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(QJsonDocument(toJson()).toJson()) < 0)
        return {};
    return path;
}

} // namespace libreta::bench
