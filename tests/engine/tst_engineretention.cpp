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
        sb::tools::ReceiverBehaviour failing;
        failing.status = 503;
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
};

QTEST_GUILESS_MAIN(TestEngineRetention)
#include "tst_engineretention.moc"
