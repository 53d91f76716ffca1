// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointshares.h"

#include <algorithm>
#include <cstdint>

namespace sb::engine {
namespace {

// The same in every process (qHash is seeded per process): FNV-1a over the UTF-16 text.
std::uint64_t stableHash(const QString &a, const QString &b)
{
    std::uint64_t h = 14695981039346656037ULL;
    const auto add = [&h](const QString &s) {
        for (QChar c : s) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        h ^= 0xff;
        h *= 1099511628211ULL;
    };
    add(a);
    add(b);
    return h;
}

} // namespace

EndpointShares::EndpointShares(QString self, QStringList liveNodes)
    : m_self(std::move(self))
    , m_live(std::move(liveNodes))
{
    m_live.sort();
    m_live.removeDuplicates();
}

QStringList EndpointShares::ranked(const Endpoint &endpoint) const
{
    // Rendezvous hashing: each endpoint ranks the nodes its own way, so the endpoints with
    // few senders spread over the nodes, and a node joining or leaving moves few of them.
    QStringList nodes = m_live;
    std::sort(nodes.begin(), nodes.end(), [&](const QString &x, const QString &y) {
        const auto hx = stableHash(x, endpoint.id), hy = stableHash(y, endpoint.id);
        return hx != hy ? hx > hy : x < y;
    });
    return nodes;
}

int EndpointShares::senders(const Endpoint &endpoint) const
{
    return std::clamp(endpoint.maxConcurrency, 1, liveNodes());
}

bool EndpointShares::sendsTo(const Endpoint &endpoint) const
{
    if (!isShared() || senders(endpoint) == liveNodes())
        return true;
    return ranked(endpoint).mid(0, senders(endpoint)).contains(m_self);
}

QString EndpointShares::senderFor(const Endpoint &endpoint, const QString &msgId) const
{
    const QStringList chosen = ranked(endpoint).mid(0, senders(endpoint));
    if (chosen.isEmpty())
        return m_self;
    return chosen.at(static_cast<qsizetype>(stableHash(msgId, endpoint.id) % static_cast<std::uint64_t>(chosen.size())));
}

QString EndpointShares::ownerOfKey(const Endpoint &endpoint, const QString &key) const
{
    const QStringList chosen = ranked(endpoint).mid(0, senders(endpoint));
    if (chosen.isEmpty())
        return m_self;
    const QString lane = endpoint.id + u'\n' + key;
    return *std::max_element(chosen.cbegin(), chosen.cend(), [&](const QString &x, const QString &y) {
        const auto hx = stableHash(x, lane), hy = stableHash(y, lane);
        return hx != hy ? hx < hy : x > y;
    });
}

int EndpointShares::concurrency(const Endpoint &endpoint) const
{
    return std::max(1, endpoint.maxConcurrency / senders(endpoint));
}

double EndpointShares::ratePerSecond(const Endpoint &endpoint) const
{
    return endpoint.rateLimit ? static_cast<double>(*endpoint.rateLimit) / senders(endpoint) : 0.0;
}

} // namespace sb::engine
