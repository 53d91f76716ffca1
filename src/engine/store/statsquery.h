// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storereader.h"

#include <QDateTime>
#include <QJsonObject>

namespace sb::engine {

// GET /api/v1/stats: delivery outcomes over a time range, overall, per application, per
// endpoint and per time bucket; latency percentiles from histograms.
struct StatsRequest
{
    QDateTime since;
    QDateTime until;
    qint64 bucketMs = 60'000;
    QString appId;      // empty: all
    QString endpointId; // empty: all
};

QJsonObject deliveryStats(const StoreReader &reader, const StatsRequest &request);

} // namespace sb::engine
