// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverywrites.h"

#include "clusterwrites.h"
#include "entitywrites.h"
#include "rowcodec.h"

#include "core/jsonwriter.h"
#include "core/latencyhistogram.h"
#include "core/streamframe.h"
#include "core/timeformat.h"

#include <QSet>
#include <QTimeZone>

namespace sb::engine::deliverywrites {
namespace {
constexpr qint64 IdempotencyWindowMs = 24LL * 3600 * 1000;
}

namespace {

// Several nodes: a call's lane stays where the call's latest pending delivery to the endpoint
// is (sent, retrying, waiting in a lane, or handed there), whichever node the key hashes to
// now. When the nodes change (one joined), the node that held the lane hands it on in order as
// each delivery comes due (DeliveryScheduler::handOver); sending the call's next event from
// the new owner at once would overtake them. Settled in the ingest transaction: the event
// before committed first, so it is seen. Returns the holder, or empty when none is live.
QString laneHolder(WriteTransaction &tx, const Message &m, const QString &endpointId)
{
    static const QString holder = clusterwrites::leaseHolder(u"d.lease_owner");
    static const QString sql = u"SELECT " + holder + u" FROM deliveries d JOIN messages m ON m.id = d.msg_id "
                               u"WHERE m.app_id = ? AND m.correlation_key = ? AND d.endpoint_id = ? "
                               u"AND d.status <> 0 AND d.status IN (1, 3) AND d.lease_owner IS NOT NULL AND "
        + holder + u" IN " + clusterwrites::liveNodeIds() + u" ORDER BY m.lane_seq DESC NULLS LAST, m.id DESC LIMIT 1";
    QSqlQuery &q = tx.query(sql, {m.appId, m.correlationKey, endpointId});
    const QString found = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return found;
}

// Where each ordered delivery of the message goes: to the node holding its call's lane, else
// to the node the key hashes to (`routing`, from the scheduler's view of the nodes).
OrderedRouting settleLanes(WriteTransaction &tx, const Message &m, const OrderedRouting &routing)
{
    const QString self = tx.leaseOwner().toString();
    OrderedRouting settled;
    settled.laned = routing.laned;
    QStringList ordered = routing.owned;
    ordered += routing.handedTo.keys();
    for (const QString &endpointId : std::as_const(ordered)) {
        QString target = laneHolder(tx, m, endpointId);
        if (target.isEmpty())
            target = routing.handedTo.value(endpointId, self);
        if (target == self)
            settled.owned.append(endpointId);
        else
            settled.handedTo.insert(endpointId, target);
    }
    return settled;
}

// The ordered half of an ingest on several nodes. Deliveries of this call that other nodes
// handed to this one (or left behind when they died) before this message was accepted are
// claimed here, in the same
// transaction: they committed first, so this reads them, and they join their lane before
// this message does. Waiting for the notification instead would let this message overtake
// them. The nodes that own other lanes are told to claim theirs.
QList<DueDelivery> routeOrdered(WriteTransaction &tx, const Message &m, const OrderedRouting &routing)
{
    QList<DueDelivery> claimed;
    const QString self = tx.leaseOwner().toString();
    for (const QString &endpointId : routing.owned) {
        // Also the call's deliveries no live node holds: a dead node's (its lease ran out, so
        // this node owns the lane now) and released ones. A claim job takes them too, but only
        // after the ingests queued before it, which would overtake them; or later still, when
        // a claim was already running as the nodes changed.
        static const QString sql = u"WITH cand AS (SELECT msg_id, endpoint_id, " + clusterwrites::handedDelay(u"deliveries")
            + u" AS delay FROM deliveries WHERE endpoint_id = ? "
              u"AND status <> 0 AND status IN (1, 3) AND msg_id IN (SELECT id FROM messages "
              u"WHERE app_id = ? AND correlation_key = ?) AND (lease_owner = ? OR "
            + clusterwrites::heldByNoLiveNode()
            + u") FOR UPDATE) UPDATE deliveries SET lease_owner = ? FROM cand WHERE deliveries.msg_id = cand.msg_id "
              u"AND deliveries.endpoint_id = cand.endpoint_id RETURNING deliveries.msg_id, deliveries.endpoint_id, "
              u"deliveries.app_id, deliveries.attempt_count, deliveries.next_attempt, "
              u"(SELECT lane_seq FROM messages WHERE id = deliveries.msg_id), cand.delay";
        QSqlQuery &q = tx.query(sql, {endpointId, m.appId, m.correlationKey, QString(u'>' + self), self});
        while (q.next()) {
            claimed.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                            clusterwrites::dueAt(tx, q.value(4), q.value(6)), m.correlationKey, q.value(5).toLongLong()});
        }
        q.finish();
    }
    QSet<QString> told;
    for (const QString &node : routing.handedTo) {
        if (!told.contains(node)) {
            told.insert(node);
            tx.control(QStringLiteral("NOTIFY %1, '%2'").arg(clusterwrites::WorkChannel, node));
        }
    }
    return claimed;
}

} // namespace

