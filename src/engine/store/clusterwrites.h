// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storereader.h"
#include "storewriter.h"

namespace sb::engine::clusterwrites {

// Wakes the other nodes when deliveries became free to claim (a node left).
inline constexpr QLatin1StringView WorkChannel{"switchboard_work"};

// SQL: the ids of the nodes whose lease holds, on the database's clock, as a subquery.
const QString &liveNodeIds();
// SQL: the node a delivery's `leaseOwner` column names: its owner, or the node it was handed
// to (">id").
QString leaseHolder(QStringView leaseOwner);
// SQL condition on a deliveries row: no live node holds it. Released (NULL), or owned by or
// handed to a node whose lease ran out, on the database's clock.
const QString &heldByNoLiveNode();

// SQL: for a deliveries row (`alias`) handed to a node (">id"), how long after the hand-over
// it is due (0: at once), else NULL. Both times are on the handing node's clock: the
// difference holds on any other's, where next_attempt itself would be off by the clocks' skew.
QString handedDelay(QStringView alias);
// When a claimed delivery is due on this node's clock: next_attempt, or now plus its
// handedDelay.
qint64 dueAt(const WriteTransaction &tx, const QVariant &nextAttempt, const QVariant &handedDelay);

struct Membership
{
    bool leaseHeld = false; // false: this node was declared dead and its work taken over
    QStringList liveNodes;  // ids of the nodes whose lease holds, this one included
    int lapsedNodes = 0;    // nodes whose lease ran out: their work waits to be claimed
};

// Registers the node with a lease of `leaseMs`. Returns Membership.
StoreWriter::Job join(QString nodeId, qint64 leaseMs, QString listen);
// Extends the node's lease, if it still holds. Returns Membership.
StoreWriter::Job renew(QString nodeId, qint64 leaseMs);
struct Claimed
{
    QList<DueDelivery> deliveries;
    bool more = false; // the batch was full: claim again
};

// Takes up to `limit` pending deliveries handed to the node or that no live node owns (their
// node's lease ran out, or a node left and released them), in lane order, skipping rows
// another node is claiming right now, and with them the rest of their call. Returns Claimed;
// forgets lapsed nodes that own nothing any more.
StoreWriter::Job claim(QString nodeId, int limit);
// Gives one of the node's pending deliveries to `target` (lease_owner ">target" until the
// target claims it) and wakes the target. Returns whether the node still owned it.
StoreWriter::Job handOver(QString nodeId, QString target, QString msgId, QString endpointId);
// A clean goodbye: releases the node's pending deliveries for the others and wakes them.
StoreWriter::Job leave(QString nodeId);

} // namespace sb::engine::clusterwrites
