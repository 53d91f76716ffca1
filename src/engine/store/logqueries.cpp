// SPDX-License-Identifier: GPL-3.0-or-later
#include "logqueries.h"

#include "rowcodec.h"

#include "core/ids.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sb::engine::logqueries {
namespace {

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(u", ");
}

// The message conditions, on `m`.
void addMessageMatch(const MessageMatch &f, QStringList &where, QVariantList &values)
{
    if (!f.eventTypes.isEmpty()) {
        where.append(u"m.event_type IN (" + placeholders(f.eventTypes.size()) + u')');
        for (const QString &t : f.eventTypes)
            values.append(t);
    }
    if (!f.channel.isEmpty()) {
        where.append(QStringLiteral("m.channels LIKE ? ESCAPE '\\'"));
        values.append(listMemberPattern(f.channel));
    }
    if (!f.tag.isEmpty()) {
        where.append(QStringLiteral("m.tags LIKE ? ESCAPE '\\'"));
        values.append(listMemberPattern(f.tag));
    }
    if (!f.correlationKey.isEmpty()) {
        // The partial index's condition, so the planner may use it.
        where.append(QStringLiteral("m.correlation_key IS NOT NULL AND m.correlation_key = ?"));
        values.append(f.correlationKey);
    }
}

bool needsMessage(const MessageMatch &f)
{
    return !f.eventTypes.isEmpty() || !f.channel.isEmpty() || !f.tag.isEmpty() || !f.correlationKey.isEmpty();
}

} // namespace

// Channels and tags are stored as a JSON array of strings: one of them is `"value"` in it.
QString listMemberPattern(const QString &value)
{
    QString escaped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1);
    escaped.chop(1); // the quoted string, escaped as the column has it
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

Page<Message> messages(const StoreReader &reader, const MessageFilter &f)
{
    QStringList where{QStringLiteral("m.app_id = ?"), QStringLiteral("m.id > ?")};
    QVariantList values{f.appId, f.iterator.isEmpty() ? QStringLiteral("") : f.iterator};
    addMessageMatch(f.match, where, values);
    // Ids sort by creation time: the time bounds narrow the primary key's range too.
    if (f.match.after.isValid()) {
        where.append(QStringLiteral("m.id >= ? AND m.created_at > ?"));
        values << ids::atTime(ids::Message, f.match.after.toMSecsSinceEpoch()) << f.match.after.toMSecsSinceEpoch();
    }
    if (f.match.before.isValid()) {
        where.append(QStringLiteral("m.id < ? AND m.created_at < ?"));
        values << ids::atTime(ids::Message, f.match.before.toMSecsSinceEpoch() + 1) << f.match.before.toMSecsSinceEpoch();
    }
    values.append(f.limit + 1);
    QSqlQuery &q = reader.run(QStringLiteral("SELECT m.id, m.app_id, m.event_type, m.event_id, m.channels, m.tags, m.created_at, "
                                             "p.body, m.deliver_at, m.correlation_key FROM messages m LEFT JOIN message_payloads p ON p.msg_id = m.id WHERE ")
                                  + where.join(u" AND ") + u" ORDER BY m.id LIMIT ?",
                              values);
    const FinishOnExit finish{q};
    Page<Message> page;
    while (q.next()) {
        if (page.data.size() == f.limit) {
            page.done = false;
            break;
        }
        page.data.append(rowcodec::message(q));
    }
    if (!page.data.isEmpty()) {
        page.iterator = page.data.constLast().id;
        page.prevIterator = f.iterator.isEmpty() ? QString() : u'-' + page.data.constFirst().id;
    }
    return page;
}

Page<Attempt> attemptsOfEndpoint(const StoreReader &reader, const AttemptFilter &f)
{
    // Filters become SQL once; each value is bound, never pasted into the text.
    QString sql = QStringLiteral("SELECT a.id, a.msg_id, a.endpoint_id, a.created_at, a.status, a.trigger_type, "
                                 "a.url, a.response_code, a.response_body, a.duration_ms, a.connect_ms, "
                                 "a.tls_ms, a.first_byte_ms, a.error_class FROM attempts a");
    QStringList where{QStringLiteral("a.endpoint_id = ?")};
    QVariantList values{f.endpointId};
    const MessageMatch match{f.eventTypes, f.channel, f.tag, f.correlationKey, {}, {}};
    if (needsMessage(match)) {
        sql += QStringLiteral(" JOIN messages m ON m.id = a.msg_id");
        addMessageMatch(match, where, values);
    }
    if (f.status) {
        where.append(QStringLiteral("a.status = ?"));
        values.append(*f.status);
    }
    if (f.statusCodeClass) {
        if (*f.statusCodeClass == 0) {
            where.append(QStringLiteral("a.response_code = 0"));
        } else {
            where.append(QStringLiteral("a.response_code >= ? AND a.response_code < ?"));
            values << *f.statusCodeClass << *f.statusCodeClass + 100;
        }
    }
    if (f.before.isValid()) {
        where.append(QStringLiteral("a.created_at < ?"));
        values.append(f.before.toMSecsSinceEpoch());
    }
    if (f.after.isValid()) {
        where.append(QStringLiteral("a.created_at > ?"));
        values.append(f.after.toMSecsSinceEpoch());
    }
    if (!f.iterator.isEmpty()) {
        where.append(QStringLiteral("a.id < ?"));
        values.append(f.iterator);
    }
    sql += u" WHERE " + where.join(u" AND ") + u" ORDER BY a.id DESC LIMIT ?";
    values.append(f.limit + 1);

    QSqlQuery &q = reader.run(sql, values);
    const FinishOnExit finish{q};
    Page<Attempt> page;
    while (q.next()) {
        if (page.data.size() == f.limit) {
            page.done = false;
            break;
        }
        page.data.append(rowcodec::attempt(q));
    }
    if (!page.data.isEmpty())
        page.iterator = page.data.constLast().id;
    return page;
}

