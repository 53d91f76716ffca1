// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace sb::tools {

// Counters over the deliveries since start (or the last clear), as GET /_receiver/stats
// reports them. A delivery counts once it has been answered, dropped or abandoned by its
// client; until then it is in flight.
struct ReceiverStats
{
    qint64 received = 0;
    qint64 succeeded = 0;  // answered 2xx
    qint64 failed = 0;     // answered otherwise, dropped, or the client left first
    qint64 dropped = 0;    // closed without an answer (dropConnection)
    qint64 uniqueIds = 0;  // distinct webhook-ids
    qint64 duplicates = 0; // deliveries repeating a webhook-id seen before (retries)
    qint64 invalidSignatures = 0;
    int inFlight = 0;    // received and not yet answered
    int maxInFlight = 0; // the most ever in flight at once
    QDateTime firstAt;   // arrival of the first delivery counted
    QDateTime lastAt;    // arrival of the latest delivery counted

    QJsonObject toJson() const;
};

} // namespace sb::tools
