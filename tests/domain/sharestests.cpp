#include "domain/shares.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace libreta::domain;

TEST_CASE("Whole percent shares add up to 100 and go to the parts rounding took most from", "[domain][shares]")
{
    // The Panel's aging as it was seen: each share rounded down gave 96 %.
    const QList<qint64> aging = {1230, 1430, 1480, 993, 1890, 2980};
    const QList<int> shares = wholePercentShares(aging);
    CHECK(shares == QList<int>{12, 14, 15, 10, 19, 30});
    CHECK(std::accumulate(shares.cbegin(), shares.cend(), 0) == 100);
    // Exact shares stay as they are; a tie goes to the earlier part.
    CHECK(wholePercentShares({1, 1, 2}) == QList<int>{25, 25, 50});
    CHECK(wholePercentShares({1, 1, 1}) == QList<int>{34, 33, 33});
    // An empty bucket keeps 0 %, and one part is the whole.
    CHECK(wholePercentShares({0, 5}) == QList<int>{0, 100});
    // Nothing to share out.
    CHECK(wholePercentShares({0, 0}).isEmpty());
    CHECK(wholePercentShares({5, -1}).isEmpty());
    CHECK(wholePercentShares({}).isEmpty());
}
