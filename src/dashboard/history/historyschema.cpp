// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyschema.h"

#include "core/latencyhistogram.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sb::dashboard::historyschema {
namespace {

const QStringList RollupClasses{QStringLiteral("timeout"), QStringLiteral("dns"), QStringLiteral("connect"),
                                QStringLiteral("tls"), QStringLiteral("http"), QStringLiteral("redirect"),
                                QStringLiteral("body-too-large"), QStringLiteral("policy"), QStringLiteral("internal")};

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
        // When the console did not hear from the engine (frozen, stopped, unreachable): the
        // charts mark these periods instead of showing them as quiet minutes.
        QStringLiteral("CREATE TABLE IF NOT EXISTS silences (from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL)"),
    };
}

bool exec(QSqlDatabase &db, const QString &sql, QString &error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    error = q.lastError().text();
    return false;
}

bool hasColumn(QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA table_info(" + table + u")"))
        return false;
    while (q.next()) {
        if (q.value(1).toString() == column)
            return true;
    }
    return false;
}

} // namespace

const QStringList &rollupClasses() { return RollupClasses; }

QString columnFor(const QString &errorClass)
{
    QString c = errorClass;
    return u"c_" + c.replace(u'-', u'_');
}

bool prepare(QSqlDatabase &db, QString &error)
{
    for (const QString &statement : schema()) {
        if (!exec(db, statement, error))
            return false;
    }
    // Columns that histories written by older consoles lack; SQLite adds them in place (no
    // copy of the table). Their old rows simply have no call, and a seq of 0: older than any
    // change, which is what a row written in stream order is.
    const struct { const char *table, *column, *definition; } added[] = {
        {"deliveries", "correlation_key", "TEXT"},
        // The seq of the last change applied to the row. A first sync copies the recent past
        // first and the older past later: a change never overwrites a newer one's result.
        {"deliveries", "seq", "INTEGER NOT NULL DEFAULT 0"},
        {"endpoints", "seq", "INTEGER NOT NULL DEFAULT 0"},
        {"applications", "seq", "INTEGER NOT NULL DEFAULT 0"},
    };
    for (const auto &c : added) {
        const QString table = QString::fromLatin1(c.table), column = QString::fromLatin1(c.column);
        if (!hasColumn(db, table, column)
            && !exec(db, u"ALTER TABLE " + table + u" ADD COLUMN " + column + u' ' + QString::fromLatin1(c.definition), error))
            return false;
    }
    // The Call view and call: read one call's deliveries in time order from this index.
    return exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS deliveries_call ON deliveries (correlation_key, created_at)"), error);
}

} // namespace sb::dashboard::historyschema
