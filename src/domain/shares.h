#pragma once

#include <QList>

namespace libreta::domain {

// Each part's share of their sum in whole percent, adding up to exactly 100:
// each share rounded down, then the points left over go one each to the
// parts that lost most to the rounding (the earlier part on a tie). A
// breakdown beside its total of 100 % must add up to it; rounding each
// share alone can leave it at 96 %. Empty when the sum is not positive or
// a part is negative: there is no breakdown to show then.
QList<int> wholePercentShares(const QList<qint64> &parts);

// A rate in whole percent, rounded to the nearest (half up), as a
// calculator would give it, except at the ends: 100 only when the part is
// the whole and 0 only when it is nothing, so 199 of 200 reads 99 % and 1
// of 300 reads 1 %. `whole` must be positive and `part` not negative; a
// part above the whole reads above 100 (a target passed: 201 %).
int wholePercentOf(qint64 part, qint64 whole);

} // namespace libreta::domain
