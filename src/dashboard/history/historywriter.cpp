// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywriter.h"

#include "dashboard/history/historyschema.h"

#include "core/latencyhistogram.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sb::dashboard {

HistoryWriter::HistoryWriter(QString path)
    : m_path(std::move(path))
    , m_connection(u"history-" + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryWriter::~HistoryWriter()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryWriter::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(static_cast<int>(i), values.at(i));
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

qint64 HistoryWriter::execCount(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(static_cast<int>(i), values.at(i));
    if (q.exec())
        return q.numRowsAffected();
    m_error = q.lastError().text();
    return -1;
}

void HistoryWriter::setMeta(const QString &key, const QString &value)
{
    exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
         {key, value});
}

void HistoryWriter::setMeta(const QString &key, qint64 value)
{
    setMeta(key, QString::number(value));
}

void HistoryWriter::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    bool ok = db.open();
    m_error = ok ? QString() : db.lastError().text();
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")})
        ok = ok && exec(pragma);
    ok = ok && historyschema::prepare(db, m_error);
    // Free text searches the responses through a full-text index (a LIKE over every stored
    // attempt took most of a second at a million). Rowids are the attempts' own, so pruning
    // finds them; a store from before the index gets it filled once, here.
    const bool hadText = ok && db.tables().contains(QStringLiteral("attempt_text"));
    ok = ok && exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS attempt_text USING fts5(msg_id UNINDEXED, text)"));
    if (ok && !hadText)
        ok = exec(QStringLiteral("INSERT INTO attempt_text (rowid, msg_id, text) SELECT a.rowid, a.msg_id, "
                                 "coalesce(d.event_type, '') || ' ' || coalesce(json_extract(a.json, '$.response'), '') "
                                 "FROM attempts a LEFT JOIN deliveries d ON d.msg_id = a.msg_id AND d.endpoint_id = a.endpoint_id"));
    QString instance;
    QByteArray alerts;
    if (ok) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
            while (q.next()) {
                const QString key = q.value(0).toString();
                if (key == u"engine_instance")
                    instance = q.value(1).toString();
                else if (key == u"last_seq")
                    m_lastSeq = q.value(1).toLongLong();
                else if (key == u"rollups_from")
                    m_rollupsFrom = q.value(1).toLongLong();
                else if (key == u"backfill_seq")
                    m_backfillSeq = q.value(1).toLongLong();
                else if (key == u"backfill_until")
                    m_backfillUntil = q.value(1).toLongLong();
                else if (key == u"alerts")
                    alerts = q.value(1).toByteArray();
            }
        }
    }
    emit opened(ok, m_error, m_lastSeq, instance);
    if (ok) {
        emit backfillProgress(m_backfillSeq, m_backfillUntil);
        emit alertsLoaded(alerts);
    }
}

void HistoryWriter::saveAlerts(const QByteArray &json)
{
    if (QSqlDatabase::database(m_connection, false).isOpen())
        setMeta(QStringLiteral("alerts"), QString::fromUtf8(json));
}

void HistoryWriter::recordSilence(qint64 fromMs, qint64 toMs)
{
    if (QSqlDatabase::database(m_connection, false).isOpen())
        exec(QStringLiteral("INSERT INTO silences (from_ms, to_ms) VALUES (?, ?)"), {fromMs, toMs});
}

void HistoryWriter::adopt(const QString &instanceId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction())
        return;
    for (const char *table : {"applications", "endpoints", "deliveries", "attempts", "attempt_text", "rollups", "silences", "meta"})
        exec(u"DELETE FROM " + QString::fromLatin1(table));
    exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('engine_instance', ?)"), {instanceId});
    if (db.commit())
        m_lastSeq = m_rollupsFrom = m_backfillSeq = m_backfillUntil = 0;
    else
        db.rollback();
}

