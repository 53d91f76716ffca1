// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engineconfig.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace sb::engine {

class ApiServer;
class HttpFront;
class IngestRateLimit;
class BackgroundTasks;
class ClusterNode;
class DeliveryScheduler;
class EngineMetrics;
class HttpDispatcher;
class OperationalWebhooks;
class ReaderPool;
class RetentionSweeper;
class StoreReader;
class StoreWriter;
class StreamServer;

// switchboardd as an object: store, scheduler, dispatcher and API wired together.
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    bool start(const EngineConfig &config, QString *error);
    quint16 port() const { return m_port; }

    // Stops accepting, lets attempts in flight finish (up to the drain timeout), commits what
    // they returned and emits stopped(). What did not finish stays pending and goes again
    // after the next start.
    void shutdown();

signals:
    void stopped();
    // The engine cannot go on (a node that lost its lease): exit with a failure.
    void failed(const QString &reason);

private:
    void finishShutdown();
    // What the scheduler and the background tasks report, told to operational webhooks.
    void connectOperationalWebhooks();
    void pruneChangeLog();
    static std::function<QVariant(class WriteTransaction &)> pruneJob(qint64 retentionMs);

    EngineConfig m_config;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<HttpDispatcher> m_dispatcher;
    std::unique_ptr<EngineMetrics> m_metrics;
    std::unique_ptr<DeliveryScheduler> m_scheduler;
    std::unique_ptr<BackgroundTasks> m_tasks;
    std::unique_ptr<OperationalWebhooks> m_operational;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<ReaderPool> m_readers; // before the routes its jobs run
    std::unique_ptr<IngestRateLimit> m_ingestLimit;
    std::unique_ptr<StreamServer> m_stream; // before the reader it reads from is destroyed
    std::unique_ptr<ClusterNode> m_cluster; // PostgreSQL only; before what it borrows
    std::unique_ptr<HttpFront> m_front; // first to go: its threads call into the rest
    QTimer *m_pruneTimer = nullptr;
    RetentionSweeper *m_retention = nullptr; // child: its jobs end before the writer stops
    quint16 m_port = 0;
    bool m_shuttingDown = false;
};

} // namespace sb::engine
