// SPDX-License-Identifier: GPL-3.0-or-later
// Statistics from the per-minute roll-ups give the same answers as a scan of the attempts,
// on real deliveries (successes, HTTP failures of several latencies, connection errors), and
// the roll-ups of a store made before they existed are rebuilt from its attempts.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

} // namespace

class TestEngineStats : public QObject
{
    Q_OBJECT

    sb::tools::Receiver m_ok, m_flaky;
    std::unique_ptr<EngineProcess> m_engine;
    std::unique_ptr<ApiClient> m_api;
    qint64 m_since = 0; // a whole minute before the first attempt
    qint64 m_attempts = 0;

    // A writable connection to the engine's store (the inspection one is read-only on SQLite).
    QSqlDatabase writable(const QString &name)
    {
        return m_engine->database().openWritable(name, m_engine->dataDir() + u"/switchboard.db");
    }

    qint64 scalar(const QString &sql)
    {
        qint64 value = -1;
        {
            QSqlDatabase db = writable(QStringLiteral("scalar"));
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("scalar"));
        return value;
    }

    // Rolled up: `since` on a whole minute, whole-minute buckets, `until` past now.
    QJsonObject stats(qint64 since, const QString &extra = {})
    {
        const qint64 until = (QDateTime::currentMSecsSinceEpoch() / 60'000 + 2) * 60'000;
        const auto reply = m_api->get(u"/api/v1/stats?bucket=60&since=" + iso(since) + u"&until=" + iso(until) + extra);
        return reply.status == 200 ? reply.json : QJsonObject{{QStringLiteral("status"), reply.status}};
    }

    static void compareTallies(const QJsonObject &rolled, const QJsonObject &scanned)
    {
        for (const char *key : {"overall", "apps", "endpoints", "deadLetters"})
            QCOMPARE(rolled.value(QLatin1StringView(key)), scanned.value(QLatin1StringView(key)));
        qint64 rolledBuckets = 0;
        for (const QJsonValue &b : rolled.value(QLatin1StringView("buckets")).toArray())
            rolledBuckets += b.toObject().value(QLatin1StringView("attempts")).toInteger();
        QCOMPARE(rolledBuckets, rolled.value(QLatin1StringView("overall")).toObject().value(QLatin1StringView("attempts")).toInteger());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_ok.listen());
        QVERIFY(m_flaky.listen());
        sb::tools::ReceiverBehaviour flaky;
        flaky.failPercent = 50;
        flaky.latencyMs = 40;
        flaky.seed = 7;
        m_flaky.setBehaviour(flaky);
        m_since = (QDateTime::currentMSecsSinceEpoch() / 60'000 - 1) * 60'000;

        m_engine = std::make_unique<EngineProcess>(QStringList{QStringLiteral("--retry-schedule"), QStringLiteral("0, 50ms, 50ms")});
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        m_api = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        const auto idOf = [](const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); };
        for (const QString &name : {QStringLiteral("Acme"), QStringLiteral("Globex")}) {
            const QString app = idOf(m_api->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), name}}));
            for (const QString &url : {m_ok.url(), m_flaky.url(), QStringLiteral("http://127.0.0.1:9/closed")})
                QVERIFY(!idOf(m_api->post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), url}})).isEmpty());
            for (int i = 0; i < 15; ++i)
                QCOMPARE(m_api->post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                                        {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), i}}}})
                             .status, 202);
        }
        // Every delivery finished: succeeded or dead after its three attempts.
        QTRY_VERIFY_WITH_TIMEOUT(scalar(QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE status <> 0 AND status <> 2")) == 0, 30'000);
        m_attempts = scalar(QStringLiteral("SELECT COUNT(*) FROM attempts"));
        QVERIFY(m_attempts >= 90);
    }

    void rollupsAnswerAsAScanWould()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(count) FROM attempt_rollups")), m_attempts);
        // `since` a millisecond off the minute makes the engine scan the attempts instead.
        const QJsonObject rolled = stats(m_since);
        const QJsonObject scanned = stats(m_since - 1);
        QCOMPARE(rolled.value(QLatin1StringView("overall")).toObject().value(QLatin1StringView("attempts")).toInteger(), m_attempts);
        const QJsonObject failed = rolled.value(QLatin1StringView("overall")).toObject().value(QLatin1StringView("failedByClass")).toObject();
        QVERIFY2(failed.size() >= 2, "HTTP failures and connection errors both counted"); // e.g. http, connect
        compareTallies(rolled, scanned);

        // Filtered by application and endpoint, too.
        const QString app = rolled.value(QLatin1StringView("apps")).toObject().keys().constFirst();
        const QString endpoint = rolled.value(QLatin1StringView("endpoints")).toObject().keys().constLast();
        compareTallies(stats(m_since, u"&app=" + app), stats(m_since - 1, u"&app=" + app));
        const QString both = u"&app=" + app + u"&endpoint=" + endpoint;
        const QJsonObject one = stats(m_since, both);
        if (one.contains(QLatin1StringView("status"))) // the endpoint belongs to the other app
            QCOMPARE(one.value(QLatin1StringView("status")).toInt(), 404);
        else
            compareTallies(one, stats(m_since - 1, both));
    }

    // Without `since` and `until`, the last hour in whole minutes, the current one included, so
    // that it reads roll-ups only (a dashboard polling the default range would otherwise scan
    // the hour's attempts, or the current minute's, on every call).
    void theDefaultRangeIsInWholeMinutes()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const auto reply = m_api->get(QStringLiteral("/api/v1/stats"));
        QCOMPARE(reply.status, 200);
        const qint64 since = QDateTime::fromString(reply.json.value(QLatin1StringView("since")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        const qint64 until = QDateTime::fromString(reply.json.value(QLatin1StringView("until")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        QCOMPARE(since % 60'000, 0);
        QCOMPARE(until % 60'000, 0);
        QVERIFY(until > before);
        QCOMPARE(until - since, 61 * 60'000);
        QCOMPARE(reply.json.value(QLatin1StringView("buckets")).toArray().size(), 61);
        QCOMPARE(reply.json.value(QLatin1StringView("overall")).toObject().value(QLatin1StringView("attempts")).toInteger(), m_attempts);
        compareTallies(reply.json, stats(m_since - 1));
    }

    // What a console's first sync reads: the roll-ups minute by minute (they add up to the
    // same tallies as /api/v1/stats) and where the change stream stood at a time.
    void minutesAndStreamPositionForAFirstSync()
    {
        const qint64 until = (QDateTime::currentMSecsSinceEpoch() / 60'000 + 2) * 60'000;
        const auto minutes = m_api->get(u"/api/v1/stats/minutes?since=" + iso(m_since) + u"&until=" + iso(until));
        QCOMPARE(minutes.status, 200);
        const QJsonObject rolled = stats(m_since);
        qint64 total = 0;
        QMap<QString, qint64> perEndpoint;
        QString previousMinute;
        for (const QJsonValue &v : minutes.json.value(QLatin1StringView("data")).toArray()) {
            const QJsonObject row = v.toObject();
            const QString minute = row.value(QLatin1StringView("minute")).toString();
            QVERIFY2(minute >= previousMinute, "rows come in time order");
            previousMinute = minute;
            const qint64 attempts = row.value(QLatin1StringView("attempts")).toInteger();
            qint64 classes = 0, histogram = 0;
            for (const QJsonValue &c : row.value(QLatin1StringView("byClass")).toObject())
                classes += c.toInteger();
            for (const QJsonValue &h : row.value(QLatin1StringView("histogram")).toArray())
                histogram += h.toInteger();
            QCOMPARE(classes, attempts);
            QCOMPARE(histogram, attempts);
            QVERIFY(!row.value(QLatin1StringView("appId")).toString().isEmpty());
            perEndpoint[row.value(QLatin1StringView("endpointId")).toString()] += attempts;
            total += attempts;
        }
        QCOMPARE(total, m_attempts);
        const QJsonObject endpoints = rolled.value(QLatin1StringView("endpoints")).toObject();
        QCOMPARE(qsizetype(perEndpoint.size()), endpoints.size());
        for (auto it = perEndpoint.constBegin(); it != perEndpoint.constEnd(); ++it)
            QCOMPARE(it.value(), endpoints.value(it.key()).toObject().value(QLatin1StringView("attempts")).toInteger());

        // More than a day, an empty range and a bad time are refused, naming the parameter.
        QCOMPARE(m_api->get(u"/api/v1/stats/minutes?since=" + iso(until - 2 * 86'400'000LL) + u"&until=" + iso(until)).status, 422);
        QCOMPARE(m_api->get(u"/api/v1/stats/minutes?since=" + iso(until) + u"&until=" + iso(until)).status, 422);
        const auto bad = m_api->get(QStringLiteral("/api/v1/stream/position?at=yesterday"));
        QCOMPARE(bad.status, 422);
        QVERIFY(QJsonDocument(bad.json).toJson().contains("\"at\""));

        // The position before everything is 0; now, the last change; in between, the last
        // change before that time (checked against the change log itself).
        const auto now = m_api->get(QStringLiteral("/api/v1/stream/position"));
        QCOMPARE(now.status, 200);
        const qint64 lastSeq = now.json.value(QLatin1StringView("lastSeq")).toInteger();
        QVERIFY(lastSeq > 0);
        QCOMPARE(now.json.value(QLatin1StringView("seq")).toInteger(), lastSeq);
        QVERIFY(!now.json.value(QLatin1StringView("instanceId")).toString().isEmpty());
        QCOMPARE(m_api->get(u"/api/v1/stream/position?at=" + iso(m_since - 3'600'000)).json.value(QLatin1StringView("seq")).toInteger(), 0);
        const qint64 middle = scalar(QStringLiteral("SELECT at FROM changes ORDER BY seq LIMIT 1 OFFSET %1").arg(lastSeq / 2));
        QVERIFY(middle > 0);
        const qint64 expected = scalar(QStringLiteral("SELECT MAX(seq) FROM changes WHERE at < %1").arg(middle));
        QCOMPARE(m_api->get(u"/api/v1/stream/position?at=" + iso(middle)).json.value(QLatin1StringView("seq")).toInteger(), expected);
    }

    void rollupsOfAnOlderStoreAreRebuilt()
    {
        const QJsonObject before = stats(m_since);
        QCOMPARE(m_engine->terminate(), 0);
        {
            // The store as the engine left it before roll-ups existed (schema version 4).
            QSqlDatabase db = writable(QStringLiteral("downgrade"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE attempt_rollups")), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE background_tasks")), qPrintable(q.lastError().text())); // 6
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE messages DROP COLUMN deliver_at")), qPrintable(q.lastError().text())); // 7
            QVERIFY2(q.exec(QStringLiteral("DROP INDEX messages_correlation")), qPrintable(q.lastError().text())); // 8
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE messages DROP COLUMN correlation_key")), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("DROP INDEX message_payloads_expiry")), qPrintable(q.lastError().text())); // 9
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE message_payloads DROP COLUMN expires_at")), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE ordering_blocks")), qPrintable(q.lastError().text())); // 10
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE messages DROP COLUMN lane_seq")), qPrintable(q.lastError().text())); // 11
            if (db.driverName() == u"QPSQL")
                QVERIFY2(q.exec(QStringLiteral("DROP SEQUENCE message_lane_seq")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 5")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        m_api = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(count) FROM attempt_rollups")), m_attempts);
        compareTallies(stats(m_since), before);
    }
};

QTEST_GUILESS_MAIN(TestEngineStats)
#include "tst_enginestats.moc"
