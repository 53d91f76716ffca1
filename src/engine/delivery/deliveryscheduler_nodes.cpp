// SPDX-License-Identifier: GPL-3.0-or-later
// DeliveryScheduler, part two: what it holds at start and what several nodes share (restore, adoption of
// taken-over work, hand-overs, which node owns a call's lane).
#include "deliveryscheduler.h"

#include "engine/store/clusterwrites.h"

#include <algorithm>

namespace sb::engine {

void DeliveryScheduler::restore(bool pending)
{
    for (Endpoint &ep : m_reader->allEndpoints())
        endpointChanged(ep);
    // Keys dead letters held when the engine stopped stay held.
    for (const KeyLanes::Block &block : m_reader->orderingBlocks())
        keyBlockedElsewhere(block);
    if (pending)
        adopt(m_reader->pendingDeliveries());
}

void DeliveryScheduler::keyBlockedElsewhere(const KeyLanes::Block &block)
{
    const auto ep = m_endpoints.constFind(block.endpointId);
    if (ep != m_endpoints.constEnd() && ep->config.ordering == Endpoint::Ordering::PerKey && ep->config.deadLetterBlocksKey)
        m_lanes.restoreBlock(block);
}

void DeliveryScheduler::keyUnblockedElsewhere(const QString &endpointId, const QString &key)
{
    laneGoesOn(m_lanes.unblock(endpointId, key));
}

void DeliveryScheduler::ingest(const Message &message, const QByteArray &body, const QStringList &endpointIds,
                               const QString &idempotencyKey, qint64 dueMs, QObject *context,
                               std::function<void(const WriteResult &)> done)
{
    auto routing = routeOrdered(endpointIds, message.correlationKey);
    m_writer->submit(deliverywrites::ingest(message, body, endpointIds, idempotencyKey, dueMs, std::move(routing)),
                     context, [this, message, body, dueMs, done = std::move(done)](const WriteResult &r) {
                         if (r.ok) {
                             const auto result = r.value.value<deliverywrites::IngestResult>();
                             if (!result.replayed) {
                                 // The call's earlier events handed here first: they go before it.
                                 if (!result.claimed.isEmpty())
                                     adopt(result.claimed);
                                 QStringList mine = result.endpointIds;
                                 mine.removeIf([&](const QString &id) { return result.handedAway.contains(id); });
                                 messageAccepted(message.id, message.appId, body, mine, dueMs, message.correlationKey,
                                                 result.laneSeq);
                             }
                         }
                         done(r);
                     });
}

void DeliveryScheduler::adopt(const QList<DueDelivery> &deliveries)
{
    const qint64 now = nowMs();
    // In lane order (KeyLanes::before): the first of each key's lane heads it.
    QList<const DueDelivery *> ordered;
    ordered.reserve(deliveries.size());
    for (const DueDelivery &d : deliveries)
        ordered.append(&d);
    std::sort(ordered.begin(), ordered.end(), [](const DueDelivery *a, const DueDelivery *b) {
        return KeyLanes::before(a->laneSeq, a->msgId, b->laneSeq, b->msgId);
    });
    for (const DueDelivery *d : std::as_const(ordered)) {
        Due due{d->nextAttemptMs > 0 ? d->nextAttemptMs : now, 0, d->msgId, d->appId, d->endpointId,
                d->attemptCount, TriggerType::Scheduled};
        due.laneSeq = d->laneSeq;
        schedule(std::move(due), d->correlationKey);
    }
}

void DeliveryScheduler::setCluster(const QString &self, const QStringList &liveNodes)
{
    m_self = self;
    m_shares = EndpointShares(self, liveNodes);
    // Deliveries waiting for endpoints this node no longer sends to move on at the next pump.
    if (m_shares.isShared())
        QMetaObject::invokeMethod(this, &DeliveryScheduler::pump, Qt::QueuedConnection);
}

deliverywrites::OrderedRouting DeliveryScheduler::routeOrdered(const QStringList &endpointIds, const QString &key) const
{
    deliverywrites::OrderedRouting routing;
    if (key.isEmpty())
        return routing;
    for (const QString &id : endpointIds) {
        const auto ep = m_endpoints.constFind(id);
        if (ep == m_endpoints.constEnd() || ep->config.ordering != Endpoint::Ordering::PerKey)
            continue;
        routing.laned = true;
        if (!m_shares.isShared())
            continue;
        const QString owner = m_shares.ownerOfKey(ep->config, key);
        if (owner == m_self)
            routing.owned.append(id);
        else
            routing.handedTo.insert(id, owner);
    }
    return routing;
}

bool DeliveryScheduler::handOver(const Endpoint &endpoint, Due &due)
{
    // Manual and test sends stay here: they are one-off requests of whoever asked this node.
    if (!m_shares.isShared() || due.trigger != TriggerType::Scheduled)
        return false;
    // A call's lane to an ordered endpoint belongs to one node (taken over from a node that
    // died, or the nodes changed): its deliveries go there, one after the other.
    const bool laned = !due.orderingKey.isEmpty();
    if (!laned && m_shares.sendsTo(endpoint))
        return false;
    const QString target = laned ? m_shares.ownerOfKey(endpoint, due.orderingKey) : m_shares.senderFor(endpoint, due.msgId);
    if (target == m_self)
        return false;
    releaseBody(due);
    scheduledGone(due);
    if (laned)
        finishHead(due, false); // handed over in order: the next of the lane follows it
    ++m_writing;
    m_writer->submit(clusterwrites::handOver(m_self, target, due.msgId, due.endpointId), this,
                     [this, due](const WriteResult &r) {
                         --m_writing;
                         if (!r.ok) { // still ours in the store: keep it and try again soon
                             qWarning("could not hand a delivery over: %s", qPrintable(r.error));
                             Due again = due;
                             again.dueMs = nowMs() + 5000;
                             push(again);
                         }
                         checkDrained();
                     });
    return true;
}

} // namespace sb::engine
