// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/statuscodes.h"

#include <QString>

namespace sb::engine {

// One attempt the scheduler holds: due at `dueMs`, waiting for a connection, or in a lane of
// its correlation key (KeyLanes) behind the one before.
struct ScheduledDelivery
{
    qint64 dueMs = 0;
    quint64 order = 0;
    QString msgId;
    QString appId;
    QString endpointId;
    int attemptsMade = 0;
    TriggerType trigger = TriggerType::Scheduled;
    // Set when its endpoint orders per key and the message has a correlation key: the
    // delivery belongs to that key's lane.
    QString orderingKey = {};
    // Its message's place in that lane as the store gave it (0: none; SQLite, or accepted
    // before there was one): lanes go by (laneSeq, msgId). See KeyLanes.
    qint64 laneSeq = 0;
    // Holds a reference on the scheduler's cached copy of the message body (false once it
    // gave it up to wait in a lane; its body is read from the store when it is sent).
    bool holdsBody = true;
    bool operator>(const ScheduledDelivery &o) const { return dueMs != o.dueMs ? dueMs > o.dueMs : order > o.order; }
};

} // namespace sb::engine
