// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "engine/delivery/backgroundtasks.h"
#include "engine/delivery/operationalwebhooks.h"
#include "engine/cluster/clusternode.h"
#include "engine/api/enginecontext.h"
#include "engine/api/httpfront.h"
#include "engine/api/openfiles.h"
#include "engine/api/ingestratelimit.h"
#include "engine/store/retentionsweeper.h"
#include "engine/stream/streamserver.h"

#include <QWebSocket>

#include <QDir>
#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QThread>
#include <QTimer>

namespace sb::engine {

Engine::Engine(QObject *parent)
    : QObject(parent)
{
}

Engine::~Engine()
{
    if (m_front)
        m_front->stop();
    m_readers.reset(); // waits for reads under way; nothing posts more once the front stopped
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
    if (config.adminToken.isEmpty() && config.tokens.isEmpty()) {
        *error = tr("set SWITCHBOARD_ADMIN_TOKEN: every API call needs a bearer token");
        return false;
    }
    DatabaseLocation location;
    location.sqlitePath = QDir(config.dataDir).absoluteFilePath(QStringLiteral("switchboard.db"));
    if (!config.database.isEmpty())
        location = *DatabaseLocation::fromUrl(config.database, error); // checked when parsed
    // On PostgreSQL this engine is one node of possibly several (docs/scaling.md).
    const bool cluster = location.dialect.kind() == SqlDialect::Kind::PostgreSQL;
    const QString nodeId = cluster ? ClusterNode::makeNodeId() : QString();
    m_writer = std::make_unique<StoreWriter>(location);
    m_writer->setNodeId(nodeId);
    if (!m_writer->start(error)) {
        *error = tr("cannot open the store: %1").arg(*error);
        return false;
    }
    m_reader = std::make_unique<StoreReader>(location, QStringLiteral("switchboard-api-reader"));
    if (!m_reader->isOpen()) {
        *error = tr("cannot open the store for reading: %1").arg(m_reader->errorString());
        return false;
    }
    // The API's reads: lists, lookups and statistics, off the thread that schedules.
    m_readers = std::make_unique<ReaderPool>(location, std::max(2, QThread::idealThreadCount()), config.readerNiceness);
    if (!m_readers->start(error)) {
        *error = tr("cannot open the store for reading: %1").arg(*error);
        return false;
    }
    m_retention = new RetentionSweeper(m_writer.get(), config.retention, config.rollupRetention, this);

    // Connections and outbound attempts past the descriptors this process may open would fail:
    // accept() in a loop (Qt's listener retried at once, the engine's thread spun and nobody
    // was answered), and attempts that could not open their socket counted as delivery
    // failures. Both are capped to fit, and past the connection cap clients get a 503.
    const long openFiles = openfiles::raiseToHardLimit();
    const openfiles::DescriptorBudget fds = openfiles::budget(config.front.maxConnections, config.maxInFlight, openFiles);
    if (fds.connections < config.front.maxConnections || fds.inFlight < config.maxInFlight) {
        qWarning("at most %d HTTP connections (not %d) and %d attempts in flight (not %d): this process may open "
                 "%ld files; raise that limit (ulimit -n, systemd LimitNOFILE=) to allow more",
                 fds.connections, config.front.maxConnections, fds.inFlight, config.maxInFlight, openFiles);
    }

    AddressPolicy policy;
    for (const QString &v : config.allowNetworks) {
        for (const QString &cidr : v.split(u',', Qt::SkipEmptyParts))
            policy.allow(cidr.trimmed());
    }
    m_dispatcher = std::make_unique<HttpDispatcher>(policy);
    m_dispatcher->setHttpsOnly(config.httpsOnly);
    SchedulerSettings settings;
    settings.retrySchedule = config.retrySchedule;
    settings.throttleFloor = config.throttleFloor;
    settings.jitter = config.jitter;
    settings.maxInFlight = fds.inFlight;
    settings.circuitBreakerMs = config.disableAfter.count();
    m_scheduler = std::make_unique<DeliveryScheduler>(m_writer.get(), m_reader.get(), m_dispatcher.get(), settings);
    connect(m_retention, &RetentionSweeper::payloadsExpired, m_scheduler.get(), [scheduler = m_scheduler.get()](const QStringList &ids) {
        for (const QString &id : ids)
            scheduler->contentExpunged(id);
    });
    const qint64 loadedAt = cluster ? m_reader->lastSeq() : 0; // before: nothing slips between
    m_scheduler->restore(!cluster); // a node claims what is pending instead
    if (cluster) {
        m_cluster = std::make_unique<ClusterNode>(nodeId, location, m_writer.get(), m_reader.get(),
                                                  m_scheduler.get(), config.nodeLease.count());
        if (!m_cluster->start(QStringLiteral("%1:%2").arg(config.listenHost).arg(config.listenPort), loadedAt, error))
            return false;
        connect(m_cluster.get(), &ClusterNode::leaseLost, this, [this] {
            emit failed(tr("this node's lease ran out and other nodes took over its deliveries; "
                           "restart it to rejoin"));
        });
    }
    m_dispatcher->start();

    m_server = std::make_unique<ApiServer>();
    m_server->setReaderPool(m_readers.get());
    AccessControl access;
    if (!config.adminToken.isEmpty())
        access.addToken(QStringLiteral("admin"), Role::Admin, config.adminToken);
    for (auto it = config.tokens.constBegin(); it != config.tokens.constEnd(); ++it) {
        if (!access.addToken(it.key(), it.value(), error))
            return false;
    }
    m_server->setAccessControl(std::move(access));
    // One masker for every reader thread and the stream: it is never changed once built.
    const auto masker = std::make_shared<const Masker>(config.maskRules);
    m_server->setMasker(masker);
    if (config.ingestRateLimit > 0) {
        m_ingestLimit = std::make_unique<IngestRateLimit>(config.ingestRateLimit);
        m_server->setIngestRateLimit(m_ingestLimit.get());
    }
    FrontSettings front = config.front;
    front.maxConnections = fds.connections;
    m_front = std::make_unique<HttpFront>(m_server.get(), front);
    m_metrics = std::make_unique<EngineMetrics>();
    m_scheduler->setMetrics(m_metrics.get());
    m_tasks = std::make_unique<BackgroundTasks>(m_reader.get(), m_writer.get(), m_scheduler.get(), nodeId);
    m_operational = std::make_unique<OperationalWebhooks>(m_writer.get(), m_reader.get(), m_scheduler.get(),
                                                          config.operationalFailingAfter);
    connectOperationalWebhooks();
    m_tasks->restore(); // running tasks go on where they stopped
    EngineContext ctx{m_writer.get(), m_reader.get(), m_scheduler.get(), this, m_metrics.get(), m_tasks.get(),
                      m_operational.get(), {}, {}, config.httpsOnly, nodeId};
    // QByteArray, not auto: a QStringBuilder returned from here would refer to dead temporaries.
    ctx.moreMetrics = [front = m_front.get(), retention = m_retention]() -> QByteArray {
        return front->renderMetrics() + retention->renderMetrics();
    };
    ctx.readers = m_readers.get();
    ctx.gauges = [this] {
        return EngineMetrics::Gauges{m_scheduler->queued(), m_scheduler->inFlight(), m_writer->queueDepth(),
                                     m_stream ? m_stream->clientCount() : 0};
    };
    api::registerApplicationRoutes(*m_server, ctx);
    api::registerEndpointRoutes(*m_server, ctx);
    api::registerMessageRoutes(*m_server, ctx);
    api::registerDeliveryRoutes(*m_server, ctx);
    api::registerEndpointSecretRoutes(*m_server, ctx);
    api::registerEventTypeRoutes(*m_server, ctx);
    api::registerOperationsRoutes(*m_server, ctx);
    api::registerOperationalWebhookRoutes(*m_server, ctx);
    if (const WriteResult seeded = m_writer->submitAndWait(api::seedEventTypes()); !seeded.ok) {
        *error = tr("cannot store the event catalogue: %1").arg(seeded.error);
        return false;
    }

    m_stream = std::make_unique<StreamServer>(m_reader.get(), [server = m_server.get()](const QByteArray &header) {
        const std::optional<Caller> caller = server->accessControl().authenticate(header);
        return caller ? std::optional(maskAudience(caller->role)) : std::nullopt;
    });
    m_stream->setMasker(masker);
    m_stream->setMaxBehindBytes(config.streamMaxBehind);
    m_stream->setStallLimitMs(static_cast<int>(config.streamStallLimit.count()));
    m_front->setStreamAcceptor([this](std::unique_ptr<QWebSocket> socket) { m_stream->accept(std::move(socket)); });
    m_front->setStreamCount([this]() -> qint64 { return m_stream ? m_stream->clientCount() : 0; });
    connect(m_writer.get(), &StoreWriter::changesCommitted, m_stream.get(), &StreamServer::changesCommitted);
    if (m_cluster)
        connect(m_cluster.get(), &ClusterNode::changesCommitted, m_stream.get(), [this] { m_stream->changesCommitted(0); });
    // Before the first client can subscribe: it must not be offered changes about to go.
    const WriteResult pruned = m_writer->submitAndWait(pruneJob(config.changeRetention.count()));
    if (!pruned.ok)
        qWarning("pruning the change log failed: %s", qPrintable(pruned.error));
    m_pruneTimer = new QTimer(this);
    connect(m_pruneTimer, &QTimer::timeout, this, &Engine::pruneChangeLog);
    m_pruneTimer->start(std::min<qint64>(config.changeRetention.count(), 3'600'000));
    m_retention->start();

    std::optional<QSslConfiguration> tls;
    if (!config.tlsCertificate.isEmpty()) {
        QFile certFile(config.tlsCertificate), keyFile(config.tlsKey);
        const QList<QSslCertificate> chain = certFile.open(QIODevice::ReadOnly)
            ? QSslCertificate::fromDevice(&certFile, QSsl::Pem) : QList<QSslCertificate>();
        QSslKey key;
        if (keyFile.open(QIODevice::ReadOnly)) {
            const QByteArray pem = keyFile.readAll();
            for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Opaque}) {
                key = QSslKey(pem, algorithm, QSsl::Pem);
                if (!key.isNull())
                    break;
            }
        }
        if (chain.isEmpty() || key.isNull()) {
            *error = tr("cannot read the TLS certificate %1 or key %2").arg(config.tlsCertificate, config.tlsKey);
            return false;
        }
        tls = QSslConfiguration::defaultConfiguration();
        tls->setLocalCertificateChain(chain);
        tls->setPrivateKey(key);
        tls->setProtocol(QSsl::TlsV1_2OrLater);
    }
    if (!m_front->listen(config.listenHost, config.listenPort, tls, error)) {
        *error = tr("cannot listen on %1:%2: %3").arg(config.listenHost).arg(config.listenPort).arg(*error);
        return false;
    }
    m_port = m_front->port();
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
    m_stream->closeAll();
    m_front->stopListening();
    connect(m_scheduler.get(), &DeliveryScheduler::drained, this, &Engine::finishShutdown,
            Qt::SingleShotConnection);
    QTimer::singleShot(m_config.drainTimeout, this, &Engine::finishShutdown);
    m_scheduler->drain();
}

