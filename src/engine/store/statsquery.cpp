// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsquery.h"

#include "core/ids.h"
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

    void addToBucket(const QString &errorClass, int latencyBucket, qint64 count)
    {
        attempts += count;
        if (errorClass == u"none")
            succeeded += count;
        else
            failedByClass[errorClass] += count;
        latency.addToBucket(latencyBucket, static_cast<std::uint64_t>(count));
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
    // An attempt's id is made when it finished, after its created_at: the id range on the
    // primary key bounds the scan to the attempts of the range, not of all history.
    QString where = QStringLiteral("id >= ? AND created_at >= ? AND created_at < ?");
    QVariantList values{QString(), since, until};
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
    const auto tally = [&](const QString &app, const QString &endpoint, qint64 atMs, const QString &errorClass,
                           int latencyBucket, qint64 count) {
        overall.addToBucket(errorClass, latencyBucket, count);
        apps[app].addToBucket(errorClass, latencyBucket, count);
        endpoints[endpoint].addToBucket(errorClass, latencyBucket, count);
        buckets[since + (atMs - since) / r.bucketMs * r.bucketMs].addToBucket(errorClass, latencyBucket, count);
    };
    constexpr qint64 Minute = 60'000;
    const bool rolledUp = !r.scanAttempts && since % Minute == 0 && r.bucketMs % Minute == 0;
    // The roll-ups hold whole minutes; the attempts are scanned from the last one on.
    const qint64 scanFrom = rolledUp ? std::max(since, until - until % Minute) : since;
    if (rolledUp && scanFrom > since) {
        QString rollupWhere = QStringLiteral("minute_ms >= ? AND minute_ms < ?");
        QVariantList rollupValues{since, scanFrom};
        if (!r.appId.isEmpty()) {
            rollupWhere += QStringLiteral(" AND app_id = ?");
            rollupValues.append(r.appId);
        }
        if (!r.endpointId.isEmpty()) {
            rollupWhere += QStringLiteral(" AND endpoint_id = ?");
            rollupValues.append(r.endpointId);
        }
        QSqlQuery &q = reader.run(u"SELECT app_id, endpoint_id, minute_ms, error_class, latency_bucket, count "
                                  u"FROM attempt_rollups WHERE " + rollupWhere, rollupValues);
        const FinishOnExit finish{q};
        while (q.next())
            tally(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                  q.value(4).toInt(), q.value(5).toLongLong());
    }
    {
        values[0] = ids::atTime(ids::Attempt, scanFrom);
        values[1] = scanFrom;
        QSqlQuery &q = reader.run(u"SELECT app_id, endpoint_id, created_at, error_class, duration_ms FROM attempts WHERE " + where, values);
        const FinishOnExit finish{q};
        while (q.next())
            tally(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                  LatencyHistogram::bucketOf(q.value(4).toDouble()), 1);
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

QJsonObject minuteRollups(const StoreReader &reader, const QDateTime &since, const QDateTime &until)
{
    struct Minute
    {
        QString appId;
        qint64 attempts = 0;
        QMap<QString, qint64> byClass;
        LatencyHistogram latency;
    };
    // Keyed by minute, then endpoint, so the answer comes out in time order.
    QMap<std::pair<qint64, QString>, Minute> minutes;
    {
        QSqlQuery &q = reader.run(QStringLiteral("SELECT minute_ms, endpoint_id, app_id, error_class, latency_bucket, count "
                                                 "FROM attempt_rollups WHERE minute_ms >= ? AND minute_ms < ?"),
                                  {since.toMSecsSinceEpoch(), until.toMSecsSinceEpoch()});
        const FinishOnExit finish{q};
        while (q.next()) {
            Minute &m = minutes[{q.value(0).toLongLong(), q.value(1).toString()}];
            const qint64 count = q.value(5).toLongLong();
            m.appId = q.value(2).toString();
            m.attempts += count;
            m.byClass[q.value(3).toString()] += count;
            m.latency.addToBucket(q.value(4).toInt(), static_cast<std::uint64_t>(count));
        }
    }
    QJsonArray rows;
    for (auto it = minutes.constBegin(); it != minutes.constEnd(); ++it) {
        QJsonObject byClass;
        for (auto c = it->byClass.constBegin(); c != it->byClass.constEnd(); ++c)
            byClass.insert(c.key(), c.value());
        QJsonArray histogram;
        for (int i = 0; i < LatencyHistogram::BucketCount; ++i)
            histogram.append(static_cast<qint64>(it->latency.bucket(i)));
        rows.append(QJsonObject{{QStringLiteral("minute"), toIsoUtc(QDateTime::fromMSecsSinceEpoch(it.key().first, QTimeZone::utc()))},
                                {QStringLiteral("endpointId"), it.key().second},
                                {QStringLiteral("appId"), it->appId},
                                {QStringLiteral("attempts"), it->attempts},
                                {QStringLiteral("byClass"), byClass},
                                {QStringLiteral("histogram"), histogram}});
    }
    return {{QStringLiteral("since"), toIsoUtc(since)}, {QStringLiteral("until"), toIsoUtc(until)}, {QStringLiteral("data"), rows}};
}

} // namespace sb::engine
