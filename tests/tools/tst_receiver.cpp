// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hexsignature.h"
#include "core/standardwebhooks.h"
#include "core/timeformat.h"
#include "rawhttpclient.h"
#include "receiverclient.h"
#include "core/http/httprequestparser.h"
#include "tools/receiver/receiver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using sb::StandardWebhooks;
using sb::HttpRequestParser;
using sb::tools::ReceivedDelivery;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

namespace {

const QString SecretA = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
// base64("second-secret-for-tests")
const QString SecretB = QStringLiteral("whsec_c2Vjb25kLXNlY3JldC1mb3ItdGVzdHM=");
const QByteArray Payload = "{\"type\":\"call.ended\",\"data\":{\"callId\":\"call_1\"}}";
const QByteArray HexKey = "hex-key-for-tests";
// The Standard Webhooks v1a vector's key and its public key: the receiver holds the public one.
const QString EdSecret = QStringLiteral("whsk_VEVTVFNJR05JTkdLRVlET05PVFVTRVRISVNGT1JBTlk=");
const QString EdPublic = QStringLiteral("whpk_ZlN4eg7dSSqi0moX9hQUk3orrOouK3QVQSlJa248c/g=");

RequestHeaders signedHeaders(const QString &secret, const QByteArray &id, const QByteArray &body,
                             qint64 timestamp = QDateTime::currentSecsSinceEpoch())
{
    return {{"webhook-id", id},
            {"webhook-timestamp", QByteArray::number(timestamp)},
            {"webhook-signature", StandardWebhooks::signatureHeaderForSecrets({secret}, id, timestamp, body)}};
}

QByteArray tampered(QByteArray body)
{
    return body.replace("call_1", "call_2");
}

} // namespace

class TestReceiver : public QObject
{
    Q_OBJECT

    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<ReceiverClient> m_client;

    void setBehaviour(const std::function<void(ReceiverBehaviour &)> &change)
    {
        ReceiverBehaviour behaviour = m_receiver->behaviour();
        change(behaviour);
        m_receiver->setBehaviour(behaviour);
    }

    // Posts one delivery and returns what the receiver recorded for it.
    ReceivedDelivery deliver(const QByteArray &body, const RequestHeaders &headers,
                             HttpResult *result = nullptr)
    {
        QSignalSpy spy(m_receiver.get(), &Receiver::deliveryReceived);
        const HttpResult r = m_client->post(QStringLiteral("/hooks/test"), body, headers);
        if (result)
            *result = r;
        // The receiver records a delivery before control returns to the event loop, so the
        // signal has been emitted by the time the client has the answer.
        return spy.size() == 1 ? spy.at(0).at(0).value<ReceivedDelivery>() : ReceivedDelivery();
    }

private slots:
    void init()
    {
        m_receiver = std::make_unique<Receiver>();
        QVERIFY(m_receiver->listen(QHostAddress(QHostAddress::LocalHost), 0));
        QVERIFY(m_receiver->port() != 0);
        m_client = std::make_unique<ReceiverClient>(m_receiver->url());
    }

    void cleanup()
    {
        m_client.reset();
        m_receiver.reset();
    }

    void standardWebhooksSignature_data()
    {
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("signingSecret");
        QTest::addColumn<bool>("tamper");
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<bool>("reject");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("status");
        const QStringList a{SecretA};
        QTest::newRow("valid") << a << SecretA << false << 0 << false << true << 200;
        QTest::newRow("valid, rejecting") << a << SecretA << false << 0 << true << true << 200;
        QTest::newRow("tampered body") << a << SecretA << true << 0 << false << false << 200;
        QTest::newRow("tampered, rejecting") << a << SecretA << true << 0 << true << false << 401;
        QTest::newRow("other secret") << a << SecretB << false << 0 << false << false << 200;
        QTest::newRow("rotation") << QStringList{SecretA, SecretB} << SecretB << false << 0 << true
                                  << true << 200;
        QTest::newRow("too old, rejecting") << a << SecretA << false << 600 << true << false << 401;
        const QStringList ed{EdPublic};
        QTest::newRow("v1a, public key") << ed << EdSecret << false << 0 << true << true << 200;
        QTest::newRow("v1a, private key") << QStringList{EdSecret} << EdSecret << false << 0 << true << true << 200;
        QTest::newRow("v1a tampered, rejecting") << ed << EdSecret << true << 0 << true << false << 401;
        QTest::newRow("v1a signed, v1 expected") << a << EdSecret << false << 0 << true << false << 401;
        QTest::newRow("v1 signed, v1a expected") << ed << SecretA << false << 0 << true << false << 401;
        QTest::newRow("rotation to v1a") << QStringList{SecretB, EdPublic} << EdSecret << false << 0 << true
                                         << true << 200;
    }

