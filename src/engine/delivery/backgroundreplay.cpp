// SPDX-License-Identifier: GPL-3.0-or-later
// BackgroundTasks' walk for Svix's replay-missing, apart from the dead-letter walks: it
// looks for messages without a delivery to the endpoint instead of failed deliveries.
#include "backgroundtasks.h"

#include "deliveryscheduler.h"
#include "engine/store/rowcodec.h"
#include "engine/store/storereader.h"
#include "engine/store/storewriter.h"
#include "engine/store/writetransaction.h"

#include "core/ids.h"
#include "core/jsonwriter.h"
#include "core/streamframe.h"

#include <QSqlQuery>

#include <algorithm>

namespace sb::engine {
namespace {

// Deliveries for messages that never had one to this endpoint, due now, each announced as
// its message with the endpoints it now goes to (what a console adds to its log).
StoreWriter::Job replayDeliveries(QList<Message> messages, QString endpointId, qint64 dueMs)
{
    QList<QByteArray> changes;
    for (const Message &m : std::as_const(messages)) {
        JsonWriter change;
        change.beginObject();
        m.writeJsonMembers(change, QByteArrayView());
        change.key("endpoints").beginArray().value(endpointId).endArray();
        change.key("replayed").value(true);
        changes.append(change.endObject().take());
    }
    return [messages = std::move(messages), endpointId = std::move(endpointId), dueMs, changes](WriteTransaction &tx) {
        int created = 0;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const Message &m = messages.at(i);
            tx.exec(QStringLiteral("INSERT INTO deliveries (msg_id, endpoint_id, app_id, status, attempt_count, "
                                   "next_attempt, updated_at, lease_owner) VALUES (?, ?, ?, 1, 0, ?, ?, ?) "
                                   "ON CONFLICT (msg_id, endpoint_id) DO NOTHING"),
                    {m.id, endpointId, m.appId, dueMs, tx.now(), tx.leaseOwner()});
            if (tx.rowsAffected() == 0)
                continue; // another node's replay was first
            ++created;
            tx.appendChange(StreamFrame::MessageCreated, m.appId, changes.at(i));
        }
        return QVariant(created);
    };
}

} // namespace

void BackgroundTasks::stepReplay(const QString &id)
{
    auto it = m_tasks.find(id);
    const RetryFilter &f = it->filter;
    const auto endpoint = m_reader->endpoint(f.appId, f.endpointId);
    if (!endpoint) { // deleted meanwhile
        it->status = QStringLiteral("failed");
        it->updatedAt = QDateTime::currentDateTimeUtc();
        report(*it);
        return;
    }
    // The application's messages in id order (its index), from where the walk stopped; ids
    // sort by time, so the window narrows the index range too.
    QStringList where{QStringLiteral("m.app_id = ?"), QStringLiteral("m.id > ?"),
                      QStringLiteral("NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.msg_id = m.id AND d.endpoint_id = ?)")};
    QVariantList values{f.appId, it->cursorMsg, f.endpointId};
    if (f.since.isValid()) {
        where.append(QStringLiteral("m.id >= ? AND m.created_at >= ?"));
        values << ids::atTime(ids::Message, f.since.toMSecsSinceEpoch()) << f.since.toMSecsSinceEpoch();
    }
    if (f.until.isValid()) {
        where.append(QStringLiteral("m.created_at < ?"));
        values << f.until.toMSecsSinceEpoch();
    }
    values << PageSize;
    QList<Message> missing;
    QHash<QString, qint64> laneSeqs; // message id -> its place in its call's lanes
    int scanned = 0;
    {
        QSqlQuery &q = m_reader->run(u"SELECT m.id, m.app_id, m.event_type, m.event_id, m.channels, m.tags, m.created_at, "
                                     u"'', m.deliver_at, m.correlation_key, m.lane_seq FROM messages m WHERE " + where.join(u" AND ")
                                         + u" ORDER BY m.id LIMIT ?",
                                     values);
        const FinishOnExit finish{q};
        while (q.next()) {
            ++scanned;
            Message m = rowcodec::message(q);
            it->cursorMsg = m.id;
            // What the endpoint would have taken had it been there: its event types and channels.
            if (endpoint->accepts(m.eventType, m.channels.value_or(QStringList()))) {
                laneSeqs.insert(m.id, q.value(10).toLongLong());
                missing.append(std::move(m));
            }
        }
    }
    const bool last = scanned < PageSize;
    const auto next = [this, id, last](int handled) { pageWritten(id, last, handled); };
    if (missing.isEmpty())
        return next(0);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Message> sent = missing;
    m_writer->submit(replayDeliveries(std::move(missing), f.endpointId, now), this,
                     [this, sent, laneSeqs, next, appId = f.appId, endpointId = f.endpointId](const WriteResult &r) {
                         if (!r.ok) {
                             qWarning("replay: could not store deliveries: %s", qPrintable(r.error));
                             return next(0); // the walk goes on; a later replay finds them still missing
                         }
                         // In lane order: the first of a call to reach its empty lane heads it.
                         QList<Message> inOrder = sent;
                         std::sort(inOrder.begin(), inOrder.end(), [&laneSeqs](const Message &a, const Message &b) {
                             return KeyLanes::before(laneSeqs.value(a.id), a.id, laneSeqs.value(b.id), b.id);
                         });
                         for (const Message &m : std::as_const(inOrder))
                             m_scheduler->enqueue(m.id, appId, endpointId, m.correlationKey, laneSeqs.value(m.id));
                         next(r.value.toInt());
                     });
}

} // namespace sb::engine
