// SPDX-License-Identifier: GPL-3.0-or-later
// Operational webhooks on a real engine: the operator's own receiver (an incoming-webhook URL
// of a chat or paging service) gets one signed webhook when an endpoint answers 410, when a
// message exhausts its retries, when a message starts failing and when it recovers, and when a
// background task finishes; never one about an endpoint through that endpoint.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "core/standardwebhooks.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::tools::ReceivedDelivery;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

namespace {

const QString OpsBase = QStringLiteral("/api/v1/operational-webhook/endpoint");
const QByteArray ViewerToken = "viewer-token-0123456789ab";

QString idOf(const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); }

QJsonObject bodyOf(const ReceivedDelivery &d) { return QJsonDocument::fromJson(d.body).object(); }

// The operational webhooks `ops` received of `type`.
QList<QJsonObject> received(const Receiver &ops, const QString &type)
{
    QList<QJsonObject> out;
    for (const ReceivedDelivery &d : ops.deliveries()) {
        const QJsonObject body = bodyOf(d);
        if (body.value(QLatin1StringView("type")).toString() == type)
            out.append(body);
    }
    return out;
}

QString typesText(const Receiver &ops)
{
    QStringList types;
    for (const ReceivedDelivery &d : ops.deliveries())
        types.append(bodyOf(d).value(QLatin1StringView("type")).toString());
    return types.join(u", ");
}

QJsonObject callEvent(const char *type)
{
    return {{QStringLiteral("eventType"), QString::fromLatin1(type)},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("call_9")}}}};
}

} // namespace

class TestEngineOperational : public QObject
{
    Q_OBJECT

private:
    // The operator's receiver, checking every signature against the secret it was given.
    QString secret = sb::StandardWebhooks::generateSecret();

    void listenSigned(Receiver &ops)
    {
        ReceiverBehaviour b;
        b.secrets = {secret};
        b.rejectInvalidSignature = true;
        ops.setBehaviour(b);
        QVERIFY(ops.listen());
    }

    QString createApp(ApiClient &api, const QString &uid)
    {
        const auto r = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), uid}, {QStringLiteral("uid"), uid}});
        if (r.status != 201)
            qWarning("create app: %d %s", r.status, r.body.constData());
        return idOf(r);
    }

    QString createEndpoint(ApiClient &api, const QString &app, const QString &url)
    {
        const auto r = api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), url}});
        if (r.status != 201)
            qWarning("create endpoint: %d %s", r.status, r.body.constData());
        return idOf(r);
    }

    static void verifyAllSigned(const Receiver &ops)
    {
        for (const ReceivedDelivery &d : ops.deliveries()) {
            QVERIFY2(d.signatureValid.value_or(false), qPrintable(d.signatureDetail));
            QCOMPARE(d.status, 200);
        }
    }

