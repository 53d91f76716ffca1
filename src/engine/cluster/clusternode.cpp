// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusternode.h"

#include "engine/delivery/deliveryscheduler.h"
#include "engine/store/storereader.h"
#include "engine/store/storewriter.h"

#include "core/streamframe.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSysInfo>

namespace sb::engine {
namespace {
constexpr int ClaimBatch = 1000;
// The other nodes' changes are also picked up by polling, in case a notification is lost
// (the listening connection dropped): late, never missed.
constexpr int PollMs = 1000;
// Busy nodes commit a hundred batches a second each; reading the change log once per
// notification would keep the API thread busy with it.
constexpr int FollowTickMs = 20;
} // namespace

ClusterNode::ClusterNode(QString nodeId, DatabaseLocation location, StoreWriter *writer,
                         StoreReader *reader, DeliveryScheduler *scheduler, qint64 leaseMs,
                         QObject *parent)
    : QObject(parent)
    , m_nodeId(std::move(nodeId))
    , m_location(std::move(location))
    , m_writer(writer)
    , m_reader(reader)
    , m_scheduler(scheduler)
    , m_leaseMs(leaseMs)
{
    // Renewed four times per lease: two renewals may fail or run late before it is at risk.
    m_heartbeat.setInterval(static_cast<int>(std::max<qint64>(50, leaseMs / 4)));
    connect(&m_heartbeat, &QTimer::timeout, this, &ClusterNode::heartbeat);
    m_pauseAfter.setSingleShot(true);
    connect(&m_pauseAfter, &QTimer::timeout, this, [this] { m_scheduler->setPaused(true); });
    const auto catchUp = [this] {
        follow();
        emit changesCommitted();
    };
    m_followSoon.setSingleShot(true);
    m_followSoon.setInterval(FollowTickMs);
    connect(&m_followSoon, &QTimer::timeout, this, catchUp);
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, catchUp);
}

ClusterNode::~ClusterNode() = default;

