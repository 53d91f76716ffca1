// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginemetrics.h"

namespace sb::engine {
namespace {

void metric(QByteArray &out, const char *name, const char *type, const char *help)
{
    out.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name)
        .append(' ').append(type).append('\n');
}

void value(QByteArray &out, const QByteArray &series, double v)
{
    out.append(series).append(' ').append(QByteArray::number(v, 'g', 15)).append('\n');
}

} // namespace

void EngineMetrics::messageIngested(qint64 deliveries)
{
    ++m_ingested;
    m_fannedOut += deliveries;
}

void EngineMetrics::attemptFinished(ErrorClass errorClass, qint64 durationMs, bool deadLettered)
{
    if (errorClass == ErrorClass::None)
        ++m_delivered;
    else
        ++m_failed[errorClassName(errorClass)];
    if (deadLettered)
        ++m_deadLettered;
    m_latency.add(static_cast<double>(durationMs));
}

QByteArray EngineMetrics::render(const Gauges &g) const
{
    QByteArray out;
    metric(out, "switchboard_messages_ingested_total", "counter", "Messages accepted from producers.");
    value(out, "switchboard_messages_ingested_total", static_cast<double>(m_ingested));
    metric(out, "switchboard_deliveries_created_total", "counter", "Deliveries created by fan-out.");
    value(out, "switchboard_deliveries_created_total", static_cast<double>(m_fannedOut));
    metric(out, "switchboard_attempts_succeeded_total", "counter", "Attempts answered with 2xx.");
    value(out, "switchboard_attempts_succeeded_total", static_cast<double>(m_delivered));
    metric(out, "switchboard_attempts_failed_total", "counter", "Failed attempts by error class.");
    for (auto it = m_failed.constBegin(); it != m_failed.constEnd(); ++it)
        value(out, "switchboard_attempts_failed_total{class=\"" + it.key().toLatin1() + "\"}", static_cast<double>(it.value()));
    metric(out, "switchboard_deliveries_dead_lettered_total", "counter", "Deliveries that exhausted their retries.");
    value(out, "switchboard_deliveries_dead_lettered_total", static_cast<double>(m_deadLettered));
    metric(out, "switchboard_endpoints_disabled_total", "counter", "Endpoints disabled by 410 Gone or the circuit breaker.");
    value(out, "switchboard_endpoints_disabled_total", static_cast<double>(m_disabled));
    metric(out, "switchboard_deliveries_queued", "gauge", "Deliveries waiting for their next attempt.");
    value(out, "switchboard_deliveries_queued", static_cast<double>(g.queued));
    metric(out, "switchboard_attempts_in_flight", "gauge", "Requests on the wire now.");
    value(out, "switchboard_attempts_in_flight", static_cast<double>(g.inFlight));
    metric(out, "switchboard_store_writer_queue", "gauge", "Write jobs waiting for the next commit.");
    value(out, "switchboard_store_writer_queue", static_cast<double>(g.writerQueue));
    metric(out, "switchboard_stream_clients", "gauge", "Event stream clients connected.");
    value(out, "switchboard_stream_clients", static_cast<double>(g.streamClients));

    metric(out, "switchboard_attempt_duration_seconds", "histogram", "Time from request start to the complete answer.");
    std::uint64_t cumulative = 0;
    for (int i = 0; i < LatencyHistogram::BucketCount; ++i) {
        cumulative += m_latency.bucket(i);
        const QByteArray le = i < static_cast<int>(LatencyHistogram::UpperBoundsMs.size())
            ? QByteArray::number(LatencyHistogram::UpperBoundsMs[static_cast<size_t>(i)] / 1000.0, 'g', 6)
            : QByteArray("+Inf");
        value(out, "switchboard_attempt_duration_seconds_bucket{le=\"" + le + "\"}", static_cast<double>(cumulative));
    }
    value(out, "switchboard_attempt_duration_seconds_sum", m_latency.sumMs() / 1000.0);
    value(out, "switchboard_attempt_duration_seconds_count", static_cast<double>(m_latency.total()));
    return out;
}

} // namespace sb::engine
