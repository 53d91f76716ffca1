// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduleddelivery.h"

#include <QHash>
#include <QList>

#include <deque>
#include <optional>
#include <vector>

namespace sb::engine {

// Per-key ordering (Endpoint::Ordering::PerKey). Of the deliveries to one endpoint with one
// correlation key only the first, the lane's head, is scheduled; the others wait here in
// message order (before()) until the head is done: delivered, or dead-
// lettered with its endpoint letting the key go on. A dead letter of an endpoint that holds
// its key blocks the lane until that message is delivered by hand or retried. Keys are
// independent: one call's trouble never holds up another's.
class KeyLanes
{
public:
    struct Block
    {
        QString endpointId;
        QString key;
        QString msgId;
        qint64 sinceMs = 0;
    };

    // Lane order: by the place the store gave the message (laneSeq: a sequence the nodes on
    // one PostgreSQL database share; 0 when it has none, before any that has one), then by
    // message id (ids grow with one node's clock).
    static bool before(qint64 aSeq, const QString &aId, qint64 bSeq, const QString &bId)
    {
        return aSeq != bSeq ? aSeq < bSeq : aId < bId;
    }

    // A scheduled delivery with an orderingKey joins its lane; returned when it heads it (to
    // be scheduled now), nothing when it waits behind another or a block.
    std::optional<ScheduledDelivery> enter(ScheduledDelivery d);
    // Whether enter(d) would return it to be scheduled now.
    bool wouldHead(const ScheduledDelivery &d) const;
    // The head is done (delivered, given up on, or handed to another node): the next one of
    // its lane, if any, heads it now.
    std::optional<ScheduledDelivery> headDone(const ScheduledDelivery &head);
    // The head was dead-lettered and holds its key.
    void block(const ScheduledDelivery &head, qint64 sinceMs);
    // A block remembered in the store, at start.
    void restoreBlock(const Block &block);
    // The lane `msgId` blocks on its endpoint, if it blocks one.
    std::optional<QString> blockedKey(const QString &msgId, const QString &endpointId) const;
    // The blocking message was delivered by hand: the next of the lane heads it.
    std::optional<ScheduledDelivery> unblock(const QString &endpointId, const QString &key);
    // The blocking message is sent again on schedule (a retry of the dead letter): it heads
    // its lane again, which stays held until it is done.
    ScheduledDelivery resume(ScheduledDelivery d, const QString &key);
    // The endpoint went, or stopped ordering: every delivery still waiting in its lanes.
    std::vector<ScheduledDelivery> dropEndpoint(const QString &endpointId);

    QList<Block> blocks(const QString &endpointId) const;
    qsizetype waiting() const;

private:
    struct Lane
    {
        std::deque<ScheduledDelivery> waiting; // in message order (before())
        bool headOut = false;                  // scheduled, waiting for a connection, or in flight
        QString blockedBy;                     // the dead letter holding the key
        qint64 blockedSinceMs = 0;
    };
    static QString blockKey(const QString &msgId, const QString &endpointId) { return msgId + u' ' + endpointId; }
    std::optional<ScheduledDelivery> next(const QString &endpointId, const QString &key);

    QHash<QString, QHash<QString, Lane>> m_lanes; // endpoint id -> key -> lane
    QHash<QString, QString> m_blockedBy;          // "msgId endpointId" -> key
};

} // namespace sb::engine
