#pragma once

#include <QSet>
#include <QString>

#include <algorithm>
#include <optional>

namespace libreta::bench {

// libreta-bench's command line.
struct BenchOptions {
    int debtors = 0;
    quint32 seed = 1;
    QString dataDir;     // where demo files are kept between runs
    QString resultsDir;  // where the JSON goes
    int runs = 30;       // timed runs per interactive figure
    int startupRuns = 7;
    QSet<QString> skip;  // "startup", "queries", "writes", "import"
    bool regenerate = false;
    bool failOnTarget = false;
    bool sweep = false;  // the portfolio's sorts, filters and searches combined, not the figures
    // The size whose interactive figures are timed in the same run, just
    // before and just after this size's, for the growth column (0: none).
    // By default 10,000 for a run at 1,000,000: the target's two sizes.
    int growthBase = 0;
    // Milliseconds a user leaves before each click or keystroke the portfolio
    // figures time (not timed). See kDefaultPauseMs.
    int pauseMs = kDefaultPauseMs;
    QString appPath;
    QString floorWindowPath;

    // Prints usage or the problem to stderr and returns nullopt when the
    // command line is wrong.
    static std::optional<BenchOptions> parse(const QStringList &arguments);
    // The growth target's two sizes (issue 6): from 10,000 to 1,000,000.
    static constexpr int kGrowthFrom = 10000;
    static constexpr int kGrowthTo = 1000000;
    // Between two keystrokes the processor goes cold: at a million debtors
    // the screen waits on its idle thread for the count (ui::SummaryCounter),
    // at 10,000 the count runs in line and the next keystroke came straight
    // after, warm, which made the growth a measure of that difference. 30 ms
    // is shorter than anyone types (a fast typist leaves 100 ms or more) and
    // long enough: 5 ms left a keystroke half as warm.
    static constexpr int kDefaultPauseMs = 30;

    // Search as you type is timed in rounds of every keystroke: a third as many.
    int searchRounds() const { return std::max(2, runs / 3); }
};

} // namespace libreta::bench
