// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsquery.h"

#include "core/latencyhistogram.h"
#include "core/statuscodes.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>
#include <QTimeZone>

namespace sb::engine {
namespace {

struct Tally
{
    qint64 attempts = 0;
    qint64 succeeded = 0;
    QMap<QString, qint64> failedByClass;
    LatencyHistogram latency;

    void add(const QString &errorClass, qint64 durationMs)
    {
        ++attempts;
        if (errorClass == u"none")
            ++succeeded;
        else
            ++failedByClass[errorClass];
        latency.add(static_cast<double>(durationMs));
    }

    QJsonObject toJson() const
    {
        QJsonObject failed;
        for (auto it = failedByClass.constBegin(); it != failedByClass.constEnd(); ++it)
            failed.insert(it.key(), it.value());
        return {{QStringLiteral("attempts"), attempts},
                {QStringLiteral("succeeded"), succeeded},
                {QStringLiteral("failed"), attempts - succeeded},
                {QStringLiteral("failedByClass"), failed},
                {QStringLiteral("successRate"), attempts ? static_cast<double>(succeeded) / static_cast<double>(attempts) : QJsonValue()},
                {QStringLiteral("latencyMs"), QJsonObject{{QStringLiteral("p50"), latency.percentile(0.50)},
                                                          {QStringLiteral("p95"), latency.percentile(0.95)},
                                                          {QStringLiteral("p99"), latency.percentile(0.99)}}},
                {QStringLiteral("histogram"), latency.toJson()}};
    }
};

} // namespace

QJsonObject deliveryStats(const StoreReader &reader, const StatsRequest &r)
{
    const qint64 since = r.since.toMSecsSinceEpoch();
    const qint64 until = r.until.toMSecsSinceEpoch();
    QString where = QStringLiteral("created_at >= ? AND created_at < ?");
    QVariantList values{since, until};
    if (!r.appId.isEmpty()) {
        where += QStringLiteral(" AND app_id = ?");
        values.append(r.appId);
    }
    if (!r.endpointId.isEmpty()) {
        where += QStringLiteral(" AND endpoint_id = ?");
        values.append(r.endpointId);
    }
    Tally overall;
    QMap<QString, Tally> apps, endpoints;
    QMap<qint64, Tally> buckets;
    {
        QSqlQuery &q = reader.run(u"SELECT app_id, endpoint_id, created_at, error_class, duration_ms FROM attempts WHERE " + where, values);
        const FinishOnExit finish{q};
        while (q.next()) {
            const QString errorClass = q.value(3).toString();
            const qint64 duration = q.value(4).toLongLong();
            overall.add(errorClass, duration);
            apps[q.value(0).toString()].add(errorClass, duration);
            endpoints[q.value(1).toString()].add(errorClass, duration);
            buckets[since + (q.value(2).toLongLong() - since) / r.bucketMs * r.bucketMs].add(errorClass, duration);
        }
    }
    qint64 deadLetters = 0;
    {
        QString deadWhere = QStringLiteral("status <> 0 AND status = 2"); // the open-deliveries index
        QVariantList deadValues;
        if (!r.appId.isEmpty()) {
            deadWhere += QStringLiteral(" AND app_id = ?");
            deadValues.append(r.appId);
        }
        if (!r.endpointId.isEmpty()) {
            deadWhere += QStringLiteral(" AND endpoint_id = ?");
            deadValues.append(r.endpointId);
        }
        QSqlQuery &q = reader.run(u"SELECT COUNT(*) FROM deliveries WHERE " + deadWhere, deadValues);
        const FinishOnExit finish{q};
        deadLetters = q.next() ? q.value(0).toLongLong() : 0;
    }
    QJsonArray disabled;
    for (const Endpoint &ep : reader.allEndpoints()) {
        if (ep.disabled && (r.appId.isEmpty() || ep.appId == r.appId))
            disabled.append(ep.id);
    }
    QJsonObject perApp, perEndpoint;
    for (auto it = apps.constBegin(); it != apps.constEnd(); ++it)
        perApp.insert(it.key(), it->toJson());
    for (auto it = endpoints.constBegin(); it != endpoints.constEnd(); ++it)
        perEndpoint.insert(it.key(), it->toJson());
    QJsonArray series;
    for (qint64 start = since; start < until; start += r.bucketMs) {
        QJsonObject b = buckets.value(start).toJson();
        b.remove(QStringLiteral("histogram"));
        b.insert(QStringLiteral("start"), toIsoUtc(QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc())));
        series.append(b);
    }
    return {{QStringLiteral("since"), toIsoUtc(r.since)},
            {QStringLiteral("until"), toIsoUtc(r.until)},
            {QStringLiteral("bucketSeconds"), static_cast<double>(r.bucketMs) / 1000.0},
            {QStringLiteral("overall"), overall.toJson()},
            {QStringLiteral("apps"), perApp},
            {QStringLiteral("endpoints"), perEndpoint},
            {QStringLiteral("buckets"), series},
            {QStringLiteral("deadLetters"), deadLetters},
            {QStringLiteral("disabledEndpoints"), disabled}};
}

} // namespace sb::engine
