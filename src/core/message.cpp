// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.h"

#include "correlation.h"
#include "ids.h"
#include "jsonhelpers.h"
#include "jsonreader.h"
#include "jsonwriter.h"
#include "timeformat.h"

namespace sb {

QJsonObject Message::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("eventType"), eventType},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("channels"), optionalListToJson(channels)},
        {QStringLiteral("tags"), optionalListToJson(tags)},
        {QStringLiteral("timestamp"), optionalTimeToJson(timestamp)},
    };
    if (deliverAt.isValid())
        o.insert(QStringLiteral("deliverAt"), toIsoUtc(deliverAt));
    if (!correlationKey.isEmpty())
        o.insert(QStringLiteral("correlationKey"), correlationKey);
    o.insert(QStringLiteral("eventId"), eventId.isEmpty() ? QJsonValue() : QJsonValue(eventId));
    if (!appId.isEmpty())
        o.insert(QStringLiteral("appId"), appId);
    return o;
}

void Message::writeJsonMembers(JsonWriter &out, QByteArrayView payloadJson) const
{
    const auto list = [&out](const std::optional<QStringList> &values) {
        if (!values) {
            out.null();
            return;
        }
        out.beginArray();
        for (const QString &v : *values)
            out.value(v);
        out.endArray();
    };
    // QJsonObject's (sorted) order.
    if (!appId.isEmpty())
        out.key("appId").value(appId);
    out.key("channels");
    list(channels);
    if (!correlationKey.isEmpty())
        out.key("correlationKey").value(correlationKey);
    if (deliverAt.isValid())
        out.key("deliverAt").value(toIsoUtc(deliverAt));
    out.key("eventId").stringOrNull(eventId).key("eventType").value(eventType).key("id").value(id);
    if (!payloadJson.isNull())
        out.key("payload").raw(payloadJson);
    out.key("tags");
    list(tags);
    out.key("timestamp");
    if (timestamp.isValid())
        out.value(toIsoUtc(timestamp));
    else
        out.null();
}

Parsed<Message> Message::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Message m;
    m.id = r.optionalString(QLatin1StringView("id")).value_or(QString());
    if (!m.id.isEmpty() && !ids::isValid(m.id, ids::Message))
        r.addError(QStringLiteral("id"), QStringLiteral("not a message id"), QStringLiteral("value_error"));
    m.appId = r.optionalString(QLatin1StringView("appId")).value_or(QString());
    m.eventType = r.requiredString(QLatin1StringView("eventType"), 256);
    if (!m.eventType.isEmpty())
        r.checkIdentifier(QLatin1StringView("eventType"), m.eventType);
    m.payload = r.requiredObject(QLatin1StringView("payload"));
    m.eventId = r.optionalString(QLatin1StringView("eventId")).value_or(QString());
    if (!m.eventId.isEmpty())
        r.checkIdentifier(QLatin1StringView("eventId"), m.eventId);
    m.channels = r.optionalStringList(QLatin1StringView("channels"));
    if (m.channels) {
        if (m.channels->size() > 10)
            r.addError(QStringLiteral("channels"), QStringLiteral("at most 10 channels"),
                       QStringLiteral("value_error.list.max_items"));
        for (const QString &c : std::as_const(*m.channels))
            r.checkIdentifier(QLatin1StringView("channels"), c);
    }
    m.tags = r.optionalStringList(QLatin1StringView("tags"));
    if (m.tags) {
        for (const QString &t : std::as_const(*m.tags))
            r.checkIdentifier(QLatin1StringView("tags"), t);
    }
    m.timestamp = r.optionalTimestamp(QLatin1StringView("timestamp")).value_or(QDateTime());
    m.deliverAt = r.optionalTimestamp(QLatin1StringView("deliverAt")).value_or(QDateTime());
    m.correlationKey = r.optionalString(QLatin1StringView("correlationKey")).value_or(QString());
    const auto days = r.optionalInteger(QLatin1StringView("payloadRetentionPeriod"), 1, 3650);
    const auto hours = r.optionalInteger(QLatin1StringView("payloadRetentionHours"), 1, 87'600);
    if (days && hours)
        r.addError(QStringLiteral("payloadRetentionHours"), QStringLiteral("give payloadRetentionPeriod or payloadRetentionHours, not both"),
                   QStringLiteral("value_error"));
    else if (days || hours)
        m.payloadRetentionHours = hours ? *hours : *days * 24;
    if (m.correlationKey.size() > correlation::MaxKeyLength)
        r.addError(QStringLiteral("correlationKey"), QStringLiteral("at most 256 characters"), QStringLiteral("value_error.any_str.max_length"));
    if (!r.ok())
        return Parsed<Message>::failure(r.errors());
    return Parsed<Message>::success(std::move(m));
}

} // namespace sb