void HistoryWriter::prune(qint64 cutoffMs)
{
    if (m_closing)
        return; // fetched again at the next start
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction())
        return;
    // A delivery goes with its attempts, judged by when its message was created; roll-ups
    // by their minute. Endpoints and applications stay: they are the names of what is left.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM attempt_text WHERE rowid IN (SELECT a.rowid FROM attempts a JOIN deliveries d "
                             "ON d.msg_id = a.msg_id AND d.endpoint_id = a.endpoint_id WHERE d.created_at < ?)"));
    q.addBindValue(cutoffMs);
    bool ok = q.exec();
    q.prepare(QStringLiteral("DELETE FROM attempts WHERE EXISTS (SELECT 1 FROM deliveries d WHERE d.msg_id = attempts.msg_id "
                             "AND d.endpoint_id = attempts.endpoint_id AND d.created_at < ?)"));
    q.addBindValue(cutoffMs);
    ok = ok && q.exec();
    q.prepare(QStringLiteral("DELETE FROM deliveries WHERE created_at < ?"));
    q.addBindValue(cutoffMs);
    ok = ok && q.exec();
    const qint64 removed = q.numRowsAffected();
    ok = ok && exec(QStringLiteral("DELETE FROM rollups WHERE minute < ?"), {cutoffMs});
    ok = ok && exec(QStringLiteral("DELETE FROM silences WHERE to_ms < ?"), {cutoffMs});
    if (!ok || !db.commit()) {
        db.rollback();
        return;
    }
    emit pruned(removed);
}

void HistoryWriter::apply(const QList<StreamFrame> &frames)
{
    if (m_closing)
        return; // fetched again at the next start
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction())
        return;
    int applied = 0;
    qint64 last = m_lastSeq;
    for (const StreamFrame &f : frames) {
        if (f.seq <= last)
            continue; // already stored: a replay after reconnecting
        applyOne(f, Source::Live);
        last = f.seq;
        ++applied;
    }
    exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('last_seq', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
         {QString::number(last)});
    if (!db.commit()) {
        db.rollback();
        return;
    }
    m_lastSeq = last;
    emit committed(last, applied);
}

void HistoryWriter::beginWindow(qint64 seq, qint64 rollupsFromMs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction())
        return;
    setMeta(QStringLiteral("last_seq"), seq);
    setMeta(QStringLiteral("rollups_from"), rollupsFromMs);
    setMeta(QStringLiteral("backfill_seq"), 0);
    setMeta(QStringLiteral("backfill_until"), seq);
    if (!db.commit()) {
        db.rollback();
        return;
    }
    m_lastSeq = seq;
    m_rollupsFrom = rollupsFromMs;
    m_backfillSeq = 0;
    m_backfillUntil = seq;
    emit backfillProgress(m_backfillSeq, m_backfillUntil);
}

void HistoryWriter::importDirectory(const QList<QJsonObject> &applications, const QList<QJsonObject> &endpoints, qint64 asOfSeq)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction())
        return;
    const auto text = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    for (const QJsonObject &app : applications)
        exec(QStringLiteral("INSERT INTO applications (id, json, seq) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE "
                            "SET json = excluded.json, seq = excluded.seq WHERE applications.seq < excluded.seq"),
             {app.value(QLatin1StringView("id")).toString(), text(app), asOfSeq});
    for (QJsonObject ep : endpoints) {
        ep.remove(QLatin1StringView("headers")); // an admin's list has them all; the history needs none
        exec(QStringLiteral("INSERT INTO endpoints (id, app_id, disabled, json, seq) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) "
                            "DO UPDATE SET app_id = excluded.app_id, disabled = excluded.disabled, json = excluded.json, "
                            "seq = excluded.seq WHERE endpoints.seq < excluded.seq"),
             {ep.value(QLatin1StringView("id")).toString(), ep.value(QLatin1StringView("appId")).toString(),
              ep.value(QLatin1StringView("disabled")).toBool() ? 1 : 0, text(ep), asOfSeq});
    }
    if (!db.commit())
        db.rollback();
}