// The stream replays from the change log; older entries are only reachable via the REST API,
// and clients asking for a pruned point are told so. The newest change always stays, so seq
// numbers keep growing across restarts.
StoreWriter::Job Engine::pruneJob(qint64 retentionMs)
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch() - retentionMs;
    return [before](WriteTransaction &tx) {
        tx.exec(QStringLiteral("DELETE FROM changes WHERE at < ? AND seq < (SELECT MAX(seq) FROM changes)"),
                {before});
        return QVariant(tx.rowsAffected());
    };
}

void Engine::pruneChangeLog()
{
    m_writer->submit(pruneJob(m_config.changeRetention.count()), this, [](const WriteResult &r) {
            if (!r.ok)
                qWarning("pruning the change log failed: %s", qPrintable(r.error));
        });
}

void Engine::connectOperationalWebhooks()
{
    OperationalWebhooks *operational = m_operational.get();
    connect(m_scheduler.get(), &DeliveryScheduler::endpointDisabled, operational,
            [operational](const Endpoint &endpoint, bool gone, qint64 failingSinceMs) {
                operational->endpointDisabled(endpoint, gone ? OperationalWebhooks::DisabledBy::Gone
                                                             : OperationalWebhooks::DisabledBy::Failing,
                                              failingSinceMs);
            });
    connect(m_scheduler.get(), &DeliveryScheduler::attemptRecorded, operational, &OperationalWebhooks::attemptRecorded);
    connect(m_tasks.get(), &BackgroundTasks::taskEnded, operational, &OperationalWebhooks::taskFinished);
}

void Engine::finishShutdown()
{
    if (!m_writer)
        return;
    // Nothing may queue writes once the writer is gone below.
    if (m_pruneTimer)
        m_pruneTimer->stop();
    if (m_retention)
        m_retention->stop();
    if (!m_scheduler->isDrained()) {
        qWarning("drain timeout: %d attempts still in flight are abandoned; they stay pending and go again",
                 m_scheduler->inFlight());
    }
    m_dispatcher->stop();
    m_tasks.reset(); // running tasks stop here; stored as running, they go on after the next start
    if (m_cluster)
        m_cluster->leave(); // after the attempts: what is still pending goes to the other nodes
    m_writer->stop(); // commits everything queued, attempts included
    m_writer.reset();
    emit stopped();
}

} // namespace sb::engine
