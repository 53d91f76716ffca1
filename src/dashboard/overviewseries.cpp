// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewseries.h"

namespace sb::dashboard {

OverviewSeries seriesFor(const OverviewData &data)
{
    OverviewSeries s;
    const double minutes = std::max<double>(1.0, double(data.request.bucketMs) / 60'000.0);
    for (const OverviewBucket &b : data.buckets) {
        const double x = double(b.startMs);
        double running = 0;
        for (int o = 0; o < OutcomeCount; ++o) {
            running += double(b.outcomes[static_cast<size_t>(o)]);
            s.stacked[static_cast<size_t>(o)].append({x, running});
        }
        s.maxStacked = std::max(s.maxStacked, running);
        const double perMinute = double(b.attempts) / minutes;
        s.throughput.append({x, perMinute});
        s.maxThroughput = std::max(s.maxThroughput, perMinute);
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