std::optional<QJsonObject> attemptDetails(const StoreReader &reader, const QString &msgId,
                                          const QString &attemptId)
{
    QSqlQuery &q = reader.run(QStringLiteral("SELECT %1, request_headers, response_headers FROM attempts "
                                             "WHERE msg_id = ? AND id = ?").arg(rowcodec::AttemptColumns),
                              {msgId, attemptId});
    const FinishOnExit finish{q};
    if (!q.next())
        return std::nullopt;
    const Attempt attempt = rowcodec::attempt(q);
    QJsonObject out = attempt.toJson();
    const auto headers = [](const QString &block) {
        QJsonArray list;
        for (const QString &line : block.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                list.append(QJsonArray{line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        return list;
    };
    out.insert(QStringLiteral("requestHeaders"), headers(q.value(14).toString()));
    out.insert(QStringLiteral("responseHeaders"), headers(q.value(15).toString()));
    for (const Delivery &d : reader.deliveriesOfMessage(msgId)) {
        if (d.endpointId == attempt.endpointId)
            out.insert(QStringLiteral("nextAttempt"), d.nextAttempt.isValid() ? QJsonValue(toIsoUtc(d.nextAttempt)) : QJsonValue());
    }
    return out;
}

QJsonObject endpointMessages(const StoreReader &reader, const QString &endpointId,
                             const QString &iterator, int limit)
{
    QSqlQuery &q = reader.run(
        QStringLiteral("SELECT m.id, m.app_id, m.event_type, m.event_id, m.channels, m.tags, m.created_at, "
                       "p.body, m.deliver_at, m.correlation_key, d.status, d.next_attempt FROM deliveries d JOIN messages m ON m.id = d.msg_id "
                       "LEFT JOIN message_payloads p ON p.msg_id = m.id WHERE d.endpoint_id = ? AND (? = '' OR d.msg_id < ?) "
                       "ORDER BY d.msg_id DESC LIMIT ?"),
        {endpointId, iterator.isEmpty() ? QStringLiteral("") : iterator,
         iterator.isEmpty() ? QStringLiteral("") : iterator, limit + 1});
    const FinishOnExit finish{q};
    QJsonArray data;
    bool done = true;
    QString last;
    while (q.next()) {
        if (data.size() == limit) {
            done = false;
            break;
        }
        QJsonObject item = rowcodec::message(q).toJson();
        const auto status = messageStatusFromInt(q.value(10).toLongLong()).value_or(MessageStatus::Pending);
        item.insert(QStringLiteral("status"), static_cast<int>(status));
        item.insert(QStringLiteral("statusText"), statusText(status));
        const QDateTime next = rowcodec::timeFromColumn(q.value(11));
        item.insert(QStringLiteral("nextAttempt"), next.isValid() ? QJsonValue(toIsoUtc(next)) : QJsonValue());
        last = item.value(QLatin1StringView("id")).toString();
        data.append(item);
    }
    return {{QStringLiteral("data"), data},
            {QStringLiteral("iterator"), last.isEmpty() ? QJsonValue() : QJsonValue(last)},
            {QStringLiteral("prevIterator"), QJsonValue()},
            {QStringLiteral("done"), done}};
}

QJsonObject endpointStats(const StoreReader &reader, const QString &endpointId)
{
    // The endpoint index no longer holds the status (it changes on every attempt): count
    // the endpoint's deliveries from that index alone, those not done from the index on open
    // deliveries, and successes as the rest.
    qint64 total = 0;
    {
        QSqlQuery &q = reader.run(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE endpoint_id = ?"), {endpointId});
        const FinishOnExit finish{q};
        total = q.next() ? q.value(0).toLongLong() : 0;
    }
    QSqlQuery &q = reader.run(QStringLiteral("SELECT status, COUNT(*) FROM deliveries WHERE status <> 0 AND endpoint_id = ? "
                                             "GROUP BY status"),
                              {endpointId});
    const FinishOnExit finish{q};
    QJsonObject out{{QStringLiteral("pending"), 0}, {QStringLiteral("sending"), 0}, {QStringLiteral("fail"), 0}};
    qint64 notDone = 0;
    while (q.next()) {
        const auto status = messageStatusFromInt(q.value(0).toLongLong());
        if (status) {
            out.insert(statusText(*status), q.value(1).toLongLong());
            notDone += q.value(1).toLongLong();
        }
    }
    out.insert(statusText(MessageStatus::Success), total - notDone);
    return out;
}

std::optional<EventType> eventType(const StoreReader &reader, const QString &name)
{
    QSqlQuery &q = reader.run(QStringLiteral("SELECT json FROM event_types WHERE name = ?"), {name});
    const FinishOnExit finish{q};
    if (!q.next())
        return std::nullopt;
    return EventType::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()).value;
}

Page<EventType> eventTypes(const StoreReader &reader, const QString &iterator, int limit, bool includeArchived)
{
    QSqlQuery &q = reader.run(QStringLiteral("SELECT json FROM event_types WHERE name > ? ORDER BY name LIMIT ?"),
                              {iterator.isEmpty() ? QStringLiteral("") : iterator, limit + 1});
    const FinishOnExit finish{q};
    Page<EventType> page;
    while (q.next()) {
        auto t = EventType::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()).value;
        if (!t || (t->archived && !includeArchived))
            continue;
        if (page.data.size() == limit) {
            page.done = false;
            break;
        }
        page.data.append(std::move(*t));
    }
    if (!page.data.isEmpty())
        page.iterator = page.data.constLast().name;
    return page;
}

} // namespace sb::engine::logqueries