    void standardWebhooksSignature()
    {
        QFETCH(QStringList, secrets);
        QFETCH(QString, signingSecret);
        QFETCH(bool, tamper);
        QFETCH(int, ageSeconds);
        QFETCH(bool, reject);
        QFETCH(bool, valid);
        QFETCH(int, status);
        setBehaviour([&](ReceiverBehaviour &b) {
            b.secrets = secrets;
            b.rejectInvalidSignature = reject;
        });
        const RequestHeaders headers = signedHeaders(
            signingSecret, "msg_std", Payload, QDateTime::currentSecsSinceEpoch() - ageSeconds);
        HttpResult result;
        const ReceivedDelivery d = deliver(tamper ? tampered(Payload) : Payload, headers, &result);
        QCOMPARE(result.status, status);
        QCOMPARE(d.signatureValid, std::optional<bool>(valid));
        QCOMPARE(d.status, status);
        QCOMPARE(d.webhookId, QStringLiteral("msg_std"));
        QCOMPARE(d.attempt, 1);
        const QJsonObject recorded =
            m_client->get(QStringLiteral("/_receiver/deliveries")).array().at(0).toObject();
        QCOMPARE(recorded.value(QLatin1StringView("signatureValid")), QJsonValue(valid));
        QCOMPARE(m_receiver->stats().invalidSignatures, valid ? 0 : 1);
    }

    void hexSignature_data()
    {
        QTest::addColumn<QString>("configuredHeader");
        QTest::addColumn<QByteArray>("sentHeader"); // empty: not sent
        QTest::addColumn<bool>("tamper");
        QTest::addColumn<bool>("reject");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("status");
        const QString standard(sb::HexSignature::DefaultHeader);
        QTest::newRow("valid") << standard << QByteArray("X-Switchboard-Signature") << false << true
                               << true << 200;
        QTest::newRow("custom header")
            << QStringLiteral("X-Hub-Signature-256") << QByteArray("x-hub-signature-256") << false
            << false << true << 200;
        QTest::newRow("tampered") << standard << QByteArray("X-Switchboard-Signature") << true
                                  << false << false << 200;
        QTest::newRow("tampered, rejecting")
            << standard << QByteArray("X-Switchboard-Signature") << true << true << false << 401;
        QTest::newRow("not sent") << standard << QByteArray() << false << false << false << 200;
    }

    void hexSignature()
    {
        QFETCH(QString, configuredHeader);
        QFETCH(QByteArray, sentHeader);
        QFETCH(bool, tamper);
        QFETCH(bool, reject);
        QFETCH(bool, valid);
        QFETCH(int, status);
        setBehaviour([&](ReceiverBehaviour &b) {
            b.hexSecret = QString::fromLatin1(HexKey);
            b.hexHeader = configuredHeader;
            b.rejectInvalidSignature = reject;
        });
        RequestHeaders headers;
        if (!sentHeader.isEmpty())
            headers.append({sentHeader, sb::HexSignature::sign(HexKey, Payload)});
        HttpResult result;
        const ReceivedDelivery d = deliver(tamper ? tampered(Payload) : Payload, headers, &result);
        QCOMPARE(result.status, status);
        QCOMPARE(d.signatureValid, std::optional<bool>(valid));
    }

    void noSecretLeavesSignatureUnchecked()
    {
        const ReceivedDelivery d = deliver(Payload, signedHeaders(SecretA, "msg_x", Payload));
        QCOMPARE(d.signatureValid, std::nullopt);
        QCOMPARE(d.toJson().value(QLatin1StringView("signatureValid")),
                 QJsonValue(QJsonValue::Null));
        QCOMPARE(d.status, 200);
    }

