#pragma once

#include "machineinfo.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace libreta::bench {

class Catalogue;
struct DemoFile;

// What a run was: the file, the machine, how many runs.
struct RunInfo {
    QDateTime startedUtc;
    MachineInfo machine;
    int runs = 0;
    int searchRounds = 0;
    int startupRuns = 0;
    double seconds = 0;  // the whole run, generation included
};

// The table on stdout (Markdown, so docs/performance.md can hold it as it
// is) and the same figures as JSON under bench/results/.
class Report final {
public:
    Report(const RunInfo &run, const DemoFile &demo, Catalogue &figures)
        : m_run(run), m_demo(demo), m_figures(figures)
    {
    }

    // Growth 10k -> 1M, in a run at 1,000,000: its median over the median in
    // the newest results file at 10,000 (run 10,000 first, same build).
    void addGrowth(const QString &resultsDir);
    QString table() const;
    QJsonObject toJson() const;
    // Writes <dir>/<debtors>-<date>.json; returns its path (empty on failure).
    QString save(const QString &resultsDir) const;

    static constexpr int kSmall = 10000;
    static constexpr int kLarge = 1000000;

private:
    QString notes() const;

    RunInfo m_run;
    const DemoFile &m_demo;
    Catalogue &m_figures;
};

} // namespace libreta::bench
