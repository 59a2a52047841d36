#pragma once

#include "democache.h"

namespace libreta::bench {

// libreta-bench --sweep: every sort of the portfolio, both ways, with each
// filter alone (and one pair) and a few searches, read through
// store::PortfolioRepository as the portfolio reads it, on the demo file.
// The figures time one sort, one filter and one search; a supervisor
// combines them. Prints the combinations whose first page, the same page
// again or the next page took longer than a frame (16 ms), slowest first,
// and how many there were. Not part of the table: it finds where to look.
class PortfolioSweep final {
public:
    explicit PortfolioSweep(DemoFile demo) : m_demo(std::move(demo)) {}
    // Returns the number of combinations over a frame.
    int run();

private:
    DemoFile m_demo;
};

} // namespace libreta::bench
