// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenarioplanner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <map>

namespace sb::tools {

class EngineClient;
struct EngineReply;

struct TrafficStats
{
    qint64 sent = 0;     // requests made
    qint64 accepted = 0; // answered 202
    qint64 failed = 0;   // answered otherwise, or not at all
    qint64 sessionsStarted = 0;
    int activeSessions = 0;
    QString lastError;
};

// Sends the planned events to the engine at a steady rate. Several calls and campaigns run
// at once, interleaved, as on a real platform; within one of them, an event is sent only
// after the engine accepted the one before, so the engine stores each call's events in the
// order they happened. A token bucket keeps the rate even when replies are slow.
class TrafficGenerator : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        double rate = 10;        // events per second
        qint64 count = -1;       // stop starting calls once this many events are planned
        qint64 durationMs = -1;  // stop starting calls after this long
    };

    // `appIds` maps each customer's uid to its application id in the engine.
    TrafficGenerator(EngineClient &client, QHash<QString, QString> appIds, quint32 seed,
                     QObject *parent = nullptr);

    void start(const Limits &limits);
    void stop();
    const TrafficStats &stats() const { return m_stats; }
    bool isRunning() const { return m_timer.isActive(); }

    // After this many network failures in a row the engine is taken to be gone.
    static constexpr int MaxConsecutiveNetworkFailures = 10;

Q_SIGNALS:
    // `message` is the body that was posted; `messageId` the engine's msg_….
    void eventAccepted(const QString &appUid, const QString &messageId, const QJsonObject &message);
    // Every started call and campaign has sent its last event and no new one will start.
    void finished();
    // The engine stopped answering or refused the token: nothing more will be sent.
    void engineLost(const QString &error);

private:
    struct Active
    {
        Session session;
        qsizetype next = 0;
        bool waiting = false;
    };

    void tick();
    bool mayStartSession() const;
    void sendNext(qint64 key);
    void replied(qint64 key, const QString &appUid, const QJsonObject &message,
                 const EngineReply &reply);
    void checkFinished();

    EngineClient &m_client;
    QHash<QString, QString> m_appIds;
    ScenarioPlanner m_planner;
    QRandomGenerator m_pick; // which ready session goes next
    std::map<qint64, Active> m_active; // by start order, so picking is reproducible
    qint64 m_nextKey = 0;
    Limits m_limits;
    TrafficStats m_stats;
    qint64 m_planned = 0; // events sent plus those still queued in active sessions
    double m_tokens = 0;
    int m_networkFailures = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
};

} // namespace sb::tools
