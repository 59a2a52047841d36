#include "figure.h"

namespace libreta::bench {

std::optional<double> Figure::ratio() const
{
    if (state != State::Measured || samples.isEmpty() || floorSamples.isEmpty())
        return std::nullopt;
    const double floor = floorStats().median;
    if (floor <= 0)
        return std::nullopt;
    return stats().median / floor;
}

std::optional<bool> Figure::passes() const
{
    if (state != State::Measured || samples.isEmpty())
        return std::nullopt;
    const Stats s = stats();
    switch (target.kind) {
    case Target::Kind::MedianAtMost: return s.median <= target.value;
    case Target::Kind::P95AtMost: return s.p95 <= target.value;
    case Target::Kind::RatioToFloorAtMost:
        if (const auto r = ratio())
            return *r <= target.value;
        return std::nullopt;
    case Target::Kind::RatioToFloorAtLeast:
        if (const auto r = ratio())
            return *r >= target.value;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<bool> Figure::growthPasses() const
{
    if (!growth || !growthJudged)
        return std::nullopt;
    return *growth <= kGrowthLimit;
}

} // namespace libreta::bench
