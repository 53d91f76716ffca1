// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundtasks.h"

#include "deliveryscheduler.h"
#include "engine/store/logqueries.h"
#include "engine/store/storereader.h"
#include "engine/store/storewriter.h"
#include "engine/store/writetransaction.h"

#include "core/ids.h"
#include "core/streamframe.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimer>

namespace sb::engine {

QJsonObject RetryFilter::toJson() const
{
    QJsonObject o;
    if (!appId.isEmpty())
        o.insert(QStringLiteral("app"), appId);
    if (!endpointId.isEmpty())
        o.insert(QStringLiteral("endpoint"), endpointId);
    if (!eventTypes.isEmpty())
        o.insert(QStringLiteral("eventTypes"), QJsonArray::fromStringList(eventTypes));
    if (statusCodeClass)
        o.insert(QStringLiteral("statusCodeClass"), *statusCodeClass);
    if (since.isValid())
        o.insert(QStringLiteral("since"), toIsoUtc(since));
    if (until.isValid())
        o.insert(QStringLiteral("until"), toIsoUtc(until));
    if (!skippedEndpoints.isEmpty())
        o.insert(QStringLiteral("skippedEndpoints"), QJsonArray::fromStringList(skippedEndpoints));
    if (anyStatus)
        o.insert(QStringLiteral("anyStatus"), true);
    if (status)
        o.insert(QStringLiteral("status"), *status);
    if (!channel.isEmpty())
        o.insert(QStringLiteral("channel"), channel);
    if (!tag.isEmpty())
        o.insert(QStringLiteral("tag"), tag);
    return o;
}

RetryFilter RetryFilter::fromJson(const QJsonObject &o)
{
    RetryFilter f;
    f.appId = o.value(QLatin1StringView("app")).toString();
    f.endpointId = o.value(QLatin1StringView("endpoint")).toString();
    for (const QJsonValue &t : o.value(QLatin1StringView("eventTypes")).toArray())
        f.eventTypes.append(t.toString());
    if (o.contains(QLatin1StringView("statusCodeClass")))
        f.statusCodeClass = o.value(QLatin1StringView("statusCodeClass")).toInt();
    f.since = parseIsoUtc(o.value(QLatin1StringView("since")).toString()).value_or(QDateTime());
    f.until = parseIsoUtc(o.value(QLatin1StringView("until")).toString()).value_or(QDateTime());
    for (const QJsonValue &e : o.value(QLatin1StringView("skippedEndpoints")).toArray())
        f.skippedEndpoints.append(e.toString());
    f.anyStatus = o.value(QLatin1StringView("anyStatus")).toBool();
    if (o.contains(QLatin1StringView("status")))
        f.status = o.value(QLatin1StringView("status")).toInt();
    f.channel = o.value(QLatin1StringView("channel")).toString();
    f.tag = o.value(QLatin1StringView("tag")).toString();
    return f;
}

BackgroundTasks::BackgroundTasks(StoreReader *reader, StoreWriter *writer,
                                 DeliveryScheduler *scheduler, QString nodeId, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_writer(writer)
    , m_scheduler(scheduler)
    , m_nodeId(std::move(nodeId))
{
}

void BackgroundTasks::restore()
{
    QList<Task> running;
    {
        QSqlQuery &q = m_reader->run(QStringLiteral("SELECT json, cursor_msg, cursor_endpoint FROM background_tasks "
                                                    "ORDER BY id DESC LIMIT 500"),
                                     {});
        const FinishOnExit finish{q};
        while (q.next()) {
            const QJsonObject json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            const QJsonObject data = json.value(QLatin1StringView("data")).toObject();
            Task t;
            t.id = json.value(QLatin1StringView("id")).toString();
            t.kind = json.value(QLatin1StringView("task")).toString();
            t.status = json.value(QLatin1StringView("status")).toString();
            t.filter = RetryFilter::fromJson(data.value(QLatin1StringView("filter")).toObject());
            t.total = data.value(QLatin1StringView("total")).toInteger();
            t.done = data.value(QLatin1StringView("done")).toInteger();
            const QJsonObject skipped = data.value(QLatin1StringView("skipped")).toObject();
            t.skipped = skipped.value(QLatin1StringView("deliveries")).toInteger();
            for (const QJsonValue &name : skipped.value(QLatin1StringView("names")).toArray())
                t.skippedNames.append(name.toString());
            t.createdAt = parseIsoUtc(data.value(QLatin1StringView("createdAt")).toString()).value_or(QDateTime());
            t.updatedAt = parseIsoUtc(data.value(QLatin1StringView("updatedAt")).toString()).value_or(QDateTime());
            t.cursorMsg = q.value(1).toString();
            t.cursorEndpoint = q.value(2).toString();
            if (t.id.isEmpty())
                continue;
            t.ours = t.status != u"running"; // until claimed below
            m_tasks.insert(t.id, t);
            if (t.status == u"running")
                running.append(t);
        }
    }
    // A running task is taken over when the node that ran it is gone: on SQLite always (this
    // engine is the only one and it restarted), on PostgreSQL when that node's lease ran out.
    for (const Task &t : std::as_const(running))
        claim(t.id);
}

void BackgroundTasks::claim(const QString &id)
{
    m_writer->submit(
        [id, node = m_nodeId](WriteTransaction &tx) {
            tx.exec(QStringLiteral("UPDATE background_tasks SET owner = ? WHERE id = ? AND status = 'running' AND "
                                   "NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = background_tasks.owner "
                                   "AND n.id <> ? AND n.lease_until > ?)"),
                    {node, id, node, tx.now()});
            return QVariant(tx.rowsAffected() == 1);
        },
        this, [this, id](const WriteResult &r) {
            if (r.ok && r.value.toBool())
                return resume(id);
            // Its node still holds a lease: it runs the task, or its lease runs out soon
            // (a node killed a moment ago, perhaps this engine's own last run).
            const auto it = m_tasks.constFind(id);
            if (it != m_tasks.constEnd() && it->status == u"running" && !it->ours)
                QTimer::singleShot(ClaimRetryMs, this, [this, id] { claim(id); });
        });
}

void BackgroundTasks::resume(const QString &id)
{
    auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return;
    it->ours = true;
    // Sends handed to the scheduler before the restart may not have gone out: start the walk
    // again. Deliveries re-sent successfully are no longer dead letters, so none goes twice;
    // progress is what is no longer dead out of the task's total.
    const auto [where, values] = whereClause(it->filter);
    if (it->kind != BulkReplayKind) {
        // A replay walks again from the start: what it already gave a delivery is no longer missing.
        const qint64 remaining = it->kind == ReplayKind || it->kind == PurgeKind ? 0 : count(where, values);
        it->total = std::max(it->total, remaining);
        it->done = it->total - remaining;
        it->cursorMsg = it->cursorEndpoint = QStringLiteral("");
    } // a bulk replay goes on after the last delivery it handed over: one sent again stays matched
    it->updatedAt = QDateTime::currentDateTimeUtc();
    report(*it);
    QTimer::singleShot(0, this, [this, id] { step(id); });
}

qint64 BackgroundTasks::count(const QString &where, const QVariantList &values) const
{
    QSqlQuery &q = m_reader->run(u"SELECT COUNT(*) FROM deliveries d JOIN messages m ON m.id = d.msg_id WHERE " + where, values);
    const FinishOnExit finish{q};
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::pair<QString, QVariantList> BackgroundTasks::whereClause(const RetryFilter &f) const
{
    QStringList where;
    QVariantList values;
    const auto add = [&](const QString &clause, const QVariant &value) {
        where.append(clause);
        values.append(value);
    };
    if (f.status)
        add(QStringLiteral("d.status = ?"), *f.status);
    else if (!f.anyStatus) // `status <> 0` names the condition of the partial index on open deliveries
        where.append(QStringLiteral("d.status <> 0 AND d.status = 2"));
    if (!f.channel.isEmpty())
        add(QStringLiteral("m.channels LIKE ? ESCAPE '\\'"), logqueries::listMemberPattern(f.channel));
    if (!f.tag.isEmpty())
        add(QStringLiteral("m.tags LIKE ? ESCAPE '\\'"), logqueries::listMemberPattern(f.tag));
    if (!f.skippedEndpoints.isEmpty()) {
        where.append(u"d.endpoint_id NOT IN (" + QStringList(f.skippedEndpoints.size(), QStringLiteral("?")).join(u", ") + u')');
        for (const QString &e : f.skippedEndpoints)
            values.append(e);
    }
    if (!f.appId.isEmpty())
        add(QStringLiteral("d.app_id = ?"), f.appId);
    if (!f.endpointId.isEmpty())
        add(QStringLiteral("d.endpoint_id = ?"), f.endpointId);
    if (f.since.isValid())
        add(QStringLiteral("m.created_at >= ?"), f.since.toMSecsSinceEpoch());
    if (f.until.isValid())
        add(QStringLiteral("m.created_at < ?"), f.until.toMSecsSinceEpoch());
    if (!f.eventTypes.isEmpty()) {
        QStringList marks(f.eventTypes.size(), QStringLiteral("?"));
        where.append(u"m.event_type IN (" + marks.join(u", ") + u')');
        for (const QString &t : f.eventTypes)
            values.append(t);
    }
    if (f.statusCodeClass) {
        // The class of the delivery's latest attempt.
        where.append(QStringLiteral("(SELECT a.response_code FROM attempts a WHERE a.msg_id = d.msg_id AND "
                                    "a.endpoint_id = d.endpoint_id ORDER BY a.id DESC LIMIT 1) BETWEEN ? AND ?"));
        values << *f.statusCodeClass << (*f.statusCodeClass == 0 ? 0 : *f.statusCodeClass + 99);
    }
    if (where.isEmpty())
        where.append(QStringLiteral("1 = 1"));
    return {where.join(u" AND "), values};
}

QJsonObject BackgroundTasks::start(const QString &kind, const RetryFilter &filter)
{
    Task t;
    t.id = ids::generate(ids::Task);
    t.kind = kind;
    t.filter = filter;
    t.createdAt = t.updatedAt = QDateTime::currentDateTimeUtc();
    // Empty, not null: a null QString binds as SQL NULL and "x > NULL" matches nothing.
    t.cursorMsg = t.cursorEndpoint = QStringLiteral("");
    // Endpoints are few (no history): read them all rather than trust this node's scheduler,
    // which on PostgreSQL may not have heard of every endpoint yet. (A replay's total is known
    // when its walk ends: counting the messages it would skip costs a scan.)
    const bool walksDeliveries = kind != ReplayKind && kind != PurgeKind;
    for (const Endpoint &e : walksDeliveries ? m_reader->allEndpoints() : QList<Endpoint>()) {
        if (e.disabled && (filter.appId.isEmpty() || e.appId == filter.appId)
            && (filter.endpointId.isEmpty() || e.id == filter.endpointId)) {
            t.filter.skippedEndpoints.append(e.id);
            t.skippedNames.append(!e.description.isEmpty() ? e.description
                                  : !e.uid.isEmpty()       ? e.uid
                                                           : e.url.toString());
        }
    }
    const auto [where, values] = whereClause(t.filter);
    t.total = walksDeliveries ? count(where, values) : 0;
    if (!t.filter.skippedEndpoints.isEmpty()) {
        RetryFilter everything = t.filter;
        everything.skippedEndpoints.clear();
        const auto [all, allValues] = whereClause(everything);
        t.skipped = count(all, allValues) - t.total;
    }
    m_tasks.insert(t.id, t);
    report(t);
    QTimer::singleShot(0, this, [this, id = t.id] { step(id); });
    return toJson(t);
}

void BackgroundTasks::step(const QString &id)
{
    auto it = m_tasks.find(id);
    if (it == m_tasks.end() || it->status != u"running" || !it->ours)
        return;
    // Let the scheduler send what was handed over before adding more. Only sends due now
    // count: retries scheduled for later (a down endpoint's) must not hold a task at 0 %.
    if (const qsizetype waiting = m_scheduler->waitingToSend(); waiting > PauseAboveQueued) {
        // Stored and streamed when the wait begins; GET shows the current length.
        const bool began = it->waitingOnQueue == 0;
        it->waitingOnQueue = waiting;
        if (began) {
            it->updatedAt = QDateTime::currentDateTimeUtc();
            report(*it);
        }
        QTimer::singleShot(100, this, [this, id] { step(id); });
        return;
    }
    it->waitingOnQueue = 0;
    if (it->kind == ReplayKind)
        return stepReplay(id);
    if (it->kind == PurgeKind)
        return stepPurge(id);
    auto [where, values] = whereClause(it->filter);
    where += QStringLiteral(" AND (d.msg_id > ? OR (d.msg_id = ? AND d.endpoint_id > ?))");
    values << it->cursorMsg << it->cursorMsg << it->cursorEndpoint << PageSize;
    int taken = 0;
    {
        QSqlQuery &q = m_reader->run(u"SELECT d.msg_id, d.endpoint_id, d.app_id FROM deliveries d JOIN messages m "
                                     u"ON m.id = d.msg_id WHERE " + where + u" ORDER BY d.msg_id, d.endpoint_id LIMIT ?",
                                     values);
        const FinishOnExit finish{q};
        while (q.next()) {
            it->cursorMsg = q.value(0).toString();
            it->cursorEndpoint = q.value(1).toString();
            m_scheduler->sendNow(it->cursorMsg, q.value(2).toString(), it->cursorEndpoint, TriggerType::Manual);
            ++taken;
        }
    }
    it->done += taken;
    it->updatedAt = QDateTime::currentDateTimeUtc();
    if (taken < PageSize)
        it->status = QStringLiteral("finished");
    report(*it);
    if (it->status == u"running")
        QTimer::singleShot(0, this, [this, id] { step(id); });
}

void BackgroundTasks::pageWritten(const QString &id, bool last, int handled)
{
    auto task = m_tasks.find(id);
    if (task == m_tasks.end() || task->status != u"running")
        return;
    task->done += handled;
    task->total = task->done; // known when the walk ends: counting first would cost a scan
    task->updatedAt = QDateTime::currentDateTimeUtc();
    if (last)
        task->status = QStringLiteral("finished");
    report(*task);
    if (!last)
        QTimer::singleShot(0, this, [this, id] { step(id); });
}

std::optional<QJsonObject> BackgroundTasks::cancel(const QString &id)
{
    auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return std::nullopt;
    if (it->status == u"running") {
        it->status = QStringLiteral("cancelled");
        it->updatedAt = QDateTime::currentDateTimeUtc();
        report(*it);
    }
    return toJson(*it);
}

std::optional<QJsonObject> BackgroundTasks::task(const QString &id) const
{
    const auto it = m_tasks.constFind(id);
    if (it == m_tasks.constEnd())
        return std::nullopt;
    return toJson(*it);
}

QList<QJsonObject> BackgroundTasks::tasks() const
{
    QList<QJsonObject> out;
    for (const Task &t : m_tasks)
        out.append(toJson(t));
    std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1StringView("id")).toString() > b.value(QLatin1StringView("id")).toString();
    });
    return out;
}

