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

TEST_CASE("A rate in whole percent is the nearest, never a full 100 or a bare 0 it is not", "[domain][shares]")
{
    // Seen on the Panel: 30 of 77 is 38.96 %, read 38 % when rounded down.
    CHECK(wholePercentOf(30, 77) == 39);
    CHECK(wholePercentOf(186, 554) == 34);
    CHECK(wholePercentOf(8, 13) == 62);
    CHECK(wholePercentOf(1, 8) == 13);  // 12.5: half up
    CHECK(wholePercentOf(1, 3) == 33);
    // The ends.
    CHECK(wholePercentOf(199, 200) == 99);
    CHECK(wholePercentOf(1, 300) == 1);
    CHECK(wholePercentOf(0, 7) == 0);
    CHECK(wholePercentOf(7, 7) == 100);
    // Past the whole (a target passed).
    CHECK(wholePercentOf(860335, 427000) == 201);
}
