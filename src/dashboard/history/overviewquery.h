// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/overviewdata.h"

class QSqlDatabase;

namespace sb::dashboard {

// Computes the Overview from a history database (the reader thread calls it): buckets from
// the roll-ups regrouped to the request's bucket size, KPIs for the range and the one before,
// and per-endpoint health. Endpoint states, from its latest attempts (EndpointHealth::Recent*):
// disabled; idle without recent attempts; failing below 50 % success; degraded below 95 %;
// otherwise healthy.
OverviewData computeOverview(QSqlDatabase &db, const OverviewRequest &request);

// The bucket size that gives about one point per `pixels` across the range, in whole minutes.
qint64 bucketForWidth(qint64 rangeMs, int pixels);

} // namespace sb::dashboard
