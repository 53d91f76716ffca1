// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserver.h"
#include "frontsettings.h"

#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;
class QWebSocket;
class QWebSocketServer;

namespace sb::engine {

class FrontListener;
class FrontWorker;

// The engine's HTTP/1.1 listener (API, ingest, /metrics, the WebSocket stream, TLS). Accepts
// on the engine's thread and hands each connection to one of a few worker threads, which
// parse requests and decide at the headers (docs/architecture.md, "The HTTP front"); complete
// requests run their route on the engine's thread, except reads, which the worker queues on
// the reader pool itself; answers go back to the worker. Over
// the connection cap a new connection gets a 503 and is closed at once.
class HttpFront : public QObject
{
    Q_OBJECT

public:
    using StreamAcceptor = std::function<void(std::unique_ptr<QWebSocket>)>;

    HttpFront(const ApiServer *router, FrontSettings settings, QObject *parent = nullptr);
    ~HttpFront() override;

    // WebSocket upgrades of /api/v1/stream that passed the router go here.
    void setStreamAcceptor(StreamAcceptor acceptor) { m_acceptStream = std::move(acceptor); }
    // Stream clients open now (the engine's thread): they count against the connection cap
    // too, or a token holder could open WebSockets until the process ran out of descriptors.
    void setStreamCount(std::function<qint64()> count) { m_streamCount = std::move(count); }
    bool listen(const QString &host, quint16 port, const std::optional<QSslConfiguration> &tls, QString *error);
    quint16 port() const;
    void stopListening();
    // Closes every connection and stops the worker threads.
    void stop();

    const FrontSettings &settings() const { return m_settings; }
    const FrontStats &stats() const { return m_stats; }
    // Prometheus text for /metrics.
    QByteArray renderMetrics() const;

    // From a worker: the call it made runs its handler on the engine's thread.
    void run(const ApiServer::Decision &decision, const ApiCallPtr &call);
    // From a worker: the socket (already moved to this thread) carries a WebSocket handshake.
    void acceptStream(QTcpSocket *socket);
    void incoming(qintptr descriptor);

private:
    void refuseOverCap(qintptr descriptor);

    const ApiServer *m_router;
    FrontSettings m_settings;
    FrontStats m_stats;
    bool m_tls = false;
    FrontListener *m_listener = nullptr;
    QWebSocketServer *m_webSockets;
    StreamAcceptor m_acceptStream;
    std::function<qint64()> m_streamCount;
    std::vector<QThread *> m_threads;
    std::vector<FrontWorker *> m_workers;
    size_t m_next = 0;
};

} // namespace sb::engine
