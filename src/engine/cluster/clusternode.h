// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/store/clusterwrites.h"
#include "engine/store/databaseconnection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace sb::engine {

class DeliveryScheduler;
class StoreReader;
class StoreWriter;

// This engine as one of several nodes on a PostgreSQL database (docs/scaling.md).
//
// The node holds a lease in the nodes table and renews it through its writer, so a node whose
// writer is stuck loses it like one that died. It owns the deliveries it ingests; when another
// node's lease runs out (or it left), its pending deliveries are claimed in batches here. It
// LISTENs for the other nodes' commits, to wake stream clients and to follow endpoint and
// application changes made elsewhere, which the scheduler and the reader hold in memory. A
// node that is unsure of its own lease stops starting attempts; one that lost it must stop.
class ClusterNode : public QObject
{
    Q_OBJECT

public:
    ClusterNode(QString nodeId, DatabaseLocation location, StoreWriter *writer, StoreReader *reader,
                DeliveryScheduler *scheduler, qint64 leaseMs, QObject *parent = nullptr);
    ~ClusterNode() override;

    // "host-pid-random": unique per process, readable in logs and the nodes table.
    static QString makeNodeId();

    // Registers the node (blocks for one commit), starts listening and claims orphaned work.
    // `followFrom`: the change-log seq the caches were loaded at (read before loading them).
    bool start(const QString &listen, qint64 followFrom, QString *error);
    // Queues the goodbye (released deliveries, node row removed); the writer commits it when
    // it stops.
    void leave();

    QString nodeId() const { return m_nodeId; }

signals:
    // Changes committed, by any node: stream clients catch up.
    void changesCommitted();
    // This node's lease ran out and its work may be another node's now.
    void leaseLost();

private:
    void heartbeat();
    void onMembership(const clusterwrites::Membership &membership);
    void claim();
    void follow();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_nodeId;
    DatabaseLocation m_location;
    StoreWriter *m_writer;
    StoreReader *m_reader;
    DeliveryScheduler *m_scheduler;
    qint64 m_leaseMs;
    std::unique_ptr<DatabaseConnection> m_listener;
    QTimer m_heartbeat;
    QTimer m_poll;
    QTimer m_pauseAfter; // runs out when the lease may soon be gone: stop starting attempts
    QTimer m_followSoon; // gathers the other nodes' commits: one catch-up per tick, not per commit
    int m_beats = 0;
    QElapsedTimer m_sinceRenewal; // from the moment the last successful renewal was asked for
    qint64 m_followedSeq = 0;
    bool m_renewing = false;
    bool m_claiming = false;
    bool m_claimAgain = false;
    bool m_lost = false;
    bool m_left = false; // leave() was called: nothing more goes to the writer
};

} // namespace sb::engine
