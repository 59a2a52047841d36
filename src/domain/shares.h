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

} // namespace libreta::domain
