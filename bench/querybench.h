#pragma once

#include "domain/panelperiod.h"

namespace libreta::store {
class Database;
}

namespace libreta::bench {

class Catalogue;
class FloorMeasure;
struct DemoFile;
struct Figure;

// The screens' reads, timed through the app's own item models (what a user
// waits for: the store's query, the rows made into lines, the summary) on
// the demo file, each against the same SQL through the C API.
class QueryBench final {
public:
    // `pauseMs`: the user's pause before each portfolio action (see
    // BenchOptions::kDefaultPauseMs).
    QueryBench(const DemoFile &demo, int runs, int searchRounds, int pauseMs)
        : m_demo(demo), m_runs(runs), m_searchRounds(searchRounds), m_pauseMs(pauseMs)
    {
    }
    void run(Catalogue &figures);

private:
    void measureDebtorFile(store::Database &db, FloorMeasure &measure, Figure &file);
    void measurePanel(store::Database &db, FloorMeasure &measure, Figure &panel,
                      domain::PanelPeriod period);

    const DemoFile &m_demo;
    int m_runs;
    int m_searchRounds;
    int m_pauseMs;
};

} // namespace libreta::bench
