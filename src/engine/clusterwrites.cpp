// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterwrites.h"

namespace sb::engine::clusterwrites {
namespace {

Membership census(WriteTransaction &tx, bool leaseHeld)
{
    Membership m;
    m.leaseHeld = leaseHeld;
    QSqlQuery &q = tx.query(QStringLiteral("SELECT id, CASE WHEN lease_until >= ? THEN 1 ELSE 0 END FROM nodes"),
                            {tx.now()});
    while (q.next()) {
        if (q.value(1).toInt() == 1)
            m.liveNodes.append(q.value(0).toString());
        else
            ++m.lapsedNodes;
    }
    q.finish();
    return m;
}

} // namespace

StoreWriter::Job join(QString nodeId, qint64 leaseMs, QString listen)
{
    return [nodeId = std::move(nodeId), leaseMs, listen = std::move(listen)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("INSERT INTO nodes (id, started_at, lease_until, listen) VALUES (?, ?, ?, ?)"),
                {nodeId, tx.now(), tx.now() + leaseMs, listen});
        return QVariant::fromValue(census(tx, true));
    };
}

StoreWriter::Job renew(QString nodeId, qint64 leaseMs)
{
    return [nodeId = std::move(nodeId), leaseMs](WriteTransaction &tx) {
        // Only a lease that still holds is extended: once it ran out, another node may have
        // taken this node's work, and sending it too would deliver it twice.
        tx.exec(QStringLiteral("UPDATE nodes SET lease_until = ? WHERE id = ? AND lease_until >= ?"),
                {tx.now() + leaseMs, nodeId, tx.now()});
        return QVariant::fromValue(census(tx, tx.rowsAffected() == 1));
    };
}

StoreWriter::Job claim(QString nodeId, int limit)
{
    return [nodeId = std::move(nodeId), limit](WriteTransaction &tx) {
        // SKIP LOCKED: nodes claiming at the same moment split the rows instead of queueing
        // behind each other or taking the same ones.
        QSqlQuery &q = tx.query(
            // Unowned; handed to this node (">id"); or owned by, or handed to, a node whose
            // lease ran out.
            QStringLiteral("UPDATE deliveries SET lease_owner = ? WHERE (msg_id, endpoint_id) IN ("
                           "SELECT msg_id, endpoint_id FROM deliveries WHERE status <> 0 AND status IN (1, 3) "
                           "AND (lease_owner IS NULL OR lease_owner = ? "
                           "OR (CASE WHEN lease_owner LIKE '>%' THEN substr(lease_owner, 2) ELSE lease_owner END) "
                           "NOT IN (SELECT id FROM nodes WHERE lease_until >= ?)) "
                           "LIMIT ? FOR UPDATE SKIP LOCKED) "
                           "RETURNING msg_id, endpoint_id, app_id, attempt_count, next_attempt"),
            {nodeId, QString(u'>' + nodeId), tx.now(), limit});
        QList<DueDelivery> claimed;
        while (q.next()) {
            claimed.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toInt(), q.value(4).toLongLong()});
        }
        q.finish();
        if (claimed.size() < limit) {
            tx.exec(QStringLiteral("DELETE FROM nodes WHERE lease_until < ? AND NOT EXISTS ("
                                   "SELECT 1 FROM deliveries d WHERE d.status <> 0 AND d.status IN (1, 3) "
                                   "AND d.lease_owner = nodes.id)"),
                    {tx.now()});
        }
        return QVariant::fromValue(claimed);
    };
}

StoreWriter::Job handOver(QString nodeId, QString target, QString msgId, QString endpointId)
{
    return [nodeId = std::move(nodeId), target = std::move(target), msgId = std::move(msgId),
            endpointId = std::move(endpointId)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("UPDATE deliveries SET lease_owner = ? WHERE msg_id = ? AND endpoint_id = ? "
                               "AND lease_owner = ? AND status <> 0 AND status IN (1, 3)"),
                {QString(u'>' + target), msgId, endpointId, nodeId});
        const bool moved = tx.rowsAffected() == 1;
        if (moved) // one notification per target and transaction: PostgreSQL folds repeats
            tx.control(QStringLiteral("NOTIFY %1, '%2'").arg(WorkChannel, target));
        return QVariant(moved);
    };
}

StoreWriter::Job leave(QString nodeId)
{
    return [nodeId = std::move(nodeId)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("UPDATE deliveries SET lease_owner = NULL "
                               "WHERE status <> 0 AND status IN (1, 3) AND lease_owner IN (?, ?)"),
                {nodeId, QString(u'>' + nodeId)});
        const int released = tx.rowsAffected();
        tx.exec(QStringLiteral("DELETE FROM nodes WHERE id = ?"), {nodeId});
        if (released > 0)
            tx.control(QStringLiteral("NOTIFY %1").arg(WorkChannel));
        return QVariant(released);
    };
}

} // namespace sb::engine::clusterwrites
