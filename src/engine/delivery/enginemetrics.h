// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/latencyhistogram.h"
#include "core/statuscodes.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

namespace sb::engine {

// Counters behind GET /metrics (Prometheus text format). Updated on the engine's thread;
// gauges are read when scraped.
class EngineMetrics
{
public:
    struct Gauges
    {
        qint64 queued = 0;
        qint64 inFlight = 0;
        qint64 writerQueue = 0;
        qint64 streamClients = 0;
    };

    void messageIngested(qint64 deliveries);
    void attemptFinished(ErrorClass errorClass, qint64 durationMs, bool deadLettered);
    void endpointDisabled() { ++m_disabled; }

    QByteArray render(const Gauges &gauges) const;

private:
    qint64 m_ingested = 0;
    qint64 m_fannedOut = 0;
    qint64 m_delivered = 0;
    QMap<QString, qint64> m_failed; // by error class
    qint64 m_deadLettered = 0;
    qint64 m_disabled = 0;
    LatencyHistogram m_latency;
};

} // namespace sb::engine
