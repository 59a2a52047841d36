#pragma once

#include <QList>

namespace libreta::bench {

// What a list of timings (or sizes) says: the median for the typical case,
// the 95th percentile for the slow ones a user still meets.
struct Stats {
    int count = 0;
    double median = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;

    // Nearest-rank percentiles: with few runs p95 is the slowest run, never
    // an interpolated value nobody measured.
    static Stats of(QList<double> samples);
};

} // namespace libreta::bench
