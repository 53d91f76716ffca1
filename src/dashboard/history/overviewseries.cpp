// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewseries.h"

namespace sb::dashboard {

Throughput throughputOf(const OverviewData &data)
{
    Throughput t;
    const qint64 start = data.current.firstDataMs;
    if (start <= 0)
        return t;
    const qint64 bucket = std::max<qint64>(60'000, data.request.bucketMs);
    const qint64 now = data.nowMs > 0 ? data.nowMs : data.request.toMs;
    for (const OverviewBucket &b : data.buckets) {
        const qint64 from = std::max(b.startMs, start);
        const qint64 to = std::min(b.startMs + bucket, now);
        if (b.startMs + bucket <= start || to - from < std::min(bucket, Throughput::MinimumSpanMs))
            continue;
        const double minutes = double(to - from) / 60'000.0;
        t.points.append({double(b.startMs), double(b.attempts) / minutes});
        t.attempts += b.attempts;
        t.minutes += minutes;
    }
    t.perMinute = t.minutes > 0 ? double(t.attempts) / t.minutes : 0;
    return t;
}

OverviewSeries seriesFor(const OverviewData &data)
{
    OverviewSeries s;
    s.throughput = throughputOf(data).points;
    for (const QPointF &p : std::as_const(s.throughput))
        s.maxThroughput = std::max(s.maxThroughput, p.y());
    const qint64 bucket = std::max<qint64>(60'000, data.request.bucketMs);
    const qint64 start = data.current.firstDataMs;
    for (const OverviewBucket &b : data.buckets) {
        if (start <= 0 || b.startMs + bucket <= start)
            continue; // before any data: nothing to draw, not zeros
        const double x = double(b.startMs);
        double running = 0;
        for (int o = 0; o < OutcomeCount; ++o) {
            running += double(b.outcomes[static_cast<size_t>(o)]);
            s.stacked[static_cast<size_t>(o)].append({x, running});
        }
        s.maxStacked = std::max(s.maxStacked, running);
        if (b.attempts == 0)
            continue;
        s.successRate.append({x, b.successRate()});
        s.p50.append({x, b.latency.percentile(0.50)});
        s.p95.append({x, b.latency.percentile(0.95)});
        s.p99.append({x, b.latency.percentile(0.99)});
        s.maxLatency = std::max(s.maxLatency, s.p99.constLast().y());
    }
    return s;
}

int bucketAt(const OverviewData &data, double x)
{
    const qint64 bucket = std::max<qint64>(60'000, data.request.bucketMs);
    const double offset = x - double(data.request.fromMs);
    if (offset < 0)
        return -1;
    // Points sit at bucket starts; a click lands near one, on either side.
    const int index = static_cast<int>((offset + double(bucket) / 2) / double(bucket));
    return index < data.buckets.size() ? index : -1;
}

} // namespace sb::dashboard
