// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace sb::dashboard {

class EndpointDirectory;
class EngineClient;
class HistoryStore;
class StreamConnection;

// How the local history is filled from the engine. With this engine's history stored, the
// stream resumes where it stopped. On a first connection to an engine with a long past,
// replaying every change took tens of minutes (about 4,800 attempts/s), so instead:
//   1. the engine's stream position at "now - window" (GET /api/v1/stream/position),
//   2. its applications and endpoints as they are now (the endpoint lists),
//   3. the live stream from that position: the Overview and the log of the window are right
//      as soon as it has caught up,
//   4. the per-minute roll-ups of the days before the window (GET /api/v1/stats/minutes),
//      newest first, so longer Overview ranges are right too,
//   5. the older changes themselves, oldest first, on a second stream up to that position,
//      with progress; a restart goes on where it stopped.
// An engine with little past is simply replayed.
class HistorySync : public QObject
{
    Q_OBJECT

public:
    HistorySync(EngineClient *client, HistoryStore *store, StreamConnection *live, QObject *parent = nullptr);
    ~HistorySync() override;

    // Opens the live stream once the store is open.
    void start(const QUrl &engine, const QByteArray &token);
    void setVerifyTls(bool verify) { m_verifyTls = verify; }
    // How much recent past comes first (default an hour)...
    void setWindowMs(qint64 ms) { m_windowMs = ms; }
    // ...or from when exactly (an operator who knows where trouble began; tests).
    void setWindowStart(const QDateTime &start) { m_windowStart = start; }
    // ...and from how many older changes on that is worth it (default 20,000; 0: always).
    void setMinimumOlderChanges(qint64 changes) { m_minimumOlder = changes; }

    bool backfilling() const;
    // How far the copy of the older past is, 0-100 (100 when there is none to make).
    int backfillPercent() const;

signals:
    // A first sync chose the window: the older past before `windowStart` follows.
    void windowLoaded(const QDateTime &windowStart);
    void backfillProgress(int percent);
    void backfillFinished();

private:
    std::optional<qint64> resumePoint(const QString &instanceId);
    void askPosition();
    void beginWindow(qint64 seq, qint64 oldestSeq, qint64 lastSeq, qint64 windowStartMs);
    void importRollups(qint64 untilMs, int daysLeft);
    void startBackfill();
    void onBackfillProgress(qint64 seq, qint64 until);

    EngineClient *m_client;
    HistoryStore *m_store;
    StreamConnection *m_live;
    EndpointDirectory *m_directory;
    std::unique_ptr<StreamConnection> m_backfill;
    QUrl m_engine;
    QByteArray m_token;
    bool m_verifyTls = true;
    qint64 m_windowMs = 3'600'000;
    QDateTime m_windowStart;
    qint64 m_minimumOlder = 20'000;
    qint64 m_directoryAsOf = 0;    // the engine's last change before its lists were read
    qint64 m_backfillFrom = 0;     // the oldest change the engine had when the copy began
    qint64 m_prunedFloor = 0;      // the engine pruned below this while the copy went on
    bool m_positionAsked = false;  // one question per connection
    bool m_afterPrune = false;     // the engine pruned what this history had
};

} // namespace sb::dashboard
