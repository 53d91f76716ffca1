// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery and bulk retry as background tasks on a real engine: progress, filters, cancel.
#include "support/apiclient.h"
#include "support/engineprocess.h"
#include "support/streamclient.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

class TestEngineTasks : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineProcess> m_engine;
    std::unique_ptr<ApiClient> m_api;
    Receiver m_receiver;
    QString m_app, m_endpoint;

    // Sends `count` events of `type` while the receiver fails them all (one attempt each).
    void deadLetter(int count, const QString &type)
    {
        auto failing = ReceiverBehaviour::answering(500);
        m_receiver.setBehaviour(failing);
        const qint64 before = m_receiver.stats().received;
        for (int i = 0; i < count; ++i) {
            QCOMPARE(m_api->post(u"/api/v1/app/" + m_app + u"/msg",
                                 {{QStringLiteral("eventType"), type}, {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), i}}}})
                         .status, 202);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().received, before + count, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->get(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/stats").json
                                      .value(QLatin1StringView("pending")).toInt(), 0, 10'000);
    }

    void waitFor(const QString &taskId, const QString &status, QJsonObject *task)
    {
        const auto reached = [&] {
            *task = m_api->get(u"/api/v1/background-task/" + taskId).json;
            return task->value(QLatin1StringView("status")).toString() == status;
        };
        QTRY_VERIFY_WITH_TIMEOUT(reached(), 20'000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        m_engine = std::make_unique<EngineProcess>(QStringList{QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QVERIFY(m_engine->start());
        m_api = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        m_app = m_api->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Tasks")}}).json.value(QLatin1StringView("id")).toString();
        m_endpoint = m_api->post(u"/api/v1/app/" + m_app + u"/endpoint", {{QStringLiteral("url"), m_receiver.url()}})
                         .json.value(QLatin1StringView("id")).toString();
    }

    void recoverResendsEveryFailedDeliverySinceATime()
    {
        deadLetter(30, QStringLiteral("call.ended"));
        m_receiver.setBehaviour(ReceiverBehaviour());
        m_receiver.clear();
        const auto started = m_api->post(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/recover",
                                         {{QStringLiteral("since"), QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate)}});
        QCOMPARE(started.status, 202);
        QCOMPARE(started.json.value(QLatin1StringView("task")).toString(), QStringLiteral("endpoint.recover"));
        QJsonObject done;
        waitFor(started.json.value(QLatin1StringView("id")).toString(), QStringLiteral("finished"), &done);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(done.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("total")).toInt(), 30);
        QCOMPARE(done.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("done")).toInt(), 30);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().succeeded, 30, 20'000);
        QCOMPARE(m_receiver.stats().uniqueIds, 30);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->get(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/stats").json
                                      .value(QLatin1StringView("fail")).toInt(), 0, 10'000);
        QCOMPARE(m_api->post(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/recover", {}).status, 422);

        // Progress is on the event stream too.
        sb::testing::StreamClient stream;
        stream.open(m_engine->baseUrl(), EngineProcess::Token, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(stream.caughtUp(), 10'000);
        int progress = 0;
        for (const sb::StreamFrame &f : stream.changes())
            progress += f.type == sb::StreamFrame::TaskProgress;
        QVERIFY(progress >= 2); // started, finished
    }

    void bulkRetryHonoursItsFilter()
    {
        deadLetter(5, QStringLiteral("agent.error"));
        deadLetter(5, QStringLiteral("workflow.error"));
        m_receiver.setBehaviour(ReceiverBehaviour());
        m_receiver.clear();
        const auto started = m_api->post(QStringLiteral("/api/v1/retry"),
                                         {{QStringLiteral("app"), m_app}, {QStringLiteral("eventTypes"), QJsonArray{QStringLiteral("agent.error")}},
                                          {QStringLiteral("statusCodeClass"), 500}});
        QCOMPARE(started.status, 202);
        QJsonObject done;
        waitFor(started.json.value(QLatin1StringView("id")).toString(), QStringLiteral("finished"), &done);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().succeeded, 5, 10'000);
        for (const auto &d : m_receiver.deliveries())
            QCOMPARE(d.bodyJson().toObject().size(), 1); // payloads of the agent.error messages only
        // The successes are committed just after the receiver answered them.
        QTRY_COMPARE_WITH_TIMEOUT(m_api->get(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/stats").json
                                      .value(QLatin1StringView("fail")).toInt(), 5, 10'000); // the workflow errors stay dead
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/retry"), {{QStringLiteral("statusCodeClass"), 250}}).status, 422);
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/retry"), {{QStringLiteral("app"), QStringLiteral("app_missing")}}).status, 404);
    }

    void aRunningTaskCanBeCancelled()
    {
        deadLetter(300, QStringLiteral("campaign.call_completed"));
        ReceiverBehaviour slow;
        slow.latencyMs = 2000;
        m_receiver.setBehaviour(slow);
        QCOMPARE(m_api->patch(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint, {{QStringLiteral("maxConcurrency"), 1}}).status, 200);
        const auto started = m_api->post(QStringLiteral("/api/v1/retry"), {{QStringLiteral("app"), m_app}});
        const QString id = started.json.value(QLatin1StringView("id")).toString();
        // Held back while the endpoint works through the queue, and the task says so.
        QJsonObject held;
        QTRY_VERIFY_WITH_TIMEOUT((held = m_api->get(u"/api/v1/background-task/" + id).json.value(QLatin1StringView("data")).toObject())
                                     .value(QLatin1StringView("waitingFor")).toString() == u"deliveryQueue", 10'000);
        QVERIFY(held.value(QLatin1StringView("queued")).toInt() > 100);
        const auto cancelled = m_api->post(u"/api/v1/background-task/" + id + u"/cancel", {});
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json.value(QLatin1StringView("status")).toString(), QStringLiteral("cancelled"));
        const QJsonObject data = m_api->get(u"/api/v1/background-task/" + id).json.value(QLatin1StringView("data")).toObject();
        QVERIFY(data.value(QLatin1StringView("done")).toInt() < data.value(QLatin1StringView("total")).toInt());
        QVERIFY(!data.contains(QLatin1StringView("waitingFor"))); // only a running task waits
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/background-task")).json.value(QLatin1StringView("data")).toArray().size(), 3); // recover, retry, this one
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/background-task/qtask_nope/cancel"), {}).status, 404);
    }

    // A bulk retry outlives a crash of the engine: after the restart it goes on and every dead
    // letter it was meant for is delivered, none twice.
    void aBulkRetryGoesOnAfterARestart()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        auto failing = ReceiverBehaviour::answering(500);
        receiver.setBehaviour(failing);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        auto api = std::make_unique<ApiClient>(engine.baseUrl(), EngineProcess::Token);
        const QString app = api->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Crash")}})
                                .json.value(QLatin1StringView("id")).toString();
        // One connection at a time to a slow receiver: the task has to wait for the queue.
        const QString endpoint = api->post(u"/api/v1/app/" + app + u"/endpoint",
                                           {{QStringLiteral("url"), receiver.url()}, {QStringLiteral("maxConcurrency"), 1}})
                                     .json.value(QLatin1StringView("id")).toString();
        constexpr int Dead = 300;
        for (int i = 0; i < Dead; ++i)
            QCOMPARE(api->post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                                  {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), i}}}})
                         .status, 202);
        const QString stats = u"/api/v1/app/" + app + u"/endpoint/" + endpoint + u"/stats";
        QTRY_COMPARE_WITH_TIMEOUT(api->get(stats).json.value(QLatin1StringView("fail")).toInt(), Dead, 30'000);

        ReceiverBehaviour slow;
        slow.latencyMs = 20;
        receiver.setBehaviour(slow);
        receiver.clear();
        const auto started = api->post(QStringLiteral("/api/v1/retry"), {{QStringLiteral("app"), app}});
        QCOMPARE(started.status, 202);
        const QString task = u"/api/v1/background-task/" + started.json.value(QLatin1StringView("id")).toString();
        // Held back by the sends it queued, and saying so.
        QTRY_VERIFY_WITH_TIMEOUT(api->get(task).json.value(QLatin1StringView("data")).toObject().contains(QLatin1StringView("waitingFor")), 20'000);
        QVERIFY(api->get(task).json.value(QLatin1StringView("status")).toString() == u"running");

        engine.kill(); // no drain: what was queued in memory is lost
        QVERIFY2(engine.start(&error), qPrintable(error));
        api = std::make_unique<ApiClient>(engine.baseUrl(), EngineProcess::Token);
        const auto finished = [&] {
            return api->get(task).json.value(QLatin1StringView("status")).toString() == u"finished";
        };
        QTRY_VERIFY_WITH_TIMEOUT(finished(), 60'000);
        const QJsonObject data = api->get(task).json.value(QLatin1StringView("data")).toObject();
        QCOMPARE(data.value(QLatin1StringView("total")).toInt(), Dead);
        QCOMPARE(data.value(QLatin1StringView("done")).toInt(), Dead);
        QTRY_COMPARE_WITH_TIMEOUT(api->get(stats).json.value(QLatin1StringView("success")).toInt(), Dead, 30'000);
        QCOMPARE(api->get(stats).json.value(QLatin1StringView("fail")).toInt(), 0);
        QCOMPARE(receiver.stats().uniqueIds, Dead);
    }

    // A support person retries a customer's dead letters while one of the customer's endpoints
    // is disabled: a retry aimed at that endpoint is refused with the reason, and an app-wide
    // one sends the others and says what it left alone, instead of "sending" into a queue
    // that never moves.
    void aDisabledEndpointIsRefusedAndSkipped()
    {
        Receiver crm, billing;
        QVERIFY(crm.listen());
        QVERIFY(billing.listen());
        auto failing = ReceiverBehaviour::answering(500);
        crm.setBehaviour(failing);
        billing.setBehaviour(failing);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Globex")}})
                                .json.value(QLatin1StringView("id")).toString();
        const auto endpoint = [&](const QString &uid, const Receiver &r) {
            return api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), r.url()}, {QStringLiteral("uid"), uid}})
                .json.value(QLatin1StringView("id")).toString();
        };
        const QString crmId = endpoint(QStringLiteral("crm"), crm);
        const QString billingId = endpoint(QStringLiteral("billing"), billing);
        constexpr int Dead = 4;
        QString lastMsg;
        for (int i = 0; i < Dead; ++i)
            lastMsg = api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                                 {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), i}}}})
                          .json.value(QLatin1StringView("id")).toString();
        const auto failed = [&](const QString &ep) {
            return api.get(u"/api/v1/app/" + app + u"/endpoint/" + ep + u"/stats").json.value(QLatin1StringView("fail")).toInt();
        };
        QTRY_COMPARE_WITH_TIMEOUT(failed(crmId), Dead, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(failed(billingId), Dead, 20'000);
        QCOMPARE(api.patch(u"/api/v1/app/" + app + u"/endpoint/" + billingId, {{QStringLiteral("disabled"), true}}).status, 200);
        crm.setBehaviour(ReceiverBehaviour());
        billing.setBehaviour(ReceiverBehaviour());
        crm.clear();
        billing.clear();

        const auto refused = [](const sb::testing::ApiReply &r) {
            return r.status == 409 && r.json.value(QLatin1StringView("code")).toString() == u"endpoint_disabled"
                   && r.json.value(QLatin1StringView("detail")).toString().contains(u"billing");
        };
        QVERIFY(refused(api.post(u"/api/v1/app/" + app + u"/msg/" + lastMsg + u"/endpoint/billing/resend", {})));
        QVERIFY(refused(api.post(u"/api/v1/app/" + app + u"/endpoint/billing/recover",
                                 {{QStringLiteral("since"), QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate)}})));
        QVERIFY(refused(api.post(QStringLiteral("/api/v1/retry"), {{QStringLiteral("app"), app}, {QStringLiteral("endpoint"), QStringLiteral("billing")}})));

        const auto started = api.post(QStringLiteral("/api/v1/retry"), {{QStringLiteral("app"), app}});
        QCOMPARE(started.status, 202);
        const QString task = u"/api/v1/background-task/" + started.json.value(QLatin1StringView("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(api.get(task).json.value(QLatin1StringView("status")).toString(), QStringLiteral("finished"), 20'000);
        const QJsonObject data = api.get(task).json.value(QLatin1StringView("data")).toObject();
        QCOMPARE(data.value(QLatin1StringView("total")).toInt(), Dead);
        QCOMPARE(data.value(QLatin1StringView("done")).toInt(), Dead);
        const QJsonObject skipped = data.value(QLatin1StringView("skipped")).toObject();
        QCOMPARE(skipped.value(QLatin1StringView("reason")).toString(), QStringLiteral("endpointDisabled"));
        QCOMPARE(skipped.value(QLatin1StringView("deliveries")).toInt(), Dead);
        QCOMPARE(skipped.value(QLatin1StringView("endpoints")).toArray(), QJsonArray{billingId});
        QCOMPARE(skipped.value(QLatin1StringView("names")).toArray(), QJsonArray{QStringLiteral("billing")});
        QTRY_COMPARE_WITH_TIMEOUT(failed(crmId), 0, 20'000);
        QCOMPARE(crm.stats().succeeded, Dead);
        QCOMPARE(failed(billingId), Dead);

        // Enabled again, the same retry reaches it.
        QCOMPARE(api.patch(u"/api/v1/app/" + app + u"/endpoint/" + billingId, {{QStringLiteral("disabled"), false}}).status, 200);
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg/" + lastMsg + u"/endpoint/billing/resend", {}).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(billing.stats().succeeded, 1, 20'000);
        QCOMPARE(billing.deliveries().constFirst().webhookId, lastMsg);
    }

    // An endpoint added after the customer's calls began asks for what it missed: every
    // message since then that it would have taken, once, with retries as usual.
    void bulkReplaySendsEveryDeliveryOfTheWindowAgain()
    {
        // Its own engine and receiver: the shared engine may still be working through a queue
        // an earlier test left (a task waits while more than 100 sends do).
        Receiver receiver;
        QVERIFY(receiver.listen());
        EngineProcess engine;
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Replays")}})
                                .json.value(QLatin1StringView("id")).toString();
        const QString ep = api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), receiver.url()}})
                               .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!ep.isEmpty());
                const auto post = [&](const char *type, const QJsonArray &tags) {
            return api.post(u"/api/v1/app/" + app + u"/msg",
                               {{QStringLiteral("eventType"), QString::fromLatin1(type)}, {QStringLiteral("tags"), tags},
                                {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("c1")}}}})
                .status;
        };
        QCOMPARE(post("call.started", {}), 202);
        QCOMPARE(post("call.ended", {QStringLiteral("vip")}), 202);
        QCOMPARE(post("call.ended", {QStringLiteral("vip")}), 202);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().received, 3, 20'000);
        const QString path = u"/api/v1/app/" + app + u"/endpoint/" + ep + u"/bulk-replay";
        const QString since = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
        const auto replay = [&](QJsonObject body, int expectedDone) {
            body.insert(QStringLiteral("since"), since);
            const auto started = api.post(path, body);
            QCOMPARE(started.status, 202);
            QCOMPARE(started.json.value(QLatin1StringView("task")).toString(), QStringLiteral("endpoint.bulk-replay"));
            QJsonObject done;
            const auto finished = [&] {
                done = api.get(u"/api/v1/background-task/" + started.json.value(QLatin1StringView("id")).toString()).json;
                return done.value(QLatin1StringView("status")).toString() == u"finished";
            };
            QVERIFY2(QTest::qWaitFor(finished, 20'000), QJsonDocument(done).toJson().constData());
            QCOMPARE(done.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("done")).toInt(), expectedDone);
        };
        receiver.clear();
        replay({{QStringLiteral("status"), 2}}, 0); // none failed
        if (QTest::currentTestFailed())
            return;
        replay({{QStringLiteral("tag"), QStringLiteral("vip")}}, 2); // delivered ones too: what "replay" means
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().received, 2, 20'000);
        QCOMPARE(receiver.stats().uniqueIds, 2);
        replay({{QStringLiteral("eventTypes"), QJsonArray{QStringLiteral("call.started")}}}, 1);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().received, 3, 20'000);
        QCOMPARE(receiver.stats().uniqueIds, 3);
        QCOMPARE(api.post(path, {{QStringLiteral("since"), since}, {QStringLiteral("status"), 9}}).status, 422);
    }

    void replayMissingSendsWhatTheEndpointNeverGot()
    {
        Receiver first, late;
        QVERIFY(first.listen());
        QVERIFY(late.listen());
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Replay")}})
                                .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), first.url()}}).status, 201);
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-1);
        QStringList ended;
        for (int i = 0; i < 6; ++i) {
            const QString type = i % 3 == 2 ? QStringLiteral("agent.error") : QStringLiteral("call.ended");
            const QString id = api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), type},
                                                                          {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), i}}}})
                                   .json.value(QLatin1StringView("id")).toString();
            if (type == u"call.ended")
                ended.append(id);
        }
        QTRY_COMPARE_WITH_TIMEOUT(first.stats().succeeded, 6, 10'000);
        const QString lateId = api.post(u"/api/v1/app/" + app + u"/endpoint",
                                        {{QStringLiteral("url"), late.url()}, {QStringLiteral("filterTypes"), QJsonArray{QStringLiteral("call.ended")}}})
                                   .json.value(QLatin1StringView("id")).toString();
        const QString replay = u"/api/v1/app/" + app + u"/endpoint/" + lateId + u"/replay-missing";
        QCOMPARE(api.post(replay, {}).status, 422); // since is required

        const auto started = api.post(replay, {{QStringLiteral("since"), since.toString(Qt::ISODateWithMs)}});
        QCOMPARE(started.status, 202);
        QCOMPARE(started.json.value(QLatin1StringView("task")).toString(), QStringLiteral("endpoint.replay"));
        const QString task = u"/api/v1/background-task/" + started.json.value(QLatin1StringView("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(api.get(task).json.value(QLatin1StringView("status")).toString(), QStringLiteral("finished"), 20'000);
        QCOMPARE(api.get(task).json.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("done")).toInt(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(late.stats().succeeded, 4, 10'000);
        QStringList got;
        for (const auto &d : late.deliveries())
            got.append(d.webhookId);
        got.sort();
        ended.sort();
        QCOMPARE(got, ended);
        QCOMPARE(first.stats().received, 6); // the first endpoint got nothing twice

        // Nothing is missing any more: a second replay sends nothing.
        const auto again = api.post(replay, {{QStringLiteral("since"), since.toString(Qt::ISODateWithMs)}});
        const QString second = u"/api/v1/background-task/" + again.json.value(QLatin1StringView("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(api.get(second).json.value(QLatin1StringView("status")).toString(), QStringLiteral("finished"), 20'000);
        QCOMPARE(api.get(second).json.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("done")).toInt(), 0);
        QCOMPARE(late.stats().received, 4);
    }
};

QTEST_GUILESS_MAIN(TestEngineTasks)
#include "tst_enginetasks.moc"
