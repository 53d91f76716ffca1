// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storereader.h"
#include "storewriter.h"

#include "core/attempt.h"
#include "core/endpoint.h"
#include "core/message.h"

#include <QHash>

namespace sb::engine::deliverywrites {

struct IngestResult
{
    QByteArray response;       // the message as answered to the producer (JSON text)
    bool replayed = false;     // an earlier request with the same idempotency key answered
    QStringList endpointIds;   // deliveries created
    // Several nodes, per-key ordering: deliveries of the same call that other nodes handed to
    // this one and that it had not claimed yet, claimed in this transaction (they go first).
    QList<DueDelivery> claimed = {};
    qint64 laneSeq = 0; // the message's place in its lanes, when OrderedRouting::laned
    // Endpoints whose delivery another node sends: its call's lane is there.
    QStringList handedAway = {};
};

// Several nodes, per-key ordering (DeliveryScheduler::routeOrdered): which of a message's
// deliveries belong to another node's lane for its call, and to which node; and which
// belong to this node's, whose earlier hand-overs the ingest claims.
struct OrderedRouting
{
    QHash<QString, QString> handedTo; // endpoint id -> node that owns the call's lane
    QStringList owned;                // endpoint ids whose lane for the call is this node's
    // Keyed and going to a per-key ordered endpoint (one node or several): the message's place
    // in its lanes is drawn first and answered in IngestResult::laneSeq.
    bool laned = false;
    bool isEmpty() const { return handedTo.isEmpty() && owned.isEmpty(); }
};

// Stores a message, its payload, one pending delivery per endpoint due at `firstAttemptMs`
// and the change row, or, when `idempotencyKey` was seen for this app within 24 h, nothing
// but the stored answer. Returns IngestResult.
StoreWriter::Job ingest(Message message, QByteArray body, QStringList endpointIds,
                        QString idempotencyKey, qint64 firstAttemptMs, OrderedRouting routing = {});

// Makes sure a delivery row exists for a manual send to an endpoint the message did not fan
// out to; leaves an existing one as it is.
StoreWriter::Job ensureDelivery(QString msgId, QString endpointId, QString appId);

struct AttemptRecord
{
    Attempt attempt;
    QByteArray attemptJson; // attempt.writeJson()'s text when already made; else made here
    QString appId;
    QByteArray requestHeaders;
    QByteArray responseHeaders;
    int attemptNumber = 1;                // attempts made including this one
    bool succeeded = false;
    bool exhausted = false;               // no retry follows: dead-letter
    bool reschedule = false;              // keep pending with `nextAttemptMs`
    qint64 nextAttemptMs = 0;
    bool disableEndpoint = false;         // 410 Gone
    qint64 circuitBreakerMs = 0;          // disable after failing this long (0: never)
    bool endpointWasFailing = true;       // a success must clear the failing mark
    // Per-key ordering: a dead letter holding its key is remembered (ordering_blocks) so the
    // key stays held across restarts; a delivery that ends a hold forgets it.
    QString orderingKey = {};
    bool blocksKey = false;
    bool clearsBlock = false;
    // Sent by hand and delivered: if the store says it holds its key (another node's block,
    // unknown here), the key goes on. AttemptOutcome::unblockedKey names it.
    bool mayClearBlock = false;
};

struct AttemptOutcome
{
    MessageStatus deliveryStatus = MessageStatus::Pending;
    QString unblockedKey;                 // mayClearBlock: the key the delivery held
    bool endpointDisabled = false;
    Endpoint endpoint;                    // valid when endpointDisabled
    qint64 failingSinceMs = 0;            // disabled by the circuit breaker: failing since then
};

// Stores the attempt, moves the delivery on and applies 410 / circuit-breaker disabling,
// with change rows, in one job. Returns AttemptOutcome.
StoreWriter::Job recordAttempt(AttemptRecord record);

} // namespace sb::engine::deliverywrites
