// SPDX-License-Identifier: GPL-3.0-or-later
// The event stream against a real engine: resume after a disconnect and after an engine
// restart ends with every change exactly once, in order; bad tokens and pruned points are
// refused clearly.
#include "support/apiclient.h"
#include "support/engineprocess.h"
#include "support/streamclient.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using sb::StreamFrame;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::testing::StreamClient;

namespace {

QJsonObject callEvent(int n)
{
    return {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), n}}}};
}

QList<qint64> seqs(const QList<StreamFrame> &frames)
{
    QList<qint64> out;
    for (const StreamFrame &f : frames)
        out.append(f.seq);
    return out;
}

} // namespace

class TestEngineStream : public QObject
{
    Q_OBJECT

private slots:
    void refusesBadTokens()
    {
        EngineProcess engine;
        QVERIFY(engine.start());
        StreamClient client;
        QSignalSpy failed(&client.socket(), QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error));
        QSignalSpy connected(&client.socket(), &QWebSocket::connected);
        client.open(engine.baseUrl(), "not-the-token", std::nullopt);
        QVERIFY(failed.wait(10'000)); // the handshake is answered 401
        QCOMPARE(connected.count(), 0);
        QVERIFY(client.changes().isEmpty());
        // The same stream with the right token works.
        StreamClient good;
        good.open(engine.baseUrl(), EngineProcess::Token, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(good.caughtUp(), 10'000);
    }

    void resumesWithoutGapsOrDuplicatesAcrossDisconnectAndRestart()
    {
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);

        StreamClient first;
        first.open(engine.baseUrl(), EngineProcess::Token, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(first.caughtUp(), 10'000);
        QCOMPARE(first.control().first().type, QString(StreamFrame::Hello));

        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Stream")}})
                                .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), receiver.url()}}).status, 201);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", callEvent(i)).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(first.changes().size() >= 50, 10'000);
        first.close(); // mid-stream: deliveries are still being recorded

