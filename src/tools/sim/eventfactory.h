// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace sb {
class EventCatalogue;
}

namespace sb::tools {

// What every event of one call repeats, so the call's events agree with each other.
struct CallContext
{
    QString callId;
    QString workflowRunId;
    QString workflowId;
    QString direction; // inbound, outbound
    QString provider;
    QString from;
    QString to;
    QString agentId;
    QString agentName;
    QString agentType;
    QString campaignId;
    QString campaignName;
    QString connectionId;
    QString carrier;
};

// One event the sim will send, planned ahead. Times inside the payload that must be "now"
// when it is sent (ring_started_at, retry_at, ...) are kept as offsets and filled in then.
struct PlannedEvent
{
    QString type;
    QString id; // evt_…, the envelope's id and the engine's eventId
    QJsonObject data;
    QList<std::pair<QString, qint64>> relativeTimes; // data key, milliseconds from sending
};

// Builds payloads from the event catalogue's samples: each event starts as its sample's
// `data` and only values are replaced, never keys added, so what the sim sends has exactly
// the shape the catalogue documents (and the dashboard's test sends use).
class EventFactory
{
public:
    explicit EventFactory(const EventCatalogue &catalogue);

    // The sample data of `type` with the call's shared fields (call_id, from, to, ...)
    // replaced. An unknown type gives an empty payload, which the tests would catch.
    PlannedEvent make(const QString &type, const CallContext &call) const;
    // A sample-shaped copy of a nested object of `type`'s sample, e.g. "function".
    QJsonObject nested(const QString &type, QLatin1StringView key) const;

    // Sets data[key] only when the sample has that key.
    static void put(QJsonObject &data, QLatin1StringView key, const QJsonValue &value);

    // The body of POST /api/v1/app/{app}/msg: the Svix MessageIn with the platform's
    // envelope {type, id, timestamp, data} as the payload, the event id doubling as the
    // engine's eventId (so a producer can look a message up by its own id).
    static QJsonObject message(const PlannedEvent &event, const QDateTime &now);

private:
    const EventCatalogue &m_catalogue;
};

} // namespace sb::tools
