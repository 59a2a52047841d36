#pragma once

#include <QString>

namespace libreta::bench {

class Catalogue;
struct DemoFile;

// Starts the real `libreta` as a child process on the demo file, again and
// again, and times it from before the start to the first painted main window
// (the app reports that moment and its resident memory when given the
// hidden --bench-startup option). The floor is a bare Qt Widgets window that
// opens the same file and paints once, started the same way in turn.
class StartupBench final {
public:
    StartupBench(const DemoFile &demo, QString appPath, QString floorPath, int runs)
        : m_demo(demo), m_appPath(std::move(appPath)), m_floorPath(std::move(floorPath)), m_runs(runs)
    {
    }
    void run(Catalogue &figures);

private:
    struct Start {
        double ms = 0;
        double rssMiB = 0;     // at the first paint
        double settledMiB = 0; // two seconds later (the app only; else as at the paint)
    };
    Start start(const QString &program, const QStringList &arguments) const;

    const DemoFile &m_demo;
    QString m_appPath;
    QString m_floorPath;
    int m_runs;
};

} // namespace libreta::bench
