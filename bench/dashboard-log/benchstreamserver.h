// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>

class QWebSocket;
class QWebSocketServer;
class QTimer;

namespace sb::bench {

// Speaks the engine's stream protocol on loopback from a thread of its own: hello, then after
// the client subscribes, caught-up, then (once started) a steady feed of message.created and
// attempt.finished changes in batches every 10 ms, as a busy engine would send them.
class BenchStreamServer : public QObject
{
    Q_OBJECT

public:
    BenchStreamServer(QString instanceId, qint64 lastSeq);
    ~BenchStreamServer() override;

    // Listens on 127.0.0.1; returns the port (0 on failure).
    quint16 start();
    void startFeed(int changesPerSecond) { m_rate.store(changesPerSecond); }
    void stopFeed() { m_rate.store(0); }
    qint64 sent() const { return m_sent.load(); }

private:
    void onConnection();
    void tick();

    QThread m_thread;
    QWebSocketServer *m_server = nullptr; // lives on m_thread
    QWebSocket *m_client = nullptr;
    QTimer *m_timer = nullptr;
    QString m_instanceId;
    qint64 m_seq;
    int m_message = 0;
    std::atomic<int> m_rate{0};
    std::atomic<qint64> m_sent{0};
    bool m_subscribed = false;
};

} // namespace sb::bench