StoreWriter::Job ingest(Message message, QByteArray body, QStringList endpointIds,
                        QString idempotencyKey, qint64 firstAttemptMs, OrderedRouting routing)
{
    return [m = std::move(message), body = std::move(body), endpointIds = std::move(endpointIds),
            key = std::move(idempotencyKey), firstAttemptMs, routing = std::move(routing)](WriteTransaction &tx) {
        // Written here, on the writer's thread, which has room to spare under ingest, while
        // the engine's thread (the caller's) has none. Straight as text (no QJsonObject): the
        // answer takes the stored body, already JSON text, instead of serialising the payload
        // a second time.
        JsonWriter answer(body.size() + 256);
        answer.beginObject();
        m.writeJsonMembers(answer, body);
        const QByteArray response = answer.endObject().take();
        IngestResult result;
        if (!key.isEmpty()) {
            // The key is taken first (or renewed when older than the window): when two nodes
            // get the same key at once, the second insert waits for the first's commit and then
            // finds the key taken, so the event is stored once. A read first would let both in.
            tx.exec(QStringLiteral("INSERT INTO idempotency_keys (app_id, key, status, response, created_at) "
                                   "VALUES (?, ?, 202, ?, ?) ON CONFLICT (app_id, key) DO UPDATE SET "
                                   "response = excluded.response, created_at = excluded.created_at "
                                   "WHERE idempotency_keys.created_at < ?"),
                    {m.appId, key, QString::fromUtf8(response), tx.now(), tx.now() - IdempotencyWindowMs});
            if (tx.rowsAffected() == 0) {
                QSqlQuery &q = tx.query(QStringLiteral("SELECT response FROM idempotency_keys WHERE app_id = ? AND key = ?"),
                                        {m.appId, key});
                result.response = q.next() ? q.value(0).toString().toUtf8() : QByteArray();
                result.replayed = true;
                q.finish();
                return QVariant::fromValue(result);
            }
        }
        const qint64 created = m.timestamp.toMSecsSinceEpoch();
        // A keyed message's place in its call's lanes (PostgreSQL; see migration 11): drawn
        // first when this node lanes it now; else the column's default draws it (SQLite: NULL).
        static const QString InsertMessage = QStringLiteral(
            "INSERT INTO messages (id, app_id, event_type, event_id, channels, tags, created_at, deliver_at, "
            "correlation_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        static const QString InsertPlacedMessage = QStringLiteral(
            "INSERT INTO messages (id, app_id, event_type, event_id, channels, tags, created_at, deliver_at, "
            "correlation_key, lane_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QVariantList messageValues{m.id, m.appId, m.eventType, m.eventId.isEmpty() ? QVariant() : QVariant(m.eventId),
                                   rowcodec::listToColumn(m.channels), rowcodec::listToColumn(m.tags), created,
                                   m.deliverAt.isValid() ? QVariant(m.deliverAt.toMSecsSinceEpoch()) : QVariant(),
                                   m.correlationKey.isEmpty() ? QVariant() : QVariant(m.correlationKey)};
        if (!tx.isSqlite() && !m.correlationKey.isEmpty() && routing.laned) {
            QSqlQuery &q = tx.query(QStringLiteral("SELECT nextval('message_lane_seq')"));
            result.laneSeq = q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
            if (result.laneSeq <= 0)
                throw StoreError(StoreError::Kind::Failed, QStringLiteral("no place in the lane for %1").arg(m.id));
            messageValues.append(result.laneSeq);
        }
        QList<WriteTransaction::Statement> rows{
            {result.laneSeq > 0 ? InsertPlacedMessage : InsertMessage, std::move(messageValues)},
            {QStringLiteral("INSERT INTO message_payloads (msg_id, body, expires_at) VALUES (?, ?, ?)"),
             {m.id, body, m.payloadRetentionHours ? QVariant(created + *m.payloadRetentionHours * 3'600'000) : QVariant()}},
        };
        const OrderedRouting settled = routing.isEmpty() ? routing : settleLanes(tx, m, routing);
        for (const QString &endpointId : endpointIds) {
            // The node that stored the message sends it: it holds it in memory already. Unless
            // the call's lane to a per-key ordered endpoint is another node's: handed to it.
            const QString handedTo = settled.handedTo.value(endpointId);
            rows.append({QStringLiteral("INSERT INTO deliveries (msg_id, endpoint_id, app_id, status, attempt_count, "
                                        "next_attempt, updated_at, lease_owner) VALUES (?, ?, ?, 1, 0, ?, ?, ?)"),
                         {m.id, endpointId, m.appId, firstAttemptMs, created,
                          handedTo.isEmpty() ? tx.leaseOwner() : QVariant(u'>' + handedTo)}});
        }
        result.response = response;
        // The stream carries state, not bodies: the change names the deliveries instead.
        JsonWriter change;
        change.beginObject();
        m.writeJsonMembers(change, QByteArrayView());
        change.key("endpoints").beginArray();
        for (const QString &id : endpointIds)
            change.value(id);
        tx.execWithChange(rows, StreamFrame::MessageCreated, m.appId, change.endArray().endObject().take());
        if (!settled.isEmpty())
            result.claimed = routeOrdered(tx, m, settled);
        result.handedAway = settled.handedTo.keys();
        result.endpointIds = endpointIds;
        return QVariant::fromValue(result);
    };
}

