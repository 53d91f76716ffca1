// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewquery.h"

#include "dashboard/history/overviewseries.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sb::dashboard {
namespace {

constexpr qint64 MinuteMs = 60'000;

// "AND app_id = ? AND endpoint_id = ?" for the request's filters, with their values.
QString scope(const OverviewRequest &r, QVariantList &values, const QString &appColumn = QStringLiteral("app_id"),
              const QString &endpointColumn = QStringLiteral("endpoint_id"))
{
    QString sql;
    if (!r.appId.isEmpty()) {
        sql += u" AND " + appColumn + u" = ?";
        values << r.appId;
    }
    if (!r.endpointId.isEmpty()) {
        sql += u" AND " + endpointColumn + u" = ?";
        values << r.endpointId;
    }
    return sql;
}

QString histogramSums()
{
    QStringList sums;
    for (int i = 0; i < LatencyHistogram::BucketCount; ++i)
        sums << QStringLiteral("SUM(h%1)").arg(i);
    return sums.join(u", ");
}

// Adds the stored bucket counts to `h`: each count at its bucket's middle, so percentiles
// interpolate inside the same bucket the engine would report.
void addCounts(LatencyHistogram &h, const QSqlQuery &q, int firstColumn)
{
    for (int i = 0; i < LatencyHistogram::BucketCount; ++i) {
        const qint64 n = q.value(firstColumn + i).toLongLong();
        if (n <= 0)
            continue;
        const double lower = i == 0 ? 0.0 : LatencyHistogram::UpperBoundsMs[static_cast<size_t>(i - 1)];
        const double upper = i < int(LatencyHistogram::UpperBoundsMs.size()) ? LatencyHistogram::UpperBoundsMs[static_cast<size_t>(i)]
                                                                              : lower + 1;
        h.add((lower + upper) / 2, static_cast<std::uint64_t>(n));
    }
}

QSqlQuery run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(static_cast<int>(i), values.at(i));
    q.exec();
    return q;
}

// Outcome columns in Outcome order, from one roll-up aggregate.
const QString OutcomeSums = QStringLiteral(
    "SUM(attempts), SUM(succeeded), SUM(s4xx), SUM(s5xx), SUM(c_timeout), SUM(c_connect) + SUM(c_dns), SUM(c_tls), SUM(c_policy)");

void fillOutcomes(OverviewBucket &b, const QSqlQuery &q, int first)
{
    b.attempts = q.value(first).toLongLong();
    qint64 named = 0;
    for (int o = 0; o < static_cast<int>(Outcome::Other); ++o) {
        b.outcomes[static_cast<size_t>(o)] = q.value(first + 1 + o).toLongLong();
        named += b.outcomes[static_cast<size_t>(o)];
    }
    b.outcomes[static_cast<size_t>(Outcome::Other)] = std::max<qint64>(0, b.attempts - named);
}

