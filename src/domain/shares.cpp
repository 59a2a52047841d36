#include "domain/shares.h"

#include <algorithm>
#include <numeric>

namespace libreta::domain {

QList<int> wholePercentShares(const QList<qint64> &parts)
{
    qint64 sum = 0;
    for (const qint64 part : parts) {
        if (part < 0)
            return {};
        sum += part;
    }
    if (sum <= 0)
        return {};
    QList<int> shares;
    QList<qint64> lost;  // what rounding down took, in hundredths of `sum`
    int given = 0;
    for (const qint64 part : parts) {
        // Within qint64: a part of a money total is far below 2^63 / 100.
        shares.append(int(part * 100 / sum));
        lost.append(part * 100 % sum);
        given += shares.last();
    }
    QList<int> order(parts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&lost](int a, int b) { return lost[a] > lost[b]; });
    for (int i = 0; given < 100 && i < order.size(); ++i, ++given)
        ++shares[order[i]];
    return shares;
}

int wholePercentOf(qint64 part, qint64 whole)
{
    const qint64 nearest = (part * 200 + whole) / (whole * 2);
    if (part > 0 && nearest == 0)
        return 1;
    if (part < whole && nearest >= 100)
        return 99;
    return int(nearest);
}

} // namespace libreta::domain