StoreWriter::Job ensureDelivery(QString msgId, QString endpointId, QString appId)
{
    return [msgId = std::move(msgId), endpointId = std::move(endpointId), appId = std::move(appId)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("INSERT INTO deliveries (msg_id, endpoint_id, app_id, status, attempt_count, "
                               "next_attempt, updated_at, lease_owner) VALUES (?, ?, ?, 1, 0, NULL, ?, ?) "
                               "ON CONFLICT (msg_id, endpoint_id) DO NOTHING"),
                {msgId, endpointId, appId, tx.now(), tx.leaseOwner()});
        return QVariant();
    };
}

namespace {

// The attempt.finished change: the attempt, and the delivery as it stands after it. Written
// as text directly, members in QJsonObject's (sorted) order: building QJsonObjects for them
// was a tenth of the engine's time (docs/performance.md).
void writeDelivery(JsonWriter &out, const AttemptRecord &record, MessageStatus status, std::optional<qint64> nextAttemptMs)
{
    out.beginObject().key("attemptCount").value(record.attemptNumber)
        .key("endpointId").value(record.attempt.endpointId)
        .key("msgId").value(record.attempt.msgId)
        .key("nextAttempt");
    if (nextAttemptMs)
        out.value(toIsoUtc(QDateTime::fromMSecsSinceEpoch(*nextAttemptMs, QTimeZone::utc())));
    else
        out.null();
    out.key("status").value(static_cast<int>(status)).key("statusText").value(statusText(status)).endObject();
}

QByteArray attemptChange(const AttemptRecord &record, MessageStatus status, std::optional<qint64> nextAttemptMs)
{
    JsonWriter change(512 + (record.attemptJson.isEmpty() ? 512 + record.attempt.response.size() : record.attemptJson.size()));
    change.beginObject().key("appId").value(record.appId).key("attempt");
    if (record.attemptJson.isEmpty())
        record.attempt.writeJson(change);
    else
        change.raw(record.attemptJson);
    change.key("delivery");
    writeDelivery(change, record, status, nextAttemptMs);
    return change.endObject().take();
}

} // namespace

