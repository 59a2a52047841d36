#include "startupbench.h"

#include "catalogue.h"
#include "democache.h"
#include "stats.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <chrono>
#include <exception>
#include <stdexcept>

namespace libreta::bench {
namespace {

constexpr int kStartTimeoutMs = 180 * 1000;

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

StartupBench::Start StartupBench::start(const QString &program, const QStringList &arguments) const
{
    if (!QFileInfo(program).isExecutable())
        throw std::runtime_error("cannot start " + program.toStdString());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // With no display at all the children paint offscreen (a CI machine).
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")) &&
        !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 startedNs = steadyNowNs();
    child.start(program, arguments);
    if (!child.waitForFinished(kStartTimeoutMs)) {
        child.kill();
        child.waitForFinished();
        throw std::runtime_error(QFileInfo(program).fileName().toStdString() + " did not paint and quit in time");
    }
    // Both programs print the same line: the steady clock when the window
    // had painted (the parent's clock: same machine, same CLOCK_MONOTONIC)
    // and VmRSS then.
    static const QRegularExpression line(QStringLiteral("libreta-bench-startup painted_ns=(\\d+) rss_kib=(\\d+)"));
    static const QRegularExpression settledLine(QStringLiteral("libreta-bench-settled rss_kib=(\\d+)"));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const auto match = line.match(output);
    const auto settled = settledLine.match(output);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || !match.hasMatch())
        throw std::runtime_error(QFileInfo(program).fileName().toStdString() +
                                 " did not report its first paint: " +
                                 QString::fromUtf8(child.readAllStandardError()).right(400).toStdString());
    Start s;
    s.ms = double(match.captured(1).toLongLong() - startedNs) / 1e6;
    s.rssMiB = double(match.captured(2).toLongLong()) / 1024.0;
    s.settledMiB = settled.hasMatch() ? double(settled.captured(1).toLongLong()) / 1024.0 : s.rssMiB;
    return s;
}

void StartupBench::run(Catalogue &figures)
{
    Figure &startup = figures[QStringLiteral("startup_first_paint")];
    Figure &memory = figures[QStringLiteral("rss_portfolio_shown")];
    const QStringList appArguments{QStringLiteral("--bench-startup"), QStringLiteral("--section"),
                                   QStringLiteral("1"), m_demo.path};
    const QStringList floorArguments{m_demo.path};
    try {
        // One untimed start of each: the libraries come into memory once,
        // as after any earlier use of the machine.
        start(m_appPath, appArguments);
        start(m_floorPath, floorArguments);
        QList<double> atPaint;
        for (int i = 0; i < m_runs; ++i) {
            const Start app = start(m_appPath, appArguments);
            const Start floor = start(m_floorPath, floorArguments);
            startup.samples.append(app.ms);
            startup.floorSamples.append(floor.ms);
            memory.samples.append(app.settledMiB);
            atPaint.append(app.rssMiB);
            memory.floorSamples.append(floor.rssMiB);
        }
        startup.state = memory.state = Figure::State::Measured;
        startup.detail = QStringLiteral("a new process each run, the portfolio section shown, files already in the "
                                        "system's cache after one untimed start");
        // Two seconds on, not at the paint: the portfolio's count and total
        // run on a connection of their own beside it; at a million debtors
        // they took the app from 60.5 to 73.8 MiB before that connection's
        // cache was cut (Database::keepSmallCache), 49.4 at both since.
        memory.detail = QStringLiteral("VmRSS of the app two seconds after its first paint, the portfolio section "
                                       "shown and its count and total done (%1 MiB median at the paint itself)")
                            .arg(Stats::of(atPaint).median, 0, 'f', 1);
    } catch (const std::exception &e) {
        for (Figure *f : {&startup, &memory}) {
            f->state = Figure::State::Failed;
            f->reason = QString::fromUtf8(e.what());
        }
    }
    startup.floorLabel = QStringLiteral("a bare Qt Widgets window that opens the same file and paints once");
    memory.floorLabel = QStringLiteral("the bare window's VmRSS");
}

} // namespace libreta::bench
