#pragma once

#include "stats.h"

#include <QString>

#include <optional>

namespace libreta::bench {

// What a figure must reach, in the words of issue 6.
struct Target {
    enum class Kind { MedianAtMost, P95AtMost, RatioToFloorAtMost, RatioToFloorAtLeast };
    Kind kind = Kind::MedianAtMost;
    double value = 0;
    QString text;  // as the table shows it: "≤ 16 ms", "≤ 4 × floor"
};

// One line of the table: a measured figure, or one that cannot be measured
// yet and says why. Targets are never lowered to make a line pass.
struct Figure {
    enum class State { Measured, NotMeasured, Failed, Skipped };

    QString id;     // stable key in the JSON ("portfolio_first_page")
    QString label;  // what it measures, in words
    QString unit = QStringLiteral("ms");
    bool interactive = false;  // growth 10k -> 1M applies
    Target target;

    State state = State::NotMeasured;
    QString reason;  // why not measured, or what failed
    QList<double> samples;
    QString floorLabel;  // what the floor is
    QList<double> floorSamples;
    QList<double> backgroundSamples;  // when work left on another thread ended, from the action's start
    QString backgroundLabel;          // what that work is
    QString detail;  // what the runs showed beside the times (items, slowest statement)
    QString slowestStatement;  // the floor's slowest statement, shortened
    double slowestMs = 0;      // its median
    std::optional<double> growth;            // this median over the smaller office's, when both exist
    std::optional<double> growthBaseMedian;  // the smaller office's: the mean of the two below
    double growthBaseBefore = 0;             // its median just before this figure's runs
    double growthBaseAfter = 0;              // and just after them
    bool growthJudged = false;               // the sizes are the target's (10k -> 1M)
    QString growthSource;                    // how the smaller office was timed

    Stats stats() const { return Stats::of(samples); }
    Stats floorStats() const { return Stats::of(floorSamples); }
    std::optional<double> ratio() const;
    // Whether the measured figure meets its target (nullopt: not measured).
    std::optional<bool> passes() const;
    // Whether it grew at most kGrowthLimit, judged only between the target's
    // sizes (nullopt otherwise, or without a growth).
    std::optional<bool> growthPasses() const;
    static constexpr double kGrowthLimit = 2.0;
};

} // namespace libreta::bench
