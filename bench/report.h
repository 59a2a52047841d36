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
    int pauseMs = 0;     // before each portfolio action
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

    // Growth from a smaller office whose figures were timed in this same run,
    // just before and just after these (see --growth-base): each interactive
    // figure's median over the mean of the smaller office's two medians,
    // what it would have taken in between if the machine drifted evenly.
    // Two runs made apart would divide one hour's machine by another's.
    void addGrowth(const Catalogue &before, const Catalogue &after, int baseDebtors);
    QString table() const;
    QJsonObject toJson() const;
    // Writes <dir>/<debtors>-<date>.json; returns its path (empty on failure).
    QString save(const QString &resultsDir) const;

private:
    QString notes() const;

    QString growthHeader() const;

    RunInfo m_run;
    int m_growthBase = 0;
    const DemoFile &m_demo;
    Catalogue &m_figures;
};

} // namespace libreta::bench
