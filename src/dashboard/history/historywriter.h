// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/streamframe.h"

#include <QObject>
#include <QSqlDatabase>

#include <atomic>

namespace sb::dashboard {

// HistoryStore's worker: lives on the store's thread and owns its SQLite connection.
class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    explicit HistoryWriter(QString path);
    ~HistoryWriter() override;

    void open();
    // From any thread: the store is closing. Queued frames and roll-ups are dropped (the next
    // start fetches them again from the engine), so that what must be kept (the alerts)
    // is written without waiting behind a backlog.
    void close() { m_closing = true; }
    void apply(const QList<sb::StreamFrame> &frames);
    // Forgets everything stored and records the engine instance the history now follows.
    void adopt(const QString &instanceId);
    // Deletes deliveries, attempts and roll-ups from before `cutoffMs` (ms since the epoch).
    void prune(qint64 cutoffMs);

    // A first sync (HistorySync) copies the recent past first: the history begins after `seq`,
    // the engine's last change before the window. Changes up to `seq` come later, through
    // applyBackfill(); the roll-ups of minutes before `rollupsFromMs` (the window's first
    // minute) are the engine's own (importRollups()): only later attempts are counted here.
    void beginWindow(qint64 seq, qint64 rollupsFromMs);
    // The engine's applications and endpoints as they stood at change `asOfSeq` or later: an
    // older change to the same row is not applied over them.
    void importDirectory(const QList<QJsonObject> &applications, const QList<QJsonObject> &endpoints, qint64 asOfSeq);
    // Rows of GET /api/v1/stats/minutes; minutes from the window's start on are left alone.
    void importRollups(const QJsonArray &minutes);
    // The alert centre's list (JSON), kept for the next start.
    void saveAlerts(const QByteArray &json);
    // A period the engine was not heard from.
    void recordSilence(qint64 fromMs, qint64 toMs);
    // Changes from before the window, oldest first, after the recent ones were stored.
    void applyBackfill(const QList<sb::StreamFrame> &frames);

signals:
    void opened(bool ok, const QString &error, qint64 lastSeq, const QString &instanceId);
    void alertsLoaded(const QByteArray &json);
    void committed(qint64 lastSeq, int applied);
    void pruned(qint64 deliveries);
    // Where the copy of the past before the window stands (both 0: there is none to make).
    void backfillProgress(qint64 seq, qint64 until);
    void rollupsImported(int minutes);

private:
    enum class Source { Live, Backfill };
    bool exec(const QString &sql, const QVariantList &values = {});
    // Rows the statement changed, or -1 when it failed.
    qint64 execCount(const QString &sql, const QVariantList &values);
    void setMeta(const QString &key, const QString &value);
    void setMeta(const QString &key, qint64 value);
    void applyOne(const sb::StreamFrame &frame, Source source);
    void applyAttempt(const sb::StreamFrame &frame);
    void countInRollups(const QString &endpointId, const QString &appId, qint64 atMs, int code, qint64 durationMs,
                        const QString &errorClass);

    QString m_path;
    QString m_connection;
    qint64 m_lastSeq = 0;
    qint64 m_rollupsFrom = 0;   // minutes before this are the engine's roll-ups (0: none are)
    qint64 m_backfillSeq = 0;   // the older past is copied up to here...
    qint64 m_backfillUntil = 0; // ...of this much (0: nothing to copy)
    QString m_error;
    std::atomic<bool> m_closing{false};
};

} // namespace sb::dashboard
