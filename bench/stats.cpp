#include "stats.h"

#include <algorithm>
#include <cmath>

namespace libreta::bench {

Stats Stats::of(QList<double> samples)
{
    Stats s;
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    s.count = int(n);
    s.min = samples.first();
    s.max = samples.last();
    s.median = n % 2 == 1 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
    const auto rank = qsizetype(std::ceil(0.95 * double(n)));
    s.p95 = samples.at(std::clamp<qsizetype>(rank - 1, 0, n - 1));
    return s;
}

} // namespace libreta::bench
