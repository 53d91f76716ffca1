// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sb {

class JsonWriter;

// One event for one application. JSON as the Svix MessageIn/MessageOut.
struct Message
{
    QString id;       // msg_…; also the webhook-id of every delivery of it
    QString appId;
    QString eventId;  // the producer's own id, optional; unique per application
    QString eventType;
    QJsonObject payload;
    std::optional<QStringList> channels;
    std::optional<QStringList> tags;
    QDateTime timestamp;
    // Svix's deliverAt: its deliveries are held until then (best effort); invalid: at once.
    QDateTime deliverAt;
    // Switchboard's: the call (or other unit of work) it belongs to; empty: none.
    QString correlationKey = {};
    // Svix's payloadRetentionPeriod (days) or payloadRetentionHours, as hours: the payload is
    // deleted that long after creation, the message and its deliveries stay. Not echoed.
    std::optional<qint64> payloadRetentionHours = {};
    // Its payload was deleted (expunged, or past its payload retention): `payload` then reads
    // {"expired": true}, as Svix shows it, and the message can no longer be sent.
    bool contentExpunged = false;

    QJsonObject toJson() const;
    // toJson()'s members, without the braces, in its order, with `payloadJson` (compact JSON
    // text) as the payload, or no payload when it is null: the engine answers and logs each
    // ingest this way instead of serialising the payload again.
    void writeJsonMembers(JsonWriter &out, QByteArrayView payloadJson) const;
    static Parsed<Message> fromJson(const QJsonObject &json);

    bool operator==(const Message &) const = default;
};

} // namespace sb