QJsonObject BackgroundTasks::toJson(const Task &t) const
{
    // The Svix BackgroundTaskOut shape; progress and the filter go in "data", and while a
    // running task is held back by a busy delivery queue, why and how long the queue is.
    QJsonObject data{{QStringLiteral("total"), t.total},
                     {QStringLiteral("done"), t.done},
                     {QStringLiteral("filter"), t.filter.toJson()},
                     {QStringLiteral("createdAt"), toIsoUtc(t.createdAt)},
                     {QStringLiteral("updatedAt"), toIsoUtc(t.updatedAt)}};
    if (!t.filter.skippedEndpoints.isEmpty()) {
        data.insert(QStringLiteral("skipped"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("endpointDisabled")},
                                {QStringLiteral("deliveries"), t.skipped},
                                {QStringLiteral("endpoints"), QJsonArray::fromStringList(t.filter.skippedEndpoints)},
                                {QStringLiteral("names"), QJsonArray::fromStringList(t.skippedNames)}});
    }
    if (t.status == u"running" && t.waitingOnQueue > 0) {
        data.insert(QStringLiteral("waitingFor"), QStringLiteral("deliveryQueue"));
        data.insert(QStringLiteral("queued"), t.waitingOnQueue);
        data.insert(QStringLiteral("resumesBelow"), PauseAboveQueued + 1);
    }
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("task"), t.kind},
            {QStringLiteral("status"), t.status},
            {QStringLiteral("updatedAt"), toIsoUtc(t.updatedAt)},
            {QStringLiteral("data"), data}};
}

void BackgroundTasks::report(const Task &task)
{
    // Stored with its cursor in the same transaction as the stream's progress frame.
    const QJsonObject data = toJson(task);
    QVariantList row{task.id, task.status, m_nodeId, task.cursorMsg, task.cursorEndpoint,
                     QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
                     task.updatedAt.toMSecsSinceEpoch()};
    m_writer->submit(
        [data, row, appId = task.filter.appId](WriteTransaction &tx) {
            tx.exec(QStringLiteral("INSERT INTO background_tasks (id, status, owner, cursor_msg, cursor_endpoint, json, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET status = excluded.status, "
                                   "owner = excluded.owner, cursor_msg = excluded.cursor_msg, "
                                   "cursor_endpoint = excluded.cursor_endpoint, json = excluded.json, "
                                   "updated_at = excluded.updated_at"),
                    row);
            return QVariant(tx.appendChange(StreamFrame::TaskProgress, appId, data));
        },
        this, {});
    if (task.status == u"finished" || task.status == u"failed")
        emit taskEnded(data);
}

} // namespace sb::engine
