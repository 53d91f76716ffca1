// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfactory.h"

#include "core/eventcatalogue.h"
#include "core/timeformat.h"

namespace sb::tools {

EventFactory::EventFactory(const EventCatalogue &catalogue)
    : m_catalogue(catalogue)
{
}

void EventFactory::put(QJsonObject &data, QLatin1StringView key, const QJsonValue &value)
{
    if (data.contains(key))
        data.insert(key, value);
}

QJsonObject EventFactory::nested(const QString &type, QLatin1StringView key) const
{
    const EventType *event = m_catalogue.find(type);
    if (!event)
        return {};
    return event->sample.value(QLatin1StringView("data")).toObject().value(key).toObject();
}

PlannedEvent EventFactory::make(const QString &type, const CallContext &call) const
{
    PlannedEvent event;
    event.type = type;
    if (const EventType *known = m_catalogue.find(type))
        event.data = known->sample.value(QLatin1StringView("data")).toObject();
    QJsonObject &d = event.data;
    put(d, QLatin1StringView("call_id"), call.callId);
    put(d, QLatin1StringView("workflow_run_id"), call.workflowRunId);
    put(d, QLatin1StringView("workflow_id"), call.workflowId);
    put(d, QLatin1StringView("direction"), call.direction);
    put(d, QLatin1StringView("provider"), call.provider);
    put(d, QLatin1StringView("from"), call.from);
    put(d, QLatin1StringView("to"), call.to);
    put(d, QLatin1StringView("agent_id"), call.agentId);
    put(d, QLatin1StringView("agent_name"), call.agentName);
    put(d, QLatin1StringView("agent_type"), call.agentType);
    put(d, QLatin1StringView("campaign_id"), call.campaignId);
    put(d, QLatin1StringView("campaign_name"), call.campaignName);
    put(d, QLatin1StringView("connection_id"), call.connectionId);
    put(d, QLatin1StringView("carrier"), call.carrier);
    return event;
}

QJsonObject EventFactory::message(const PlannedEvent &event, const QDateTime &now)
{
    QJsonObject data = event.data;
    for (const auto &[key, offsetMs] : event.relativeTimes)
        data.insert(key, toIsoUtc(now.addMSecs(offsetMs)));
    const QJsonObject payload{{QStringLiteral("type"), event.type},
                              {QStringLiteral("id"), event.id},
                              {QStringLiteral("timestamp"), toIsoUtc(now)},
                              {QStringLiteral("data"), data}};
    return {{QStringLiteral("eventType"), event.type},
            {QStringLiteral("eventId"), event.id},
            {QStringLiteral("payload"), payload}};
}

} // namespace sb::tools