void HistoryWriter::importRollups(const QJsonArray &minutes)
{
    if (m_closing)
        return; // fetched again at the next start
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction())
        return;
    // Whole rows, replaced: importing the same minutes again changes nothing. The engine keeps
    // no status-code class per minute, so its HTTP failures show as other failures.
    const QStringList &classes = historyschema::rollupClasses();
    QString columns = QStringLiteral("endpoint_id, minute, app_id, attempts, succeeded");
    QString marks = QStringLiteral("?, ?, ?, ?, ?");
    for (const QString &c : classes) {
        columns += u", " + historyschema::columnFor(c);
        marks += QStringLiteral(", ?");
    }
    for (int i = 0; i < LatencyHistogram::BucketCount; ++i) {
        columns += QStringLiteral(", h%1").arg(i);
        marks += QStringLiteral(", ?");
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO rollups (" + columns + u") VALUES (" + marks + u")");
    int imported = 0;
    for (const QJsonValue &v : minutes) {
        const QJsonObject m = v.toObject();
        const auto minute = parseIsoUtc(m.value(QLatin1StringView("minute")).toString());
        if (!minute || (m_rollupsFrom > 0 && minute->toMSecsSinceEpoch() >= m_rollupsFrom))
            continue;
        const QJsonObject byClass = m.value(QLatin1StringView("byClass")).toObject();
        const QJsonArray histogram = m.value(QLatin1StringView("histogram")).toArray();
        int i = 0;
        q.bindValue(i++, m.value(QLatin1StringView("endpointId")).toString());
        q.bindValue(i++, minute->toMSecsSinceEpoch());
        q.bindValue(i++, m.value(QLatin1StringView("appId")).toString());
        q.bindValue(i++, m.value(QLatin1StringView("attempts")).toInteger());
        q.bindValue(i++, byClass.value(QLatin1StringView("none")).toInteger());
        for (const QString &c : classes)
            q.bindValue(i++, byClass.value(c).toInteger());
        for (int b = 0; b < LatencyHistogram::BucketCount; ++b)
            q.bindValue(i++, histogram.at(b).toInteger());
        if (q.exec())
            ++imported;
    }
    if (!db.commit()) {
        db.rollback();
        return;
    }
    emit rollupsImported(imported);
}

void HistoryWriter::applyBackfill(const QList<StreamFrame> &frames)
{
    if (m_closing)
        return; // fetched again at the next start
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (m_backfillUntil <= 0 || !db.isOpen() || !db.transaction())
        return;
    qint64 last = m_backfillSeq;
    for (const StreamFrame &f : frames) {
        if (f.seq <= last)
            continue;
        // Past the window's start the live stream has it already; the copy is complete.
        last = std::min(f.seq, m_backfillUntil);
        if (f.seq > m_backfillUntil)
            break;
        applyOne(f, Source::Backfill);
    }
    setMeta(QStringLiteral("backfill_seq"), last);
    if (!db.commit()) {
        db.rollback();
        return;
    }
    m_backfillSeq = last;
    emit backfillProgress(m_backfillSeq, m_backfillUntil);
}

