// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overviewdata.h"

#include <QList>
#include <QPointF>

#include <array>

namespace sb::dashboard {

// The Overview's chart series, computed from its data: x is ms since the epoch (bucket start),
// y the value. Buckets without attempts leave no point in rate and latency series (no traffic
// is not 0 % and not 0 ms); counts are 0 there.
struct OverviewSeries
{
    QList<QPointF> successRate;           // percent
    QList<QPointF> p50, p95, p99;         // ms
    // Outcomes stacked: each series is the running total up to and including its outcome, so
    // an area between series o-1 and o shows outcome o.
    std::array<QList<QPointF>, OutcomeCount> stacked;
    QList<QPointF> throughput;            // attempts per minute
    double maxLatency = 0;
    double maxStacked = 0;
    double maxThroughput = 0;
};

OverviewSeries seriesFor(const OverviewData &data);

// The bucket containing `x` (ms since the epoch), or -1.
int bucketAt(const OverviewData &data, double x);

} // namespace sb::dashboard
