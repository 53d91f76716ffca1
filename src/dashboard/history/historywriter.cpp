// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywriter.h"

#include "core/latencyhistogram.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sb::dashboard {
namespace {

// Error classes kept per minute, as the charts stack them.
const QStringList RollupClasses{QStringLiteral("timeout"), QStringLiteral("dns"), QStringLiteral("connect"),
                                QStringLiteral("tls"), QStringLiteral("http"), QStringLiteral("redirect"),
                                QStringLiteral("body-too-large"), QStringLiteral("policy"), QStringLiteral("internal")};

QString columnFor(const QString &errorClass)
{
    QString c = errorClass;
    return u"c_" + c.replace(u'-', u'_');
}

QStringList schema()
{
    QStringList histogram, classes;
    for (int i = 0; i < LatencyHistogram::BucketCount; ++i)
        histogram.append(u"h" + QString::number(i) + u" INTEGER NOT NULL DEFAULT 0");
    for (const QString &c : RollupClasses)
        classes.append(columnFor(c) + u" INTEGER NOT NULL DEFAULT 0");
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS applications (id TEXT PRIMARY KEY, json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS endpoints (id TEXT PRIMARY KEY, app_id TEXT, disabled INTEGER NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS deliveries (msg_id TEXT NOT NULL, endpoint_id TEXT NOT NULL, "
                       "app_id TEXT NOT NULL, event_type TEXT NOT NULL, created_at INTEGER NOT NULL, status INTEGER NOT NULL, "
                       "http_code INTEGER, latency_ms INTEGER, attempts INTEGER NOT NULL DEFAULT 0, next_attempt INTEGER, "
                       "error_class TEXT, updated_at INTEGER NOT NULL, correlation_key TEXT, PRIMARY KEY (msg_id, endpoint_id))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS deliveries_time ON deliveries (created_at, msg_id, endpoint_id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS attempts (id TEXT PRIMARY KEY, msg_id TEXT NOT NULL, endpoint_id TEXT NOT NULL, "
                       "at INTEGER NOT NULL, status INTEGER NOT NULL, http_code INTEGER NOT NULL, duration_ms INTEGER NOT NULL, "
                       "error_class TEXT NOT NULL, trigger TEXT NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS attempts_delivery ON attempts (msg_id, endpoint_id, at)"),
        // An endpoint's latest attempts, for its state now (the Overview's health table).
        QStringLiteral("CREATE INDEX IF NOT EXISTS attempts_endpoint_time ON attempts (endpoint_id, at)"),
        u"CREATE TABLE IF NOT EXISTS rollups (endpoint_id TEXT NOT NULL, minute INTEGER NOT NULL, app_id TEXT NOT NULL, "
        u"attempts INTEGER NOT NULL DEFAULT 0, succeeded INTEGER NOT NULL DEFAULT 0, s4xx INTEGER NOT NULL DEFAULT 0, "
        u"s5xx INTEGER NOT NULL DEFAULT 0, " + classes.join(u", ") + u", " + histogram.join(u", ")
            + u", PRIMARY KEY (endpoint_id, minute))",
    };
}

} // namespace

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

void HistoryWriter::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    bool ok = db.open();
    m_error = ok ? QString() : db.lastError().text();
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")})
        ok = ok && exec(pragma);
    for (const QString &statement : schema())
        ok = ok && exec(statement);
    ok = ok && migrate(db);
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
    if (ok) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'last_seq'")) && q.next())
            m_lastSeq = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'engine_instance'")) && q.next())
            instance = q.value(0).toString();
    }
    emit opened(ok, m_error, m_lastSeq, instance);
}

bool HistoryWriter::migrate(const QSqlDatabase &db)
{
    // Histories written before calls were followed have no correlation_key column; SQLite
    // adds one in place (no copy of the table), and their old rows simply have no call.
    bool hasKey = false;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA table_info(deliveries)"))) {
            m_error = q.lastError().text();
            return false;
        }
        while (q.next())
            hasKey = hasKey || q.value(1).toString() == u"correlation_key";
    }
    if (!hasKey && !exec(QStringLiteral("ALTER TABLE deliveries ADD COLUMN correlation_key TEXT")))
        return false;
    // The Call view and call: read one call's deliveries in time order from this index.
    return exec(QStringLiteral("CREATE INDEX IF NOT EXISTS deliveries_call ON deliveries (correlation_key, created_at)"));
}

void HistoryWriter::adopt(const QString &instanceId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction())
        return;
    for (const char *table : {"applications", "endpoints", "deliveries", "attempts", "attempt_text", "rollups", "meta"})
        exec(u"DELETE FROM " + QString::fromLatin1(table));
    exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('engine_instance', ?)"), {instanceId});
    if (db.commit())
        m_lastSeq = 0;
    else
        db.rollback();
}

void HistoryWriter::prune(qint64 cutoffMs)
{
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
    if (!ok || !db.commit()) {
        db.rollback();
        return;
    }
    emit pruned(removed);
}

