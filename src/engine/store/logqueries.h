// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storereader.h"

#include "core/eventtype.h"

#include <QDateTime>
#include <QJsonObject>

// Reads behind the attempt log, delivery status and event type API, on a StoreReader's
// connection.
namespace sb::engine::logqueries {

// What lists of messages and attempts are narrowed by, as Svix names it: the message's
// event type (any of), a channel and a tag it carries, and its creation time.
struct MessageMatch
{
    QStringList eventTypes;
    QString channel;
    QString tag;
    QString correlationKey; // Switchboard's: the call
    QDateTime before;
    QDateTime after;
};

// A LIKE pattern (with ESCAPE '\\') matching a stored channels or tags column (a JSON array
// of strings) that holds `value`.
QString listMemberPattern(const QString &value);

// The application's messages, oldest first, after `iterator`.
struct MessageFilter
{
    QString appId;
    MessageMatch match;
    QString iterator;
    int limit = 50;
};
Page<Message> messages(const StoreReader &reader, const MessageFilter &filter);

struct AttemptFilter
{
    QString endpointId;
    std::optional<int> status;          // MessageStatus
    std::optional<int> statusCodeClass; // 0 (no response), 100, 200, 300, 400, 500
    QStringList eventTypes;
    QString channel;                    // of the attempt's message
    QString tag;
    QString correlationKey;
    QDateTime before;
    QDateTime after;
    QString iterator;                   // continue after (older than) this attempt id
    int limit = 50;
};

// Newest first, as a log is read.
Page<Attempt> attemptsOfEndpoint(const StoreReader &reader, const AttemptFilter &filter);

// One attempt with what Switchboard adds: request and response headers, the delivery's
// next attempt.
std::optional<QJsonObject> attemptDetails(const StoreReader &reader, const QString &msgId,
                                          const QString &attemptId);

// Messages sent to an endpoint with their delivery state (Svix EndpointMessageOut), newest first.
QJsonObject endpointMessages(const StoreReader &reader, const QString &endpointId,
                             const QString &iterator, int limit);

// Deliveries of an endpoint by state (Svix EndpointStats).
QJsonObject endpointStats(const StoreReader &reader, const QString &endpointId);

std::optional<EventType> eventType(const StoreReader &reader, const QString &name);
Page<EventType> eventTypes(const StoreReader &reader, const QString &iterator, int limit,
                           bool includeArchived);

} // namespace sb::engine::logqueries
