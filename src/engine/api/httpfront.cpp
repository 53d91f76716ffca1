// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfront.h"

#include "frontlistener.h"
#include "frontworker.h"

#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/socket.h>
#include <unistd.h>

namespace sb::engine {

HttpFront::HttpFront(const ApiServer *router, FrontSettings settings, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_settings(settings)
    , m_webSockets(new QWebSocketServer(QStringLiteral("switchboardd"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (m_webSockets->hasPendingConnections()) {
            std::unique_ptr<QWebSocket> socket(m_webSockets->nextPendingConnection());
            if (m_acceptStream)
                m_acceptStream(std::move(socket));
        }
    });
}

HttpFront::~HttpFront() { stop(); }

bool HttpFront::listen(const QString &host, quint16 port, const std::optional<QSslConfiguration> &tls,
                       QString *error)
{
    m_tls = tls.has_value();
    m_listener = new FrontListener([this](qintptr descriptor) { incoming(descriptor); }, this);
    // "[::1]" as in a URL; never an empty or unknown host taken for "every address".
    QString address = host.startsWith(u'[') && host.endsWith(u']') ? host.mid(1, host.size() - 2) : host;
    if (address == u"localhost")
        address = QStringLiteral("127.0.0.1");
    if (!m_listener->listen(QHostAddress(address), port, error))
        return false;
    const int count = m_settings.workerThreads > 0 ? m_settings.workerThreads
                                                   : std::max(1, QThread::idealThreadCount());
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("http-front-%1").arg(i));
        auto *worker = new FrontWorker(this, m_router, m_settings, &m_stats, tls);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
    return true;
}

quint16 HttpFront::port() const { return m_listener ? m_listener->port() : 0; }

void HttpFront::stopListening()
{
    if (m_listener)
        m_listener->close();
}

void HttpFront::stop()
{
    stopListening();
    for (size_t i = 0; i < m_workers.size(); ++i) {
        FrontWorker *worker = m_workers[i];
        QMetaObject::invokeMethod(worker, [worker] { worker->closeAll(); }, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
    }
    m_workers.clear();
    m_threads.clear();
}

void HttpFront::incoming(qintptr descriptor)
{
    const qint64 streams = m_streamCount ? m_streamCount() : 0;
    if (m_stats.open.load() + streams >= m_settings.maxConnections || m_workers.empty()) {
        refuseOverCap(descriptor);
        return;
    }
    m_stats.open++;
    m_stats.accepted++;
    FrontWorker *worker = m_workers[m_next++ % m_workers.size()];
    QMetaObject::invokeMethod(worker, [worker, descriptor] { worker->accept(descriptor); }, Qt::QueuedConnection);
}

void HttpFront::refuseOverCap(qintptr descriptor)
{
    m_stats.refusedOverCap++;
    // Best effort and never blocking: a plain-text client learns why; a TLS one sees the close.
    if (!m_tls) {
        static const QByteArray body =
            R"({"code":"too_many_connections","detail":"the engine has too many open connections"})";
        static const QByteArray answer =
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\n"
            "Retry-After: 1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        [[maybe_unused]] const ssize_t sent = ::send(static_cast<int>(descriptor), answer.constData(),
                                                     static_cast<size_t>(answer.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        ::shutdown(static_cast<int>(descriptor), SHUT_WR);
    }
    ::close(static_cast<int>(descriptor));
}

void HttpFront::run(const ApiServer::Decision &decision, const ApiCallPtr &call)
{
    m_router->run(decision, call);
}

void HttpFront::acceptStream(QTcpSocket *socket)
{
    socket->setParent(nullptr);
    m_webSockets->handleConnection(socket);
}

QByteArray HttpFront::renderMetrics() const
{
    QByteArray out;
    const auto line = [&out](const char *name, const char *type, const char *help, qint64 value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' '
            + QByteArray::number(value) + '\n';
    };
    line("switchboard_http_connections_open", "gauge", "Open HTTP connections (stream clients not counted).", m_stats.open);
    line("switchboard_http_connections_max", "gauge", "The cap on open HTTP connections and stream clients together.", m_settings.maxConnections);
    line("switchboard_http_connections_accepted_total", "counter", "HTTP connections accepted.", m_stats.accepted);
    line("switchboard_http_connections_refused_total", "counter", "Connections refused because the cap was reached.", m_stats.refusedOverCap);
    line("switchboard_http_requests_total", "counter", "Requests read to their end and routed.", m_stats.requests);
    line("switchboard_http_refused_at_headers_total", "counter", "Requests answered from their headers alone (401, 403, 404, 405, 429, 503), body unread.", m_stats.refusedAtHeaders);
    line("switchboard_http_rate_limited_total", "counter", "Ingest requests answered 429 by the per-token rate limit.", m_stats.rateLimited);
    line("switchboard_http_too_large_total", "counter", "Requests refused for their body (413) or headers (431) size.", m_stats.tooLarge);
    line("switchboard_http_malformed_total", "counter", "Requests refused as malformed HTTP.", m_stats.malformed);
    line("switchboard_http_header_timeouts_total", "counter", "Requests whose headers missed their deadline (408).", m_stats.headerTimeouts);
    line("switchboard_http_body_timeouts_total", "counter", "Requests whose body missed its deadline (408).", m_stats.bodyTimeouts);
    line("switchboard_http_idle_closed_total", "counter", "Connections closed after waiting idle for a request.", m_stats.idleClosed);
    line("switchboard_http_accept_errors_total", "counter",
         "Connections not accepted for want of file descriptors or memory (accepting pauses 100 ms).",
         m_listener ? m_listener->resourceErrors() : 0);
    return out;
}

} // namespace sb::engine
