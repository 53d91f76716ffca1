// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuscodes.h"
#include "validation.h"

#include <QDateTime>
#include <QJsonObject>

namespace sb {

// One message on its way to one endpoint. A failed delivery is dead-lettered: kept, visible
// and retryable by hand.
struct Delivery
{
    QString msgId;
    QString endpointId;
    MessageStatus status = MessageStatus::Pending;
    int attemptCount = 0;
    QDateTime nextAttempt;  // invalid when nothing is scheduled
    QDateTime updatedAt;

    bool isDeadLettered() const { return status == MessageStatus::Fail; }

    QJsonObject toJson() const;
    static Parsed<Delivery> fromJson(const QJsonObject &json);

    bool operator==(const Delivery &) const = default;
};

} // namespace sb
