// SPDX-License-Identifier: GPL-3.0-or-later
// The operator-facing API of a real engine: roles, manual retry, test sends, secret rotation,
// custom headers, event types and the attempt log with its filters.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "core/eventcatalogue.h"
#include "tools/receiver/receiver.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using sb::testing::ApiClient;
using sb::testing::ApiReply;
using sb::testing::EngineProcess;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

namespace {
const QByteArray OperatorToken = "operator-token-0123456789";
const QByteArray ViewerToken = "viewer-token-0123456789ab";

QJsonArray dataOf(const ApiReply &r) { return r.json.value(QLatin1StringView("data")).toArray(); }
QString idOf(const ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); }
} // namespace

class TestEngineApi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EngineProcess> m_engine;
    std::unique_ptr<ApiClient> m_admin, m_operator, m_viewer;
    Receiver m_receiver;
    QString m_app, m_endpoint;

    QString post(const QString &eventType)
    {
        return idOf(m_admin->post(u"/api/v1/app/" + m_app + u"/msg",
                                  {{QStringLiteral("eventType"), eventType},
                                   {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("call_9")}}}}));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        const QString config = m_dir.filePath(QStringLiteral("engine.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("retry-schedule = 0\n[tokens]\nsupport = operator:" + OperatorToken + "\ndashboard = viewer:" + ViewerToken + "\n");
        file.close();
        m_engine = std::make_unique<EngineProcess>(QStringList{QStringLiteral("--config"), config});
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        m_admin = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        m_operator = std::make_unique<ApiClient>(m_engine->baseUrl(), OperatorToken);
        m_viewer = std::make_unique<ApiClient>(m_engine->baseUrl(), ViewerToken);
        m_app = idOf(m_admin->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Ops")}}));
        m_endpoint = idOf(m_admin->post(u"/api/v1/app/" + m_app + u"/endpoint",
                                        {{QStringLiteral("url"), m_receiver.url()},
                                         {QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-Api-Key"), QStringLiteral("k-123")},
                                                                                 {QStringLiteral("X-Team"), QStringLiteral("voice")}}}}));
        QVERIFY(!m_endpoint.isEmpty());
    }

    void rolesDecideWhatATokenMayDo()
    {
        QCOMPARE(m_operator->get(QStringLiteral("/api/v1/auth/me")).json.value(QLatin1StringView("role")).toString(), QStringLiteral("operator"));
        QCOMPARE(m_viewer->get(QStringLiteral("/api/v1/auth/me")).json.value(QLatin1StringView("name")).toString(), QStringLiteral("dashboard"));
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/auth/me")).json.value(QLatin1StringView("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(m_viewer->get(u"/api/v1/app/" + m_app).status, 200);
        const auto denied = m_viewer->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json.value(QLatin1StringView("code")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(m_operator->patch(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint, {{QStringLiteral("disabled"), true}}).status, 403);
        QCOMPARE(m_operator->get(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/secret").status, 403);
        QCOMPARE(m_viewer->get(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/secret").status, 403);
        QCOMPARE(m_viewer->post(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/send-example",
                                {{QStringLiteral("eventType"), QStringLiteral("call.ended")}}).status, 403);
        // Viewers see that a header is sensitive, not its value.
        const QJsonObject viewed = m_viewer->get(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/headers").json;
        QVERIFY(!viewed.value(QLatin1StringView("headers")).toObject().contains(QLatin1StringView("X-Api-Key")));
        QCOMPARE(viewed.value(QLatin1StringView("sensitive")).toArray(), QJsonArray{QStringLiteral("X-Api-Key")});
        QCOMPARE(m_admin->get(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/headers").json
                     .value(QLatin1StringView("headers")).toObject().value(QLatin1StringView("X-Api-Key")).toString(), QStringLiteral("k-123"));
    }

    void manualRetryDeliversADeadLetter()
    {
        auto b = ReceiverBehaviour::answering(503);
        m_receiver.setBehaviour(b);
        m_receiver.clear();
        const QString msg = post(QStringLiteral("call.failed"));
        const QString deliveries = u"/api/v1/app/" + m_app + u"/msg/" + msg + u"/endpoint";
        QTRY_COMPARE_WITH_TIMEOUT(dataOf(m_admin->get(deliveries)).first().toObject().value(QLatin1StringView("status")).toInt(), 2, 10'000);

        m_receiver.setBehaviour(ReceiverBehaviour());
        QCOMPARE(m_operator->post(u"/api/v1/app/" + m_app + u"/msg/" + msg + u"/endpoint/" + m_endpoint + u"/resend", {}).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().succeeded, 1, 10'000);
        QCOMPARE(m_receiver.deliveries().constLast().webhookId, msg);
        QTRY_COMPARE_WITH_TIMEOUT(dataOf(m_admin->get(deliveries)).first().toObject().value(QLatin1StringView("status")).toInt(), 0, 10'000);
        const QJsonArray attempts = dataOf(m_admin->get(u"/api/v1/app/" + m_app + u"/attempt/msg/" + msg));
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(1).toObject().value(QLatin1StringView("trigger")).toString(), QStringLiteral("manual"));
        QCOMPARE(attempts.at(1).toObject().value(QLatin1StringView("triggerType")).toInt(), 1);
        QCOMPARE(m_operator->post(u"/api/v1/app/" + m_app + u"/msg/msg_nope/endpoint/" + m_endpoint + u"/resend", {}).status, 404);
    }

    void testSendUsesTheCatalogueSample()
    {
        m_receiver.setBehaviour(ReceiverBehaviour());
        m_receiver.clear();
        const auto sent = m_operator->post(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/send-example",
                                           {{QStringLiteral("eventType"), QStringLiteral("transcript.ready")}});
        QCOMPARE(sent.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().received, 1, 10'000);
        const QJsonObject sample = sb::EventCatalogue::builtIn().find(u"transcript.ready")->sample;
        QCOMPARE(m_receiver.deliveries().first().bodyJson().toObject(), sample);
        QJsonArray attempts;
        QTRY_VERIFY_WITH_TIMEOUT(!(attempts = dataOf(m_admin->get(u"/api/v1/app/" + m_app + u"/attempt/msg/" + idOf(sent)))).isEmpty(), 10'000);
        QCOMPARE(attempts.first().toObject().value(QLatin1StringView("trigger")).toString(), QStringLiteral("test"));
        QCOMPARE(m_operator->post(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/send-example",
                                  {{QStringLiteral("eventType"), QStringLiteral("no.such_type")}}).status, 422);

        // An edited payload goes out instead of the sample, still as a test; a payload that is
        // not an object is refused at its field.
        m_receiver.clear();
        const QJsonObject edited{{QStringLiteral("type"), QStringLiteral("call.ended")},
                                 {QStringLiteral("data"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("call_edited")}}}};
        const auto custom = m_operator->post(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/send-example",
                                             {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                              {QStringLiteral("payload"), edited}});
        QCOMPARE(custom.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().received, 1, 10'000);
        QCOMPARE(m_receiver.deliveries().first().bodyJson().toObject(), edited);
        QTRY_VERIFY_WITH_TIMEOUT(!(attempts = dataOf(m_admin->get(u"/api/v1/app/" + m_app + u"/attempt/msg/" + idOf(custom)))).isEmpty(), 10'000);
        QCOMPARE(attempts.first().toObject().value(QLatin1StringView("trigger")).toString(), QStringLiteral("test"));
        const auto notObject = m_operator->post(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/send-example",
                                                {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                 {QStringLiteral("payload"), QJsonArray{1, 2}}});
        QCOMPARE(notObject.status, 422);
        QCOMPARE(notObject.json.value(QLatin1StringView("detail")).toArray().first().toObject().value(QLatin1StringView("loc")).toArray(),
                 (QJsonArray{QStringLiteral("body"), QStringLiteral("payload")}));
    }

    void secretRotationSignsWithBothSecretsDuringGrace()
    {
        const QString path = u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint;
        const QString oldSecret = m_admin->get(path + u"/secret").json.value(QLatin1StringView("key")).toString();
        QVERIFY(oldSecret.startsWith(u"whsec_"));
        QCOMPARE(m_admin->post(path + u"/secret/rotate", {{QStringLiteral("key"), QStringLiteral("whsec_bad")}}).status, 422);
        QCOMPARE(m_admin->post(path + u"/secret/rotate", {}).status, 204);
        const QString newSecret = m_admin->get(path + u"/secret").json.value(QLatin1StringView("key")).toString();
        QVERIFY(newSecret != oldSecret);
        for (const QString &secret : {oldSecret, newSecret}) {
            ReceiverBehaviour b;
            b.secrets = {secret};
            m_receiver.setBehaviour(b);
            m_receiver.clear();
            post(QStringLiteral("call.ended"));
            QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().received, 1, 10'000);
            QVERIFY2(m_receiver.deliveries().first().signatureValid.value_or(false), qPrintable(m_receiver.deliveries().first().signatureDetail));
        }
    }

    void headersCanBeReplacedAndPatched()
    {
        const QString path = u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/headers";
        QCOMPARE(m_admin->patch(path, {{QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-Team"), QJsonValue()},
                                                                               {QStringLiteral("X-Region"), QStringLiteral("eu")}}}}).status, 204);
        QJsonObject headers = m_admin->get(path).json.value(QLatin1StringView("headers")).toObject();
        QCOMPARE(headers.value(QLatin1StringView("X-Region")).toString(), QStringLiteral("eu"));
        QVERIFY(!headers.contains(QLatin1StringView("X-Team")));
        QVERIFY(headers.contains(QLatin1StringView("X-Api-Key")));
        // A credential in a header is for admins: viewers see the endpoint without it.
        const QString endpointPath = u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint;
        QVERIFY(m_admin->get(endpointPath).json.value(QLatin1StringView("headers")).toObject().contains(QLatin1StringView("X-Api-Key")));
        const QJsonObject seen = m_viewer->get(endpointPath).json.value(QLatin1StringView("headers")).toObject();
        QVERIFY(!seen.contains(QLatin1StringView("X-Api-Key")));
        QCOMPARE(seen.value(QLatin1StringView("X-Region")).toString(), QStringLiteral("eu"));
        const QJsonArray listed = m_viewer->get(u"/api/v1/app/" + m_app + u"/endpoint").json.value(QLatin1StringView("data")).toArray();
        for (const QJsonValue &e : listed)
            QVERIFY(!e.toObject().value(QLatin1StringView("headers")).toObject().contains(QLatin1StringView("X-Api-Key")));
        QCOMPARE(m_admin->put(path, {{QStringLiteral("headers"), QJsonObject{{QStringLiteral("webhook-id"), QStringLiteral("x")}}}}).status, 422);
        QCOMPARE(m_admin->put(path, {{QStringLiteral("headers"), QJsonObject{{QStringLiteral("X-Only"), QStringLiteral("1")}}}}).status, 204);
        headers = m_admin->get(path).json.value(QLatin1StringView("headers")).toObject();
        QCOMPARE(headers.keys(), QStringList{QStringLiteral("X-Only")});
    }

    // Engines do not share a PostgreSQL database's work yet: a second one is refused, saying why.
    void eventTypesStartFromTheCatalogue()
    {
        const auto all = m_viewer->get(QStringLiteral("/api/v1/event-type?limit=250"));
        QCOMPARE(dataOf(all).size(), sb::EventCatalogue::builtIn().events().size());
        const QJsonObject created{{QStringLiteral("name"), QStringLiteral("sms.delivered")},
                                  {QStringLiteral("description"), QStringLiteral("An SMS reached the handset.")}};
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/event-type"), created).status, 201);
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/event-type"), created).status, 409);
        QCOMPARE(m_admin->patch(QStringLiteral("/api/v1/event-type/sms.delivered"), {{QStringLiteral("description"), QStringLiteral("Delivered.")}})
                     .json.value(QLatin1StringView("description")).toString(), QStringLiteral("Delivered."));
        QCOMPARE(m_admin->remove(QStringLiteral("/api/v1/event-type/sms.delivered")).status, 204);
        QCOMPARE(dataOf(m_viewer->get(QStringLiteral("/api/v1/event-type?limit=250"))).size(), sb::EventCatalogue::builtIn().events().size());
        QCOMPARE(dataOf(m_viewer->get(QStringLiteral("/api/v1/event-type?limit=250&include_archived=true"))).size(),
                 sb::EventCatalogue::builtIn().events().size() + 1);
        QCOMPARE(m_admin->remove(QStringLiteral("/api/v1/event-type/sms.delivered?expunge=true")).status, 204);
        QCOMPARE(m_viewer->get(QStringLiteral("/api/v1/event-type/sms.delivered")).status, 404);
        QCOMPARE(m_admin->post(QStringLiteral("/api/v1/event-type"), {{QStringLiteral("name"), QStringLiteral("bad name")}}).status, 422);
    }

    void attemptLogFiltersAndDetails()
    {
        const QString base = u"/api/v1/app/" + m_app + u"/attempt/endpoint/" + m_endpoint;
        const QJsonArray everything = dataOf(m_viewer->get(base + u"?limit=250"));
        QVERIFY(everything.size() >= 5);
        // Newest first.
        QVERIFY(everything.first().toObject().value(QLatin1StringView("id")).toString()
                > everything.last().toObject().value(QLatin1StringView("id")).toString());
        const QJsonArray failed = dataOf(m_viewer->get(base + u"?status=2"));
        QVERIFY(!failed.isEmpty());
        for (const QJsonValue &a : failed)
            QCOMPARE(a.toObject().value(QLatin1StringView("status")).toInt(), 2);
        const QJsonArray fiveHundreds = dataOf(m_viewer->get(base + u"?status_code_class=500"));
        QCOMPARE(fiveHundreds.size(), failed.size());
        const QJsonArray tests = dataOf(m_viewer->get(base + u"?event_types=transcript.ready"));
        QCOMPARE(tests.size(), 1);
        QCOMPARE(dataOf(m_viewer->get(base + u"?after=2999-01-01T00:00:00Z")).size(), 0);
        QCOMPARE(m_viewer->get(base + u"?status=9").status, 422);
        QCOMPARE(m_viewer->get(base + u"?before=yesterday").status, 422);
        QCOMPARE(m_viewer->get(base + u"?iterator=garbage").status, 422);
        const auto firstPage = m_viewer->get(base + u"?limit=2");
        QCOMPARE(dataOf(firstPage).size(), 2);
        const auto secondPage = m_viewer->get(base + u"?limit=2&iterator=" + firstPage.json.value(QLatin1StringView("iterator")).toString());
        QCOMPARE(dataOf(secondPage).first().toObject().value(QLatin1StringView("id")), everything.at(2).toObject().value(QLatin1StringView("id")));

        const QJsonObject one = everything.first().toObject();
        const auto details = m_viewer->get(u"/api/v1/app/" + m_app + u"/msg/" + one.value(QLatin1StringView("msgId")).toString()
                                           + u"/attempt/" + one.value(QLatin1StringView("id")).toString());
        QCOMPARE(details.status, 200);
        const QJsonArray sent = details.json.value(QLatin1StringView("requestHeaders")).toArray();
        bool sawSignature = false;
        for (const QJsonValue &h : sent) {
            const QString name = h.toArray().at(0).toString();
            sawSignature = sawSignature || name == u"webhook-signature";
            QVERIFY2(h.toArray().at(1).toString() != u"k-123", "a sensitive header value was logged");
        }
        QVERIFY(sawSignature);

        const QJsonObject stats = m_viewer->get(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/stats").json;
        QVERIFY(stats.value(QLatin1StringView("success")).toInt() >= 3);
        QSet<QString> messages;
        for (const QJsonValue &a : everything)
            messages.insert(a.toObject().value(QLatin1StringView("msgId")).toString());
        const QJsonArray sentMessages = dataOf(m_viewer->get(u"/api/v1/app/" + m_app + u"/endpoint/" + m_endpoint + u"/msg"));
        QCOMPARE(sentMessages.size(), messages.size());
        for (const QJsonValue &m : sentMessages)
            QCOMPARE(m.toObject().value(QLatin1StringView("status")).toInt(), 0); // all delivered by now
    }
    void statsAndMetricsAgreeWithTheLog()
    {
        const QJsonArray attempts = dataOf(m_viewer->get(u"/api/v1/app/" + m_app + u"/attempt/endpoint/" + m_endpoint + u"?limit=250"));
        int succeeded = 0;
        for (const QJsonValue &a : attempts)
            succeeded += a.toObject().value(QLatin1StringView("status")).toInt() == 0;

        const auto stats = m_viewer->get(u"/api/v1/stats?bucket=60&app=" + m_app);
        QCOMPARE(stats.status, 200);
        const QJsonObject overall = stats.json.value(QLatin1StringView("overall")).toObject();
        QCOMPARE(overall.value(QLatin1StringView("attempts")).toInt(), attempts.size());
        QCOMPARE(overall.value(QLatin1StringView("succeeded")).toInt(), succeeded);
        QCOMPARE(overall.value(QLatin1StringView("successRate")).toDouble(), double(succeeded) / attempts.size());
        QCOMPARE(overall.value(QLatin1StringView("failedByClass")).toObject().value(QLatin1StringView("http")).toInt(),
                 attempts.size() - succeeded);
        QVERIFY(overall.value(QLatin1StringView("latencyMs")).toObject().value(QLatin1StringView("p95")).toDouble() >= 0);
        QCOMPARE(stats.json.value(QLatin1StringView("endpoints")).toObject().value(m_endpoint).toObject()
                     .value(QLatin1StringView("attempts")).toInt(), attempts.size());
        int bucketed = 0;
        for (const QJsonValue &b : stats.json.value(QLatin1StringView("buckets")).toArray())
            bucketed += b.toObject().value(QLatin1StringView("attempts")).toInt();
        QCOMPARE(bucketed, attempts.size());
        // The default range: the last hour in whole minutes, the current one included.
        QCOMPARE(stats.json.value(QLatin1StringView("buckets")).toArray().size(), 61);
        QCOMPARE(m_viewer->get(QStringLiteral("/api/v1/stats?bucket=0")).status, 422);
        QCOMPARE(m_viewer->get(QStringLiteral("/api/v1/stats?since=2026-01-01T00:00:00Z&bucket=1")).status, 422);
        QCOMPARE(m_viewer->get(QStringLiteral("/api/v1/stats?app=app_nope")).status, 404);

        const auto metrics = m_viewer->get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        const QByteArray text = metrics.body;
        QVERIFY(text.contains("# TYPE switchboard_attempt_duration_seconds histogram"));
        const auto line = [](const char *series, qsizetype n) { return QByteArray(QByteArray(series) + ' ' + QByteArray::number(n) + '\n'); };
        QVERIFY2(text.contains(line("switchboard_attempt_duration_seconds_count", attempts.size())), text.constData());
        QVERIFY(text.contains(line("switchboard_attempts_succeeded_total", succeeded)));
        QVERIFY(text.contains(line("switchboard_attempts_failed_total{class=\"http\"}", attempts.size() - succeeded)));
        QVERIFY(text.contains("switchboard_deliveries_dead_lettered_total 1\n"));
        QVERIFY(text.contains("switchboard_stream_clients 0\n"));
        // The engine's allocator replaces glibc's (src/engine/CMakeLists.txt); the sanitizers
        // bring their own.
#ifdef __SANITIZE_ADDRESS__
        QVERIFY(text.contains("switchboard_build_info{version="));
#else
        QVERIFY2(text.contains("allocator=\"mimalloc\","), text.constData());
#endif
        // Qt's own event loop, not GLib's (src/engine/main.cpp says why).
        QVERIFY2(text.contains("event_loop=\"unix\"} 1\n"), text.constData());
    }

    // R on a delivery that waits for its next retry: the receiver gets it once, not again
    // when the retry comes due.
    void aManualRetryReplacesTheScheduledOne()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        auto failing = ReceiverBehaviour::answering(500);
        receiver.setBehaviour(failing);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0, 2s, 2s"),
                              QStringLiteral("--retry-jitter"), QStringLiteral("0")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Once")}}));
        const QString ep = idOf(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), receiver.url()}}));
        const QString msg = idOf(api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                                           {QStringLiteral("payload"), QJsonObject()}}));
        const QString deliveries = u"/api/v1/app/" + app + u"/msg/" + msg + u"/endpoint";
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().received, 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(dataOf(api.get(deliveries)).first().toObject().value(QLatin1StringView("attemptCount")).toInt(), 1, 10'000);
        QCOMPARE(dataOf(api.get(deliveries)).first().toObject().value(QLatin1StringView("status")).toInt(), 1); // retry due in 2 s

        receiver.setBehaviour(ReceiverBehaviour());
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg/" + msg + u"/endpoint/" + ep + u"/resend", {}).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().succeeded, 1, 10'000);
        // Until the retry's time has come and gone the scheduler still holds it.
        const auto gauge = [&](QByteArrayView name) {
            for (const QByteArray &line : api.get(QStringLiteral("/metrics")).body.split('\n')) {
                if (line.startsWith(name) && line.size() > name.size() && line.at(name.size()) == ' ')
                    return line.mid(name.size() + 1).trimmed().toDouble();
            }
            return -1.0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(gauge("switchboard_deliveries_queued") == 0 && gauge("switchboard_attempts_in_flight") == 0, 15'000);
        QCOMPARE(receiver.stats().received, 2);
        QCOMPARE(dataOf(api.get(deliveries)).first().toObject().value(QLatin1StringView("status")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineApi)
#include "tst_engineapi.moc"
