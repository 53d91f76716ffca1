// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "enginecontext.h"

#include <QDir>
#include <QTcpServer>
#include <QTimer>

namespace sb::engine {

Engine::Engine(QObject *parent)
    : QObject(parent)
{
}

Engine::~Engine()
{
    if (m_dispatcher)
        m_dispatcher->stop();
    if (m_writer)
        m_writer->stop();
}

bool Engine::start(const EngineConfig &config, QString *error)
{
    m_config = config;
    if (!QDir().mkpath(config.dataDir)) {
        *error = tr("cannot create data directory %1").arg(config.dataDir);
        return false;
    }
    if (config.adminToken.isEmpty()) {
        *error = tr("set SWITCHBOARD_ADMIN_TOKEN: every API call needs a bearer token");
        return false;
    }
    DatabaseLocation location{SqlDialect(SqlDialect::Kind::SQLite),
                              QDir(config.dataDir).absoluteFilePath(QStringLiteral("switchboard.db"))};
    m_writer = std::make_unique<StoreWriter>(location);
    if (!m_writer->start(error)) {
        *error = tr("cannot open the store: %1").arg(*error);
        return false;
    }
    m_reader = std::make_unique<StoreReader>(location, QStringLiteral("switchboard-api-reader"));
    if (!m_reader->isOpen()) {
        *error = tr("cannot open the store for reading: %1").arg(m_reader->errorString());
        return false;
    }

    AddressPolicy policy;
    for (const QString &v : config.allowNetworks) {
        for (const QString &cidr : v.split(u',', Qt::SkipEmptyParts))
            policy.allow(cidr.trimmed());
    }
    m_dispatcher = std::make_unique<HttpDispatcher>(policy);
    SchedulerSettings settings;
    settings.retrySchedule = config.retrySchedule;
    settings.throttleFloor = config.throttleFloor;
    settings.jitter = config.jitter;
    settings.maxInFlight = config.maxInFlight;
    settings.circuitBreakerMs = config.disableAfter.count();
    m_scheduler = std::make_unique<DeliveryScheduler>(m_writer.get(), m_reader.get(), m_dispatcher.get(), settings);
    m_scheduler->restore();
    m_dispatcher->start();

    m_server = std::make_unique<ApiServer>();
    m_server->setAdminToken(config.adminToken);
    m_server->setMaxBodyBytes(config.maxBodyBytes);
    const EngineContext ctx{m_writer.get(), m_reader.get(), m_scheduler.get(), this};
    api::registerApplicationRoutes(*m_server, ctx);
    api::registerEndpointRoutes(*m_server, ctx);
    api::registerMessageRoutes(*m_server, ctx);

    auto *tcp = new QTcpServer(m_server.get());
    if (!tcp->listen(QHostAddress(config.listenHost), config.listenPort)) {
        *error = tr("cannot listen on %1:%2: %3").arg(config.listenHost).arg(config.listenPort).arg(tcp->errorString());
        return false;
    }
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

void Engine::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (!m_scheduler) {
        emit stopped();
        return;
    }
    m_server->setAccepting(false);
    for (QTcpServer *tcp : m_server->servers())
        tcp->close();
    connect(m_scheduler.get(), &DeliveryScheduler::drained, this, &Engine::finishShutdown,
            Qt::SingleShotConnection);
    QTimer::singleShot(m_config.drainTimeout, this, &Engine::finishShutdown);
    m_scheduler->drain();
}

void Engine::finishShutdown()
{
    if (!m_writer)
        return;
    m_dispatcher->stop();
    m_writer->stop(); // commits everything queued, attempts included
    m_writer.reset();
    emit stopped();
}

} // namespace sb::engine
