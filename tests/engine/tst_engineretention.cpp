// SPDX-License-Identifier: GPL-3.0-or-later
// Retention on a real engine: finished messages older than --retention go with their payload,
// deliveries and attempts; a message still waiting for a retry stays; the statistics keep
// counting the deleted attempts from their roll-ups.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestEngineRetention : public QObject
{
    Q_OBJECT

    qint64 count(EngineProcess &engine, const QString &sql)
    {
        qint64 value = -1;
        {
            QSqlDatabase db = engine.database().open(QStringLiteral("inspect"), engine.dataDir() + u"/switchboard.db");
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return value;
    }

private slots:
    void finishedMessagesGoUnfinishedStay()
    {
        sb::tools::Receiver ok, down;
        QVERIFY(ok.listen());
        QVERIFY(down.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(503);
        down.setBehaviour(failing);
        const qint64 since = (QDateTime::currentMSecsSinceEpoch() / 60'000 - 1) * 60'000;

        // The second attempt an hour away: those deliveries stay pending throughout the test.
        EngineProcess engine({QStringLiteral("--retention"), QStringLiteral("3s"), QStringLiteral("--retry-schedule"),
                              QStringLiteral("0, 1h")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const auto idOf = [](const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); };
        const QString fine = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Fine")}}));
        const QString stuck = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Stuck")}}));
        QVERIFY(!idOf(api.post(u"/api/v1/app/" + fine + u"/endpoint", {{QStringLiteral("url"), ok.url()}})).isEmpty());
        QVERIFY(!idOf(api.post(u"/api/v1/app/" + stuck + u"/endpoint", {{QStringLiteral("url"), down.url()}})).isEmpty());
        QStringList finished, waiting;
        for (int i = 0; i < 12; ++i) {
            const QJsonObject event{{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                    {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), i}}}};
            finished.append(idOf(api.post(u"/api/v1/app/" + fine + u"/msg", event)));
            waiting.append(idOf(api.post(u"/api/v1/app/" + stuck + u"/msg", event)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(ok.stats().received, 12, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(down.stats().received, 12, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(count(engine, QStringLiteral("SELECT COUNT(*) FROM attempts")), 24, 10'000);

        // Three seconds on, the finished ones are gone, with everything that hung off them.
        QTRY_COMPARE_WITH_TIMEOUT(count(engine, QStringLiteral("SELECT COUNT(*) FROM messages")), 12, 20'000);
        QCOMPARE(count(engine, QStringLiteral("SELECT COUNT(*) FROM message_payloads")), 12);
        QCOMPARE(count(engine, QStringLiteral("SELECT COUNT(*) FROM deliveries")), 12);
        QCOMPARE(count(engine, QStringLiteral("SELECT COUNT(*) FROM attempts")), 12);
        QCOMPARE(api.get(u"/api/v1/app/" + fine + u"/msg/" + finished.constFirst()).status, 404);
        QCOMPARE(api.get(u"/api/v1/app/" + fine + u"/msg").json.value(QLatin1StringView("data")).toArray().size(), 0);
        // The pending ones are all still there, payload included.
        const auto kept = api.get(u"/api/v1/app/" + stuck + u"/msg/" + waiting.constLast());
        QCOMPARE(kept.status, 200);
        QCOMPARE(kept.json.value(QLatin1StringView("payload")).toObject().value(QLatin1StringView("call_id")).toInt(), 11);

        // The statistics still count all 24 attempts, from the roll-ups.
        const QString range = u"since=" + QDateTime::fromMSecsSinceEpoch(since, QTimeZone::utc()).toString(Qt::ISODate)
            + u"&until=" + QDateTime::fromMSecsSinceEpoch(since + 3 * 60'000, QTimeZone::utc()).toString(Qt::ISODate);
        const auto stats = api.get(u"/api/v1/stats?bucket=60&" + range);
        QCOMPARE(stats.json.value(QLatin1StringView("overall")).toObject().value(QLatin1StringView("attempts")).toInt(), 24);

        const auto deletedInMetrics = [&] {
            const QByteArray body = api.get(QStringLiteral("/metrics")).body;
            const QByteArray name = "\nswitchboard_retention_messages_deleted_total ";
            const qsizetype at = body.indexOf(name);
            return at < 0 ? -1 : body.mid(at + name.size()).split('\n').constFirst().toInt();
        };
        QTRY_COMPARE_WITH_TIMEOUT(deletedInMetrics(), 12, 10'000);
    }

    void refusesANonsenseRetention()
    {
        EngineProcess engine({QStringLiteral("--retention"), QStringLiteral("5ms")});
        QString error;
        QVERIFY(!engine.start(&error));
        QVERIFY2(error.contains(QLatin1StringView("retention")), qPrintable(error));
    }

    // "Keep callers' words a day, the call's record a month": a message created with
    // payloadRetentionHours loses its payload when that time is up; the message, its delivery
    // and attempts stay, and a retry that comes due after it is not sent empty.
    void aPayloadGoesAtItsOwnRetention()
    {
        sb::tools::Receiver down;
        QVERIFY(down.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(503);
        down.setBehaviour(failing);
        // Retention long enough to keep both messages through the test; its tenth (2 s) is
        // how often the sweeper looks.
        EngineProcess engine({QStringLiteral("--retention"), QStringLiteral("20s"), QStringLiteral("--retry-schedule"),
                              QStringLiteral("0, 6s"), QStringLiteral("--retry-jitter"), QStringLiteral("0")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const auto idOf = [](const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); };
        const QString app = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Short")}}));
        QVERIFY(!idOf(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), down.url()}})).isEmpty());
        const QJsonObject payload{{QStringLiteral("transcript"), QStringLiteral("caller said something")}};
        const auto post = [&](const QJsonObject &extra) {
            QJsonObject body{{QStringLiteral("eventType"), QStringLiteral("call.ended")}, {QStringLiteral("payload"), payload}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            return api.post(u"/api/v1/app/" + app + u"/msg", body);
        };
        QCOMPARE(post({{QStringLiteral("payloadRetentionPeriod"), 1}, {QStringLiteral("payloadRetentionHours"), 2}}).status, 422);
        QCOMPARE(post({{QStringLiteral("payloadRetentionHours"), 0}}).status, 422);
        const QString shortLived = idOf(post({{QStringLiteral("payloadRetentionHours"), 1}}));
        const QString kept = idOf(post({{QStringLiteral("payloadRetentionPeriod"), 30}}));
        QTRY_COMPARE_WITH_TIMEOUT(down.stats().received, 2, 10'000);

        // An hour is long for a test: the stored end moves into the past instead.
        {
            QSqlDatabase db = engine.database().openWritable(QStringLiteral("age"), engine.dataDir() + u"/switchboard.db");
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"UPDATE message_payloads SET expires_at = 1 WHERE msg_id = '" + shortLived + u"'"), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        const QString path = u"/api/v1/app/" + app + u"/msg/";
        QTRY_COMPARE_WITH_TIMEOUT(api.get(path + shortLived).json.value(QLatin1StringView("payload")).toObject(),
                                  (QJsonObject{{QStringLiteral("expired"), true}}), 10'000);
        QCOMPARE(api.get(path + kept).json.value(QLatin1StringView("payload")).toObject(), payload);
        QCOMPARE(dataOf(api.get(path + shortLived + u"/endpoint")).size(), 1); // the record stays

        // The retry comes due: the short-lived one is refused, not sent empty; the other is sent.
        down.setBehaviour(sb::tools::ReceiverBehaviour());
        QTRY_COMPARE_WITH_TIMEOUT(down.stats().succeeded, 1, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(dataOf(api.get(u"/api/v1/app/" + app + u"/attempt/msg/" + shortLived)).size(), 2, 15'000);
        QCOMPARE(down.deliveries().constLast().webhookId, kept);
        QCOMPARE(dataOf(api.get(u"/api/v1/app/" + app + u"/attempt/msg/" + shortLived)).last().toObject()
                     .value(QLatin1StringView("errorClass")).toString(), QStringLiteral("policy"));
        QVERIFY(api.get(QStringLiteral("/metrics")).body.contains("switchboard_retention_payloads_expired_total 1"));
    }

    static QJsonArray dataOf(const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("data")).toArray(); }
};

QTEST_GUILESS_MAIN(TestEngineRetention)
#include "tst_engineretention.moc"