void HistoryWriter::apply(const QList<StreamFrame> &frames)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() || !db.transaction())
        return;
    int applied = 0;
    qint64 last = m_lastSeq;
    for (const StreamFrame &f : frames) {
        if (f.seq <= last)
            continue; // already stored: a replay after reconnecting
        applyOne(f);
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

void HistoryWriter::applyOne(const StreamFrame &f)
{
    const QJsonObject &d = f.data;
    const auto text = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    if (f.type == StreamFrame::MessageCreated) {
        const qint64 created = parseIsoUtc(d.value(QLatin1StringView("timestamp")).toString()).value_or(f.at).toMSecsSinceEpoch();
        // The call the engine found in the payload (or was given); NULL, not '', without one,
        // so call: never matches a message that has none.
        const QString key = d.value(QLatin1StringView("correlationKey")).toString();
        for (const QJsonValue &ep : d.value(QLatin1StringView("endpoints")).toArray()) {
            exec(QStringLiteral("INSERT INTO deliveries (msg_id, endpoint_id, app_id, event_type, created_at, status, updated_at, "
                                "correlation_key) VALUES (?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING"),
                 {d.value(QLatin1StringView("id")).toString(), ep.toString(), d.value(QLatin1StringView("appId")).toString(),
                  d.value(QLatin1StringView("eventType")).toString(), created, f.at.toMSecsSinceEpoch(),
                  key.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(key)});
        }
    } else if (f.type == StreamFrame::AttemptFinished) {
        applyAttempt(d);
    } else if (f.type == StreamFrame::DeliveryUpdated) {
        exec(QStringLiteral("UPDATE deliveries SET status = ?, next_attempt = NULL, updated_at = ? WHERE msg_id = ? AND endpoint_id = ?"),
             {d.value(QLatin1StringView("status")).toInt(), f.at.toMSecsSinceEpoch(),
              d.value(QLatin1StringView("msgId")).toString(), d.value(QLatin1StringView("endpointId")).toString()});
    } else if (f.type.startsWith(u"endpoint.")) {
        const QString id = d.value(QLatin1StringView("id")).toString();
        if (f.type == StreamFrame::EndpointDeleted)
            exec(QStringLiteral("DELETE FROM endpoints WHERE id = ?"), {id});
        else
            exec(QStringLiteral("INSERT INTO endpoints (id, app_id, disabled, json) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                "SET app_id = excluded.app_id, disabled = excluded.disabled, json = excluded.json"),
                 {id, d.value(QLatin1StringView("appId")).toString(), d.value(QLatin1StringView("disabled")).toBool() ? 1 : 0, text(d)});
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
        if (f.type == StreamFrame::ApplicationDeleted)
            exec(QStringLiteral("DELETE FROM applications WHERE id = ?"), {id});
        else
            exec(QStringLiteral("INSERT INTO applications (id, json) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json"),
                 {id, text(d)});
    }
}

void HistoryWriter::applyAttempt(const QJsonObject &data)
{
    const QJsonObject a = data.value(QLatin1StringView("attempt")).toObject();
    const QJsonObject delivery = data.value(QLatin1StringView("delivery")).toObject();
    const QString msgId = a.value(QLatin1StringView("msgId")).toString();
    const QString endpointId = a.value(QLatin1StringView("endpointId")).toString();
    const qint64 at = parseIsoUtc(a.value(QLatin1StringView("timestamp")).toString()).value_or(QDateTime()).toMSecsSinceEpoch();
    const int code = a.value(QLatin1StringView("responseStatusCode")).toInt();
    const qint64 duration = a.value(QLatin1StringView("responseDurationMs")).toInteger();
    const QString errorClass = a.value(QLatin1StringView("errorClass")).toString();
    const QString appId = data.value(QLatin1StringView("appId")).toString();
    exec(QStringLiteral("INSERT INTO attempts (id, msg_id, endpoint_id, at, status, http_code, duration_ms, error_class, trigger, json) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
         {a.value(QLatin1StringView("id")).toString(), msgId, endpointId, at, a.value(QLatin1StringView("status")).toInt(), code,
          duration, errorClass, a.value(QLatin1StringView("trigger")).toString(),
          QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact))});
    // Only when the attempt was new (changes() is the insert's): a replay adds nothing twice.
    // The text is the delivery's event type and the response: what free text looks through.
    exec(QStringLiteral("INSERT INTO attempt_text (rowid, msg_id, text) SELECT a.rowid, a.msg_id, "
                        "coalesce((SELECT d.event_type FROM deliveries d WHERE d.msg_id = a.msg_id AND d.endpoint_id = a.endpoint_id), '') "
                        "|| ' ' || ? FROM attempts a WHERE a.id = ? AND changes() > 0"),
         {a.value(QLatin1StringView("response")).toString(), a.value(QLatin1StringView("id")).toString()});
    const auto next = parseIsoUtc(delivery.value(QLatin1StringView("nextAttempt")).toString());
    exec(QStringLiteral("UPDATE deliveries SET status = ?, http_code = ?, latency_ms = ?, attempts = attempts + 1, "
                        "next_attempt = ?, error_class = ?, updated_at = ? WHERE msg_id = ? AND endpoint_id = ?"),
         {delivery.value(QLatin1StringView("status")).toInt(), code, duration,
          next ? QVariant(next->toMSecsSinceEpoch()) : QVariant(), errorClass, at, msgId, endpointId});

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
    else if (RollupClasses.contains(errorClass))
        count(columnFor(errorClass));
    if (code >= 400 && code < 500)
        count(QStringLiteral("s4xx"));
    else if (code >= 500)
        count(QStringLiteral("s5xx"));
    exec(u"INSERT INTO rollups (" + columns + u") VALUES (" + marks + u") ON CONFLICT (endpoint_id, minute) DO UPDATE SET " + increments,
         {endpointId, at / 60'000 * 60'000, appId});
}

} // namespace sb::dashboard
