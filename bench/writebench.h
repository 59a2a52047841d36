#pragma once

#include <QString>

namespace libreta::bench {

class Catalogue;
struct DemoFile;

// What changes the file, through the services (WorkQueueService::next,
// which claims the debtor it answers; PaymentService::post;
// CallService::commit), durable, on a copy of the demo file so the kept
// file stays as generated. The floor replays the same statements on a
// second copy that stays in step with the first.
class WriteBench final {
public:
    WriteBench(const DemoFile &demo, const QString &scratchDir, int runs)
        : m_demo(demo), m_scratchDir(scratchDir), m_runs(runs)
    {
    }
    void run(Catalogue &figures);

private:
    const DemoFile &m_demo;
    QString m_scratchDir;
    int m_runs;
};

} // namespace libreta::bench
