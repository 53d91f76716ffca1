// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/streamframe.h"

#include <QJsonArray>
#include <QJsonObject>
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
    // How far a stream catching up may run ahead of what is stored (StreamConnection's
    // backlog limit): a few seconds of writing, some tens of megabytes of frames.
    static constexpr qint64 StreamBacklogLimit = 20'000;

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

    // A first sync's steps (see HistoryWriter): the history begins after `seq`, the engine's
    // last change before the window; resumePointFor() answers `seq` from now on. Roll-ups of
    // minutes before `rollupsFromMs` are imported, not counted.
    void beginWindow(qint64 seq, qint64 rollupsFromMs);
    void importDirectory(const QList<QJsonObject> &applications, const QList<QJsonObject> &endpoints, qint64 asOfSeq);
    void importRollups(const QJsonArray &minutes);
    void appendBackfill(const QList<sb::StreamFrame> &frames);
    // The copy of the past before the window: up to backfillSeq() of backfillUntil() (0: none).
    qint64 backfillSeq() const { return m_backfillSeq; }
    qint64 backfillUntil() const { return m_backfillUntil; }
    bool backfilling() const { return m_backfillUntil > 0 && m_backfillSeq < m_backfillUntil; }

    // The alert centre's list as it was last saved (JSON; empty before alertsLoaded()), and
    // keeping a new one, on the worker thread like every write.
    QByteArray savedAlerts() const { return m_savedAlerts; }
    void saveAlerts(const QByteArray &json);
    // A period the engine was not heard from (OverviewData::silences).
    void recordSilence(qint64 fromMs, qint64 toMs);
    bool isOpen() const { return m_open; }

    // Keeps `days` of history (0: everything): prunes once the store is open, then hourly.
    void setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }
    // Prunes now by the retention setting (also what the hourly timer calls).
    void pruneNow();

signals:
    void opened(bool ok, const QString &error);
    void committed(qint64 lastSeq, int applied);
    void pruned(qint64 deliveries);
    void backfillProgress(qint64 seq, qint64 until);
    void rollupsImported(int minutes);
    void alertsLoaded(const QByteArray &json);

private:
    QString m_path;
    QThread m_thread;
    HistoryWriter *m_writer = nullptr;
    std::atomic<qint64> m_lastSeq{0};
    QString m_instanceId; // GUI thread only
    qint64 m_backfillSeq = 0;   // GUI thread only
    qint64 m_backfillUntil = 0; // GUI thread only
    int m_retentionDays = 0;
    QByteArray m_savedAlerts; // GUI thread only
    bool m_open = false;
    QTimer m_pruneTimer;
};

} // namespace sb::dashboard
