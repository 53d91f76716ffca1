// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>

#include <array>
#include <cstdint>

namespace sb {

// Response times in fixed, roughly logarithmic buckets (1 ms to 60 s, then overflow): cheap to
// add to, to merge and to store per minute, and good enough for p50/p95/p99, whose error is at
// most the width of the bucket they fall in. The engine's stats, /metrics and the dashboard's
// roll-ups all use these same bounds.
class LatencyHistogram
{
public:
    static constexpr std::array<int, 28> UpperBoundsMs{
        1,   2,   3,    5,    7,    10,   15,   20,    30,    50,    70,    100,   150,   200,
        300, 500, 700,  1000, 1500, 2000, 3000, 5000,  7000,  10000, 15000, 20000, 30000, 60000};
    static constexpr int BucketCount = static_cast<int>(UpperBoundsMs.size()) + 1; // + overflow

    void add(double ms, std::uint64_t count = 1);
    // The bucket `ms` falls in: the first whose upper bound is at least `ms`, else overflow.
    static int bucketOf(double ms);
    // `count` samples known only by their bucket (the engine's per-minute roll-ups).
    void addToBucket(int index, std::uint64_t count);
    void merge(const LatencyHistogram &other);

    std::uint64_t total() const { return m_total; }
    std::uint64_t bucket(int index) const { return m_counts.at(static_cast<size_t>(index)); }
    double sumMs() const { return m_sumMs; }

    // The latency below which `quantile` (0–1) of the samples fall, interpolated inside the
    // bucket; 0 when empty. The overflow bucket reports its lower bound.
    double percentile(double quantile) const;

    // [count per bucket], for storage and the API.
    QJsonArray toJson() const;
    static LatencyHistogram fromJson(const QJsonArray &counts);

    bool operator==(const LatencyHistogram &) const = default;

private:
    static double midpointMs(int index);

    std::array<std::uint64_t, BucketCount> m_counts{};
    std::uint64_t m_total = 0;
    double m_sumMs = 0;
};

} // namespace sb
