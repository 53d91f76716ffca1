// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and malformed input against a real engine: every request gets a 4xx with a JSON body
// that names the problem, nothing is written, and the engine goes on delivering.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestEngineHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineProcess> m_engine;
    std::unique_ptr<ApiClient> m_api;
    sb::tools::Receiver m_receiver;
    QString m_app, m_endpoint, m_msg;

    // Row counts of every table: the store's state as far as these tests can change it.
    QMap<QString, qint64> storeCounts()
    {
        QMap<QString, qint64> counts;
        {
            QSqlDatabase db = m_engine->database().open(QStringLiteral("inspect"), m_engine->dataDir() + u"/switchboard.db");
            if (db.isOpen()) {
                for (const char *table : {"applications", "endpoints", "event_types", "messages", "message_payloads",
                                          "deliveries", "attempts", "changes", "idempotency_keys"}) {
                    QSqlQuery q(db);
                    if (q.exec(u"SELECT COUNT(*) FROM " + QString::fromLatin1(table)) && q.next())
                        counts.insert(QString::fromLatin1(table), q.value(0).toLongLong());
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return counts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        m_engine = std::make_unique<EngineProcess>();
        QVERIFY(m_engine->start());
        m_api = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        m_app = m_api->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Target")}}).json.value(QLatin1StringView("id")).toString();
        m_endpoint = m_api->post(u"/api/v1/app/" + m_app + u"/endpoint", {{QStringLiteral("url"), m_receiver.url()}})
                         .json.value(QLatin1StringView("id")).toString();
        m_msg = m_api->post(u"/api/v1/app/" + m_app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.started")},
                                                                 {QStringLiteral("payload"), QJsonObject()}})
                    .json.value(QLatin1StringView("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().received, 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(storeCounts().value(QStringLiteral("attempts")) == 1, 10'000);
    }

    void refusedWithoutWriting_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        const QByteArray admin = EngineProcess::Token;
        const auto row = [&](const char *name, const char *method, const char *path, const QByteArray &body, int status,
                             const QByteArray &token) {
            QTest::newRow(name) << QByteArray(method) << QString::fromLatin1(path) << body << token << status;
        };
        const auto r = [&](const char *name, const char *method, const char *path, const QByteArray &body, int status) {
            row(name, method, path, body, status, admin);
        };
        r("app: truncated json", "POST", "/api/v1/app", "{", 400);
        r("app: array", "POST", "/api/v1/app", "[]", 400);
        r("app: null", "POST", "/api/v1/app", "null", 400);
        r("app: string", "POST", "/api/v1/app", "\"app\"", 400);
        r("app: empty body", "POST", "/api/v1/app", "", 400);
        r("app: name number", "POST", "/api/v1/app", R"({"name":5})", 422);
        r("app: name empty", "POST", "/api/v1/app", R"({"name":""})", 422);
        r("app: no name", "POST", "/api/v1/app", "{}", 422);
        r("app: bad uid", "POST", "/api/v1/app", R"({"name":"x","uid":"a b"})", 422);
        r("app: negative rate", "POST", "/api/v1/app", R"({"name":"x","rateLimit":-1})", 422);
        r("app: metadata list", "POST", "/api/v1/app", R"({"name":"x","metadata":[]})", 422);
        r("app: invalid utf-8", "POST", "/api/v1/app", QByteArray("{\"name\":\"\xff\xfe\"}"), 400);
        r("app: deeply nested", "POST", "/api/v1/app", QByteArray(5000, '[') + QByteArray(5000, ']'), 400);
        r("app: unknown", "GET", "/api/v1/app/app_0000000000000000000000", {}, 404);
        r("app: path traversal", "GET", "/api/v1/app/../../etc/passwd", {}, 404);
        r("app: limit zero", "GET", "/api/v1/app?limit=0", {}, 422);
        r("app: limit word", "GET", "/api/v1/app?limit=abc", {}, 422);
        r("app: limit huge", "GET", "/api/v1/app?limit=100000", {}, 422);
        r("app: PUT on list", "PUT", "/api/v1/app", "{}", 405);
        r("ep: unknown app", "POST", "/api/v1/app/app_missing/endpoint", R"({"url":"https:\/\/e.com"})", 404);
        r("ep: not a url", "POST", "/api/v1/app/{app}/endpoint", R"({"url":"not a url"})", 422);
        r("ep: javascript url", "POST", "/api/v1/app/{app}/endpoint", R"({"url":"javascript:void"})", 422);
        r("ep: no host", "POST", "/api/v1/app/{app}/endpoint", R"({"url":"http:\/\/"})", 422);
        r("ep: empty filter", "POST", "/api/v1/app/{app}/endpoint", R"({"url":"https:\/\/e.com","filterTypes":[]})", 422);
        r("ep: Host header", "POST", "/api/v1/app/{app}/endpoint", R"({"url":"https:\/\/e.com","headers":{"Host":"evil"}})", 422);
        r("ep: bad secret", "POST", "/api/v1/app/{app}/endpoint", R"({"url":"https:\/\/e.com","secret":"whsec_***"})", 422);
        r("ep: huge timeout", "POST", "/api/v1/app/{app}/endpoint", R"({"url":"https:\/\/e.com","timeoutMs":999999999})", 422);
        r("ep: url removed by patch", "PATCH", "/api/v1/app/{app}/endpoint/{ep}", R"({"url":null})", 422);
        r("ep: headers not object", "PUT", "/api/v1/app/{app}/endpoint/{ep}/headers", R"({"headers":"x"})", 422);
        r("ep: short rotated key", "POST", "/api/v1/app/{app}/endpoint/{ep}/secret/rotate", R"({"key":"whsec_AAAA"})", 422);
        r("ep: recover without since", "POST", "/api/v1/app/{app}/endpoint/{ep}/recover", "{}", 422);
        r("ep: example type number", "POST", "/api/v1/app/{app}/endpoint/{ep}/send-example", R"({"eventType":5})", 422);
        r("msg: no event type", "POST", "/api/v1/app/{app}/msg", R"({"payload":{}})", 422);
        r("msg: payload list", "POST", "/api/v1/app/{app}/msg", R"({"eventType":"a.b","payload":[]})", 422);
        r("msg: payload string", "POST", "/api/v1/app/{app}/msg", R"({"eventType":"a.b","payload":"{}"})", 422);
        r("msg: event type too long", "POST", "/api/v1/app/{app}/msg", "{\"eventType\":\"" + QByteArray(300, 'a') + "\",\"payload\":{}}", 422);
        r("msg: eleven channels", "POST", "/api/v1/app/{app}/msg", R"({"eventType":"a","payload":{},"channels":["1","2","3","4","5","6","7","8","9","10","11"]})", 422);
        r("msg: unknown app", "POST", "/api/v1/app/app_missing/msg", R"({"eventType":"a","payload":{}})", 404);
        r("msg: unknown message", "GET", "/api/v1/app/{app}/msg/msg_missing", {}, 404);
        r("msg: body over 1 MiB", "POST", "/api/v1/app/{app}/msg", "{\"eventType\":\"a\",\"payload\":{\"x\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}}", 413);
        r("msg: resend to unknown endpoint", "POST", "/api/v1/app/{app}/msg/{msg}/endpoint/ep_missing/resend", {}, 404);
        r("attempts: bad iterator", "GET", "/api/v1/app/{app}/attempt/endpoint/{ep}?iterator=garbage", {}, 422);
        // A mangled iterator must not quietly restart the list at its first page.
        r("apps: iterator %00%ff", "GET", "/api/v1/app?iterator=%00%ff", {}, 422);
        r("apps: iterator of another list", "GET", "/api/v1/app?iterator={msg}", {}, 422);
        r("endpoints: iterator %00%ff", "GET", "/api/v1/app/{app}/endpoint?iterator=%00%ff", {}, 422);
        r("messages: iterator %00%ff", "GET", "/api/v1/app/{app}/msg?iterator=%00%ff", {}, 422);
        r("message attempts: iterator %00%ff", "GET", "/api/v1/app/{app}/attempt/msg/{msg}?iterator=%00%ff", {}, 422);
        r("endpoint messages: iterator %00%ff", "GET", "/api/v1/app/{app}/endpoint/{ep}/msg?iterator=%00%ff", {}, 422);
        r("attempts: iterator %00%ff", "GET", "/api/v1/app/{app}/attempt/endpoint/{ep}?iterator=%00%ff", {}, 422);
        r("event types: iterator %00%ff", "GET", "/api/v1/event-type?iterator=%00%ff", {}, 422);
        r("attempts: bad status", "GET", "/api/v1/app/{app}/attempt/endpoint/{ep}?status=-1", {}, 422);
        r("attempt: unknown", "GET", "/api/v1/app/{app}/msg/{msg}/attempt/atmpt_missing", {}, 404);
        r("retry: bad since", "POST", "/api/v1/retry", R"({"since":"yesterday"})", 422);
        r("stats: bad since", "GET", "/api/v1/stats?since=garbage", {}, 422);
        r("event type: no description", "POST", "/api/v1/event-type", R"({"name":"ok.name"})", 422);
        r("event type: DELETE on list", "DELETE", "/api/v1/event-type", {}, 405);
        r("task: unknown", "GET", "/api/v1/background-task/qtask_missing", {}, 404);
        r("no such path", "GET", "/api/v1/nope", {}, 404);
        row("no token", "GET", "/api/v1/app", {}, 401, {});
        row("wrong token", "POST", "/api/v1/app", R"({"name":"x"})", 401, "not-a-token");
    }

    void refusedWithoutWriting()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        const auto before = storeCounts();
        path.replace(QStringLiteral("{app}"), m_app).replace(QStringLiteral("{ep}"), m_endpoint).replace(QStringLiteral("{msg}"), m_msg);
        ApiClient client(m_engine->baseUrl(), token);
        const auto reply = client.send(method, path, body);
        QCOMPARE(reply.status, status);
        if (path.contains(u"iterator="))
            QCOMPARE(reply.json.value(QLatin1StringView("detail")).toArray().at(0).toObject().value(QLatin1StringView("loc")).toArray(),
                     (QJsonArray{QStringLiteral("query"), QStringLiteral("iterator")}));
        // Every refusal explains itself in JSON.
        QVERIFY2(!reply.json.isEmpty() && reply.json.contains(QLatin1StringView("detail")), reply.body.left(200).constData());
        QCOMPARE(storeCounts(), before);
    }

    void garbageOnTheSocketDoesNotHurt()
    {
        for (const QByteArray &junk : {QByteArray("\x16\x03\x01\x02\x00", 5), QByteArray("GET / HTTP/9.9\r\n\r\n"),
                                       QByteArray("POST /api/v1/app HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
                                       QByteArray(64 * 1024, 'A')}) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_engine->port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write(junk);
            socket.waitForBytesWritten(5000);
            socket.waitForReadyRead(500);
            socket.abort();
        }
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/health")).status, 200);
    }

    void stillDeliversAfterwards()
    {
        QCOMPARE(m_api->post(u"/api/v1/app/" + m_app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                                  {QStringLiteral("payload"), QJsonObject{{QStringLiteral("ok"), true}}}})
                     .status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().received, 2, 10'000);
        QVERIFY(m_receiver.deliveries().constLast().bodyJson().toObject().value(QLatin1StringView("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestEngineHostile)
#include "tst_enginehostile.moc"