        StreamClient second;
        second.open(engine.baseUrl(), EngineProcess::Token, first.lastSeq());
        for (int i = 100; i < 200; ++i)
            QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", callEvent(i)).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(second.changes().size() >= 50, 10'000);
        QSignalSpy secondClosed(&second.socket(), &QWebSocket::disconnected);
        QCOMPARE(engine.terminate(), 0);
        QVERIFY(secondClosed.count() > 0 || secondClosed.wait(10'000));
        QVERIFY(engine.start());
        api.setBaseUrl(engine.baseUrl());

        StreamClient third;
        third.open(engine.baseUrl(), EngineProcess::Token, second.lastSeq());
        for (int i = 200; i < 300; ++i)
            QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", callEvent(i)).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().uniqueIds, 300, 30'000);

        // The whole log, read from the start by a fresh client, is the reference.
        StreamClient reference;
        reference.open(engine.baseUrl(), EngineProcess::Token, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(reference.caughtUp(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(third.lastSeq(), reference.lastSeq(), 10'000);

        const QList<qint64> all = seqs(reference.changes());
        QList<qint64> resumed = seqs(first.changes()) + seqs(second.changes()) + seqs(third.changes());
        QCOMPARE(resumed, all); // every change once, in order, across two resumptions
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i) > all.at(i - 1));
        int created = 0, finished = 0;
        for (const StreamFrame &f : reference.changes()) {
            created += f.type == StreamFrame::MessageCreated;
            finished += f.type == StreamFrame::AttemptFinished;
        }
        QCOMPARE(created, 300);
        QVERIFY(finished >= 300);
        QCOMPARE(first.malformed() + second.malformed() + third.malformed() + reference.malformed(), 0);

        // Live changes arrive without asking again.
        const int before = third.changes().size();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", callEvent(300)).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(third.changes().size() > before, 10'000);
        const StreamFrame &live = third.changes().at(before);
        QCOMPARE(live.type, QString(StreamFrame::MessageCreated));
        QCOMPARE(live.data.value(QLatin1StringView("eventType")).toString(), QStringLiteral("call.ended"));
        QVERIFY(!live.data.contains(QLatin1StringView("payload")));
    }

    void aClientThatStopsReadingIsClosed()
    {
        EngineProcess engine({QStringLiteral("--stream-max-behind"), QStringLiteral("4096"),
                              QStringLiteral("--stream-stall-limit"), QStringLiteral("500ms")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        // A raw client that completes the handshake and then never reads a byte.
        QTcpSocket lazy;
        lazy.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        lazy.setReadBufferSize(16);
        lazy.connectToHost(QHostAddress::LocalHost, engine.port());
        QVERIFY(lazy.waitForConnected(5000));
        lazy.write("GET /api/v1/stream?after=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                   "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " + QByteArray(EngineProcess::Token) + "\r\n\r\n");
        const auto clients = [&api] {
            const QByteArray metrics = api.get(QStringLiteral("/metrics")).body;
            const QByteArray prefix = "\nswitchboard_stream_clients ";
            const qsizetype at = metrics.indexOf(prefix);
            if (at < 0)
                return -1;
            const qsizetype from = at + prefix.size();
            return metrics.mid(from, metrics.indexOf('\n', from) - from).toInt();
        };
        QTRY_COMPARE_WITH_TIMEOUT(clients(), 1, 10'000);
        // The kernel's socket buffers on loopback absorb a few MiB first: write more than that.
        const QJsonObject bulky{{QStringLiteral("blob"), QString(2000, u'y')}};
        for (int i = 0; i < 2500; ++i) {
            QCOMPARE(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QString::number(i)},
                                                              {QStringLiteral("metadata"), bulky}}).status, 201);
            if (i % 250 == 249 && clients() == 0)
                break;
        }
        // Far behind and not reading: closed, so it costs the engine nothing more.
        QTRY_COMPARE_WITH_TIMEOUT(clients(), 0, 15'000);
    }

    // The stream reaches viewers too: credentials in an endpoint's headers stay out of it.
    void keepsHeaderCredentialsOutOfTheStream()
    {
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("H")}})
                                .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint",
                          {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/x")},
                           {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Bearer s3cret")},
                                                                   {QStringLiteral("X-Team"), QStringLiteral("voice")}}}})
                     .status,
                 201);
        StreamClient client;
        client.open(engine.baseUrl(), EngineProcess::Token, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(client.caughtUp(), 10'000);
        bool seen = false;
        for (const StreamFrame &f : client.changes()) {
            if (f.type != StreamFrame::EndpointCreated)
                continue;
            seen = true;
            const QJsonObject headers = f.data.value(QLatin1StringView("headers")).toObject();
            QCOMPARE(headers.value(QLatin1StringView("X-Team")).toString(), QStringLiteral("voice"));
            QVERIFY(!headers.contains(QLatin1StringView("Authorization")));
        }
        QVERIFY(seen);
    }

    void prunedPointsAreRefusedWithAClearError()
    {
        EngineProcess engine({QStringLiteral("--change-retention"), QStringLiteral("1s")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QString::number(i)}}).status, 201);
        QCOMPARE(engine.terminate(), 0);
        // Retention is wall-clock time: let it pass, then the start prunes.
        QTest::qWait(1300);
        QVERIFY(engine.start());

        StreamClient stale;
        QSignalSpy closed(&stale.socket(), &QWebSocket::disconnected);
        stale.open(engine.baseUrl(), EngineProcess::Token, 1);
        QVERIFY(closed.wait(10'000));
        QCOMPARE(int(stale.socket().closeCode()), 4010);
        QVERIFY(!stale.control().isEmpty());
        const StreamFrame &error = stale.control().constLast();
        QCOMPARE(error.type, QString(StreamFrame::Error));
        QCOMPARE(error.data.value(QLatin1StringView("code")).toString(), QStringLiteral("pruned"));

        StreamClient fresh;
        fresh.open(engine.baseUrl(), EngineProcess::Token, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(fresh.caughtUp(), 10'000);
        QCOMPARE(fresh.changes().size(), 1); // the newest change is always kept
        QCOMPARE(fresh.changes().first().seq, 3);
    }
};

QTEST_GUILESS_MAIN(TestEngineStream)
#include "tst_enginestream.moc"
