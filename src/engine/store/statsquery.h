// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storereader.h"

#include <QDateTime>
#include <QJsonObject>

namespace sb::engine {

// GET /api/v1/stats: delivery outcomes over a time range, overall, per application, per
// endpoint and per time bucket; latency percentiles from histograms. When `since` falls on a
// whole minute and buckets are whole minutes, whole minutes are read from the per-minute
// roll-ups (cost: minutes × endpoints) and only the last, unfinished minute from the attempts;
// otherwise the attempts in the range are scanned.
struct StatsRequest
{
    QDateTime since;
    QDateTime until;
    qint64 bucketMs = 60'000;
    QString appId;      // empty: all
    QString endpointId; // empty: all
    // Tests: scan the attempts even where the roll-ups could answer, to compare the two.
    bool scanAttempts = false;
};

QJsonObject deliveryStats(const StoreReader &reader, const StatsRequest &request);

// GET /api/v1/stats/minutes: the per-minute roll-ups themselves, one row per endpoint and
// minute with traffic (counts by error class, latency histogram), oldest first: what a
// console copies instead of replaying every attempt of a long history.
QJsonObject minuteRollups(const StoreReader &reader, const QDateTime &since, const QDateTime &until);

} // namespace sb::engine