QString ClusterNode::makeNodeId()
{
    return QStringLiteral("%1-%2-%3")
        .arg(QSysInfo::machineHostName().left(40))
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::system()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

bool ClusterNode::start(const QString &listen, qint64 followFrom, QString *error)
{
    m_sinceRenewal.start();
    m_scheduler->setFence([this] { return !m_lost && m_sinceRenewal.elapsed() < m_leaseMs * 2 / 3; });
    m_pauseAfter.start(static_cast<int>(m_leaseMs * 2 / 3));
    const WriteResult joined = m_writer->submitAndWait(clusterwrites::join(m_nodeId, m_leaseMs, listen));
    if (!joined.ok) {
        *error = tr("cannot join the other nodes: %1").arg(joined.error);
        return false;
    }
    onMembership(joined.value.value<clusterwrites::Membership>());
    m_followedSeq = followFrom;
    follow(); // what changed while the caches loaded

    m_listener = std::make_unique<DatabaseConnection>(m_location, QStringLiteral("switchboard-listener"), false);
    QSqlDriver *driver = m_listener->isOpen() ? m_listener->database().driver() : nullptr;
    if (driver && driver->subscribeToNotification(StoreWriter::ChangesChannel)
        && driver->subscribeToNotification(clusterwrites::WorkChannel)) {
        connect(driver, &QSqlDriver::notification, this, &ClusterNode::onNotification);
    } else {
        qWarning("not notified of other nodes' commits (%s): following them every %d ms",
                 qPrintable(m_listener->errorString()), PollMs);
    }
    m_heartbeat.start();
    m_poll.start();
    claim(); // work left behind by nodes that are gone, and by this node's previous life
    return true;
}

void ClusterNode::leave()
{
    // Nothing reaches the writer after this: the engine destroys it next, and the goodbye's
    // own notification (released work) would otherwise come back here as a claim.
    m_left = true;
    m_listener.reset();
    m_heartbeat.stop();
    m_poll.stop();
    m_pauseAfter.stop();
    m_followSoon.stop();
    if (!m_lost)
        m_writer->submit(clusterwrites::leave(m_nodeId), nullptr, nullptr);
}

void ClusterNode::heartbeat()
{
    if (m_lost)
        return;
    // No renewal for a whole lease (the database out of reach, or this process stopped): the
    // other nodes may have taken the work over by now.
    if (m_sinceRenewal.elapsed() > m_leaseMs) {
        onMembership({});
        return;
    }
    // Now and then, claim even when no node lapsed: work handed to a node that left before
    // claiming it, or released while this node was not listening, is found this way.
    if (++m_beats % 4 == 0)
        claim();
    if (m_renewing)
        return;
    m_renewing = true;
    auto asked = std::make_shared<QElapsedTimer>();
    asked->start();
    m_writer->submit(clusterwrites::renew(m_nodeId, m_leaseMs), this, [this, asked](const WriteResult &r) {
        m_renewing = false;
        if (!r.ok) {
            qWarning("could not renew this node's lease: %s", qPrintable(r.error));
            return;
        }
        const auto membership = r.value.value<clusterwrites::Membership>();
        if (membership.leaseHeld && asked->elapsed() < m_leaseMs) {
            // Counted from when the renewal was asked for: the lease runs from a moment after.
            m_sinceRenewal = *asked;
            m_pauseAfter.start(static_cast<int>(std::max<qint64>(0, m_leaseMs * 2 / 3 - asked->elapsed())));
        }
        onMembership(membership);
    });
}

void ClusterNode::onMembership(const clusterwrites::Membership &membership)
{
    if (!membership.leaseHeld) {
        m_lost = true;
        m_scheduler->setPaused(true);
        m_heartbeat.stop();
        m_pauseAfter.stop();
        qCritical("node %s lost its lease: its deliveries belong to other nodes now", qPrintable(m_nodeId));
        emit leaseLost();
        return;
    }
    m_scheduler->setCluster(m_nodeId, membership.liveNodes);
    if (m_pauseAfter.isActive())
        m_scheduler->setPaused(false);
    if (membership.lapsedNodes > 0)
        claim();
}

void ClusterNode::claim()
{
    if (m_left)
        return;
    if (m_claiming) {
        m_claimAgain = true;
        return;
    }
    m_claiming = true;
    m_claimAgain = false;
    m_writer->submit(clusterwrites::claim(m_nodeId, ClaimBatch), this, [this](const WriteResult &r) {
        m_claiming = false;
        if (!r.ok) {
            qWarning("could not claim deliveries: %s", qPrintable(r.error));
            return;
        }
        const auto claimed = r.value.value<clusterwrites::Claimed>();
        if (!claimed.deliveries.isEmpty()) {
            qInfo("node %s took over %lld deliveries", qPrintable(m_nodeId),
                  static_cast<long long>(claimed.deliveries.size()));
            m_scheduler->adopt(claimed.deliveries);
        }
        if (claimed.more || m_claimAgain)
            claim();
    });
}

void ClusterNode::follow()
{
    // Only the changes that alter what this node holds in memory; their seq order is commit
    // order (WriteTransaction::setSerializeChanges), so nothing below `last` can still appear.
    const qint64 last = m_reader->lastSeq();
    if (last <= m_followedSeq)
        return;
    QSqlQuery &q = m_reader->run(
        QStringLiteral("SELECT type, app_id, data FROM changes WHERE seq > ? AND seq <= ? AND type IN "
                       "('%1', '%2', '%3', '%4', '%5', '%6', '%7', '%8') ORDER BY seq")
            .arg(StreamFrame::EndpointCreated, StreamFrame::EndpointUpdated, StreamFrame::EndpointDisabled,
                 StreamFrame::EndpointDeleted, StreamFrame::ApplicationUpdated, StreamFrame::ApplicationDeleted,
                 StreamFrame::OrderingBlocked, StreamFrame::OrderingUnblocked),
        {m_followedSeq, last});
    struct Row { QString type, appId; QJsonObject data; };
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), QJsonDocument::fromJson(q.value(2).toByteArray()).object()});
    q.finish();
    m_followedSeq = last;
    const auto text = [](const QJsonObject &data, const char *name) { return data.value(QLatin1StringView(name)).toString(); };
    for (const Row &row : rows) {
        // Blocks of this node's own making are already in its lanes; again is harmless.
        if (row.type == StreamFrame::OrderingBlocked) {
            m_scheduler->keyBlockedElsewhere({text(row.data, "endpointId"), text(row.data, "key"), text(row.data, "msgId"),
                                              static_cast<qint64>(row.data.value(QLatin1StringView("since")).toDouble())});
        } else if (row.type == StreamFrame::OrderingUnblocked) {
            m_scheduler->keyUnblockedElsewhere(text(row.data, "endpointId"), text(row.data, "key"));
        } else if (row.type.startsWith(u"application.")) {
            m_reader->forgetApplication(row.appId);
            if (row.type == StreamFrame::ApplicationDeleted)
                m_scheduler->applicationRemoved(row.appId);
        } else if (const auto endpoint = m_reader->endpoint(row.appId, text(row.data, "id"))) {
            m_scheduler->endpointChanged(*endpoint); // read again: the change has no secrets
        } else {
            m_scheduler->endpointRemoved(text(row.data, "id"));
        }
    }
}

void ClusterNode::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name == clusterwrites::WorkChannel) {
        // Released work (no payload) is for anyone; handed-over work for its target.
        const QString target = payload.toString();
        if (target.isEmpty() || target == m_nodeId)
            claim();
        return;
    }
    // This node's own commits reached its stream clients through its writer, and its caches
    // through the API calls that made them.
    if (payload.toString() != m_nodeId && !m_followSoon.isActive())
        m_followSoon.start();
}

} // namespace sb::engine