private slots:
    void goneAndExhaustedEachSendOneSignedWebhook()
    {
        Receiver ops, gone, down;
        listenSigned(ops);
        auto goneBehaviour = ReceiverBehaviour::answering(410);
        gone.setBehaviour(goneBehaviour);
        auto downBehaviour = ReceiverBehaviour::answering(503);
        down.setBehaviour(downBehaviour);
        QVERIFY(gone.listen() && down.listen());

        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0, 100ms, 100ms")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);

        // Before the first one: an empty list, and nothing to find.
        auto list = api.get(OpsBase);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QLatin1StringView("data")).toArray().size(), 0);
        QCOMPARE(api.get(OpsBase + u"/ep_nothere").status, 404);

        const auto made = api.post(OpsBase, {{QStringLiteral("url"), ops.url()},
                                             {QStringLiteral("secret"), secret},
                                             {QStringLiteral("description"), QStringLiteral("on-call channel")}});
        QCOMPARE(made.status, 201);
        const QString opsId = idOf(made);
        const QString opsApp = made.json.value(QLatin1StringView("appId")).toString();
        QVERIFY(!opsApp.isEmpty());
        list = api.get(OpsBase);
        QCOMPARE(list.json.value(QLatin1StringView("data")).toArray().size(), 1);
        // Not one of the producers' applications, and not a place to send events to.
        const auto apps = api.get(QStringLiteral("/api/v1/app")).json.value(QLatin1StringView("data")).toArray();
        for (const QJsonValue &a : apps)
            QVERIFY(a.toObject().value(QLatin1StringView("id")).toString() != opsApp);
        QCOMPARE(api.post(u"/api/v1/app/" + opsApp + u"/msg", callEvent("call.ended")).status, 403);

        const QString app = createApp(api, QStringLiteral("acme-voice"));
        const QString goneEp = createEndpoint(api, app, gone.url());
        const QString downEp = createEndpoint(api, app, down.url());
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", callEvent("call.ended")).status, 202);

        QTRY_COMPARE_WITH_TIMEOUT(received(ops, QStringLiteral("endpoint.disabled")).size(), 1, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(received(ops, QStringLiteral("message.attempt.exhausted")).size(), 1, 15'000);
        QCOMPARE(received(ops, QStringLiteral("endpoint.created")).size(), 2); // the two of acme-voice

        const QJsonObject disabled = received(ops, QStringLiteral("endpoint.disabled")).first().value(QLatin1StringView("data")).toObject();
        QCOMPARE(disabled.value(QLatin1StringView("endpointId")).toString(), goneEp);
        QCOMPARE(disabled.value(QLatin1StringView("appId")).toString(), app);
        QCOMPARE(disabled.value(QLatin1StringView("appUid")).toString(), QStringLiteral("acme-voice"));
        QCOMPARE(disabled.value(QLatin1StringView("trigger")).toString(), QStringLiteral("automatic"));
        QCOMPARE(disabled.value(QLatin1StringView("reason")).toString(), QStringLiteral("gone"));

        const QJsonObject exhausted = received(ops, QStringLiteral("message.attempt.exhausted")).first().value(QLatin1StringView("data")).toObject();
        QCOMPARE(exhausted.value(QLatin1StringView("endpointId")).toString(), downEp);
        const QJsonObject last = exhausted.value(QLatin1StringView("lastAttempt")).toObject();
        QCOMPARE(last.value(QLatin1StringView("responseStatusCode")).toInt(), 503);
        QVERIFY(last.value(QLatin1StringView("id")).toString().startsWith(u"atmpt_"));
        QCOMPARE(exhausted.value(QLatin1StringView("msgId")).toString().left(4), QStringLiteral("msg_"));

        // The operator recovers the dead letter once the receiver is back: the task's end is told too.
        down.setBehaviour(ReceiverBehaviour());
        const auto recover = api.post(u"/api/v1/app/" + app + u"/endpoint/" + downEp + u"/recover",
                                      {{QStringLiteral("since"), QStringLiteral("2020-01-01T00:00:00Z")}});
        QCOMPARE(recover.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(received(ops, QStringLiteral("background_task.finished")).size(), 1, 15'000);
        const QJsonObject task = received(ops, QStringLiteral("background_task.finished")).first().value(QLatin1StringView("data")).toObject();
        QCOMPARE(task.value(QLatin1StringView("taskId")).toString(), idOf(recover));
        QCOMPARE(task.value(QLatin1StringView("status")).toString(), QStringLiteral("finished"));

        // Nothing twice, everything signed with the endpoint's secret and logged like any delivery.
        QTest::qWait(300); // the schedule has nothing left: no later attempt may add one
        QCOMPARE(received(ops, QStringLiteral("endpoint.disabled")).size(), 1);
        QCOMPARE(received(ops, QStringLiteral("message.attempt.exhausted")).size(), 1);
        verifyAllSigned(ops);
        const auto logged = api.get(u"/api/v1/app/" + opsApp + u"/endpoint/" + opsId + u"/msg");
        QCOMPARE(logged.status, 200);
        QCOMPARE(logged.json.value(QLatin1StringView("data")).toArray().size(), ops.deliveries().size());
    }

    void failingThenRecoveredFollowTheAttemptCount()
    {
        Receiver ops, flaky;
        listenSigned(ops);
        ReceiverBehaviour b;
        b.failFirst = 3; // attempts 1-3 fail, the 4th succeeds
        flaky.setBehaviour(b);
        QVERIFY(flaky.listen());
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0, 50ms, 50ms, 50ms, 50ms"),
                              QStringLiteral("--operational-failing-after"), QStringLiteral("2")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        // Only what the on-call channel asked for.
        QCOMPARE(api.post(OpsBase, {{QStringLiteral("url"), ops.url()},
                                    {QStringLiteral("secret"), secret},
                                    {QStringLiteral("eventTypes"), QJsonArray{QStringLiteral("message.attempt.failing"),
                                                                              QStringLiteral("message.attempt.recovered")}}})
                     .status,
                 201);
        const QString app = createApp(api, QStringLiteral("flaky-co"));
        const QString ep = createEndpoint(api, app, flaky.url());
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", callEvent("call.started")).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(received(ops, QStringLiteral("message.attempt.recovered")).size(), 1, 15'000);
        QCOMPARE(received(ops, QStringLiteral("message.attempt.failing")).size(), 1);
        QVERIFY2(ops.deliveries().size() == 2, qPrintable(typesText(ops)));
        const QJsonObject failing = received(ops, QStringLiteral("message.attempt.failing")).first().value(QLatin1StringView("data")).toObject();
        QCOMPARE(failing.value(QLatin1StringView("endpointId")).toString(), ep);
        QCOMPARE(failing.value(QLatin1StringView("lastAttempt")).toObject().value(QLatin1StringView("responseStatusCode")).toInt(), 500);
        verifyAllSigned(ops);
    }

    void anEventAboutAnOperationalEndpointNeverGoesThroughIt()
    {
        Receiver first, second;
        listenSigned(first);
        listenSigned(second);
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("engine.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[tokens]\nsupport = viewer:" + ViewerToken + "\n");
        file.close();
        EngineProcess engine({QStringLiteral("--config"), config});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        // Who is paged about what is for admins: a support viewer reads none of it.
        ApiClient viewer(engine.baseUrl(), ViewerToken);
        QCOMPARE(viewer.get(OpsBase).status, 403);
        QCOMPARE(viewer.post(OpsBase, {{QStringLiteral("url"), first.url()}}).status, 403);
        const QString a = idOf(api.post(OpsBase, {{QStringLiteral("url"), first.url()}, {QStringLiteral("secret"), secret}}));
        const QString b = idOf(api.post(OpsBase, {{QStringLiteral("url"), second.url()}, {QStringLiteral("secret"), secret}}));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(received(first, QStringLiteral("endpoint.created")).size(), 1, 10'000); // b's
        QCOMPARE(received(second, QStringLiteral("endpoint.created")).size(), 0); // not its own

        // Disabled by hand, through Svix's update: the other one hears why.
        const auto updated = api.put(OpsBase + u"/" + b, {{QStringLiteral("url"), second.url()}, {QStringLiteral("disabled"), true}});
        QCOMPARE(updated.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(received(first, QStringLiteral("endpoint.disabled")).size(), 1, 10'000);
        const QJsonObject data = received(first, QStringLiteral("endpoint.disabled")).first().value(QLatin1StringView("data")).toObject();
        QCOMPARE(data.value(QLatin1StringView("endpointId")).toString(), b);
        QCOMPARE(data.value(QLatin1StringView("trigger")).toString(), QStringLiteral("manual"));

        // The rest of Svix's operational endpoint calls reach the same endpoint.
        QCOMPARE(api.get(OpsBase + u"/" + a + u"/secret").json.value(QLatin1StringView("key")).toString(), secret);
        QCOMPARE(api.post(OpsBase + u"/" + a + u"/secret/rotate", {}).status, 204);
        QVERIFY(api.get(OpsBase + u"/" + a + u"/secret").json.value(QLatin1StringView("key")).toString() != secret);
        QCOMPARE(api.put(OpsBase + u"/" + a + u"/headers", {{QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-Team"), QStringLiteral("voice")}}}}).status, 204);
        QCOMPARE(api.get(OpsBase + u"/" + a + u"/headers").json.value(QLatin1StringView("headers")).toObject().value(QLatin1StringView("X-Team")).toString(),
                 QStringLiteral("voice"));
        QCOMPARE(api.remove(OpsBase + u"/" + b).status, 204);
        QCOMPARE(api.get(OpsBase + u"/" + b).status, 404);
        QTRY_COMPARE_WITH_TIMEOUT(received(first, QStringLiteral("endpoint.deleted")).size(), 1, 10'000);
        verifyAllSigned(second);
    }
};

QTEST_GUILESS_MAIN(TestEngineOperational)
#include "tst_engineoperational.moc"
