// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserver.h"
#include "frontsettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <optional>

class QTcpSocket;
class QTimer;

namespace sb::engine {

class FrontConnection;
class HttpFront;

// One thread of the HTTP front: owns the connections handed to it, parses their requests and
// enforces their deadlines with one sweep timer (not a timer per connection: thousands of
// half-open connections cost a set entry each, nothing more).
class FrontWorker : public QObject
{
    Q_OBJECT

public:
    FrontWorker(HttpFront *front, const ApiServer *router, const FrontSettings &settings,
                FrontStats *stats, std::optional<QSslConfiguration> tls);
    ~FrontWorker() override;

    // This worker's thread: a new connection's socket descriptor.
    void accept(qintptr descriptor);
    void closeAll();

    qint64 now() const { return m_clock.elapsed(); }
    const FrontSettings &settings() const { return m_settings; }
    FrontStats &stats() { return *m_stats; }
    const ApiServer &router() const { return *m_router; }

    // Called by connections on this thread.
    void forget(FrontConnection *connection);
    void dispatch(const ApiServer::Decision &decision, HttpRequest request,
                  std::shared_ptr<ResponseSink> sink);
    void handOverStream(QTcpSocket *socket);

private:
    void sweep();

    HttpFront *m_front;
    const ApiServer *m_router;
    FrontSettings m_settings;
    FrontStats *m_stats;
    std::optional<QSslConfiguration> m_tls;
    QElapsedTimer m_clock;
    QTimer *m_sweep;
    QSet<FrontConnection *> m_connections;
};

} // namespace sb::engine
