// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencyhistogram.h"

#include <algorithm>
#include <cmath>

namespace sb {

int LatencyHistogram::bucketOf(double ms)
{
    if (!std::isfinite(ms) || ms < 0)
        ms = 0;
    const auto it = std::lower_bound(UpperBoundsMs.begin(), UpperBoundsMs.end(), ms,
                                     [](int bound, double value) { return bound < value; });
    return static_cast<int>(it - UpperBoundsMs.begin());
}

void LatencyHistogram::add(double ms, std::uint64_t count)
{
    if (!std::isfinite(ms) || ms < 0)
        ms = 0;
    m_counts[static_cast<size_t>(bucketOf(ms))] += count;
    m_total += count;
    m_sumMs += ms * static_cast<double>(count);
}

void LatencyHistogram::addToBucket(int index, std::uint64_t count)
{
    if (index < 0 || index >= BucketCount)
        return;
    m_counts[static_cast<size_t>(index)] += count;
    m_total += count;
    m_sumMs += static_cast<double>(count) * midpointMs(index); // the sum is not known from a bucket
}

double LatencyHistogram::midpointMs(int index)
{
    const double lower = index == 0 ? 0.0 : UpperBoundsMs[static_cast<size_t>(index) - 1];
    const double upper = index < static_cast<int>(UpperBoundsMs.size()) ? UpperBoundsMs[static_cast<size_t>(index)] : lower;
    return (lower + upper) / 2;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_total += other.m_total;
    m_sumMs += other.m_sumMs;
}

double LatencyHistogram::percentile(double quantile) const
{
    if (m_total == 0)
        return 0;
    const double rank = std::clamp(quantile, 0.0, 1.0) * static_cast<double>(m_total);
    double seen = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        const auto count = static_cast<double>(m_counts[i]);
        if (count > 0 && seen + count >= rank) {
            const double lower = i == 0 ? 0.0 : UpperBoundsMs[i - 1];
            if (i == UpperBoundsMs.size())
                return lower;
            const double upper = UpperBoundsMs[i];
            return lower + (upper - lower) * std::clamp((rank - seen) / count, 0.0, 1.0);
        }
        seen += count;
    }
    return UpperBoundsMs.back();
}

QJsonArray LatencyHistogram::toJson() const
{
    QJsonArray out;
    for (std::uint64_t c : m_counts)
        out.append(static_cast<qint64>(c));
    return out;
}

LatencyHistogram LatencyHistogram::fromJson(const QJsonArray &counts)
{
    LatencyHistogram h;
    for (qsizetype i = 0; i < std::min<qsizetype>(counts.size(), BucketCount); ++i) {
        const qint64 n = std::max<qint64>(0, counts.at(i).toInteger());
        // The sum is not stored; estimated from bucket midpoints.
        h.addToBucket(static_cast<int>(i), static_cast<std::uint64_t>(n));
    }
    return h;
}

} // namespace sb