void HistoryWriter::applyOne(const StreamFrame &f, Source source)
{
    const QJsonObject &d = f.data;
    const auto text = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    if (f.type == StreamFrame::MessageCreated) {
        const qint64 created = parseIsoUtc(d.value(QLatin1StringView("timestamp")).toString()).value_or(f.at).toMSecsSinceEpoch();
        // The call the engine found in the payload (or was given); NULL, not '', without one,
        // so call: never matches a message that has none.
        const QString key = d.value(QLatin1StringView("correlationKey")).toString();
        for (const QJsonValue &ep : d.value(QLatin1StringView("endpoints")).toArray()) {
            // A row already there was made by a later change that arrived first (a first sync's
            // recent window): it gets the message's facts and keeps its state.
            exec(QStringLiteral("INSERT INTO deliveries (msg_id, endpoint_id, app_id, event_type, created_at, status, updated_at, "
                                "correlation_key, seq) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (msg_id, endpoint_id) DO UPDATE SET "
                                "app_id = excluded.app_id, event_type = excluded.event_type, created_at = excluded.created_at, "
                                "correlation_key = excluded.correlation_key"),
                 {d.value(QLatin1StringView("id")).toString(), ep.toString(), d.value(QLatin1StringView("appId")).toString(),
                  d.value(QLatin1StringView("eventType")).toString(), created, f.at.toMSecsSinceEpoch(),
                  key.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(key), f.seq});
        }
    } else if (f.type == StreamFrame::AttemptFinished) {
        applyAttempt(f);
    } else if (f.type == StreamFrame::DeliveryUpdated) {
        exec(QStringLiteral("INSERT INTO deliveries (msg_id, endpoint_id, app_id, event_type, created_at, status, updated_at, seq) "
                            "VALUES (?, ?, '', '', ?, ?, ?, ?) ON CONFLICT (msg_id, endpoint_id) DO UPDATE SET status = excluded.status, "
                            "next_attempt = NULL, updated_at = excluded.updated_at, seq = excluded.seq WHERE deliveries.seq < excluded.seq"),
             {d.value(QLatin1StringView("msgId")).toString(), d.value(QLatin1StringView("endpointId")).toString(),
              f.at.toMSecsSinceEpoch(), d.value(QLatin1StringView("status")).toInt(), f.at.toMSecsSinceEpoch(), f.seq});
    } else if (f.type.startsWith(u"endpoint.")) {
        // Endpoints come from the engine's list at a first sync; their older changes are not.
        if (source == Source::Backfill)
            return;
        const QString id = d.value(QLatin1StringView("id")).toString();
        if (f.type == StreamFrame::EndpointDeleted)
            exec(QStringLiteral("DELETE FROM endpoints WHERE id = ? AND seq < ?"), {id, f.seq});
        else
            exec(QStringLiteral("INSERT INTO endpoints (id, app_id, disabled, json, seq) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) "
                                "DO UPDATE SET app_id = excluded.app_id, disabled = excluded.disabled, json = excluded.json, "
                                "seq = excluded.seq WHERE endpoints.seq < excluded.seq"),
                 {id, d.value(QLatin1StringView("appId")).toString(), d.value(QLatin1StringView("disabled")).toBool() ? 1 : 0,
                  text(d), f.seq});
    } else if (f.type == StreamFrame::ContentExpunged) {
        // An admin deleted an attempt's response body on the engine (it echoed a secret):
        // this history's copy and its search text go too. (Payloads are never kept here.)
        const QString attemptId = d.value(QLatin1StringView("attemptId")).toString();
        if (!attemptId.isEmpty()) {
            exec(QStringLiteral("UPDATE attempts SET json = json_set(json, '$.response', '') WHERE id = ?"), {attemptId});
            exec(QStringLiteral("DELETE FROM attempt_text WHERE rowid = (SELECT rowid FROM attempts WHERE id = ?)"), {attemptId});
            exec(QStringLiteral("INSERT INTO attempt_text (rowid, msg_id, text) SELECT a.rowid, a.msg_id, "
                                "coalesce((SELECT d.event_type FROM deliveries d WHERE d.msg_id = a.msg_id AND "
                                "d.endpoint_id = a.endpoint_id), '') FROM attempts a WHERE a.id = ?"),
                 {attemptId});
        }
    } else if (f.type.startsWith(u"application.")) {
        const QString id = d.value(QLatin1StringView("id")).toString();
        if (f.type == StreamFrame::ApplicationDeleted) {
            if (source == Source::Live)
                exec(QStringLiteral("DELETE FROM applications WHERE id = ? AND seq < ?"), {id, f.seq});
        } else if (source == Source::Live) {
            exec(QStringLiteral("INSERT INTO applications (id, json, seq) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                "SET json = excluded.json, seq = excluded.seq WHERE applications.seq < excluded.seq"),
                 {id, text(d), f.seq});
        } else {
            // The past names applications the list did not (the engine's own, for operational
            // webhooks): a name, never over a newer one.
            exec(QStringLiteral("INSERT INTO applications (id, json, seq) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                 {id, text(d), f.seq});
        }
    }
}

void HistoryWriter::applyAttempt(const StreamFrame &f)
{
    const QJsonObject &data = f.data;
    const QJsonObject a = data.value(QLatin1StringView("attempt")).toObject();
    const QJsonObject delivery = data.value(QLatin1StringView("delivery")).toObject();
    const QString msgId = a.value(QLatin1StringView("msgId")).toString();
    const QString endpointId = a.value(QLatin1StringView("endpointId")).toString();
    const qint64 at = parseIsoUtc(a.value(QLatin1StringView("timestamp")).toString()).value_or(QDateTime()).toMSecsSinceEpoch();
    const int code = a.value(QLatin1StringView("responseStatusCode")).toInt();
    const qint64 duration = a.value(QLatin1StringView("responseDurationMs")).toInteger();
    const QString errorClass = a.value(QLatin1StringView("errorClass")).toString();
    const QString appId = data.value(QLatin1StringView("appId")).toString();
    const bool isNew = execCount(QStringLiteral("INSERT INTO attempts (id, msg_id, endpoint_id, at, status, http_code, duration_ms, "
                                                "error_class, trigger, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                                 {a.value(QLatin1StringView("id")).toString(), msgId, endpointId, at,
                                  a.value(QLatin1StringView("status")).toInt(), code, duration, errorClass,
                                  a.value(QLatin1StringView("trigger")).toString(),
                                  QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact))}) > 0;
    if (!isNew)
        return; // a replay adds nothing twice
    // The text is the delivery's event type and the response: what free text looks through.
    exec(QStringLiteral("INSERT INTO attempt_text (rowid, msg_id, text) SELECT a.rowid, a.msg_id, "
                        "coalesce((SELECT d.event_type FROM deliveries d WHERE d.msg_id = a.msg_id AND d.endpoint_id = a.endpoint_id), '') "
                        "|| ' ' || ? FROM attempts a WHERE a.id = ?"),
         {a.value(QLatin1StringView("response")).toString(), a.value(QLatin1StringView("id")).toString()});
    // The delivery as the attempt left it, unless a later change is already applied. With no
    // row yet (its message is older than a first sync's window) one is made from what the
    // attempt says; the message's own change fills in the rest when the older past arrives.
    const auto next = parseIsoUtc(delivery.value(QLatin1StringView("nextAttempt")).toString());
    exec(QStringLiteral("INSERT INTO deliveries (msg_id, endpoint_id, app_id, event_type, created_at, status, http_code, latency_ms, "
                        "next_attempt, error_class, updated_at, seq) VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (msg_id, endpoint_id) DO UPDATE SET status = excluded.status, http_code = excluded.http_code, "
                        "latency_ms = excluded.latency_ms, next_attempt = excluded.next_attempt, error_class = excluded.error_class, "
                        "updated_at = excluded.updated_at, seq = excluded.seq WHERE deliveries.seq < excluded.seq"),
         {msgId, endpointId, appId, at, delivery.value(QLatin1StringView("status")).toInt(), code, duration,
          next ? QVariant(next->toMSecsSinceEpoch()) : QVariant(), errorClass, at, f.seq});
    exec(QStringLiteral("UPDATE deliveries SET attempts = (SELECT COUNT(*) FROM attempts WHERE msg_id = ? AND endpoint_id = ?) "
                        "WHERE msg_id = ? AND endpoint_id = ?"),
         {msgId, endpointId, msgId, endpointId});
    // Minutes before a first sync's window are the engine's roll-ups: counted here too, an
    // attempt would count twice. From the window's first minute on, every attempt comes here
    // once, live or with the older past.
    if (at >= m_rollupsFrom)
        countInRollups(endpointId, appId, at, code, duration, errorClass);
}

void HistoryWriter::countInRollups(const QString &endpointId, const QString &appId, qint64 at, int code, qint64 duration,
                                   const QString &errorClass)
{
    // Roll-up of the attempt's minute: one upsert, incrementing the right columns.
    LatencyHistogram one;
    one.add(static_cast<double>(duration));
    int bucket = 0;
    while (one.bucket(bucket) == 0)
        ++bucket;
    const bool ok = errorClass == u"none";
    QString increments = QStringLiteral("attempts = attempts + 1, h%1 = h%1 + 1").arg(bucket);
    QString columns = QStringLiteral("endpoint_id, minute, app_id, attempts, h%1").arg(bucket);
    QString marks = QStringLiteral("?, ?, ?, 1, 1");
    const auto count = [&](const QString &column) {
        increments += u", " + column + u" = " + column + u" + 1";
        columns += u", " + column;
        marks += QStringLiteral(", 1");
    };
    if (ok)
        count(QStringLiteral("succeeded"));
    else if (historyschema::rollupClasses().contains(errorClass))
        count(historyschema::columnFor(errorClass));
    if (code >= 400 && code < 500)
        count(QStringLiteral("s4xx"));
    else if (code >= 500)
        count(QStringLiteral("s5xx"));
    exec(u"INSERT INTO rollups (" + columns + u") VALUES (" + marks + u") ON CONFLICT (endpoint_id, minute) DO UPDATE SET " + increments,
         {endpointId, at / 60'000 * 60'000, appId});
}

} // namespace sb::dashboard