// `knownSince`: when the console's history is known to cover the period from (its start when
// the period before has data too); 0: from the period's own first data.
Kpis kpis(QSqlDatabase &db, const OverviewRequest &r, qint64 from, qint64 to, qint64 now, qint64 knownSince = 0)
{
    Kpis k;
    QVariantList values{from, to};
    QSqlQuery q = run(db, u"SELECT " + OutcomeSums + u", " + histogramSums()
                              + u", MIN(CASE WHEN attempts > 0 THEN minute END) FROM rollups WHERE minute >= ? AND minute < ?"
                              + scope(r, values),
                      values);
    if (q.next()) {
        OverviewBucket total;
        fillOutcomes(total, q, 0);
        addCounts(total.latency, q, 8);
        k.firstDataMs = q.value(8 + LatencyHistogram::BucketCount).toLongLong();
        if (knownSince > 0 && k.firstDataMs > 0)
            k.firstDataMs = knownSince;
        // Per minute since the data began (up to now, inside the period): the range's empty
        // start is not quiet traffic, it is time before the console knew of any.
        const qint64 end = std::min(to, std::max(now, from));
        k.perMinute = k.firstDataMs > 0 ? double(total.attempts) / std::max<double>(1.0, double(end - k.firstDataMs) / MinuteMs) : 0;
        k.successRate = total.successRate();
        k.p95Ms = total.latency.percentile(0.95);
    }
    values = {from, to};
    q = run(db, u"SELECT SUM(status = 1 AND attempts > 0), SUM(status = 2) FROM deliveries WHERE created_at >= ? AND created_at < ?"
                    + scope(r, values), values);
    if (q.next()) {
        k.awaitingRetry = q.value(0).toLongLong();
        k.deadLetters = q.value(1).toLongLong();
    }
    values.clear();
    q = run(db, u"SELECT COUNT(*) FROM endpoints WHERE disabled = 1" + scope(r, values, QStringLiteral("app_id"), QStringLiteral("id")),
            values);
    if (q.next())
        k.disabledEndpoints = q.value(0).toLongLong();
    return k;
}

EndpointHealth::State stateOf(const EndpointHealth &e)
{
    if (e.disabled)
        return EndpointHealth::State::Disabled;
    if (e.recentAttempts == 0)
        return EndpointHealth::State::Idle;
    const double rate = 100.0 * double(e.recentSucceeded) / double(e.recentAttempts);
    return rate < 50 ? EndpointHealth::State::Failing : rate < 95 ? EndpointHealth::State::Degraded : EndpointHealth::State::Healthy;
}

} // namespace

qint64 bucketForWidth(qint64 rangeMs, int pixels)
{
    const qint64 perPixel = rangeMs / std::max(1, pixels);
    return std::max<qint64>(1, (perPixel + MinuteMs - 1) / MinuteMs) * MinuteMs;
}

