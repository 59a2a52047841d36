#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace libreta::bench {

struct BenchOptions;

// The demo office a run measures.
struct DemoFile {
    QString path;
    QDate date;  // the day the office is at: its agenda is that day's
    int debtors = 0;
    quint32 seed = 1;
    QJsonObject summary;  // rows per table, as the generator counted them
    double generatedSeconds = 0;
    bool reused = false;
};

// Makes the demo office once per size and seed, through the same generator
// as `libreta-cli demo` (services::generateDemo), and keeps it in the data
// folder: demo-<N>-seed<S>.sqlite with a .json beside it written only when
// the file is complete. The file is migrated on open like any other, and
// never written to by the figures (writes run on copies).
class DemoCache final {
public:
    // Throws std::runtime_error (or store::StoreError) when it cannot.
    static DemoFile ensure(const BenchOptions &options);
};

} // namespace libreta::bench
