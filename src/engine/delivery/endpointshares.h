// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/endpoint.h"

#include <QStringList>

namespace sb::engine {

// How several nodes split one endpoint's limits so that together they keep to them. Every
// node computes the same answer from the same list of live nodes, without talking to the
// others.
//
// An endpoint allowing at least as many requests at once as there are nodes is sent to by
// every node, each with its share of the concurrency (rounded down) and of the rate. One that
// allows fewer, say 2 with 3 nodes, is sent to only by 2 of them, chosen per endpoint by
// rendezvous hashing (so the endpoints spread over the nodes), 1 request at a time each and
// half the rate each; the other nodes hand its deliveries to those.
class EndpointShares
{
public:
    // One node (SQLite, or nothing known yet): every endpoint's full limits.
    EndpointShares() = default;
    EndpointShares(QString self, QStringList liveNodes);

    bool isShared() const { return m_live.size() > 1; }
    int liveNodes() const { return std::max<int>(1, static_cast<int>(m_live.size())); }

    // How many nodes send to `endpoint`.
    int senders(const Endpoint &endpoint) const;
    // Whether this node is one of them.
    bool sendsTo(const Endpoint &endpoint) const;
    // The sender that takes over `msgId`'s delivery to `endpoint` from a node that does not
    // send to it.
    QString senderFor(const Endpoint &endpoint, const QString &msgId) const;
    // The one sender that owns a correlation key's lane to a per-key ordered endpoint, by
    // rendezvous hashing of the key: every node names the same one, and a node joining or
    // leaving moves only the keys it wins or held.
    QString ownerOfKey(const Endpoint &endpoint, const QString &key) const;
    // This node's limits for the endpoint (meaningful when it sends to it).
    int concurrency(const Endpoint &endpoint) const;
    double ratePerSecond(const Endpoint &endpoint) const; // 0 without a rate limit

private:
    QStringList ranked(const Endpoint &endpoint) const;

    QString m_self;
    QStringList m_live;
};

} // namespace sb::engine
