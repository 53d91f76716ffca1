// SPDX-License-Identifier: GPL-3.0-or-later
// The receiver's behaviour as a webhook endpoint: signatures of every scheme, scripted
// failures, latency, and what it records and reports. Its HTTP handling is tst_receiverhttp.
#include "core/hexsignature.h"
#include "core/standardwebhooks.h"
#include "core/timeformat.h"
#include "rawhttpclient.h"
#include "receivertesting.h"

#include <QSignalSpy>
#include <QTest>

using sb::StandardWebhooks;
using sb::testing::Payload;
using sb::testing::SecretA;
using sb::testing::signedHeaders;
using sb::tools::ReceivedDelivery;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

namespace {

// base64("second-secret-for-tests")
const QString SecretB = QStringLiteral("whsec_c2Vjb25kLXNlY3JldC1mb3ItdGVzdHM=");
const QByteArray HexKey = "hex-key-for-tests";
// The Standard Webhooks v1a vector's key and its public key: the receiver holds the public one.
const QString EdSecret = QStringLiteral("whsk_VEVTVFNJR05JTkdLRVlET05PVFVTRVRISVNGT1JBTlk=");
const QString EdPublic = QStringLiteral("whpk_ZlN4eg7dSSqi0moX9hQUk3orrOouK3QVQSlJa248c/g=");

QByteArray tampered(QByteArray body)
{
    return body.replace("call_1", "call_2");
}

} // namespace

class TestReceiver : public QObject, public sb::testing::ReceiverFixture
{
    Q_OBJECT

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
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

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

};

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