    void failFirstCountsAttemptsPerWebhookId()
    {
        setBehaviour([](ReceiverBehaviour &b) { b.failFirst = 2; });
        const QList<std::tuple<QByteArray, int, int>> expected{
            {"msg_a", 1, 500}, {"msg_a", 2, 500}, {"msg_b", 1, 500},
            {"msg_a", 3, 200}, {"msg_b", 2, 500}, {"msg_b", 3, 200},
        };
        for (const auto &[id, attempt, status] : expected) {
            HttpResult result;
            const ReceivedDelivery d = deliver(Payload, {{"webhook-id", id}}, &result);
            QCOMPARE(result.status, status);
            QCOMPARE(d.attempt, attempt);
            QCOMPARE(d.reason,
                     status == 500 ? QStringLiteral("failFirst") : QStringLiteral("status"));
        }
        const auto stats = m_receiver->stats();
        QCOMPARE(stats.uniqueIds, 2);
        QCOMPARE(stats.duplicates, 4);
        QCOMPARE(stats.failed, 4);
    }

    void failPercent_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("expectedStatus");
        QTest::newRow("100") << 100.0 << 503;
        QTest::newRow("0") << 0.0 << 200;
    }

    void failPercent()
    {
        QFETCH(double, percent);
        QFETCH(int, expectedStatus);
        setBehaviour([&](ReceiverBehaviour &b) {
            b.failPercent = percent;
            b.failStatus = 503;
        });
        for (int i = 0; i < 10; ++i) {
            HttpResult result;
            deliver(Payload, {{"webhook-id", "msg_" + QByteArray::number(i)}}, &result);
            QCOMPARE(result.status, expectedStatus);
        }
    }

    void failPercentIsReproducibleWithASeed()
    {
        setBehaviour([](ReceiverBehaviour &b) {
            b.failPercent = 50;
            b.seed = 42;
        });
        const auto run = [this] {
            QList<int> statuses;
            for (int i = 0; i < 20; ++i)
                statuses.append(deliver(Payload, {}).status);
            return statuses;
        };
        const QList<int> first = run();
        QVERIFY(first.contains(200) && first.contains(500));
        m_receiver->reseed(42);
        QCOMPARE(run(), first);
    }

    void retryAfterOnFailuresOnly()
    {
        setBehaviour([](ReceiverBehaviour &b) {
            b.failFirst = 1;
            b.failStatus = 503;
            b.retryAfter = QStringLiteral("7");
        });
        HttpResult failed;
        deliver(Payload, {{"webhook-id", "msg_r"}}, &failed);
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.header("Retry-After"), QByteArray("7"));
        HttpResult succeeded;
        deliver(Payload, {{"webhook-id", "msg_r"}}, &succeeded);
        QCOMPARE(succeeded.status, 200);
        QVERIFY(succeeded.header("Retry-After").isNull());
    }

    void latencyIsConcurrent()
    {
        setBehaviour([](ReceiverBehaviour &b) { b.latencyMs = 300; });
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 5; ++i)
            replies.append(m_client->startPost(QStringLiteral("/hooks/slow"), Payload,
                                               {{"webhook-id", "msg_" + QByteArray::number(i)}}));
        for (QNetworkReply *reply : replies)
            QCOMPARE(ReceiverClient::wait(reply).status, 200);
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
        const auto stats = m_receiver->stats();
        QCOMPARE(stats.maxInFlight, 5);
        QCOMPARE(stats.inFlight, 0);
        QCOMPARE(stats.received, 5);
    }

    void dropConnectionAnswersNothing()
    {
        setBehaviour([](ReceiverBehaviour &b) { b.dropConnection = true; });
        const HttpResult result = m_client->post(QStringLiteral("/hooks/drop"), Payload);
        QVERIFY(result.finished);
        QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(result.status, 0);
        // QNetworkAccessManager resends once or twice on a closed connection: each is recorded.
        const QList<ReceivedDelivery> deliveries = m_receiver->deliveries();
        QVERIFY(!deliveries.isEmpty());
        for (const ReceivedDelivery &d : deliveries) {
            QVERIFY(d.dropped);
            QCOMPARE(d.status, 0);
        }
        QCOMPARE(m_receiver->stats().dropped, deliveries.size());

        RawHttpClient raw;
        QVERIFY(raw.connectTo(m_receiver->port()));
        raw.send("POST /hooks/drop HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
        QVERIFY(raw.waitForClosed());
        QCOMPARE(raw.bytesReceived(), 0);
    }

    void clientLeavingDuringLatencyIsRecorded()
    {
        setBehaviour([](ReceiverBehaviour &b) { b.latencyMs = 10'000; });
        QSignalSpy spy(m_receiver.get(), &Receiver::deliveryReceived);
        RawHttpClient raw;
        QVERIFY(raw.connectTo(m_receiver->port()));
        raw.send("POST /hooks/slow HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
        QTRY_COMPARE(m_receiver->stats().inFlight, 1);
        raw.close();
        QVERIFY(spy.wait(5000));
        QVERIFY(spy.at(0).at(0).value<ReceivedDelivery>().clientClosed);
        QCOMPARE(m_receiver->stats().inFlight, 0);
        QCOMPARE(m_receiver->stats().failed, 1);
    }

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

    void recordsTheRequest()
    {
        const HttpResult json = m_client->post(QStringLiteral("/hooks/rec?tenant=7"), Payload,
                                               {{"X-Custom-Thing", "value"}});
        QCOMPARE(json.status, 200);
        m_client->post(QStringLiteral("/hooks/rec"), "plain text");
        m_client->post(QStringLiteral("/hooks/rec"), QByteArray(100 * 1024, 'x'));
        const QList<ReceivedDelivery> d = m_receiver->deliveries();
        QCOMPARE(d.size(), 3);
        QCOMPARE(d[0].path, QByteArray("/hooks/rec"));
        QCOMPARE(d[0].query, QByteArray("tenant=7"));
        QCOMPARE(d[0].bodyJson(), QJsonDocument::fromJson(Payload).object());
        QCOMPARE(d[0].headersJson().value(QLatin1StringView("x-custom-thing")),
                 QJsonValue(QStringLiteral("value")));
        QVERIFY(sb::parseIsoUtc(d[0].toJson().value(QLatin1StringView("receivedAt")).toString()));
        QCOMPARE(d[1].bodyJson(), QJsonValue(QStringLiteral("plain text")));
        QVERIFY(d[2].bodyTruncated);
        QCOMPARE(d[2].bodySize, 100 * 1024);
        QCOMPARE(d[2].body.size(), ReceivedDelivery::MaxStoredBodyBytes);
    }

    void keepsAtMostMaxRecords()
    {
        setBehaviour([](ReceiverBehaviour &b) { b.maxRecords = 3; });
        for (int i = 0; i < 5; ++i)
            deliver(Payload, {});
        const QList<ReceivedDelivery> d = m_receiver->deliveries();
        QCOMPARE(d.size(), 3);
        QCOMPARE(d.first().index, 2);
        QCOMPARE(m_receiver->stats().received, 5);
    }

    void statsEndpoint()
    {
        setBehaviour([](ReceiverBehaviour &b) {
            b.secrets = {SecretA};
            b.failFirst = 1;
        });
        deliver(Payload, signedHeaders(SecretA, "msg_1", Payload));           // 500
        deliver(Payload, signedHeaders(SecretA, "msg_1", Payload));           // 200
        deliver(tampered(Payload), signedHeaders(SecretA, "msg_2", Payload)); // 500, invalid
        const QJsonObject s = m_client->get(QStringLiteral("/_receiver/stats")).object();
        const auto number = [&s](const char *key) {
            return s.value(QLatin1StringView(key)).toInteger();
        };
        QCOMPARE(number("received"), 3);
        QCOMPARE(number("succeeded"), 1);
        QCOMPARE(number("failed"), 2);
        QCOMPARE(number("uniqueIds"), 2);
        QCOMPARE(number("duplicates"), 1);
        QCOMPARE(number("invalidSignatures"), 1);
        QCOMPARE(number("inFlight"), 0);
        QCOMPARE(number("maxInFlight"), 1);
        QVERIFY(sb::parseIsoUtc(s.value(QLatin1StringView("firstAt")).toString()));
        QVERIFY(sb::parseIsoUtc(s.value(QLatin1StringView("lastAt")).toString()));
        QCOMPARE(m_client->get(QStringLiteral("/_receiver/health")).status, 200);
    }

    void configPut()
    {
        const HttpResult put =
            m_client->put(QStringLiteral("/_receiver/config"),
                          "{\"status\":202,\"failFirst\":1,\"retryAfter\":\"3\",\"secrets\":[\"" +
                              SecretA.toLatin1() + "\"]}");
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QLatin1StringView("status")).toInt(), 202);
        QCOMPARE(m_receiver->behaviour().failFirst, 1);
        QCOMPARE(m_receiver->behaviour().secrets, QStringList{SecretA});
        QCOMPARE(m_client->get(QStringLiteral("/_receiver/config")).object(), put.object());
        HttpResult first;
        HttpResult second;
        deliver(Payload, signedHeaders(SecretA, "msg_c", Payload), &first);
        const ReceivedDelivery d =
            deliver(Payload, signedHeaders(SecretA, "msg_c", Payload), &second);
        QCOMPARE(first.status, 500);
        QCOMPARE(first.header("Retry-After"), QByteArray("3"));
        QCOMPARE(second.status, 202);
        QCOMPARE(d.signatureValid, std::optional<bool>(true));
    }

    void configPutRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("out of range")
            << QByteArray("{\"failPercent\":150}") << QStringLiteral("failPercent");
        QTest::newRow("wrong type")
            << QByteArray("{\"status\":\"200\"}") << QStringLiteral("status");
        QTest::newRow("negative") << QByteArray("{\"latencyMs\":-1}")
                                  << QStringLiteral("latencyMs");
        QTest::newRow("number for bool")
            << QByteArray("{\"dropConnection\":1}") << QStringLiteral("dropConnection");
        QTest::newRow("misspelt") << QByteArray("{\"failpercent\":10}")
                                  << QStringLiteral("failpercent");
        QTest::newRow("bad secret")
            << QByteArray("{\"secrets\":[\"whsec_***\"]}") << QStringLiteral("secrets[0]");
        QTest::newRow("not JSON") << QByteArray("{nope") << QStringLiteral("body");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("body");
    }

    void configPutRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpResult put = m_client->put(QStringLiteral("/_receiver/config"), body);
        QCOMPARE(put.status, 400);
        const QJsonObject error = put.object();
        QCOMPARE(error.value(QLatin1StringView("code")).toString(), QStringLiteral("validation"));
        QVERIFY2(error.value(QLatin1StringView("detail")).toString().startsWith(field + u':'),
                 put.body.constData());
        QCOMPARE(m_receiver->behaviour(), ReceiverBehaviour());
    }

    void deliveriesSinceAndDelete()
    {
        for (int i = 0; i < 5; ++i)
            deliver(Payload, {{"webhook-id", "msg_" + QByteArray::number(i)}});
        const auto indexes = [this](const QString &query) {
            QList<int> out;
            const QJsonArray array = m_client->get(u"/_receiver/deliveries" + query).array();
            for (const QJsonValue &v : array)
                out.append(v.toObject().value(QLatin1StringView("index")).toInt());
            return out;
        };
        QCOMPARE(indexes(QString()), QList<int>({0, 1, 2, 3, 4}));
        QCOMPARE(indexes(QStringLiteral("?since=3")), QList<int>({3, 4}));
        QCOMPARE(indexes(QStringLiteral("?since=3&limit=1")), QList<int>({3}));
        QCOMPARE(indexes(QStringLiteral("?since=9")), QList<int>());
        const HttpResult bad = m_client->get(QStringLiteral("/_receiver/deliveries?since=-1"));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.object().value(QLatin1StringView("detail")).toString().startsWith(u"since"));

        const HttpResult deleted =
            m_client->deleteResource(QStringLiteral("/_receiver/deliveries"));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.object().value(QLatin1StringView("deleted")).toInt(), 5);
        QCOMPARE(indexes(QString()), QList<int>());
        QCOMPARE(m_receiver->stats().received, 0);
        // Indexes are never reused; attempt numbers start again.
        const ReceivedDelivery d = deliver(Payload, {{"webhook-id", "msg_0"}});
        QCOMPARE(d.index, 5);
        QCOMPARE(d.attempt, 1);
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

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
