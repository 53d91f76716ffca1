// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/overviewdata.h"

#include <QList>
#include <QPointF>

#include <array>

namespace sb::dashboard {

// Throughput as the chart draws it and the tile shows it, from the same numbers: one point per
// bucket from the start of the data on (before it there was no data, not zero traffic), each
// the bucket's attempts per minute of the time it covers; the bucket in progress counts for
// the part elapsed, and is left out while that is too short to say anything (MinimumSpanMs).
// `perMinute` is every attempt drawn over every minute drawn: the points' time-weighted mean.
struct Throughput
{
    static constexpr qint64 MinimumSpanMs = 15'000;
    QList<QPointF> points;
    qint64 attempts = 0;
    double minutes = 0;
    double perMinute = 0;
};

Throughput throughputOf(const OverviewData &data);

// The Overview's chart series, computed from its data: x is ms since the epoch (bucket start),
// y the value. Buckets without attempts leave no point in rate and latency series (no traffic
// is not 0 % and not 0 ms); counts are 0 there, from the start of the data on.
struct OverviewSeries
{
    QList<QPointF> successRate;           // percent
    QList<QPointF> p50, p95, p99;         // ms
    // Outcomes stacked: each series is the running total up to and including its outcome, so
    // an area between series o-1 and o shows outcome o.
    std::array<QList<QPointF>, OutcomeCount> stacked;
    QList<QPointF> throughput;            // attempts per minute (throughputOf)
    double maxLatency = 0;
    double maxStacked = 0;
    double maxThroughput = 0;
};

OverviewSeries seriesFor(const OverviewData &data);

// The bucket containing `x` (ms since the epoch), or -1.
int bucketAt(const OverviewData &data, double x);

} // namespace sb::dashboard
