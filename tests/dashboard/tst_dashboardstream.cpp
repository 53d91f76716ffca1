// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's stream client and local history against a real engine that is killed and
// restarted mid-stream: the store ends with every change exactly once.
#include "dashboard/connection/enginesession.h"
#include "dashboard/connection/streamconnection.h"
#include "dashboard/history/historystore.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"
#include "support/streamclient.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using sb::dashboard::HistoryStore;
using sb::dashboard::StreamConnection;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestDashboardStream : public QObject
{
    Q_OBJECT

private slots:
    // A stopped engine answers no ping: the connection says so within the pong timeout, keeps
    // the socket for a while (a stall that ends resumes the same stream), then drops it and
    // connects again once the engine continues.
    void noticesAnEngineThatStopsAnswering()
    {
        EngineProcess engine;
        QVERIFY(engine.start());
        const auto thawAtEnd = qScopeGuard([&engine] { engine.thaw(); });
        StreamConnection stream;
        stream.setPingIntervalMs(200);
        stream.setPongTimeoutMs(600);
        stream.setDropSilentAfterMs(2000);
        QSignalSpy answering(&stream, &StreamConnection::answeringChanged);
        stream.open(QUrl(engine.baseUrl()), EngineProcess::Token, [](const QString &) { return qint64(0); });
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), StreamConnection::State::Live, 10'000);
        QVERIFY(stream.engineAnswering());

        engine.freeze();
        QVERIFY(answering.wait(5000));
        QCOMPARE(answering.last().first().toBool(), false);
        QVERIFY(!stream.engineAnswering());
        // The last word heard, a pong timeout ago at least (coarse timers may fire 5 % early).
        QVERIFY(stream.silentSince().msecsTo(QDateTime::currentDateTime()) >= 500);
        QCOMPARE(stream.state(), StreamConnection::State::Live); // not dropped yet
        QTRY_VERIFY_WITH_TIMEOUT(stream.state() != StreamConnection::State::Live, 5000);
        QVERIFY(!stream.engineAnswering()); // still silent while reconnecting

        engine.thaw();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), StreamConnection::State::Live, 15'000);
        QVERIFY(stream.engineAnswering());
        QCOMPARE(answering.last().first().toBool(), true);
    }

    // Catching up on a long change log, the engine sends far faster than a history writes:
    // with a backlog limit the stream lets go of the connection when the consumer falls
    // behind, and takes it again from the last frame received once it has caught up; every
    // change arrives once, in order, and no more than the limit and a chunk wait at a time.
    void catchingUpWaitsForASlowConsumer()
    {
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Busy")}})
                                .json.value(QLatin1StringView("id")).toString();
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.started")},
                                                                {QStringLiteral("payload"), QJsonObject()}})
                         .status,
                     202);

        constexpr qint64 Limit = 300;
        constexpr qint64 Chunk = 500; // frames per message while the engine catches a client up
        QList<qint64> received;
        qint64 consumed = 0; // the last seq the slow consumer has "stored"
        qint64 worstBacklog = 0;
        StreamConnection stream;
        stream.setBacklogLimit(Limit, [&consumed] { return consumed; });
        connect(&stream, &StreamConnection::framesReceived, this, [&](const QList<sb::StreamFrame> &frames) {
            for (const sb::StreamFrame &f : frames)
                received.append(f.seq);
            worstBacklog = std::max(worstBacklog, received.constLast() - consumed);
        });
        // About 5,000 changes a second, far below what the socket delivers.
        QTimer consumer;
        consumer.setInterval(10);
        connect(&consumer, &QTimer::timeout, this, [&] {
            if (!received.isEmpty())
                consumed = std::min(received.constLast(), consumed + 50);
        });
        consumer.start();
        stream.open(QUrl(engine.baseUrl()), EngineProcess::Token, [](const QString &) { return qint64(0); });
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), StreamConnection::State::Live, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(consumed, stream.engineLastSeq(), 10'000);

        QVERIFY(stream.engineLastSeq() >= 2001);
        QCOMPARE(received.size(), stream.engineLastSeq());
        for (qsizetype i = 0; i < received.size(); ++i)
            QCOMPARE(received.at(i), qint64(i + 1)); // each once, in order, none lost at a pause
        QVERIFY(stream.backlogPauses() > 0);
        QVERIFY2(worstBacklog <= Limit + Chunk, qPrintable(QString::number(worstBacklog)));

        // Live changes still arrive after the pauses.
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                            {QStringLiteral("payload"), QJsonObject()}})
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(received.constLast(), stream.engineLastSeq(), 10'000);
        QCOMPARE(received.size(), stream.engineLastSeq());
    }

    void survivesAnEngineKilledMidStream()
    {
        QTemporaryDir dir;
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Console")}})
                                .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), receiver.url()}}).status, 201);

        HistoryStore store(dir.filePath(QStringLiteral("history.db")));
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        StreamConnection stream;
        QObject::connect(&stream, &StreamConnection::framesReceived, &store, &HistoryStore::append);
        stream.open(QUrl(engine.baseUrl()), EngineProcess::Token,
                    [&store](const QString &instance) { return store.resumePointFor(instance); });
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), StreamConnection::State::Live, 10'000);

        const auto send = [&](int from, int to) {
            for (int i = from; i < to; ++i)
                QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                                     {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), i}}}})
                             .status, 202);
        };
        send(0, 100);
        QTRY_VERIFY_WITH_TIMEOUT(store.lastSeq() > 50, 10'000);
        engine.kill(); // no goodbye: the client finds out from the dropped connection
        QTRY_VERIFY_WITH_TIMEOUT(stream.state() == StreamConnection::State::WaitingToReconnect
                                     || stream.state() == StreamConnection::State::Connecting, 10'000);
        QVERIFY(engine.start());
        api.setBaseUrl(engine.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), StreamConnection::State::Live, 20'000);
        send(100, 150);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().uniqueIds, 150, 20'000);

        // The reference: the whole change log, read from the start by a plain client.
        sb::testing::StreamClient reference;
        reference.open(engine.baseUrl(), EngineProcess::Token, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(reference.caughtUp(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(store.lastSeq(), reference.lastSeq(), 20'000);
        int attempts = 0;
        for (const sb::StreamFrame &f : reference.changes())
            attempts += f.type == sb::StreamFrame::AttemptFinished;

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(store.databasePath());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(status = 0) FROM deliveries")) && q.next());
            QCOMPARE(q.value(0).toInt(), 150);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM attempts")) && q.next());
            QCOMPARE(q.value(0).toInt(), attempts);
            QVERIFY(q.exec(QStringLiteral("SELECT SUM(attempts) FROM rollups")) && q.next());
            QCOMPARE(q.value(0).toInt(), attempts); // each attempt counted once in the roll-ups
        }

        // A different engine (a fresh database) behind the history: it starts again.
        stream.close();
        EngineProcess other;
        QVERIFY(other.start());
        ApiClient otherApi(other.baseUrl(), EngineProcess::Token);
        QCOMPARE(otherApi.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Elsewhere")}}).status, 201);
        stream.open(QUrl(other.baseUrl()), EngineProcess::Token,
                    [&store](const QString &instance) { return store.resumePointFor(instance); });
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), StreamConnection::State::Live, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(store.lastSeq(), 1, 10'000);
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM deliveries")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM applications")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        db.close();
    }

    // The console was away longer than the engine keeps changes: the session says which
    // changes it lost and carries on after them, instead of asking for them forever.
    void carriesOnPastPrunedChanges()
    {
        QTemporaryDir dir;
        EngineProcess engine({QStringLiteral("--change-retention"), QStringLiteral("1s")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const auto createApp = [&api](int i) {
            return api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QString::number(i)}}).status;
        };
        const QString path = dir.filePath(QStringLiteral("gap.db"));
        {
            sb::dashboard::EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, path);
            session.start();
            QCOMPARE(createApp(1), 201);
            QTRY_COMPARE_WITH_TIMEOUT(session.store()->lastSeq(), 1, 10'000);
        }
        for (int i = 2; i <= 4; ++i)
            QCOMPARE(createApp(i), 201);
        QCOMPARE(engine.terminate(), 0);
        // Retention is wall-clock time: let it pass, then the start prunes all but the newest.
        QTest::qWait(1300);
        QVERIFY(engine.start());

        sb::dashboard::EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, path);
        QSignalSpy gap(&session, &sb::dashboard::EngineSession::historyGap);
        session.start();
        QVERIFY(gap.wait(10'000));
        QCOMPARE(gap.first().at(0).toLongLong(), 2);
        QCOMPARE(gap.first().at(1).toLongLong(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(session.store()->lastSeq(), 4, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(session.stream()->state(), StreamConnection::State::Live, 15'000);
        QCOMPARE(createApp(5), 201);
        QTRY_COMPARE_WITH_TIMEOUT(session.store()->lastSeq(), 5, 10'000);
        QCOMPARE(gap.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDashboardStream)
#include "tst_dashboardstream.moc"
