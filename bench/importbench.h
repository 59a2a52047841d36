#pragma once

#include <QString>

namespace libreta::bench {

class Catalogue;
struct DemoFile;

// The CSV import figure (issue 7): the demo office's invoices written to a
// CSV file as an accounting system would send them, imported through
// services::ImportService::run into a copy of the office that has its
// debtors and no invoices yet, in rows per second. The floor is the sqlite3
// shell's `.import` of the same file into a bare table with the same
// columns, on the same disk, alternating with the app's runs.
class ImportBench final {
public:
    ImportBench(const DemoFile &demo, const QString &scratchDir, int runs)
        : m_demo(demo), m_scratchDir(scratchDir), m_runs(runs)
    {
    }
    void run(Catalogue &figures);

    // Each import of a million-debtor office moves gigabytes: a few runs say
    // as much as thirty.
    static int importRuns(int runs);

private:
    const DemoFile &m_demo;
    QString m_scratchDir;
    int m_runs;
};

} // namespace libreta::bench
