// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery engine end to end: a real switchboardd process, real receivers on loopback.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

namespace {

QJsonObject webhookEvent(const char *type, QJsonObject payload = {{QStringLiteral("call_id"), QStringLiteral("call_1")}})
{
    return {{QStringLiteral("eventType"), QString::fromLatin1(type)}, {QStringLiteral("payload"), payload}};
}

QByteArray headerOf(const sb::tools::ReceivedDelivery &d, QByteArrayView name)
{
    for (const auto &[key, value] : d.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

class TestEngineDelivery : public QObject
{
    Q_OBJECT

private:
    // Creates an application and returns its id.
    QString createApp(ApiClient &api, const QString &name)
    {
        const auto r = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), name}});
        if (r.status != 201)
            qWarning("create app: %d %s", r.status, r.body.constData());
        return r.json.value(QLatin1StringView("id")).toString();
    }

    QJsonObject createEndpoint(ApiClient &api, const QString &app, QJsonObject settings)
    {
        const auto r = api.post(u"/api/v1/app/" + app + u"/endpoint", settings);
        if (r.status != 201)
            qWarning("create endpoint: %d %s", r.status, r.body.constData());
        return r.json;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rejectsWithoutTokenAndAnswersJsonErrors()
    {
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        QCOMPARE(api.get(QStringLiteral("/api/v1/health")).status, 200);

        ApiClient stranger(engine.baseUrl(), "wrong-token");
        const auto denied = stranger.get(QStringLiteral("/api/v1/app"));
        QCOMPARE(denied.status, 401);
        QCOMPARE(denied.json.value(QLatin1StringView("code")).toString(), QStringLiteral("authentication_failed"));

        QCOMPARE(api.get(QStringLiteral("/api/v1/app/app_missing")).status, 404);
        QCOMPARE(api.get(QStringLiteral("/api/v1/nothing-here")).status, 404);
        QCOMPARE(api.send("DELETE", QStringLiteral("/api/v1/app"), {}).status, 405);
        QCOMPARE(api.postRaw(QStringLiteral("/api/v1/app"), "{not json").status, 400);
        const auto invalid = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), 42}});
        QCOMPARE(invalid.status, 422);
        const QJsonObject detail = invalid.json.value(QLatin1StringView("detail")).toArray().first().toObject();
        QCOMPARE(detail.value(QLatin1StringView("loc")).toArray(), QJsonArray({QStringLiteral("body"), QStringLiteral("name")}));
        QCOMPARE(api.get(QStringLiteral("/api/v1/app")).json.value(QLatin1StringView("data")).toArray().size(), 0);
    }

    void applicationsAndEndpointsCrud()
    {
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const auto created = api.post(QStringLiteral("/api/v1/app"),
                                      {{QStringLiteral("name"), QStringLiteral("Acme")}, {QStringLiteral("uid"), QStringLiteral("acme")}});
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QLatin1StringView("id")).toString();
        QVERIFY(id.startsWith(u"app_"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/app/acme")).json.value(QLatin1StringView("id")).toString(), id);
        QCOMPARE(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Again")}, {QStringLiteral("uid"), QStringLiteral("acme")}}).status, 409);
        QCOMPARE(api.patch(QStringLiteral("/api/v1/app/acme"), {{QStringLiteral("name"), QStringLiteral("Acme Voice")}}).json
                     .value(QLatin1StringView("name")).toString(), QStringLiteral("Acme Voice"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QString::number(i)}}).status, 201);
        const auto page = api.get(QStringLiteral("/api/v1/app?limit=2"));
        QCOMPARE(page.json.value(QLatin1StringView("data")).toArray().size(), 2);
        QCOMPARE(page.json.value(QLatin1StringView("done")).toBool(), false);
        const auto rest = api.get(u"/api/v1/app?limit=2&iterator=" + page.json.value(QLatin1StringView("iterator")).toString());
        QCOMPARE(rest.json.value(QLatin1StringView("data")).toArray().size(), 2);
        QCOMPARE(rest.json.value(QLatin1StringView("done")).toBool(), true);

        const auto ep = api.post(u"/api/v1/app/" + id + u"/endpoint",
                                 {{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/a")}, {QStringLiteral("uid"), QStringLiteral("crm")}});
        QCOMPARE(ep.status, 201);
        QVERIFY(!ep.json.contains(QLatin1StringView("secret")));
        QCOMPARE(api.get(u"/api/v1/app/" + id + u"/endpoint/crm").status, 200);
        const auto bad = api.post(u"/api/v1/app/" + id + u"/endpoint", {{QStringLiteral("url"), QStringLiteral("ftp://x")}});
        QCOMPARE(bad.status, 422);
        QCOMPARE(api.patch(u"/api/v1/app/" + id + u"/endpoint/crm", {{QStringLiteral("disabled"), true}}).json
                     .value(QLatin1StringView("disabled")).toBool(), true);
        QCOMPARE(api.remove(u"/api/v1/app/" + id + u"/endpoint/crm").status, 204);
        QCOMPARE(api.get(u"/api/v1/app/" + id + u"/endpoint/crm").status, 404);
        QCOMPARE(api.remove(QStringLiteral("/api/v1/app/acme")).status, 204);
        QCOMPARE(api.get(QStringLiteral("/api/v1/app/acme")).status, 404);
    }

    void fanOutFiltersAndSignatures()
    {
        Receiver standard, hex, onlyEnded, otherCustomer;
        QVERIFY(standard.listen() && hex.listen() && onlyEnded.listen() && otherCustomer.listen());
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        // Another application's endpoint must never see this application's messages.
        createEndpoint(api, createApp(api, QStringLiteral("Other customer")), {{QStringLiteral("url"), otherCustomer.url()}});
        const QString app = createApp(api, QStringLiteral("Fan-out"));
        const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        createEndpoint(api, app, {{QStringLiteral("url"), QString(standard.url() + u"/hook")}, {QStringLiteral("secret"), secret}});
        createEndpoint(api, app, {{QStringLiteral("url"), QString(hex.url() + u"/hook")}, {QStringLiteral("signingScheme"), QStringLiteral("sha256-hex")},
                                  {QStringLiteral("secret"), QStringLiteral("hex-secret-key")}, {QStringLiteral("signatureHeader"), QStringLiteral("X-Hub-Signature-256")}});
        createEndpoint(api, app, {{QStringLiteral("url"), QString(onlyEnded.url() + u"/hook")}, {QStringLiteral("filterTypes"), QJsonArray{QStringLiteral("call.ended")}},
                                  {QStringLiteral("channels"), QJsonArray{QStringLiteral("eu")}}, {QStringLiteral("secret"), secret}});
        ReceiverBehaviour b;
        b.secrets = {secret};
        standard.setBehaviour(b);
        onlyEnded.setBehaviour(b);
        ReceiverBehaviour h;
        h.hexSecret = QStringLiteral("hex-secret-key");
        h.hexHeader = QStringLiteral("X-Hub-Signature-256");
        hex.setBehaviour(h);

        const auto started = api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("call.started"));
        QCOMPARE(started.status, 202);
        QJsonObject ended = webhookEvent("call.ended");
        ended.insert(QStringLiteral("channels"), QJsonArray{QStringLiteral("eu")});
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", ended).status, 202);
        QJsonObject wrongChannel = webhookEvent("call.ended");
        wrongChannel.insert(QStringLiteral("channels"), QJsonArray{QStringLiteral("us")});
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", wrongChannel).status, 202);

        QTRY_COMPARE_WITH_TIMEOUT(standard.stats().received, 3, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(hex.stats().received, 3, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(onlyEnded.stats().received, 1, 10'000);
        for (Receiver *r : {&standard, &hex, &onlyEnded}) {
            for (const auto &d : r->deliveries()) {
                QVERIFY2(d.signatureValid.value_or(false), qPrintable(d.signatureDetail));
                QVERIFY(d.webhookId.startsWith(u"msg_"));
            }
        }
        QCOMPARE(standard.deliveries().first().webhookId, started.json.value(QLatin1StringView("id")).toString());
        QCOMPARE(standard.stats().invalidSignatures, 0);
        // A negative check has no signal to wait for: give a stray delivery time to show.
        QTest::qWait(300);
        QCOMPARE(onlyEnded.stats().received, 1);
        QCOMPARE(otherCustomer.stats().received, 0);
    }

    void retriesFollowTheScheduleThenDeadLetter()
    {
        Receiver failing;
        QVERIFY(failing.listen());
        auto b = ReceiverBehaviour::answering(503);
        failing.setBehaviour(b);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0, 300ms, 600ms"),
                              QStringLiteral("--retry-jitter"), QStringLiteral("0")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api, QStringLiteral("Retries"));
        const QString ep = createEndpoint(api, app, {{QStringLiteral("url"), QString(failing.url() + u"/hook")}}).value(QLatin1StringView("id")).toString();
        const QString msg = api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("call.failed")).json.value(QLatin1StringView("id")).toString();

        QTRY_COMPARE_WITH_TIMEOUT(failing.stats().received, 3, 10'000);
        const auto seen = failing.deliveries();
        QCOMPARE(seen.at(0).attempt, 1);
        QCOMPARE(seen.at(2).attempt, 3);
        const qint64 firstGap = seen.at(0).receivedAt.msecsTo(seen.at(1).receivedAt);
        const qint64 secondGap = seen.at(1).receivedAt.msecsTo(seen.at(2).receivedAt);
        QVERIFY2(firstGap >= 290 && firstGap < 3000, qPrintable(QString::number(firstGap)));
        QVERIFY2(secondGap >= 590 && secondGap < 4000, qPrintable(QString::number(secondGap)));
        // The same webhook-id on every try.
        QCOMPARE(seen.at(2).webhookId, msg);

        QTRY_COMPARE_WITH_TIMEOUT(api.get(u"/api/v1/app/" + app + u"/msg/" + msg + u"/endpoint").json
                                      .value(QLatin1StringView("data")).toArray().first().toObject()
                                      .value(QLatin1StringView("status")).toInt(), 2, 5000);
        const auto attempts = api.get(u"/api/v1/app/" + app + u"/attempt/msg/" + msg).json.value(QLatin1StringView("data")).toArray();
        QCOMPARE(attempts.size(), 3);
        for (const QJsonValue &a : attempts) {
            QCOMPARE(a.toObject().value(QLatin1StringView("responseStatusCode")).toInt(), 503);
            QCOMPARE(a.toObject().value(QLatin1StringView("errorClass")).toString(), QStringLiteral("http"));
            QCOMPARE(a.toObject().value(QLatin1StringView("endpointId")).toString(), ep);
        }
        QTest::qWait(900); // the last step is over: nothing more may come
        QCOMPARE(failing.stats().received, 3);
    }

    void requestCarriesHeadersAndAttemptsRecordErrorClasses()
    {
        Receiver slow;
        QVERIFY(slow.listen());
        ReceiverBehaviour b;
        b.latencyMs = 1500;
        slow.setBehaviour(b);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api, QStringLiteral("Headers"));
        createEndpoint(api, app, {{QStringLiteral("url"), slow.url()}, {QStringLiteral("timeoutMs"), 300},
                                  {QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-Tenant"), QStringLiteral("acme")},
                                                                          {QStringLiteral("Authorization"), QStringLiteral("Bearer customer-secret")}}}});
        const QString msg = api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("agent.error")).json.value(QLatin1StringView("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(slow.stats().received, 1, 10'000);
        const auto d = slow.deliveries().first();
        QCOMPARE(headerOf(d, "x-tenant"), QByteArray("acme"));
        QCOMPARE(headerOf(d, "content-type"), QByteArray("application/json"));
        QVERIFY(headerOf(d, "user-agent").startsWith("Switchboard-Webhooks/"));
        QVERIFY(!headerOf(d, "webhook-timestamp").isEmpty());

        QJsonObject attempt;
        QTRY_VERIFY_WITH_TIMEOUT(!(attempt = api.get(u"/api/v1/app/" + app + u"/attempt/msg/" + msg).json
                                        .value(QLatin1StringView("data")).toArray().first().toObject()).isEmpty(), 10'000);
        QCOMPARE(attempt.value(QLatin1StringView("errorClass")).toString(), QStringLiteral("timeout"));
        QCOMPARE(attempt.value(QLatin1StringView("status")).toInt(), 2);
        QCOMPARE(attempt.value(QLatin1StringView("responseStatusCode")).toInt(), 0);
    }

    void privateAddressesAreRefusedUnlessAllowed()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        engine.setAllowLoopback(false);
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api, QStringLiteral("SSRF"));
        createEndpoint(api, app, {{QStringLiteral("url"), receiver.url()}});
        const QString msg = api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("call.ended")).json.value(QLatin1StringView("id")).toString();
        QJsonObject attempt;
        QTRY_VERIFY_WITH_TIMEOUT(!(attempt = api.get(u"/api/v1/app/" + app + u"/attempt/msg/" + msg).json
                                        .value(QLatin1StringView("data")).toArray().first().toObject()).isEmpty(), 10'000);
        QCOMPARE(attempt.value(QLatin1StringView("errorClass")).toString(), QStringLiteral("policy"));
        QCOMPARE(receiver.stats().received, 0);
    }

    void circuitBreakerDisablesAnEndpointThatKeepsFailing()
    {
        Receiver failing;
        QVERIFY(failing.listen());
        auto b = ReceiverBehaviour::answering(500);
        failing.setBehaviour(b);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0, 700ms, 700ms, 700ms"),
                              QStringLiteral("--disable-after"), QStringLiteral("1s")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api, QStringLiteral("Breaker"));
        const QString ep = createEndpoint(api, app, {{QStringLiteral("url"), failing.url()}}).value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("workflow.error")).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(api.get(u"/api/v1/app/" + app + u"/endpoint/" + ep).json.value(QLatin1StringView("disabled")).toBool(), 10'000);
        // Disabled after failing for over a second: the third attempt (1.4 s in) tripped it.
        QVERIFY(failing.stats().received >= 2 && failing.stats().received <= 3);
    }

    void configFileSetsTheSameOptions()
    {
        Receiver failing;
        QVERIFY(failing.listen());
        auto b = ReceiverBehaviour::answering(500);
        failing.setBehaviour(b);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("switchboardd.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("retry-schedule = \"0, 100ms\"\nretry-jitter = 0\n");
        file.close();
        EngineProcess engine({QStringLiteral("--config"), path});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api, QStringLiteral("Config"));
        createEndpoint(api, app, {{QStringLiteral("url"), failing.url()}});
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("call.busy")).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(failing.stats().received, 2, 10'000); // two steps from the file

        QFile bad(dir.filePath(QStringLiteral("bad.conf")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("max-in-flight = lots\n");
        bad.close();
        EngineProcess refused({QStringLiteral("--config"), bad.fileName()});
        QString error;
        QVERIFY(!refused.start(&error));
        QVERIFY2(error.contains(u"max-in-flight"), qPrintable(error));
    }

    void goneDisablesTheEndpoint()
    {
        Receiver gone;
        QVERIFY(gone.listen());
        auto b = ReceiverBehaviour::answering(410);
        gone.setBehaviour(b);
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api, QStringLiteral("Gone"));
        const QString ep = createEndpoint(api, app, {{QStringLiteral("url"), gone.url()}}).value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("call.ended")).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(api.get(u"/api/v1/app/" + app + u"/endpoint/" + ep).json.value(QLatin1StringView("disabled")).toBool(), 10'000);
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("call.ended")).status, 202);
        QTest::qWait(500);
        QCOMPARE(gone.stats().received, 1);
    }

    void concurrencyAndRateLimitsHoldPerEndpoint()
    {
        Receiver slow, limited, fast;
        QVERIFY(slow.listen() && limited.listen() && fast.listen());
        ReceiverBehaviour latency;
        latency.latencyMs = 300;
        slow.setBehaviour(latency);
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api, QStringLiteral("Limits"));
        createEndpoint(api, app, {{QStringLiteral("url"), slow.url()}, {QStringLiteral("maxConcurrency"), 2}});
        createEndpoint(api, app, {{QStringLiteral("url"), limited.url()}, {QStringLiteral("rateLimit"), 4}});
        createEndpoint(api, app, {{QStringLiteral("url"), fast.url()}});
        for (int i = 0; i < 12; ++i)
            QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("agent.response")).status, 202);
        // The slow endpoint never delays the others: the fast one is done long before.
        QTRY_COMPARE_WITH_TIMEOUT(fast.stats().received, 12, 10'000);
        QVERIFY(slow.stats().received < 12);
        QTRY_COMPARE_WITH_TIMEOUT(slow.stats().received, 12, 20'000);
        QCOMPARE(slow.stats().maxInFlight, 2);
        QTRY_COMPARE_WITH_TIMEOUT(limited.stats().received, 12, 20'000);
        // 4 per second with a burst of 4: twelve need at least two seconds.
        const auto s = limited.stats();
        QVERIFY2(s.firstAt.msecsTo(s.lastAt) >= 1800, qPrintable(QString::number(s.firstAt.msecsTo(s.lastAt))));
    }

    void idempotencyKeyAnswersTheFirstMessage()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api, QStringLiteral("Idempotent"));
        createEndpoint(api, app, {{QStringLiteral("url"), receiver.url()}});
        const auto first = api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("call.started"), "key-1");
        const auto second = api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("call.started"), "key-1");
        const auto other = api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("call.started"), "key-2");
        QCOMPARE(first.status, 202);
        QCOMPARE(second.status, 202);
        // The answer is the stored message, payload included, as Svix answers.
        QCOMPARE(first.json.value(QLatin1StringView("payload")).toObject(),
                 webhookEvent("call.started").value(QLatin1StringView("payload")).toObject());
        QCOMPARE(first.json.value(QLatin1StringView("eventType")).toString(), QStringLiteral("call.started"));
        QVERIFY(first.json.value(QLatin1StringView("timestamp")).toString().endsWith(u'Z'));
        QCOMPARE(second.json, first.json);
        QCOMPARE(second.json.value(QLatin1StringView("id")), first.json.value(QLatin1StringView("id")));
        QVERIFY(other.json.value(QLatin1StringView("id")) != first.json.value(QLatin1StringView("id")));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().received, 2, 10'000);
        QCOMPARE(api.get(u"/api/v1/app/" + app + u"/msg").json.value(QLatin1StringView("data")).toArray().size(), 2);
    }

    void restartKeepsEverythingAndDeliversWhatWasPending()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        auto b = ReceiverBehaviour::answering(500);
        receiver.setBehaviour(b);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0, 2s, 2s")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api, QStringLiteral("Durable"));
        createEndpoint(api, app, {{QStringLiteral("url"), receiver.url()}});
        const QString msg = api.post(u"/api/v1/app/" + app + u"/msg", webhookEvent("recording.ready")).json.value(QLatin1StringView("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().received, 1, 10'000);
        QCOMPARE(engine.terminate(), 0); // SIGTERM drains and exits cleanly

        b.status = 200;
        receiver.setBehaviour(b);
        QVERIFY(engine.start());
        api.setBaseUrl(engine.baseUrl());
        QCOMPARE(api.get(u"/api/v1/app/" + app).status, 200);
        QCOMPARE(api.get(u"/api/v1/app/" + app + u"/msg/" + msg).json.value(QLatin1StringView("eventType")).toString(), QStringLiteral("recording.ready"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().succeeded, 1, 10'000);
        QCOMPARE(receiver.deliveries().constLast().webhookId, msg);
        QTRY_COMPARE_WITH_TIMEOUT(api.get(u"/api/v1/app/" + app + u"/msg/" + msg + u"/endpoint").json
                                      .value(QLatin1StringView("data")).toArray().first().toObject()
                                      .value(QLatin1StringView("status")).toInt(), 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TestEngineDelivery)
#include "tst_enginedelivery.moc"
