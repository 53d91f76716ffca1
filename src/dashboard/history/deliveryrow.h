// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace sb::dashboard {

// One line of the delivery log: a message on its way to one endpoint.
struct DeliveryRow
{
    QString msgId;
    QString endpointId;
    QString appId;
    QString eventType;
    qint64 createdAt = 0; // ms since the epoch
    int status = 1;       // MessageStatus
    int httpCode = -1;    // -1: no attempt yet
    qint64 latencyMs = -1;
    int attempts = 0;
    qint64 nextAttempt = 0;
    QString errorClass;
    QString correlationKey; // the call this delivery belongs to; empty when none is known

    // Newest first; ties broken by ids so paging by key is exact.
    bool isNewerThan(const DeliveryRow &o) const
    {
        if (createdAt != o.createdAt)
            return createdAt > o.createdAt;
        if (msgId != o.msgId)
            return msgId > o.msgId;
        return endpointId > o.endpointId;
    }
    bool sameKey(const DeliveryRow &o) const { return msgId == o.msgId && endpointId == o.endpointId; }
    bool operator==(const DeliveryRow &) const = default;
};

} // namespace sb::dashboard

Q_DECLARE_METATYPE(sb::dashboard::DeliveryRow)
