// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverystore.h"

namespace sb::tools {

DeliveryStore::DeliveryStore(qsizetype maxRecords)
    : m_maxRecords(maxRecords)
{
}

void DeliveryStore::setMaxRecords(qsizetype maxRecords)
{
    m_maxRecords = qMax<qsizetype>(0, maxRecords);
    trim();
}

int DeliveryStore::nextAttempt(const QString &webhookId)
{
    return ++m_attempts[webhookId];
}

void DeliveryStore::add(ReceivedDelivery &delivery)
{
    delivery.index = m_nextIndex++;

    ++m_stats.received;
    if (delivery.succeeded())
        ++m_stats.succeeded;
    else
        ++m_stats.failed;
    if (delivery.dropped)
        ++m_stats.dropped;
    if (!delivery.webhookId.isEmpty()) {
        if (delivery.attempt == 1)
            ++m_stats.uniqueIds;
        else
            ++m_stats.duplicates;
    }
    if (delivery.signatureValid == false)
        ++m_stats.invalidSignatures;
    // Answers finish out of arrival order when latency varies: keep the true extremes.
    if (!m_stats.firstAt.isValid() || delivery.receivedAt < m_stats.firstAt)
        m_stats.firstAt = delivery.receivedAt;
    if (!m_stats.lastAt.isValid() || delivery.receivedAt > m_stats.lastAt)
        m_stats.lastAt = delivery.receivedAt;

    if (m_maxRecords > 0) {
        m_records.push_back(delivery);
        trim();
    }
}

void DeliveryStore::trim()
{
    while (static_cast<qsizetype>(m_records.size()) > m_maxRecords)
        m_records.pop_front();
}

QList<ReceivedDelivery> DeliveryStore::since(qint64 since, qsizetype limit) const
{
    QList<ReceivedDelivery> out;
    if (m_records.empty())
        return out;
    // Indexes in the deque are consecutive, so the start is found by arithmetic.
    const qint64 first = m_records.front().index;
    const qint64 skip = qBound<qint64>(0, since - first, static_cast<qint64>(m_records.size()));
    auto begin = m_records.cbegin() + skip;
    auto end = m_records.cend();
    if (limit >= 0 && end - begin > limit)
        end = begin + limit;
    out.reserve(end - begin);
    std::copy(begin, end, std::back_inserter(out));
    return out;
}

qsizetype DeliveryStore::clear()
{
    const qsizetype removed = size();
    m_records.clear();
    m_attempts.clear();
    m_stats = ReceiverStats();
    return removed;
}

} // namespace sb::tools