StoreWriter::Job recordAttempt(AttemptRecord record)
{
    // Everything that does not need the database is prepared here, on the caller's thread.
    const MessageStatus status = record.succeeded ? MessageStatus::Success
        : record.reschedule                        ? MessageStatus::Pending
                                                   : MessageStatus::Fail;
    // A manual or test send that fails changes nothing of the delivery but its count: one
    // that succeeded stays succeeded, a dead letter stays dead, and one still being retried
    // keeps its schedule (the scheduler still holds its next attempt). Its change says what
    // the row holds, read in the transaction; every other attempt decides the state itself.
    const bool keepState = !record.succeeded && record.attempt.trigger != TriggerType::Scheduled;
    const QByteArray decidedChange = keepState
        ? QByteArray()
        : attemptChange(record, status, record.reschedule ? std::optional<qint64>(record.nextAttemptMs) : std::nullopt);
    const bool deadLettered = status == MessageStatus::Fail && record.attempt.trigger == TriggerType::Scheduled;
    QByteArray deliveryChange;
    if (deadLettered) {
        JsonWriter dead;
        writeDelivery(dead, record, status, std::nullopt);
        deliveryChange = dead.take();
    }
    const Attempt &sent = record.attempt;
    const QVariantList attemptRow{
        sent.id, sent.msgId, sent.endpointId, record.appId, sent.timestamp.toMSecsSinceEpoch(),
        static_cast<int>(sent.status), static_cast<int>(sent.trigger), sent.url.toString(),
        sent.responseStatusCode, sent.response, sent.responseDurationMs,
        sent.timing.connectMs < 0 ? QVariant() : QVariant(sent.timing.connectMs),
        sent.timing.tlsMs < 0 ? QVariant() : QVariant(sent.timing.tlsMs),
        sent.timing.firstByteMs < 0 ? QVariant() : QVariant(sent.timing.firstByteMs),
        errorClassName(sent.errorClass), QString::fromUtf8(record.requestHeaders),
        QString::fromUtf8(record.responseHeaders)};
    // The attempt's minute in the roll-ups that statistics read (migration 5).
    const qint64 sentAtMs = sent.timestamp.toMSecsSinceEpoch();
    WriteTransaction::RollupCount rollup{sent.endpointId, sentAtMs - sentAtMs % 60'000, errorClassName(sent.errorClass),
                                         LatencyHistogram::bucketOf(static_cast<double>(sent.responseDurationMs)),
                                         record.appId};

    return [r = std::move(record), status, keepState, decidedChange, deliveryChange, attemptRow, rollup](WriteTransaction &tx) {
        const Attempt &a = r.attempt;
        AttemptOutcome outcome;
        outcome.deliveryStatus = status;
        QByteArray change = decidedChange;
        QVariantList values{tx.now(), a.msgId, a.endpointId};
        QString update = QStringLiteral("UPDATE deliveries SET attempt_count = attempt_count + 1, updated_at = ? "
                                        "WHERE msg_id = ? AND endpoint_id = ?");
        if (keepState) {
            MessageStatus stored = MessageStatus::Fail;
            std::optional<qint64> next;
            {
                QSqlQuery &q = tx.query(QStringLiteral("SELECT status, next_attempt FROM deliveries WHERE msg_id = ? AND endpoint_id = ?"),
                                        {a.msgId, a.endpointId});
                if (q.next()) {
                    stored = static_cast<MessageStatus>(q.value(0).toInt());
                    if (!q.value(1).isNull())
                        next = q.value(1).toLongLong();
                }
                q.finish();
            }
            outcome.deliveryStatus = stored;
            change = attemptChange(r, stored, next);
        } else {
            // A scheduled attempt moves the delivery on only while this node still owns it:
            // a node that lost its lease must not undo what the node that took over did.
            update = QStringLiteral("UPDATE deliveries SET attempt_count = attempt_count + 1, updated_at = ?, "
                                    "status = ?, next_attempt = ? WHERE msg_id = ? AND endpoint_id = ?");
            values = {tx.now(), static_cast<int>(status), r.reschedule ? QVariant(r.nextAttemptMs) : QVariant(),
                      a.msgId, a.endpointId};
            if (a.trigger == TriggerType::Scheduled && !tx.leaseOwner().isNull()) {
                update += QStringLiteral(" AND (lease_owner IS NULL OR lease_owner = ?)");
                values.append(tx.leaseOwner());
            }
        }
        tx.execWithChange(
            {{QStringLiteral("INSERT INTO attempts (id, msg_id, endpoint_id, app_id, created_at, status, "
                             "trigger_type, url, response_code, response_body, duration_ms, connect_ms, "
                             "tls_ms, first_byte_ms, error_class, request_headers, response_headers) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              attemptRow},
             {update, values}},
            StreamFrame::AttemptFinished, r.appId, change);
        tx.countAttempt(rollup);
        // Blocks go in the change log too: the other nodes of a cluster hold the call as well
        // (a lane can move to them), and let it go on wherever the dead letter was sent by hand.
        const auto laneChange = [&](QLatin1StringView type, const QString &key) {
            tx.appendChange(type, r.appId,
                            QJsonObject{{QStringLiteral("endpointId"), a.endpointId}, {QStringLiteral("key"), key},
                                        {QStringLiteral("msgId"), a.msgId}, {QStringLiteral("since"), static_cast<double>(tx.now())}});
        };
        if (r.blocksKey) {
            tx.exec(QStringLiteral("INSERT INTO ordering_blocks (endpoint_id, correlation_key, msg_id, since, app_id) "
                                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT (endpoint_id, correlation_key) "
                                   "DO UPDATE SET msg_id = excluded.msg_id, since = excluded.since"),
                    {a.endpointId, r.orderingKey, a.msgId, tx.now(), r.appId});
            laneChange(StreamFrame::OrderingBlocked, r.orderingKey);
        } else if (r.clearsBlock) {
            // Only the dead letter itself, delivered at last, ends its block: a later event of
            // the call sent by a node that had not heard of the block yet must not.
            tx.exec(QStringLiteral("DELETE FROM ordering_blocks WHERE endpoint_id = ? AND correlation_key = ? AND msg_id = ?"),
                    {a.endpointId, r.orderingKey, a.msgId});
            if (tx.rowsAffected() > 0)
                laneChange(StreamFrame::OrderingUnblocked, r.orderingKey);
        } else if (r.mayClearBlock) {
            QSqlQuery &q = tx.query(QStringLiteral("SELECT correlation_key FROM ordering_blocks WHERE endpoint_id = ? AND msg_id = ?"),
                                    {a.endpointId, a.msgId});
            outcome.unblockedKey = q.next() ? q.value(0).toString() : QString();
            q.finish();
            if (!outcome.unblockedKey.isEmpty()) {
                tx.exec(QStringLiteral("DELETE FROM ordering_blocks WHERE endpoint_id = ? AND correlation_key = ?"),
                        {a.endpointId, outcome.unblockedKey});
                laneChange(StreamFrame::OrderingUnblocked, outcome.unblockedKey);
            }
        }
        if (!deliveryChange.isEmpty())
            tx.appendChange(StreamFrame::DeliveryUpdated, r.appId, deliveryChange);

        // Circuit breaker: remember since when the endpoint has failed without a success. The
        // scheduler says when the endpoint's state may change, so a healthy endpoint costs no
        // extra statement per attempt.
        if (r.succeeded && r.endpointWasFailing) {
            tx.exec(QStringLiteral("UPDATE endpoints SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL"),
                    {a.endpointId});
        } else if (!r.succeeded && !r.disableEndpoint && r.circuitBreakerMs > 0) {
            tx.exec(QStringLiteral("UPDATE endpoints SET failing_since = ? WHERE id = ? AND failing_since IS NULL"),
                    {tx.now(), a.endpointId});
            QSqlQuery &q = tx.query(QStringLiteral("SELECT failing_since, json FROM endpoints WHERE id = ?"),
                                   {a.endpointId});
            // Empty again when another node's success committed between the two statements:
            // the endpoint is not failing. (Read as 0, it looked failing since 1970 and was
            // disabled: two nodes sending to a flaky endpoint disabled it within minutes.)
            const bool tripped = q.next() && !q.value(0).isNull()
                && tx.now() - q.value(0).toLongLong() >= r.circuitBreakerMs
                && !rowcodec::endpoint(q.value(1)).value_or(Endpoint()).disabled;
            const qint64 failingSince = tripped ? q.value(0).toLongLong() : 0;
            q.finish();
            if (tripped) {
                outcome.failingSinceMs = failingSince;
                outcome.endpoint = entitywrites::disableEndpoint(tx, a.endpointId,
                                                                 QStringLiteral("failing continuously"));
                outcome.endpointDisabled = true;
            }
        }
        if (r.disableEndpoint) {
            outcome.endpoint = entitywrites::disableEndpoint(tx, a.endpointId, QStringLiteral("410 Gone"));
            outcome.endpointDisabled = true;
        }
        return QVariant::fromValue(outcome);
    };
}

} // namespace sb::engine::deliverywrites
