// SPDX-License-Identifier: GPL-3.0-or-later
// The receiver's HTTP handling: keep-alive and pipelining, routes, oversized and malformed
// requests, a parser fed in every split, and the executable as demos start it.
#include "core/http/httprequestparser.h"
#include "rawhttpclient.h"
#include "receivertesting.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using sb::HttpRequestParser;
using sb::testing::Payload;
using sb::testing::SecretA;
using sb::testing::signedHeaders;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

class TestReceiverHttp : public QObject, public sb::testing::ReceiverFixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

    void keepAlive_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("connection");
        QTest::addColumn<bool>("staysOpen");
        QTest::newRow("HTTP/1.1") << QByteArray("HTTP/1.1") << QByteArray() << true;
        QTest::newRow("HTTP/1.1, close") << QByteArray("HTTP/1.1") << QByteArray("close") << false;
        QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0") << QByteArray() << false;
        QTest::newRow("HTTP/1.0, keep-alive")
            << QByteArray("HTTP/1.0") << QByteArray("keep-alive") << true;
    }

    void keepAlive()
    {
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, connection);
        QFETCH(bool, staysOpen);
        const QByteArray request =
            "POST /hooks/ka " + version + "\r\nHost: x\r\n" +
            (connection.isEmpty() ? QByteArray()
                                  : QByteArray("Connection: " + connection + "\r\n")) +
            "Content-Length: 2\r\n\r\n{}";
        RawHttpClient raw;
        QVERIFY(raw.connectTo(m_receiver->port()));
        raw.send(request);
        QCOMPARE(RawHttpClient::status(raw.readResponse()), 200);
        if (!staysOpen) {
            QVERIFY(raw.waitForClosed());
            return;
        }
        raw.send(request);
        QCOMPARE(RawHttpClient::status(raw.readResponse()), 200);
        QVERIFY(raw.isConnected());
        QCOMPARE(m_receiver->stats().received, 2);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        setBehaviour([](ReceiverBehaviour &b) { b.latencyMs = 20; });
        RawHttpClient raw;
        QVERIFY(raw.connectTo(m_receiver->port()));
        raw.send("POST /a HTTP/1.1\r\nwebhook-id: msg_1\r\nContent-Length: 2\r\n\r\n{}"
                 "POST /b HTTP/1.1\r\nwebhook-id: msg_2\r\nContent-Length: 2\r\n\r\n{}");
        QCOMPARE(RawHttpClient::body(raw.readResponse()).contains("\"attempt\":1"), true);
        QCOMPARE(RawHttpClient::status(raw.readResponse()), 200);
        const auto deliveries = m_receiver->deliveries();
        QCOMPARE(deliveries.size(), 2);
        QCOMPARE(deliveries.at(0).path, QByteArray("/a"));
        QCOMPARE(deliveries.at(1).path, QByteArray("/b"));
    }

    void routes_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("GET a delivery path")
            << QByteArray("GET") << QStringLiteral("/hooks") << 405;
        QTest::newRow("unknown control path")
            << QByteArray("GET") << QStringLiteral("/_receiver/nope") << 404;
        QTest::newRow("POST stats")
            << QByteArray("POST") << QStringLiteral("/_receiver/stats") << 405;
        QTest::newRow("PUT deliveries")
            << QByteArray("PUT") << QStringLiteral("/_receiver/deliveries") << 405;
        QTest::newRow("health") << QByteArray("GET") << QStringLiteral("/_receiver/health") << 200;
    }

    void routes()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        QCOMPARE(m_client->send(verb, path).status, status);
        QCOMPARE(m_receiver->stats().received, 0);
    }

    void oversizedBodyIsRefused()
    {
        RawHttpClient raw;
        QVERIFY(raw.connectTo(m_receiver->port()));
        raw.send("POST /hooks/big HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                 QByteArray::number(Receiver::MaxBodyBytes + 1) + "\r\n\r\n");
        QCOMPARE(RawHttpClient::status(raw.readResponse()), 413);

        // A client that sends the whole body anyway still reads the answer: the receiver reads
        // the announced bytes away before closing, so the close does not reset the connection.
        RawHttpClient whole;
        QVERIFY(whole.connectTo(m_receiver->port()));
        const QByteArray body(9 * 1024 * 1024, 'x');
        whole.send("POST /hooks/big HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(RawHttpClient::status(whole.readResponse()), 413);
        QVERIFY(whole.waitForClosed());
        QCOMPARE(m_receiver->stats().received, 0);

        QCOMPARE(m_client->post(QStringLiteral("/hooks/big"), body).status, 413);
        const HttpResult atLimit =
            m_client->post(QStringLiteral("/hooks/big"), QByteArray(Receiver::MaxBodyBytes, 'x'));
        QCOMPARE(atLimit.status, 200);
    }

    void malformedRequest_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray post = "POST /h HTTP/1.1\r\n";
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("no version") << QByteArray("POST /h\r\n\r\n") << 400;
        QTest::newRow("absolute target") << QByteArray("POST http:/x/ HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("POST /h HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("folded header") << post + "A: b\r\n c\r\n\r\n" << 400;
        QTest::newRow("bad length") << post + "Content-Length: 1x\r\n\r\n" << 400;
        QTest::newRow("two lengths")
            << post + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n"
            << 400;
        QTest::newRow("gzip") << post + "Transfer-Encoding: gzip\r\n\r\n" << 501;
        QTest::newRow("bad chunk") << post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" << 400;
        QTest::newRow("huge header") << post + "X: " + QByteArray(70'000, 'a') + "\r\n\r\n" << 431;
    }

    void malformedRequest()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        RawHttpClient raw;
        QVERIFY(raw.connectTo(m_receiver->port()));
        raw.send(request);
        QCOMPARE(RawHttpClient::status(raw.readResponse()), status);
        QVERIFY(raw.waitForClosed());
        // The receiver itself keeps working.
        QCOMPARE(m_client->post(QStringLiteral("/hooks/after"), Payload).status, 200);
        QCOMPARE(m_receiver->stats().received, 1);
    }

    void parserAcceptsAnySplit_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("content-length")
            << QByteArray(
                   "POST /p?q=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 12\r\n\r\nhello, world")
            << QByteArray("hello, world");
        QTest::newRow("chunked") << QByteArray(
                                        "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                        "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nT: x\r\n\r\n")
                                 << QByteArray("hello, world");
        QTest::newRow("bare LF") << QByteArray("\r\nPOST /p HTTP/1.0\nContent-Length: 2\n\nok")
                                 << QByteArray("ok");
    }

    void parserAcceptsAnySplit()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, body);
        // Fed one byte at a time, every boundary a socket read could produce is exercised.
        HttpRequestParser parser;
        QByteArray buffer;
        HttpRequestParser::Event event = HttpRequestParser::Event::NeedMore;
        for (const char c : request) {
            QVERIFY(event != HttpRequestParser::Event::RequestComplete);
            buffer.append(c);
            do {
                event = parser.parse(buffer);
                QVERIFY2(event != HttpRequestParser::Event::Error,
                         qPrintable(parser.errorDetail()));
            } while (event == HttpRequestParser::Event::HeadersComplete);
        }
        QCOMPARE(event, HttpRequestParser::Event::RequestComplete);
        QVERIFY(buffer.isEmpty());
        const auto parsed = parser.takeRequest();
        QCOMPARE(parsed.method, QByteArray("POST"));
        QCOMPARE(parsed.path, QByteArray("/p"));
        QCOMPARE(parsed.body, body);
    }

    void executable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString logPath = dir.filePath(QStringLiteral("deliveries.jsonl"));
        QProcess process;
        const auto stop = qScopeGuard([&process] {
            process.kill();
            process.waitForFinished(5000);
        });
        process.start(QStringLiteral(RECEIVER_EXE),
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--secret"), SecretA, QStringLiteral("--quiet"),
                       QStringLiteral("--reject-invalid-signature"), QStringLiteral("--log"),
                       logPath});
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10'000);
        const QByteArray line = process.readLine().trimmed();
        QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
        const QByteArray url = line.mid(qstrlen("listening on "));
        QVERIFY(url.mid(url.lastIndexOf(':') + 1).toUShort() != 0);

        ReceiverClient client(QString::fromLatin1(url));
        const HttpResult posted = client.post(QStringLiteral("/hooks/exe"), Payload,
                                              signedHeaders(SecretA, "msg_exe", Payload));
        QCOMPARE(posted.status, 200);
        const QJsonObject stats = client.get(QStringLiteral("/_receiver/stats")).object();
        QCOMPARE(stats.value(QLatin1StringView("received")).toInt(), 1);
        QCOMPARE(stats.value(QLatin1StringView("invalidSignatures")).toInt(), 0);

        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QJsonObject logged = QJsonDocument::fromJson(log.readLine()).object();
        QCOMPARE(logged.value(QLatin1StringView("webhookId")).toString(),
                 QStringLiteral("msg_exe"));
        QCOMPARE(logged.value(QLatin1StringView("signatureValid")).toBool(), true);

        process.terminate();
        QVERIFY(process.waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TestReceiverHttp)
#include "tst_receiverhttp.moc"
