// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/streamframe.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace sb::dashboard {

// The dashboard's end of the engine's event stream. QWebSocket never reconnects by itself:
// this does, with backoff, and resumes from whatever the local store says it has, so the
// store ends with every change exactly once. Pings find an engine that went silent: a stopped
// process keeps its sockets open, so only a missing pong tells it from an idle engine.
class StreamConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, CatchingUp, Live, WaitingToReconnect };
    Q_ENUM(State)

    // Given the engine's instance id (from its hello), the last seq stored locally for it
    // (0: none). A store holding another instance's history starts again. nullopt: decided
    // later (a first sync asks the engine first), by a call to subscribeAfter().
    using ResumePoint = std::function<std::optional<qint64>(const QString &instanceId)>;

    explicit StreamConnection(QObject *parent = nullptr);
    ~StreamConnection() override;

    void open(const QUrl &engine, const QByteArray &token, ResumePoint resumeFrom);
    void close();
    // Subscribes the current connection after `seq`, when its resume point was left open.
    void subscribeAfter(qint64 seq);

    State state() const { return m_state; }
    qint64 engineLastSeq() const { return m_engineLastSeq; }
    int reconnectDelayMs() const { return m_backoffMs; }
    QString lastError() const { return m_lastError; }

    // Whether the engine answers: false once a ping went unanswered for the pong timeout,
    // true again at the next sign of life (a pong, a frame, a new connection).
    bool engineAnswering() const { return !m_silentSince.isValid(); }
    // The last time the engine was heard from, when it is not answering (else null).
    QDateTime silentSince() const { return m_silentSince; }

    void setPingIntervalMs(int ms) { m_ping.setInterval(ms); }
    void setPongTimeoutMs(int ms) { m_pongDeadline.setInterval(ms); }
    // How long an unanswering connection is kept before it is dropped and made again.
    void setDropSilentAfterMs(int ms) { m_dropSilentAfterMs = ms; }
    // false accepts any certificate (a lab engine with a self-signed one).
    void setVerifyTls(bool verify) { m_verifyTls = verify; }
    // While catching up, the engine sends as fast as the network goes and the history writes
    // far slower: the frames in between would pile up in memory (gigabytes for a week of a
    // busy engine). With a limit, once more than `changes` received frames are not yet
    // applied (`appliedSeq()`: the last seq the consumer has stored), the connection is let
    // go and made again from the last frame received when the backlog is down to a quarter.
    using AppliedSeq = std::function<qint64()>;
    void setBacklogLimit(qint64 changes, AppliedSeq appliedSeq);
    // How many times the backlog paused the stream (tests, benchmarks).
    int backlogPauses() const { return m_backlogPauses; }

signals:
    void stateChanged(sb::dashboard::StreamConnection::State state);
    void framesReceived(const QList<sb::StreamFrame> &changes);
    // The engine pruned the point we asked for: reload through the REST API.
    void resumePointPruned(qint64 oldestSeq);
    void errorOccurred(const QString &message);
    void answeringChanged(bool answering);

private:
    void connectNow();
    void onText(const QString &text);
    void onDisconnected();
    void setState(State state);
    void heardFromEngine();
    void pingEngine();
    void pauseForBacklog(qint64 lastReceived);

    QWebSocket m_socket;
    QUrl m_engine;
    QByteArray m_token;
    ResumePoint m_resumeFrom;
    State m_state = State::Disconnected;
    bool m_wanted = false;
    bool m_verifyTls = true;
    int m_backoffMs = 500;
    qint64 m_engineLastSeq = 0;
    bool m_awaitingSubscribe = false; // hello seen, resume point not yet given
    QString m_lastError;
    QTimer m_reconnect;
    QTimer m_ping;
    QTimer m_pongDeadline;
    QDateTime m_lastHeard;
    QDateTime m_silentSince;
    int m_dropSilentAfterMs = 30'000;
    qint64 m_backlogLimit = 0; // 0: none
    AppliedSeq m_appliedSeq;
    QTimer m_drain;              // while paused: is the backlog down?
    bool m_draining = false;     // paused; frames still arriving are dropped (sent again)
    qint64 m_resumeAfter = 0;    // the last frame received before the pause...
    QString m_instanceId;        // ...from this engine instance
    int m_backlogPauses = 0;
};

} // namespace sb::dashboard
