// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/streamframe.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace sb::dashboard {

class HistoryWriter;

// The dashboard's local history of one engine: SQLite in the user's data directory, written
// by one worker thread in one transaction per batch of stream frames, so the GUI thread never
// waits on disk. Frames at or below the stored seq are skipped: replays and overlaps after a
// reconnect cannot count anything twice. Besides raw deliveries and attempts it keeps
// per-minute roll-ups per endpoint (outcomes, error classes, a latency histogram), which the
// charts read instead of scanning attempts.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    explicit HistoryStore(QString databasePath, QObject *parent = nullptr);
    ~HistoryStore() override;

    // Opens the database on the worker thread; opened() reports the result.
    void open();
    void append(const QList<sb::StreamFrame> &frames);

    // The highest seq committed to disk (0 for an empty store); safe from any thread.
    qint64 lastSeq() const { return m_lastSeq.load(); }

    // Where to resume the stream of engine `instanceId`: the last seq if this history is that
    // engine's; otherwise (another engine, or a fresh database behind the same URL) the store
    // is emptied and adopts the instance, and the answer is 0.
    qint64 resumePointFor(const QString &instanceId);
    QString databasePath() const { return m_path; }

    // The engine no longer has the changes between lastSeq() and `oldestSeq`: the history
    // goes on from there with a gap, which it remembers (gapBefore()).
    void acceptGap(qint64 oldestSeq);

    // Keeps `days` of history (0: everything): prunes once the store is open, then hourly.
    void setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }
    // Prunes now by the retention setting (also what the hourly timer calls).
    void pruneNow();

signals:
    void opened(bool ok, const QString &error);
    void committed(qint64 lastSeq, int applied);
    void pruned(qint64 deliveries);

private:
    QString m_path;
    QThread m_thread;
    HistoryWriter *m_writer = nullptr;
    std::atomic<qint64> m_lastSeq{0};
    QString m_instanceId; // GUI thread only
    int m_retentionDays = 0;
    bool m_open = false;
    QTimer m_pruneTimer;
};

} // namespace sb::dashboard
