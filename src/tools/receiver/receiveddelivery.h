// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace sb::tools {

// What the receiver saw of one delivery and how it answered. Kept compactly (raw header
// bytes, body capped at MaxStoredBodyBytes) because a benchmark keeps a million of them;
// JSON is built only when someone asks.
struct ReceivedDelivery
{
    static constexpr qsizetype MaxStoredBodyBytes = 64 * 1024;

    qint64 index = -1;    // position in this run, never reused (not even after a clear)
    QString webhookId;    // the webhook-id header; empty when absent
    QDateTime receivedAt; // when the request was complete, before any latency
    int attempt = 0;      // 1 for the first request with this webhook-id, then 2, 3, ...
    QString webhookTimestamp;
    std::optional<bool> signatureValid; // nullopt: no secret configured
    QString signatureDetail;            // why it is (in)valid, per scheme
    int status = 0;                     // the answer; 0 when none was sent
    bool dropped = false;               // closed without answering, as configured
    bool clientClosed = false;          // the client hung up before the (delayed) answer
    QString reason;                     // which setting chose the answer
    QByteArray method;
    QByteArray path;
    QByteArray query;
    qint64 bodySize = 0;
    bool bodyTruncated = false; // only the first MaxStoredBodyBytes are in body
    HttpHeaders headers;
    QByteArray body;

    static ReceivedDelivery fromRequest(const HttpRequest &request, const QDateTime &receivedAt);

    bool succeeded() const { return !dropped && !clientClosed && status >= 200 && status < 300; }
    QJsonObject headersJson() const;
    // The body as JSON when it is a JSON document, else as text.
    QJsonValue bodyJson() const;
    QJsonObject toJson() const;
    // One line for the console: time, id, attempt, answer, signature, size.
    QString summary() const;
};

} // namespace sb::tools
