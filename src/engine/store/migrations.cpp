// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "core/latencyhistogram.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <array>

namespace sb::engine {
namespace {

// The latency bucket of attempts.duration_ms, as LatencyHistogram::bucketOf computes it.
QString latencyBucketSql()
{
    QString sql = QStringLiteral("CASE");
    for (size_t i = 0; i < LatencyHistogram::UpperBoundsMs.size(); ++i)
        sql += QStringLiteral(" WHEN duration_ms <= %1 THEN %2").arg(LatencyHistogram::UpperBoundsMs[i]).arg(i);
    return sql + QStringLiteral(" ELSE %1 END").arg(LatencyHistogram::UpperBoundsMs.size());
}

// Message bodies sit in their own table: batched status updates ran at about a third of the
// speed while the payload shared the row (see docs/architecture.md).
const std::array<QStringList, 11> Steps{{
    {
        QStringLiteral("CREATE TABLE applications (id {TEXT} PRIMARY KEY, uid {TEXT}, "
                       "json {TEXT} NOT NULL, created_at {BIGINT} NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX applications_uid ON applications (uid)"),
        QStringLiteral("CREATE TABLE endpoints (id {TEXT} PRIMARY KEY, app_id {TEXT} NOT NULL, "
                       "uid {TEXT}, json {TEXT} NOT NULL, failing_since {BIGINT}, "
                       "created_at {BIGINT} NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX endpoints_app_uid ON endpoints (app_id, uid)"),
        QStringLiteral("CREATE TABLE event_types (name {TEXT} PRIMARY KEY, json {TEXT} NOT NULL)"),
        QStringLiteral("CREATE TABLE messages (id {TEXT} PRIMARY KEY, app_id {TEXT} NOT NULL, "
                       "event_type {TEXT} NOT NULL, event_id {TEXT}, channels {TEXT}, "
                       "tags {TEXT}, created_at {BIGINT} NOT NULL)"),
        QStringLiteral("CREATE INDEX messages_app ON messages (app_id, id)"),
        QStringLiteral("CREATE UNIQUE INDEX messages_event_id ON messages (app_id, event_id)"),
        QStringLiteral("CREATE TABLE message_payloads (msg_id {TEXT} PRIMARY KEY, body {BLOB} NOT NULL)"),
        QStringLiteral("CREATE TABLE idempotency_keys (app_id {TEXT} NOT NULL, key {TEXT} NOT NULL, "
                       "status {BIGINT} NOT NULL, response {TEXT} NOT NULL, "
                       "created_at {BIGINT} NOT NULL, PRIMARY KEY (app_id, key))"),
        QStringLiteral("CREATE TABLE deliveries (msg_id {TEXT} NOT NULL, endpoint_id {TEXT} NOT NULL, "
                       "app_id {TEXT} NOT NULL, status {BIGINT} NOT NULL, "
                       "attempt_count {BIGINT} NOT NULL, next_attempt {BIGINT}, "
                       "updated_at {BIGINT} NOT NULL, PRIMARY KEY (msg_id, endpoint_id))"),
        QStringLiteral("CREATE INDEX deliveries_due ON deliveries (status, next_attempt)"),
        QStringLiteral("CREATE INDEX deliveries_endpoint ON deliveries (endpoint_id, status)"),
        QStringLiteral("CREATE TABLE attempts (id {TEXT} PRIMARY KEY, msg_id {TEXT} NOT NULL, "
                       "endpoint_id {TEXT} NOT NULL, app_id {TEXT} NOT NULL, "
                       "created_at {BIGINT} NOT NULL, status {BIGINT} NOT NULL, "
                       "trigger_type {BIGINT} NOT NULL, url {TEXT} NOT NULL, "
                       "response_code {BIGINT} NOT NULL, response_body {TEXT}, "
                       "duration_ms {BIGINT} NOT NULL, connect_ms REAL, tls_ms REAL, "
                       "first_byte_ms REAL, error_class {TEXT} NOT NULL, "
                       "request_headers {TEXT}, response_headers {TEXT})"),
        QStringLiteral("CREATE INDEX attempts_msg ON attempts (msg_id, id)"),
        QStringLiteral("CREATE INDEX attempts_endpoint ON attempts (endpoint_id, id)"),
        QStringLiteral("CREATE TABLE changes (seq {SEQ_PK}, at {BIGINT} NOT NULL, "
                       "type {TEXT} NOT NULL, app_id {TEXT}, data {TEXT} NOT NULL)"),
    },
    // 2: the store's identity, so a dashboard notices when a different engine (or a fresh
    // database) answers at a URL it already has history for: seq numbers would not match.
    {
        QStringLiteral("CREATE TABLE instance (id {TEXT} NOT NULL)"),
        QStringLiteral("INSERT INTO instance (id) VALUES ({RANDOM_ID})"),
    },
    // 3: fewer index entries written per event (docs/performance.md). A delivery's status
    // changes on every attempt, and each index holding it paid a delete and an insert: the
    // endpoint index keys on the message instead (which also orders an endpoint's messages),
    // and the due index holds only deliveries that are not done (queries on it say
    // `status <> 0` so SQLite may use it). Messages without an eventId, nearly all, no longer
    // get an entry in its unique index.
    {
        QStringLiteral("DROP INDEX deliveries_endpoint"),
        QStringLiteral("CREATE INDEX deliveries_endpoint ON deliveries (endpoint_id, msg_id)"),
        QStringLiteral("DROP INDEX deliveries_due"),
        QStringLiteral("CREATE INDEX deliveries_open ON deliveries (status, next_attempt) WHERE status <> 0"),
        QStringLiteral("DROP INDEX messages_event_id"),
        QStringLiteral("CREATE UNIQUE INDEX messages_event_id ON messages (app_id, event_id) "
                       "WHERE event_id IS NOT NULL"),
    },
    // 4: several engine nodes on one PostgreSQL database (docs/scaling.md). Each node has a
    // row whose lease it renews; a pending delivery belongs to the node named in lease_owner
    // while that node's lease holds, and is taken over by another node when it lapses. SQLite
    // has one node and leaves lease_owner empty.
    {
        QStringLiteral("ALTER TABLE deliveries ADD COLUMN lease_owner {TEXT}"),
        QStringLiteral("CREATE TABLE nodes (id {TEXT} PRIMARY KEY, started_at {BIGINT} NOT NULL, "
                       "lease_until {BIGINT} NOT NULL, listen {TEXT})"),
    },
    // 5: per-minute roll-ups of attempts, written in the attempt's own transaction, so that
    // statistics cost the number of minutes asked for, not the number of attempts stored
    // (docs/engine.md, "Statistics"). Existing attempts are rolled up once, here.
    {
        QStringLiteral("CREATE TABLE attempt_rollups (endpoint_id {TEXT} NOT NULL, minute_ms {BIGINT} NOT NULL, "
                       "error_class {TEXT} NOT NULL, latency_bucket {BIGINT} NOT NULL, app_id {TEXT} NOT NULL, "
                       "count {BIGINT} NOT NULL, PRIMARY KEY (endpoint_id, minute_ms, error_class, latency_bucket))"),
        QStringLiteral("CREATE INDEX attempt_rollups_minute ON attempt_rollups (minute_ms)"),
        QStringLiteral("INSERT INTO attempt_rollups (endpoint_id, minute_ms, error_class, latency_bucket, app_id, count) "
                       "SELECT endpoint_id, created_at - created_at % 60000, error_class, %1, MIN(app_id), COUNT(*) "
                       "FROM attempts GROUP BY endpoint_id, created_at - created_at % 60000, error_class, %1")
            .arg(latencyBucketSql()),
    },
    // 6: background tasks (bulk retry, recover) outlive a restart: their progress and where
    // they stopped, and the node running them (empty on SQLite), so another may take over.
    {
        QStringLiteral("CREATE TABLE background_tasks (id {TEXT} PRIMARY KEY, status {TEXT} NOT NULL, "
                       "owner {TEXT} NOT NULL, cursor_msg {TEXT} NOT NULL, cursor_endpoint {TEXT} NOT NULL, "
                       "json {TEXT} NOT NULL, updated_at {BIGINT} NOT NULL)"),
    },
    // 7: Svix's deliverAt, shown with the message; its deliveries' next_attempt holds it too.
    {
        QStringLiteral("ALTER TABLE messages ADD COLUMN deliver_at {BIGINT}"),
    },
    // 8: the message's correlation key (a call id), so a call's story is one indexed read.
    {
        QStringLiteral("ALTER TABLE messages ADD COLUMN correlation_key {TEXT}"),
        QStringLiteral("CREATE INDEX messages_correlation ON messages (app_id, correlation_key, id) "
                       "WHERE correlation_key IS NOT NULL"),
    },
    // 9: a payload's own end (Svix's payloadRetentionPeriod / payloadRetentionHours).
    {
        QStringLiteral("ALTER TABLE message_payloads ADD COLUMN expires_at {BIGINT}"),
        QStringLiteral("CREATE INDEX message_payloads_expiry ON message_payloads (expires_at) WHERE expires_at IS NOT NULL"),
    },
    // 10: keys of per-key ordered endpoints held by a dead letter (orderingOnDeadLetter
    // "block"), so that they stay held across a restart. A row per held key, not per message.
    {
        QStringLiteral("CREATE TABLE ordering_blocks (endpoint_id {TEXT} NOT NULL, correlation_key {TEXT} NOT NULL, "
                       "msg_id {TEXT} NOT NULL, since {BIGINT} NOT NULL, app_id {TEXT} NOT NULL, "
                       "PRIMARY KEY (endpoint_id, correlation_key))"),
    },
    // 11: a call's place in its lane when several nodes accept its events (PostgreSQL). Message
    // ids sort by each node's clock, and two nodes' ids made in one millisecond (or on clocks
    // a little apart) sort at random: event 4 accepted after event 3 could head the lane
    // before it. A sequence the nodes share gives each keyed message its place as the store
    // saw it. SQLite has one node, whose ids already sort as it accepted them: NULL there.
    {
        QStringLiteral("{POSTGRESQL}CREATE SEQUENCE message_lane_seq"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN lane_seq {BIGINT}"),
        // A node still on an older engine (a rolling upgrade) names no lane_seq: its messages
        // take their place too. Set after the column exists: existing rows stay NULL.
        QStringLiteral("{POSTGRESQL}ALTER TABLE messages ALTER COLUMN lane_seq SET DEFAULT nextval('message_lane_seq')"),
    },
}};

bool run(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    if (error)
        *error = statement.left(80) + u"…: " + q.lastError().text();
    return false;
}

} // namespace

int Migrations::latestVersion() { return static_cast<int>(Steps.size()); }

int Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Migrations::apply(QSqlDatabase &db, const SqlDialect &dialect, QString *error)
{
    if (!run(db, dialect.schema(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations "
                                               "(version {BIGINT} PRIMARY KEY, applied_at {BIGINT} NOT NULL)")),
             error))
        return false;
    for (int version = currentVersion(db) + 1; version <= latestVersion(); ++version) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString &statement : Steps.at(static_cast<size_t>(version - 1))) {
            const QString sql = dialect.schema(statement);
            if (sql.isEmpty())
                continue; // not for this database
            ok = run(db, sql, error);
            if (!ok)
                break;
        }
        if (ok) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            q.addBindValue(version);
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            ok = q.exec();
            if (!ok && error)
                *error = q.lastError().text();
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace sb::engine
