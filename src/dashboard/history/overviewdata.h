// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/latencyhistogram.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <utility>

namespace sb::dashboard {

// What the Overview shows for one time range, computed from the local per-minute roll-ups
// (never from raw attempts) plus the current state of deliveries and endpoints.
struct OverviewRequest
{
    qint64 fromMs = 0;     // range start (inclusive), ms since the epoch
    qint64 toMs = 0;       // range end (exclusive)
    qint64 bucketMs = 60'000;
    QString appId;         // empty: all
    QString endpointId;    // empty: all
    int sparklineBuckets = 24;
    qint64 nowMs = 0;      // the clock the figures are computed at; 0: the current time
};

// Outcomes as the charts stack them.
enum class Outcome { Success, Http4xx, Http5xx, Timeout, Connect, Tls, Policy, Other, Count };
constexpr int OutcomeCount = static_cast<int>(Outcome::Count);

struct OverviewBucket
{
    qint64 startMs = 0;
    qint64 attempts = 0;
    std::array<qint64, OutcomeCount> outcomes{};
    LatencyHistogram latency;

    qint64 succeeded() const { return outcomes[static_cast<int>(Outcome::Success)]; }
    // Percent of attempts that succeeded; -1 with no attempts (a gap, not 0 %).
    double successRate() const { return attempts ? 100.0 * double(succeeded()) / double(attempts) : -1; }
};

struct Kpis
{
    double perMinute = 0;       // attempts per minute
    double successRate = -1;    // percent, -1 without attempts
    double p95Ms = 0;
    qint64 awaitingRetry = 0;   // deliveries failed at least once and scheduled again
    qint64 deadLetters = 0;     // created in the range and dead
    qint64 disabledEndpoints = 0;
    // The first minute of the period with any attempt, 0 without: rates are per minute of
    // data, not per minute of range, so an hour with two busy minutes reads as busy.
    qint64 firstDataMs = 0;
};

struct EndpointHealth
{
    enum class State { Healthy, Degraded, Failing, Disabled, Idle };
    QString endpointId;
    QString appId;
    QString name;
    bool disabled = false;
    qint64 attempts = 0;
    qint64 succeeded = 0;
    double p95Ms = 0;
    qint64 lastSuccessMs = 0;   // minute precision (from the roll-ups); 0: none in the range
    qint64 lastFailureMs = 0;
    QList<double> sparkline;    // success rate per slice of the range, -1 for no traffic
    // The state is now, not over the range: from the last RecentAttempts attempts of the
    // last RecentWindowMs, so an endpoint fixed a minute ago reads healthy, not failing.
    static constexpr int RecentAttempts = 20;
    static constexpr qint64 RecentWindowMs = 15 * 60'000;
    qint64 recentAttempts = 0;
    qint64 recentSucceeded = 0;
    State state = State::Idle;

    double successRate() const { return attempts ? 100.0 * double(succeeded) / double(attempts) : -1; }
};

struct OverviewData
{
    OverviewRequest request;
    QList<OverviewBucket> buckets; // every bucket of the range, empty ones included
    Kpis current;
    Kpis previous;                 // the range just before, for trends
    QList<EndpointHealth> endpoints;
    // Dead letters seen so far: not read from the store (that is a count over every delivery),
    // the alert monitor fills it from the live stream.
    qint64 deadLettersTotal = 0;
    qint64 nowMs = 0;              // when it was computed
    // When the engine was not heard from (ms since the epoch, [from, to)), overlapping the
    // range: its minutes are not quiet, they are unknown.
    QList<std::pair<qint64, qint64>> silences;
};

} // namespace sb::dashboard

Q_DECLARE_METATYPE(sb::dashboard::OverviewData)