OverviewData computeOverview(QSqlDatabase &db, const OverviewRequest &request)
{
    OverviewData out;
    out.request = request;
    const OverviewRequest &r = request;
    const qint64 bucket = std::max<qint64>(MinuteMs, r.bucketMs);
    const qint64 count = std::max<qint64>(1, (r.toMs - r.fromMs + bucket - 1) / bucket);
    for (qint64 i = 0; i < count; ++i)
        out.buckets.append({r.fromMs + i * bucket, 0, {}, {}});

    QVariantList values{r.fromMs, bucket, r.fromMs, r.toMs};
    QSqlQuery q = run(db, u"SELECT (minute - ?) / ?, " + OutcomeSums + u", " + histogramSums()
                              + u" FROM rollups WHERE minute >= ? AND minute < ?" + scope(r, values) + u" GROUP BY 1",
                      values);
    while (q.next()) {
        const qint64 index = q.value(0).toLongLong();
        if (index < 0 || index >= out.buckets.size())
            continue;
        OverviewBucket &b = out.buckets[index];
        fillOutcomes(b, q, 1);
        addCounts(b.latency, q, 9);
    }

    const qint64 now = r.nowMs > 0 ? r.nowMs : QDateTime::currentMSecsSinceEpoch();
    out.nowMs = now;
    q = run(db, QStringLiteral("SELECT from_ms, to_ms FROM silences WHERE to_ms > ? AND from_ms < ? ORDER BY from_ms"),
            {r.fromMs, r.toMs});
    while (q.next())
        out.silences.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    out.previous = kpis(db, r, r.fromMs - (r.toMs - r.fromMs), r.fromMs, now);
    out.current = kpis(db, r, r.fromMs, r.toMs, now, out.previous.firstDataMs > 0 ? r.fromMs : 0);
    // The tile and the throughput chart from the same numbers: the chart's points, averaged
    // over the time they cover.
    out.current.perMinute = throughputOf(out).perMinute;

    // Endpoint health: every known endpoint in scope, its traffic in the range, a sparkline.
    QHash<QString, qsizetype> at;
    values.clear();
    q = run(db, u"SELECT id, app_id, disabled, json FROM endpoints WHERE 1" + scope(r, values, QStringLiteral("app_id"), QStringLiteral("id")),
            values);
    while (q.next()) {
        EndpointHealth e;
        e.endpointId = q.value(0).toString();
        e.appId = q.value(1).toString();
        e.disabled = q.value(2).toInt() != 0;
        const QJsonObject o = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        for (const char *key : {"description", "uid", "url"}) {
            e.name = o.value(QLatin1StringView(key)).toString();
            if (!e.name.isEmpty())
                break;
        }
        if (e.name.isEmpty())
            e.name = e.endpointId;
        at.insert(e.endpointId, out.endpoints.size());
        out.endpoints.append(e);
    }
    values = {r.fromMs, r.toMs};
    q = run(db, u"SELECT endpoint_id, SUM(attempts), SUM(succeeded), MAX(CASE WHEN succeeded > 0 THEN minute END), "
                    u"MAX(CASE WHEN attempts > succeeded THEN minute END), " + histogramSums()
                    + u" FROM rollups WHERE minute >= ? AND minute < ?" + scope(r, values) + u" GROUP BY endpoint_id",
            values);
    while (q.next()) {
        const auto found = at.constFind(q.value(0).toString());
        if (found == at.constEnd())
            continue; // deleted since: its history stays in the charts, not in the table
        EndpointHealth &e = out.endpoints[*found];
        e.attempts = q.value(1).toLongLong();
        e.succeeded = q.value(2).toLongLong();
        e.lastSuccessMs = q.value(3).toLongLong();
        e.lastFailureMs = q.value(4).toLongLong();
        LatencyHistogram h;
        addCounts(h, q, 5);
        e.p95Ms = h.percentile(0.95);
    }
    const int slices = std::max(1, r.sparklineBuckets);
    const qint64 slice = std::max<qint64>(MinuteMs, (r.toMs - r.fromMs + slices - 1) / slices);
    for (EndpointHealth &e : out.endpoints)
        e.sparkline = QList<double>(slices, -1.0);
    values = {r.fromMs, slice, r.fromMs, r.toMs};
    q = run(db, u"SELECT endpoint_id, (minute - ?) / ?, SUM(attempts), SUM(succeeded) FROM rollups WHERE minute >= ? AND minute < ?"
                    + scope(r, values) + u" GROUP BY 1, 2",
            values);
    while (q.next()) {
        const auto found = at.constFind(q.value(0).toString());
        const qint64 index = q.value(1).toLongLong();
        const qint64 attempts = q.value(2).toLongLong();
        if (found == at.constEnd() || index < 0 || index >= slices || attempts == 0)
            continue;
        out.endpoints[*found].sparkline[index] = 100.0 * q.value(3).toDouble() / double(attempts);
    }
    // The state from each endpoint's latest attempts (an index on endpoint and time makes this
    // a short walk per endpoint, not a scan).
    q = QSqlQuery(db);
    q.prepare(QStringLiteral("SELECT COUNT(*), SUM(error_class = 'none') FROM (SELECT error_class FROM attempts "
                             "WHERE endpoint_id = ? AND at >= ? AND at <= ? ORDER BY at DESC LIMIT ?)"));
    for (EndpointHealth &e : out.endpoints) {
        if (!e.disabled) {
            q.bindValue(0, e.endpointId);
            q.bindValue(1, now - EndpointHealth::RecentWindowMs);
            q.bindValue(2, now);
            q.bindValue(3, EndpointHealth::RecentAttempts);
            if (q.exec() && q.next()) {
                e.recentAttempts = q.value(0).toLongLong();
                e.recentSucceeded = q.value(1).toLongLong();
            }
            q.finish();
        }
        e.state = stateOf(e);
    }
    return out;
}

} // namespace sb::dashboard
