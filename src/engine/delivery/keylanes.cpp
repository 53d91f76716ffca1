// SPDX-License-Identifier: GPL-3.0-or-later
#include "keylanes.h"

#include <algorithm>

namespace sb::engine {

std::optional<ScheduledDelivery> KeyLanes::enter(ScheduledDelivery d)
{
    if (wouldHead(d)) {
        m_lanes[d.endpointId][d.orderingKey].headOut = true;
        return d;
    }
    Lane &lane = m_lanes[d.endpointId][d.orderingKey];
    // Usually the newest: placed from the back. One that overtook an older message on its
    // way in (accepted in another batch) still goes before it.
    const auto at = std::upper_bound(lane.waiting.begin(), lane.waiting.end(), d,
                                     [](const ScheduledDelivery &a, const ScheduledDelivery &b) {
                                         return before(a.laneSeq, a.msgId, b.laneSeq, b.msgId);
                                     });
    lane.waiting.insert(at, std::move(d));
    return std::nullopt;
}

bool KeyLanes::wouldHead(const ScheduledDelivery &d) const
{
    const auto lanes = m_lanes.constFind(d.endpointId);
    if (lanes == m_lanes.constEnd())
        return true;
    const auto lane = lanes->constFind(d.orderingKey);
    return lane == lanes->constEnd() || (!lane->headOut && lane->blockedBy.isEmpty() && lane->waiting.empty());
}

std::optional<ScheduledDelivery> KeyLanes::next(const QString &endpointId, const QString &key)
{
    auto lanes = m_lanes.find(endpointId);
    if (lanes == m_lanes.end())
        return std::nullopt;
    auto lane = lanes->find(key);
    if (lane == lanes->end())
        return std::nullopt;
    if (lane->headOut || !lane->blockedBy.isEmpty())
        return std::nullopt;
    if (lane->waiting.empty()) {
        lanes->erase(lane);
        if (lanes->isEmpty())
            m_lanes.erase(lanes);
        return std::nullopt;
    }
    ScheduledDelivery d = std::move(lane->waiting.front());
    lane->waiting.pop_front();
    lane->headOut = true;
    return d;
}

std::optional<ScheduledDelivery> KeyLanes::headDone(const ScheduledDelivery &head)
{
    auto lanes = m_lanes.find(head.endpointId);
    if (lanes == m_lanes.end())
        return std::nullopt;
    auto lane = lanes->find(head.orderingKey);
    if (lane == lanes->end())
        return std::nullopt;
    lane->headOut = false;
    return next(head.endpointId, head.orderingKey);
}

void KeyLanes::block(const ScheduledDelivery &head, qint64 sinceMs)
{
    Lane &lane = m_lanes[head.endpointId][head.orderingKey];
    lane.headOut = false;
    lane.blockedBy = head.msgId;
    lane.blockedSinceMs = sinceMs;
    m_blockedBy.insert(blockKey(head.msgId, head.endpointId), head.orderingKey);
}

void KeyLanes::restoreBlock(const Block &block)
{
    Lane &lane = m_lanes[block.endpointId][block.key];
    if (lane.blockedBy == block.msgId)
        return; // known already (a node follows its own changes too)
    if (!lane.blockedBy.isEmpty())
        m_blockedBy.remove(blockKey(lane.blockedBy, block.endpointId));
    lane.blockedBy = block.msgId;
    lane.blockedSinceMs = block.sinceMs;
    m_blockedBy.insert(blockKey(block.msgId, block.endpointId), block.key);
}

std::optional<QString> KeyLanes::blockedKey(const QString &msgId, const QString &endpointId) const
{
    const auto it = m_blockedBy.constFind(blockKey(msgId, endpointId));
    return it == m_blockedBy.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<ScheduledDelivery> KeyLanes::unblock(const QString &endpointId, const QString &key)
{
    auto lanes = m_lanes.find(endpointId);
    if (lanes == m_lanes.end())
        return std::nullopt;
    auto lane = lanes->find(key);
    if (lane == lanes->end() || lane->blockedBy.isEmpty())
        return std::nullopt;
    m_blockedBy.remove(blockKey(lane->blockedBy, endpointId));
    lane->blockedBy.clear();
    return next(endpointId, key);
}

ScheduledDelivery KeyLanes::resume(ScheduledDelivery d, const QString &key)
{
    Lane &lane = m_lanes[d.endpointId][key];
    m_blockedBy.remove(blockKey(lane.blockedBy, d.endpointId));
    lane.blockedBy.clear();
    lane.headOut = true;
    d.orderingKey = key;
    return d;
}

std::vector<ScheduledDelivery> KeyLanes::dropEndpoint(const QString &endpointId)
{
    std::vector<ScheduledDelivery> out;
    const auto lanes = m_lanes.constFind(endpointId);
    if (lanes == m_lanes.constEnd())
        return out;
    for (const Lane &lane : *lanes) {
        m_blockedBy.remove(blockKey(lane.blockedBy, endpointId));
        out.insert(out.end(), lane.waiting.begin(), lane.waiting.end());
    }
    m_lanes.remove(endpointId);
    return out;
}

QList<KeyLanes::Block> KeyLanes::blocks(const QString &endpointId) const
{
    QList<Block> out;
    const auto lanes = m_lanes.constFind(endpointId);
    if (lanes == m_lanes.constEnd())
        return out;
    for (auto it = lanes->cbegin(); it != lanes->cend(); ++it) {
        if (!it->blockedBy.isEmpty())
            out.append({endpointId, it.key(), it->blockedBy, it->blockedSinceMs});
    }
    std::sort(out.begin(), out.end(), [](const Block &a, const Block &b) { return a.sinceMs < b.sinceMs; });
    return out;
}

qsizetype KeyLanes::waiting() const
{
    qsizetype n = 0;
    for (const auto &lanes : m_lanes) {
        for (const Lane &lane : lanes)
            n += static_cast<qsizetype>(lane.waiting.size());
    }
    return n;
}

} // namespace sb::engine
