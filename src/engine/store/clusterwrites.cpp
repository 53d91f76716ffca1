// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterwrites.h"

namespace sb::engine::clusterwrites {
namespace {

// Leases are compared on the database's clock, not each node's: nodes whose clocks disagree
// must still agree on whose lease ran out.
#define SB_DB_NOW "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint"

} // namespace

const QString &liveNodeIds()
{
    static const QString sql = QStringLiteral("(SELECT id FROM nodes WHERE lease_until >= " SB_DB_NOW ")");
    return sql;
}

QString leaseHolder(QStringView leaseOwner)
{
    return QStringLiteral("(CASE WHEN %1 LIKE '>%' THEN substr(%1, 2) ELSE %1 END)").arg(leaseOwner);
}

const QString &heldByNoLiveNode()
{
    static const QString sql = u"(lease_owner IS NULL OR " + leaseHolder(u"lease_owner") + u" NOT IN " + liveNodeIds() + u')';
    return sql;
}

QString handedDelay(QStringView alias)
{
    return QStringLiteral("(CASE WHEN %1.lease_owner LIKE '>%' THEN GREATEST(%1.next_attempt - %1.updated_at, 0) END)").arg(alias);
}

qint64 dueAt(const WriteTransaction &tx, const QVariant &nextAttempt, const QVariant &handedDelay)
{
    return handedDelay.isNull() ? nextAttempt.toLongLong() : tx.now() + handedDelay.toLongLong();
}

namespace {

Membership census(WriteTransaction &tx, bool leaseHeld)
{
    Membership m;
    m.leaseHeld = leaseHeld;
    QSqlQuery &q = tx.query(QStringLiteral("SELECT id, CASE WHEN lease_until >= " SB_DB_NOW " THEN 1 ELSE 0 END FROM nodes"));
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
        tx.exec(QStringLiteral("INSERT INTO nodes (id, started_at, lease_until, listen) "
                               "VALUES (?, " SB_DB_NOW ", " SB_DB_NOW " + ?, ?)"),
                {nodeId, leaseMs, listen});
        return QVariant::fromValue(census(tx, true));
    };
}

StoreWriter::Job renew(QString nodeId, qint64 leaseMs)
{
    return [nodeId = std::move(nodeId), leaseMs](WriteTransaction &tx) {
        // Only a lease that still holds is extended: once it ran out, another node may have
        // taken this node's work, and sending it too would deliver it twice.
        tx.exec(QStringLiteral("UPDATE nodes SET lease_until = " SB_DB_NOW " + ? WHERE id = ? "
                               "AND lease_until >= " SB_DB_NOW),
                {leaseMs, nodeId});
        return QVariant::fromValue(census(tx, tx.rowsAffected() == 1));
    };
}

StoreWriter::Job claim(QString nodeId, int limit)
{
    // Candidates: handed to this node (">id"), or held by no live node; in lane order, so a
    // call split over batches starts from its earliest event. SKIP LOCKED: nodes claiming at
    // the same moment split the rows instead of queueing behind each other. But a call is
    // taken whole or not at all: when a row of it sorting before those taken here was skipped
    // (another node is claiming it right now, in its ingest or its own take-over), or when
    // another live node holds an earlier event of the call (it took the batch before), the
    // call's rows stay for that node. Taking them would send the call's later events from
    // here while its earlier ones go from there. Rows of the call past the batch's end are
    // later events: they come with the next batch.
    static const QString claimable = u"d.status <> 0 AND d.status IN (1, 3) AND (d.lease_owner = ? OR "
                                     + heldByNoLiveNode() + u')';
    static const QString sql =
        u"WITH cand AS (SELECT d.msg_id, d.endpoint_id, m.app_id AS msg_app, m.correlation_key AS ckey, "
        u"COALESCE(m.lane_seq, 0) AS lseq, " + handedDelay(u"d") + u" AS delay "
        u"FROM deliveries d JOIN messages m ON m.id = d.msg_id WHERE "
        + claimable
        + u" ORDER BY COALESCE(m.lane_seq, 0), m.id LIMIT ? FOR UPDATE OF d SKIP LOCKED), "
          u"calls AS (SELECT endpoint_id, msg_app, ckey, MIN(lseq) AS since, MAX(lseq) AS upto FROM cand "
          u"WHERE ckey IS NOT NULL GROUP BY endpoint_id, msg_app, ckey), "
          u"split AS (SELECT c.endpoint_id, c.msg_app, c.ckey FROM calls c WHERE EXISTS (SELECT 1 FROM deliveries d "
          u"JOIN messages m ON m.id = d.msg_id WHERE d.endpoint_id = c.endpoint_id AND m.app_id = c.msg_app "
          u"AND m.correlation_key = c.ckey AND COALESCE(m.lane_seq, 0) <= c.upto AND "
        + claimable
        + u" AND NOT EXISTS (SELECT 1 FROM cand x WHERE x.msg_id = d.msg_id AND x.endpoint_id = d.endpoint_id)) "
          u"OR EXISTS (SELECT 1 FROM deliveries d JOIN messages m ON m.id = d.msg_id WHERE d.endpoint_id = c.endpoint_id "
          u"AND m.app_id = c.msg_app AND m.correlation_key = c.ckey AND COALESCE(m.lane_seq, 0) < c.since "
          u"AND d.status <> 0 AND d.status IN (1, 3) AND "
        + leaseHolder(u"d.lease_owner") + u" <> ? AND " + leaseHolder(u"d.lease_owner") + u" IN " + liveNodeIds()
        + u")) "
          u"UPDATE deliveries SET lease_owner = ? FROM cand WHERE deliveries.msg_id = cand.msg_id "
          u"AND deliveries.endpoint_id = cand.endpoint_id AND NOT EXISTS (SELECT 1 FROM split s "
          u"WHERE s.endpoint_id = cand.endpoint_id AND s.msg_app = cand.msg_app AND s.ckey = cand.ckey) "
          u"RETURNING deliveries.msg_id, deliveries.endpoint_id, deliveries.app_id, deliveries.attempt_count, "
          u"deliveries.next_attempt, cand.ckey, cand.lseq, (SELECT COUNT(*) FROM cand), cand.delay";
    return [nodeId = std::move(nodeId), limit](WriteTransaction &tx) {
        // First the lapsed nodes are marked dead, which locks their rows: a renewal of such a
        // node, late but still on its way, waits for this commit and then fails, instead of
        // committing afterwards as if its lease had held while its work changed hands.
        tx.exec(QStringLiteral("UPDATE nodes SET lease_until = -1 WHERE lease_until >= 0 AND lease_until < " SB_DB_NOW));
        const QString handed = u'>' + nodeId;
        QSqlQuery &q = tx.query(sql, {handed, limit, handed, nodeId, nodeId});
        Claimed claimed;
        while (q.next()) {
            claimed.deliveries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toInt(), dueAt(tx, q.value(4), q.value(8)), q.value(5).toString(),
                                       q.value(6).toLongLong()});
            claimed.more = q.value(7).toInt() == limit;
        }
        q.finish();
        if (!claimed.more) {
            tx.exec(QStringLiteral("DELETE FROM nodes WHERE lease_until < 0 AND NOT EXISTS ("
                                   "SELECT 1 FROM deliveries d WHERE d.status <> 0 AND d.status IN (1, 3) "
                                   "AND d.lease_owner IN (nodes.id, '>' || nodes.id))"));
        }
        return QVariant::fromValue(claimed);
    };
}

StoreWriter::Job handOver(QString nodeId, QString target, QString msgId, QString endpointId)
{
    return [nodeId = std::move(nodeId), target = std::move(target), msgId = std::move(msgId),
            endpointId = std::move(endpointId)](WriteTransaction &tx) {
        // updated_at on this node's clock, like next_attempt: the target takes the difference
        // (handedDelay), which no skew between the two clocks changes.
        tx.exec(QStringLiteral("UPDATE deliveries SET lease_owner = ?, updated_at = ? WHERE msg_id = ? AND endpoint_id = ? "
                               "AND lease_owner = ? AND status <> 0 AND status IN (1, 3)"),
                {QString(u'>' + target), tx.now(), msgId, endpointId, nodeId});
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

#undef SB_DB_NOW

} // namespace sb::engine::clusterwrites
