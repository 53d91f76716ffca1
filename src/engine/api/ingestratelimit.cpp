// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestratelimit.h"

#include <algorithm>
#include <cmath>

namespace sb::engine {

IngestRateLimit::IngestRateLimit(double perSecond)
    : m_rate(perSecond)
{
    m_clock.start();
}

int IngestRateLimit::take(const QString &token)
{
    const qint64 now = m_clock.nsecsElapsed();
    const double capacity = std::max(1.0, m_rate);
    const std::lock_guard lock(m_mutex);
    auto it = m_buckets.find(token);
    if (it == m_buckets.end())
        it = m_buckets.insert(token, {capacity, now});
    Bucket &b = *it;
    b.tokens = std::min(capacity, b.tokens + static_cast<double>(now - b.refilledNs) * m_rate / 1e9);
    b.refilledNs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1.0 - b.tokens) / m_rate)));
}

} // namespace sb::engine
