// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <mutex>

namespace sb::engine {

// Events a second each token may ingest (a token bucket per token, refilled continuously,
// holding at most one second's worth): one producer's burst cannot starve the others or the
// delivery of what is already stored. Off unless configured. Safe to call from any thread.
class IngestRateLimit
{
public:
    explicit IngestRateLimit(double perSecond);

    // 0 when the token may send this event now; else the whole seconds until it may.
    int take(const QString &token);
    double perSecond() const { return m_rate; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 refilledNs = 0;
    };

    double m_rate;
    std::mutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};

} // namespace sb::engine
