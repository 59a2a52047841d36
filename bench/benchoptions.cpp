#include "benchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

namespace libreta::bench {
namespace {

const QSet<QString> kGroups = {QStringLiteral("startup"), QStringLiteral("queries"), QStringLiteral("writes"),
                               QStringLiteral("import")};

QString besideMe(const QString &built, const QString &name)
{
    if (!built.isEmpty() && QFileInfo::exists(built))
        return built;
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

void complain(const QString &text) { std::fprintf(stderr, "libreta-bench: %s\n", qPrintable(text)); }

} // namespace

std::optional<BenchOptions> BenchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Speed and memory of Libreta on a demo office of N debtors, each figure against a floor measured in "
        "the same run. Prints one table and writes it as JSON."));
    p.addHelpOption();
    const QCommandLineOption debtors(QStringLiteral("debtors"), QStringLiteral("Size of the demo office (10000, 100000, 1000000)."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the demo data (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Where demo files are kept and reused (default: the user's cache folder)."), QStringLiteral("DIR"));
    const QCommandLineOption resultsDir(QStringLiteral("results-dir"), QStringLiteral("Where the JSON results go (default: bench/results in the source tree)."), QStringLiteral("DIR"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per figure (default 30)."), QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption startupRuns(QStringLiteral("startup-runs"), QStringLiteral("Timed starts of the app and of the floor window (default 7)."), QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption skip(QStringLiteral("skip"), QStringLiteral("Leave out groups: startup, queries, writes, import (comma-separated)."), QStringLiteral("LIST"));
    const QCommandLineOption regenerate(QStringLiteral("regenerate"), QStringLiteral("Make the demo file again even if one is kept."));
    const QCommandLineOption failOnTarget(QStringLiteral("fail-on-target"), QStringLiteral("Exit with 3 when a measured figure misses its target."));
    const QCommandLineOption sweep(QStringLiteral("sweep"), QStringLiteral("Instead of the figures, time the portfolio's sorts, filters and searches combined, and list those slower than a frame."));
    const QCommandLineOption growthBase(QStringLiteral("growth-base"), QStringLiteral("Also time the portfolio, search, agenda and writes at N debtors, just before and after this size's, and show how far each grew from there (default: 10000 for a run at 1000000; 0 for none)."), QStringLiteral("N"));
    const QCommandLineOption pause(QStringLiteral("pause"), QStringLiteral("Milliseconds of a user's pause before each click or keystroke of the portfolio's figures, not timed (default 30; 0 times them back to back)."), QStringLiteral("MS"), QString::number(BenchOptions::kDefaultPauseMs));
    const QCommandLineOption app(QStringLiteral("app"), QStringLiteral("The libreta executable to start (default: the one built with the bench)."), QStringLiteral("PATH"));
    const QCommandLineOption floorWindow(QStringLiteral("floor-window"), QStringLiteral("The bare-window floor executable."), QStringLiteral("PATH"));
    p.addOptions({debtors, seed, dataDir, resultsDir, runs, startupRuns, skip, regenerate, failOnTarget, sweep, growthBase, pause, app, floorWindow});
    if (!p.parse(arguments)) {
        complain(p.errorText());
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);

    BenchOptions o;
    bool ok = false;
    o.debtors = p.value(debtors).toInt(&ok);
    if (!ok || o.debtors < 100) {
        complain(QStringLiteral("--debtors N is needed, N at least 100 (the sizes used are 10000, 100000 and 1000000)."));
        return std::nullopt;
    }
    o.seed = p.value(seed).toUInt(&ok);
    if (!ok || o.seed == 0) {
        complain(QStringLiteral("--seed must be a positive number."));
        return std::nullopt;
    }
    o.runs = p.value(runs).toInt(&ok);
    if (!ok || o.runs < 1) {
        complain(QStringLiteral("--runs must be at least 1."));
        return std::nullopt;
    }
    o.startupRuns = p.value(startupRuns).toInt(&ok);
    if (!ok || o.startupRuns < 1) {
        complain(QStringLiteral("--startup-runs must be at least 1."));
        return std::nullopt;
    }
    for (const QString &group : p.value(skip).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!kGroups.contains(group.trimmed())) {
            complain(QStringLiteral("--skip knows startup, queries, writes and import, not \"%1\".").arg(group));
            return std::nullopt;
        }
        o.skip.insert(group.trimmed());
    }
    o.growthBase = o.debtors == kGrowthTo ? kGrowthFrom : 0;
    if (p.isSet(growthBase)) {
        o.growthBase = p.value(growthBase).toInt(&ok);
        if (!ok || (o.growthBase != 0 && (o.growthBase < 100 || o.growthBase >= o.debtors))) {
            complain(QStringLiteral("--growth-base must be 0 or a size of at least 100, smaller than --debtors."));
            return std::nullopt;
        }
    }
    o.pauseMs = p.value(pause).toInt(&ok);
    if (!ok || o.pauseMs < 0 || o.pauseMs > 10000) {
        complain(QStringLiteral("--pause must be between 0 and 10000 milliseconds."));
        return std::nullopt;
    }
    o.dataDir = p.isSet(dataDir) ? p.value(dataDir)
                                 : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                                       .filePath(QStringLiteral("libreta-bench"));
    o.resultsDir = p.isSet(resultsDir) ? p.value(resultsDir) : QStringLiteral(LIBRETA_BENCH_RESULTS_DIR);
    o.regenerate = p.isSet(regenerate);
    o.failOnTarget = p.isSet(failOnTarget);
    o.sweep = p.isSet(sweep);
    o.appPath = p.isSet(app) ? p.value(app) : besideMe(QStringLiteral(LIBRETA_APP_PATH), QStringLiteral("libreta"));
    o.floorWindowPath = p.isSet(floorWindow) ? p.value(floorWindow)
                                             : besideMe(QStringLiteral(LIBRETA_FLOOR_WINDOW_PATH),
                                                        QStringLiteral("libreta-bench-floor-window"));
    return o;
}

} // namespace libreta::bench
