// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontworker.h"

#include "frontconnection.h"
#include "httpfront.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace sb::engine {

FrontWorker::FrontWorker(HttpFront *front, const ApiServer *router, const FrontSettings &settings,
                         FrontStats *stats, std::optional<QSslConfiguration> tls)
    : m_front(front)
    , m_router(router)
    , m_settings(settings)
    , m_stats(stats)
    , m_tls(std::move(tls))
    , m_sweep(new QTimer(this))
{
    m_clock.start();
    // A deadline is kept to within a quarter of the shortest one (and 20 ms to 250 ms).
    const int shortest = std::min({m_settings.headerTimeoutMs, m_settings.bodyTimeoutMs,
                                   m_settings.idleTimeoutMs, m_settings.lingerMs});
    m_sweep->setInterval(std::clamp(shortest / 4, 20, 250));
    connect(m_sweep, &QTimer::timeout, this, &FrontWorker::sweep);
}

FrontWorker::~FrontWorker() { closeAll(); }

void FrontWorker::accept(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(*m_tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        m_stats->open--;
        return;
    }
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->startServerEncryption();
    m_connections.insert(new FrontConnection(socket, this));
    if (!m_sweep->isActive())
        m_sweep->start();
}

void FrontWorker::closeAll()
{
    const QSet<FrontConnection *> all = m_connections;
    for (FrontConnection *c : all)
        delete c;
    m_connections.clear();
    m_sweep->stop();
}

void FrontWorker::forget(FrontConnection *connection)
{
    if (m_connections.remove(connection))
        m_stats->open--;
    if (m_connections.isEmpty())
        m_sweep->stop();
}

void FrontWorker::dispatch(const ApiServer::Decision &decision, HttpRequest request,
                           std::shared_ptr<ResponseSink> sink)
{
    // Decoded, made and prepared here, on this worker's core (the ingest route decodes its
    // event here): the engine's thread only runs the handler.
    DecodedJson json = request.body.isEmpty() ? DecodedJson{} : DecodedJson::decode(request.body);
    ApiCallPtr call = m_router->makeCall(decision, std::move(request), std::move(sink), std::move(json));
    if (m_router->readsOnPool(decision)) {
        // A read goes from here straight to a reader thread. Through the engine's thread it
        // cost that thread a queued call and the request's set-up for every list, statistics
        // answer or lookup, which consoles and scrapers looping over them took from ingest.
        m_router->run(decision, call);
        return;
    }
    QMetaObject::invokeMethod(m_front, [front = m_front, decision, call = std::move(call)] {
        front->run(decision, call);
    }, Qt::QueuedConnection);
}

void FrontWorker::handOverStream(QTcpSocket *socket)
{
    socket->moveToThread(m_front->thread());
    QMetaObject::invokeMethod(m_front, [front = m_front, socket] { front->acceptStream(socket); },
                              Qt::QueuedConnection);
}

void FrontWorker::sweep()
{
    const qint64 now = m_clock.elapsed();
    QList<FrontConnection *> due;
    for (FrontConnection *c : std::as_const(m_connections)) {
        if (c->deadline() > 0 && c->deadline() <= now)
            due.append(c);
    }
    for (FrontConnection *c : due) {
        if (m_connections.contains(c))
            c->expire();
    }
}

} // namespace sb::engine
