// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <atomic>
#include <chrono>

class QTimer;

namespace sb::engine {

class StoreWriter;

// Deletes what is older than the retention (docs/engine.md, "Retention"): messages whose
// deliveries are all finished, with their payloads, deliveries and attempts; and roll-ups
// older than their own, longer retention. In small batches, each its own short writer job,
// the next one queued only after the last committed, so ingest and attempts interleave and
// the writer never stalls behind a large delete. Lives on the engine's thread.
class RetentionSweeper : public QObject
{
    Q_OBJECT
public:
    static constexpr int MessagesPerBatch = 500;
    // How often payloads past their own retention (per message, in hours) are looked for.
    static constexpr qint64 PayloadSweepMs = 60'000;

    RetentionSweeper(StoreWriter *writer, std::chrono::milliseconds retention, std::chrono::milliseconds rollupRetention,
                     QObject *parent = nullptr);

    // Sweeps now and then every `interval` (by default a tenth of the retention, 1 s to 1 h).
    void start(std::chrono::milliseconds interval = std::chrono::milliseconds(0));

    // No more batches: the engine is stopping its writer. Batches already queued still commit.
    void stop();

    // Prometheus text: what was deleted, and the longest batch (the writer's longest pause).
    QByteArray renderMetrics() const;

signals:
    // Payloads deleted at their own retention: the scheduler must not send what it cached.
    void payloadsExpired(const QStringList &msgIds);

private:
    void sweep();
    void sweepMessages(qint64 cutoffMs);
    void sweepPayloads(qint64 nowMs);
    void sweepRollups(qint64 cutoffMs);

    StoreWriter *m_writer;
    std::chrono::milliseconds m_retention;
    std::chrono::milliseconds m_rollupRetention;
    QTimer *m_timer = nullptr;
    bool m_sweeping = false;
    bool m_stopped = false;
    std::atomic<qint64> m_deletedMessages{0};
    std::atomic<qint64> m_expiredPayloads{0};
    std::atomic<qint64> m_deletedRollups{0};
    std::atomic<qint64> m_batches{0};
    std::atomic<qint64> m_longestBatchUs{0};
};

} // namespace sb::engine
