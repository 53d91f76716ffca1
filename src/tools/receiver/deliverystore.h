// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receiveddelivery.h"
#include "receiverstats.h"

#include <QHash>
#include <QList>

#include <deque>

namespace sb::tools {

// The deliveries received so far, the per-webhook-id attempt counters and the counters
// behind the stats. Records are bounded by maxRecords (oldest dropped first); the counters
// keep counting regardless, so stats stay right in long benchmarks.
class DeliveryStore
{
public:
    explicit DeliveryStore(qsizetype maxRecords = 1'000'000);

    void setMaxRecords(qsizetype maxRecords);
    qsizetype maxRecords() const { return m_maxRecords; }

    // Counts one more attempt for `webhookId` and returns its number (1 for the first).
    // Requests without an id share the empty id, so failFirst also works for a hand-written
    // curl request (rather than failing every one of them forever).
    int nextAttempt(const QString &webhookId);

    // Stores a finished delivery: assigns its index (also written back) and counts it.
    void add(ReceivedDelivery &delivery);

    // Records whose index is at least `since`, oldest first, at most `limit` (< 0: all).
    QList<ReceivedDelivery> since(qint64 since, qsizetype limit = -1) const;
    // The in-flight fields are the receiver's business and left at zero here.
    const ReceiverStats &stats() const { return m_stats; }
    qsizetype size() const { return static_cast<qsizetype>(m_records.size()); }

    // Forgets records, counters and attempt numbers; indexes keep increasing so a client
    // polling with ?since= never sees an old index reused for a different delivery.
    qsizetype clear();

private:
    void trim();

    std::deque<ReceivedDelivery> m_records;
    QHash<QString, int> m_attempts;
    ReceiverStats m_stats;
    qint64 m_nextIndex = 0;
    qsizetype m_maxRecords;
};

} // namespace sb::tools
