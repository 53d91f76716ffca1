// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace sb {

// One change on the engine's event stream: `seq` is the change log's position (strictly
// increasing, so a client resumes with "after": <last seq>), `type` says what changed,
// `data` holds the changed object as the REST API would show it.
struct StreamFrame
{
    // Change types. Control frames (hello, error) carry seq 0.
    static constexpr QLatin1StringView MessageCreated{"message.created"};
    static constexpr QLatin1StringView AttemptFinished{"attempt.finished"};
    static constexpr QLatin1StringView DeliveryUpdated{"delivery.updated"};
    static constexpr QLatin1StringView EndpointCreated{"endpoint.created"};
    static constexpr QLatin1StringView EndpointUpdated{"endpoint.updated"};
    static constexpr QLatin1StringView EndpointDisabled{"endpoint.disabled"};
    static constexpr QLatin1StringView EndpointDeleted{"endpoint.deleted"};
    static constexpr QLatin1StringView ApplicationCreated{"application.created"};
    static constexpr QLatin1StringView ApplicationUpdated{"application.updated"};
    static constexpr QLatin1StringView ApplicationDeleted{"application.deleted"};
    static constexpr QLatin1StringView TaskProgress{"task.progress"};
    // A message's payload or an attempt's response body was deleted: {"msgId"[, "attemptId"]}.
    static constexpr QLatin1StringView ContentExpunged{"content.expunged"};
    // A call's lane to an endpoint that holds keys on a dead letter: held by `msgId`, or going
    // on again. {"endpointId", "key", "msgId", "since"}. Every node of a cluster follows these.
    static constexpr QLatin1StringView OrderingBlocked{"ordering.blocked"};
    static constexpr QLatin1StringView OrderingUnblocked{"ordering.unblocked"};
    static constexpr QLatin1StringView Hello{"hello"};
    static constexpr QLatin1StringView Error{"error"};
    static constexpr QLatin1StringView CaughtUp{"caught-up"};

    qint64 seq = 0;
    QString type;
    QDateTime at;
    QJsonObject data;

    QJsonObject toJson() const;
    static Parsed<StreamFrame> fromJson(const QJsonObject &json);

    // A tick's frames go out as one WebSocket text message: a JSON array of frames.
    static QByteArray encodeBatch(const QList<StreamFrame> &frames);
    // One frame from parts whose data is already JSON text (the engine's change log), without
    // parsing and re-serialising it.
    static QByteArray encodeRaw(qint64 seq, QLatin1StringView type, const QDateTime &at,
                                const QByteArray &dataJson);
    // Accepts a batch (array) or a single frame (object).
    static Parsed<QList<StreamFrame>> decode(const QByteArray &text);

    bool operator==(const StreamFrame &) const = default;
};

} // namespace sb
