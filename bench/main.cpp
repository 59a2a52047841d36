// libreta-bench --debtors N: speed and memory of Libreta on a demo office of
// N debtors, each figure against a floor measured in the same run on the same
// machine (issue 6). Prints one table and writes it as JSON under
// bench/results/. Exit: 0 measured, 1 a measurement could not be made,
// 2 usage, 3 a target was missed (only with --fail-on-target).

#include "benchoptions.h"
#include "catalogue.h"
#include "democache.h"
#include "importbench.h"
#include "machineinfo.h"
#include "portfoliosweep.h"
#include "querybench.h"
#include "report.h"
#include "sqltrace.h"
#include "startupbench.h"
#include "writebench.h"
#include "platform/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>
#include <exception>
#include <functional>

using namespace libreta::bench;

namespace {

void say(const QString &text) { std::fprintf(stderr, "%s\n", qPrintable(text)); }

void skip(Catalogue &figures, const QStringList &ids, const QString &group)
{
    for (const QString &id : ids) {
        figures[id].state = Figure::State::Skipped;
        figures[id].reason = QStringLiteral("skipped (--skip %1)").arg(group);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Libreta"));
    QCoreApplication::setApplicationName(QStringLiteral("libreta-bench"));
    const auto options = BenchOptions::parse(QCoreApplication::arguments());
    if (!options)
        return 2;
    libreta::platform::setUpLogging(QStringLiteral("libreta-bench"), false);
    QElapsedTimer clock;
    clock.start();

    RunInfo run;
    run.startedUtc = QDateTime::currentDateTimeUtc();
    run.machine = MachineInfo::current();
    run.runs = options->runs;
    run.searchRounds = options->searchRounds();
    run.startupRuns = options->startupRuns;
    run.pauseMs = options->pauseMs;

    DemoFile demo;
    try {
        SqlTrace::install();  // before the store opens any connection
        demo = DemoCache::ensure(*options);
    } catch (const std::exception &e) {
        say(QStringLiteral("libreta-bench: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }

    if (options->sweep) {
        say(QStringLiteral("Reading the portfolio in every sort, with each filter and search…"));
        PortfolioSweep(demo).run();
        return 0;
    }

    Catalogue figures;
    if (options->skip.contains(QStringLiteral("startup"))) {
        skip(figures, {QStringLiteral("startup_first_paint"), QStringLiteral("rss_portfolio_shown")},
             QStringLiteral("startup"));
    } else {
        say(QStringLiteral("Starting libreta and the bare window %1 times each…").arg(options->startupRuns));
        StartupBench(demo, options->appPath, options->floorWindowPath, options->startupRuns).run(figures);
    }
    // The smaller office of the growth column, timed just before and just
    // after each group of this size's interactive figures, so that both
    // sizes meet the same machine.
    DemoFile base;
    Catalogue baseBefore;
    Catalogue baseAfter;
    if (options->growthBase > 0 &&
        !(options->skip.contains(QStringLiteral("queries")) && options->skip.contains(QStringLiteral("writes")))) {
        try {
            BenchOptions baseOptions = *options;
            baseOptions.debtors = options->growthBase;
            baseOptions.regenerate = false;
            base = DemoCache::ensure(baseOptions);
        } catch (const std::exception &e) {
            say(QStringLiteral("libreta-bench: %1").arg(QString::fromUtf8(e.what())));
            return 1;
        }
    }
    const auto bracketed = [&](const std::function<void(const DemoFile &, Catalogue &)> &time) {
        if (!base.path.isEmpty()) {
            // A process's first group ran slower than its later ones (up to
            // half again, floors included), which would have flattered the
            // growth: one untimed group first.
            Catalogue warmUp;
            time(base, warmUp);
            time(base, baseBefore);
        }
        time(demo, figures);
        if (!base.path.isEmpty())
            time(base, baseAfter);
    };

    if (options->skip.contains(QStringLiteral("queries"))) {
        skip(figures, {QStringLiteral("portfolio_first_page"), QStringLiteral("portfolio_resort"),
                       QStringLiteral("portfolio_filter"), QStringLiteral("search_keystroke"),
                       QStringLiteral("agenda_day"), QStringLiteral("debtor_file"), QStringLiteral("panel_month"),
                       QStringLiteral("panel_year")},
             QStringLiteral("queries"));
    } else {
        say(QStringLiteral("Timing the portfolio, search and agenda…"));
        bracketed([&](const DemoFile &office, Catalogue &into) {
            QueryBench(office, options->runs, options->searchRounds(), options->pauseMs).run(into);
        });
    }
    if (options->skip.contains(QStringLiteral("writes"))) {
        skip(figures, {QStringLiteral("next_call"), QStringLiteral("post_payment"), QStringLiteral("commit_call")},
             QStringLiteral("writes"));
    } else {
        say(QStringLiteral("Timing the work queue and durable writes on copies of the file…"));
        bracketed([&](const DemoFile &office, Catalogue &into) {
            const QString scratch = QDir(options->dataDir)
                                        .filePath(QStringLiteral("scratch-%1-%2")
                                                      .arg(office.debtors)
                                                      .arg(QCoreApplication::applicationPid()));
            WriteBench(office, scratch, options->runs).run(into);
        });
    }

    if (options->skip.contains(QStringLiteral("import"))) {
        skip(figures, {QStringLiteral("csv_import")}, QStringLiteral("import"));
    } else {
        say(QStringLiteral("Timing the CSV import of the demo's invoices against the sqlite3 shell…"));
        const QString scratch = QDir(options->dataDir)
                                    .filePath(QStringLiteral("import-%1").arg(QCoreApplication::applicationPid()));
        ImportBench(demo, scratch, options->runs).run(figures);
    }

    run.seconds = double(clock.elapsed()) / 1000.0;
    Report report(run, demo, figures);
    if (!base.path.isEmpty())
        report.addGrowth(baseBefore, baseAfter, base.debtors);
    std::fputs(qPrintable(report.table()), stdout);
    std::fflush(stdout);
    const QString saved = report.save(options->resultsDir);
    if (saved.isEmpty()) {
        say(QStringLiteral("libreta-bench: could not write the results into %1").arg(options->resultsDir));
        return 1;
    }
    say(QStringLiteral("Results written to %1").arg(QDir::toNativeSeparators(saved)));

    bool failed = false;
    bool missed = false;
    for (const Figure &f : figures.figures()) {
        failed = failed || f.state == Figure::State::Failed;
        missed = missed || (f.state == Figure::State::Measured &&
                            (!f.passes().value_or(false) || !f.growthPasses().value_or(true)));
    }
    if (failed)
        return 1;
    return options->failOnTarget && missed ? 3 : 0;
}
