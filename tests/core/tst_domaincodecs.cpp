// SPDX-License-Identifier: GPL-3.0-or-later
// moc reads "//" inside raw strings as a comment: URLs in JSON rows escape it as "\/\/".
#include "core/application.h"
#include "core/attempt.h"
#include "core/delivery.h"
#include "core/endpoint.h"
#include "core/eventtype.h"
#include "core/ids.h"
#include "core/message.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

namespace {
const QDateTime Created(QDate(2026, 11, 20), QTime(9, 41, 7, 512), QTimeZone::utc());

QJsonObject parse(const char *json) { return QJsonDocument::fromJson(json).object(); }

// Every type's parser, behind one signature for the table-driven rejection test.
sb::ValidationErrors errorsOf(const QString &type, const QJsonObject &json)
{
    if (type == u"application") return sb::Application::fromJson(json).errors;
    if (type == u"endpoint") return sb::Endpoint::fromJson(json).errors;
    if (type == u"message") return sb::Message::fromJson(json).errors;
    if (type == u"delivery") return sb::Delivery::fromJson(json).errors;
    if (type == u"attempt") return sb::Attempt::fromJson(json).errors;
    if (type == u"eventtype") return sb::EventType::fromJson(json).errors;
    qFatal("unknown type");
}
} // namespace

class TestDomainCodecs : public QObject
{
    Q_OBJECT

private slots:
    void applicationRoundTrip()
    {
        sb::Application app{sb::ids::generate(sb::ids::Application), QStringLiteral("acme-voice"),
                            QStringLiteral("Acme Voice"), 50, {{QStringLiteral("plan"), QStringLiteral("pro")}},
                            Created, Created.addSecs(60)};
        const QJsonObject json = app.toJson();
        QCOMPARE(json.value(QLatin1StringView("rateLimit")).toInt(), 50);
        QCOMPARE(json.value(QLatin1StringView("createdAt")).toString(), QStringLiteral("2026-11-20T09:41:07.512Z"));
        const auto back = sb::Application::fromJson(json);
        QVERIFY2(back, qPrintable(back.errorString()));
        QCOMPARE(*back.value, app);

        const auto minimal = sb::Application::fromJson(parse(R"({"name":"Only a name"})"));
        QVERIFY(minimal);
        QVERIFY(!minimal.value->rateLimit);
        QVERIFY(sb::Application::fromJson(app.toJson()).value->toJson().value(QLatin1StringView("uid")).isString());
    }

    void endpointRoundTrip()
    {
        sb::Endpoint ep;
        ep.id = sb::ids::generate(sb::ids::Endpoint);
        ep.appId = sb::ids::generate(sb::ids::Application);
        ep.uid = QStringLiteral("crm-hook");
        ep.url = QUrl(QStringLiteral("https://hooks.example.com/voice?team=7"));
        ep.description = QStringLiteral("CRM");
        ep.filterTypes = QStringList{QStringLiteral("call.ended"), QStringLiteral("transcript.ready")};
        ep.channels = QStringList{QStringLiteral("eu")};
        ep.disabled = true;
        ep.rateLimit = 20;
        ep.version = 2;
        ep.metadata = {{QStringLiteral("owner"), QStringLiteral("ops")}};
        ep.headers = {{QStringLiteral("X-Tenant"), QStringLiteral("acme")}};
        ep.secret = QStringLiteral("sekrit-hex-key");
        ep.signingScheme = sb::SigningScheme::HexSha256;
        ep.signatureHeader = QStringLiteral("X-Hub-Signature-256");
        ep.timeoutMs = 5000;
        ep.maxConcurrency = 4;
        ep.retrySchedule = sb::RetrySchedule({0ms, 500ms, 2s});
        ep.createdAt = Created;
        ep.updatedAt = Created;

        const QJsonObject hidden = ep.toJson();
        QVERIFY(!hidden.contains(QLatin1StringView("secret")));
        QCOMPARE(hidden.value(QLatin1StringView("filterTypes")).toArray().size(), 2);
        QCOMPARE(hidden.value(QLatin1StringView("signingScheme")).toString(), QStringLiteral("sha256-hex"));

        const auto back = sb::Endpoint::fromJson(ep.toJson(sb::Endpoint::Secret::Include));
        QVERIFY2(back, qPrintable(back.errorString()));
        QCOMPARE(*back.value, ep);
    }

    void endpointDefaults()
    {
        const auto ep = sb::Endpoint::fromJson(parse(R"({"url":"https:\/\/example.com/hook"})"));
        QVERIFY(ep);
        QVERIFY(!ep.value->filterTypes);
        QVERIFY(!ep.value->channels);
        QCOMPARE(ep.value->timeoutMs, 15'000);
        QCOMPARE(ep.value->maxConcurrency, 100);
        QCOMPARE(ep.value->signingScheme, sb::SigningScheme::StandardWebhooks);
        QCOMPARE(ep.value->effectiveSignatureHeader(), QStringLiteral("X-Switchboard-Signature"));
        // Absent lists go out as null, as the Svix API writes them.
        QVERIFY(ep.value->toJson().value(QLatin1StringView("filterTypes")).isNull());
    }

    void currentSvixNamesAreAccepted()
    {
        // Svix renamed filterTypes to eventTypes and rateLimit to throttleRate.
        const auto ep = sb::Endpoint::fromJson(parse(R"({"url":"https:\/\/e.com","eventTypes":["call.ended"],"throttleRate":7})"));
        QVERIFY2(ep, qPrintable(ep.errorString()));
        QCOMPARE(ep.value->filterTypes, QStringList{QStringLiteral("call.ended")});
        QCOMPARE(ep.value->rateLimit, 7);
        const QJsonObject out = ep.value->toJson();
        QCOMPARE(out.value(QLatin1StringView("eventTypes")), out.value(QLatin1StringView("filterTypes")));
        QCOMPARE(out.value(QLatin1StringView("throttleRate")).toInt(), 7);
        const auto bad = sb::Endpoint::fromJson(parse(R"({"url":"https:\/\/e.com","eventTypes":"call.ended"})"));
        QVERIFY(!bad);
        QCOMPARE(bad.errors.first().field, QStringLiteral("eventTypes"));
        const auto app = sb::Application::fromJson(parse(R"({"name":"a","throttleRate":3})"));
        QCOMPARE(app.value->rateLimit, 3);
        QCOMPARE(app.value->toJson().value(QLatin1StringView("throttleRate")).toInt(), 3);
    }

    void endpointFilters_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("eventType");
        QTest::addColumn<QStringList>("channels");
        QTest::addColumn<bool>("accepted");
        auto row = [](const char *name, const char *endpoint, const char *type, QStringList channels, bool accepted) {
            QTest::newRow(name) << QString::fromUtf8(endpoint) << QString::fromLatin1(type) << channels << accepted;
        };
        const QStringList none;
        const QStringList us{QStringLiteral("us")};
        row("no filters", R"({"url":"https:\/\/e.com"})", "call.ended", none, true);
        row("type listed", R"({"url":"https:\/\/e.com","filterTypes":["call.ended"]})", "call.ended", none, true);
        row("type not listed", R"({"url":"https:\/\/e.com","filterTypes":["call.ended"]})", "call.started", none, false);
        row("channel shared", R"({"url":"https:\/\/e.com","channels":["eu","us"]})", "call.ended", us, true);
        row("channel not shared", R"({"url":"https:\/\/e.com","channels":["eu"]})", "call.ended", us, false);
        row("message without channel", R"({"url":"https:\/\/e.com","channels":["eu"]})", "call.ended", none, false);
        row("disabled", R"({"url":"https:\/\/e.com","disabled":true})", "call.ended", none, false);
    }

    void endpointFilters()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, eventType);
        QFETCH(QStringList, channels);
        QFETCH(bool, accepted);
        const auto ep = sb::Endpoint::fromJson(QJsonDocument::fromJson(endpoint.toUtf8()).object());
        QVERIFY(ep);
        QCOMPARE(ep.value->accepts(eventType, channels), accepted);
    }

    void messageRoundTrip()
    {
        sb::Message m{sb::ids::generate(sb::ids::Message), QString(), QStringLiteral("evt-42"),
                      QStringLiteral("call.ended"),
                      parse(R"({"call_id":"call_1","end_reason":"normal_disconnect","duration":42.5})"),
                      QStringList{QStringLiteral("eu")}, QStringList{QStringLiteral("vip")}, Created, Created.addSecs(60)};
        const auto back = sb::Message::fromJson(m.toJson());
        QVERIFY2(back, qPrintable(back.errorString()));
        QCOMPARE(*back.value, m);
        QVERIFY(sb::Message::fromJson(parse(R"({"eventType":"a.b","payload":{}})")).value->toJson()
                    .value(QLatin1StringView("eventId")).isNull());
    }

    void deliveryRoundTrip()
    {
        sb::Delivery d{sb::ids::generate(sb::ids::Message), sb::ids::generate(sb::ids::Endpoint),
                       sb::MessageStatus::Fail, 6, QDateTime(), Created};
        QVERIFY(d.isDeadLettered());
        QCOMPARE(d.toJson().value(QLatin1StringView("statusText")).toString(), QStringLiteral("fail"));
        QVERIFY(d.toJson().value(QLatin1StringView("nextAttempt")).isNull());
        QCOMPARE(*sb::Delivery::fromJson(d.toJson()).value, d);
        d.status = sb::MessageStatus::Pending;
        d.nextAttempt = Created.addSecs(30);
        QCOMPARE(*sb::Delivery::fromJson(d.toJson()).value, d);
    }

    void attemptRoundTrip_data()
    {
        QTest::addColumn<int>("trigger");
        QTest::addColumn<int>("wire");
        QTest::newRow("scheduled") << int(sb::TriggerType::Scheduled) << 0;
        QTest::newRow("manual") << int(sb::TriggerType::Manual) << 1;
        QTest::newRow("test") << int(sb::TriggerType::Test) << 1;
    }

    void attemptRoundTrip()
    {
        QFETCH(int, trigger);
        QFETCH(int, wire);
        sb::Attempt a;
        a.id = sb::ids::generate(sb::ids::Attempt);
        a.msgId = sb::ids::generate(sb::ids::Message);
        a.endpointId = sb::ids::generate(sb::ids::Endpoint);
        a.url = QUrl(QStringLiteral("https://hooks.example.com/a"));
        a.response = QStringLiteral("upstream down");
        a.responseStatusCode = 503;
        a.responseDurationMs = 812;
        a.status = sb::MessageStatus::Fail;
        a.trigger = static_cast<sb::TriggerType>(trigger);
        a.errorClass = sb::ErrorClass::HttpStatus;
        a.timing = {1.25, 14.5, 800.0};
        a.timestamp = Created;
        const QJsonObject json = a.toJson();
        QCOMPARE(json.value(QLatin1StringView("triggerType")).toInt(), wire);
        QCOMPARE(json.value(QLatin1StringView("status")).toInt(), 2);
        QCOMPARE(json.value(QLatin1StringView("statusText")).toString(), QStringLiteral("fail"));
        QCOMPARE(json.value(QLatin1StringView("responseStatusCode")).toInt(), 503);
        const auto back = sb::Attempt::fromJson(json);
        QVERIFY2(back, qPrintable(back.errorString()));
        QCOMPARE(*back.value, a);
    }

    void attemptFromSvix()
    {
        // A Svix-shaped attempt without Switchboard's additions still reads.
        const auto a = sb::Attempt::fromJson(parse(R"({"id":"atmpt_0000000000000000000001","msgId":"msg_1",
            "endpointId":"ep_1","url":"https:\/\/e.com","response":"ok","responseStatusCode":200,
            "responseDurationMs":12,"status":0,"triggerType":1,"timestamp":"2026-11-20T09:41:07Z"})"));
        QVERIFY2(a, qPrintable(a.errorString()));
        QCOMPARE(a.value->trigger, sb::TriggerType::Manual);
        QCOMPARE(a.value->status, sb::MessageStatus::Success);
        QCOMPARE(a.value->timing.connectMs, -1.0);
    }

    void eventTypeRoundTrip()
    {
        sb::EventType t{QStringLiteral("call.ended"), QStringLiteral("A call finished."),
                        QStringLiteral("call"), false, true,
                        parse(R"({"1":{"type":"object"}})"), parse(R"({"type":"call.ended"})"), Created, Created};
        const auto back = sb::EventType::fromJson(t.toJson());
        QVERIFY2(back, qPrintable(back.errorString()));
        QCOMPARE(*back.value, t);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("errorType");
        auto row = [](const char *name, const char *type, const char *json, const char *field, const char *errorType) {
            QTest::newRow(name) << QString::fromLatin1(type) << QString::fromUtf8(json)
                                << QString::fromLatin1(field) << QString::fromLatin1(errorType);
        };
        row("app: no name", "application", R"({})", "name", "value_error.missing");
        row("app: name null", "application", R"({"name":null})", "name", "value_error.missing");
        row("app: name number", "application", R"({"name":5})", "name", "type_error.str");
        row("app: blank name", "application", R"({"name":"  "})", "name", "value_error");
        row("app: bad uid", "application", R"({"name":"a","uid":"has space"})", "uid", "value_error.str.regex");
        row("app: rate limit string", "application", R"({"name":"a","rateLimit":"5"})", "rateLimit", "type_error.integer");
        row("app: rate limit zero", "application", R"({"name":"a","rateLimit":0})", "rateLimit", "value_error.number.range");
        row("app: rate limit fraction", "application", R"({"name":"a","rateLimit":1.5})", "rateLimit", "type_error.integer");
        row("app: metadata value number", "application", R"({"name":"a","metadata":{"k":1}})", "metadata.k", "type_error.str");
        row("app: bad id", "application", R"({"name":"a","id":"ep_123"})", "id", "value_error");
        row("app: bad createdAt", "application", R"({"name":"a","createdAt":"yesterday"})", "createdAt", "value_error.datetime");
        row("ep: no url", "endpoint", R"({})", "url", "value_error.missing");
        row("ep: url relative", "endpoint", R"({"url":"/hook"})", "url", "value_error.url");
        row("ep: url ftp", "endpoint", R"({"url":"ftp:\/\/e.com/x"})", "url", "value_error.url");
        row("ep: url number", "endpoint", R"({"url":42})", "url", "type_error.str");
        row("ep: filterTypes string", "endpoint", R"({"url":"https:\/\/e.com","filterTypes":"call.ended"})", "filterTypes", "type_error.list");
        row("ep: filterTypes empty", "endpoint", R"({"url":"https:\/\/e.com","filterTypes":[]})", "filterTypes", "value_error.list.min_items");
        row("ep: filterTypes item number", "endpoint", R"({"url":"https:\/\/e.com","filterTypes":[1]})", "filterTypes[0]", "type_error.str");
        row("ep: too many channels", "endpoint", R"({"url":"https:\/\/e.com","channels":["a","b","c","d","e","f","g","h","i","j","k"]})", "channels", "value_error.list");
        row("ep: disabled string", "endpoint", R"({"url":"https:\/\/e.com","disabled":"yes"})", "disabled", "type_error.bool");
        row("ep: reserved header", "endpoint", R"({"url":"https:\/\/e.com","headers":{"webhook-id":"x"}})", "headers.webhook-id", "value_error");
        row("ep: header with newline", "endpoint", R"({"url":"https:\/\/e.com","headers":{"X-A":"a\nb"}})", "headers.X-A", "value_error");
        row("ep: bad header name", "endpoint", R"({"url":"https:\/\/e.com","headers":{"X A":"b"}})", "headers.X A", "value_error");
        row("ep: unknown scheme", "endpoint", R"({"url":"https:\/\/e.com","signingScheme":"md5"})", "signingScheme", "value_error.enum");
        row("ep: bad whsec", "endpoint", R"({"url":"https:\/\/e.com","secret":"whsec_!!"})", "secret", "value_error");
        row("ep: short whsec", "endpoint", R"({"url":"https:\/\/e.com","secret":"whsec_AAAA"})", "secret", "value_error");
        row("ep: short hex secret", "endpoint", R"({"url":"https:\/\/e.com","signingScheme":"sha256-hex","secret":"abc"})", "secret", "value_error");
        row("ep: timeout too small", "endpoint", R"({"url":"https:\/\/e.com","timeoutMs":10})", "timeoutMs", "value_error.number.range");
        row("ep: concurrency zero", "endpoint", R"({"url":"https:\/\/e.com","maxConcurrency":0})", "maxConcurrency", "value_error.number.range");
        row("ep: schedule not list", "endpoint", R"({"url":"https:\/\/e.com","retrySchedule":"5s"})", "retrySchedule", "type_error.list");
        row("ep: schedule negative", "endpoint", R"({"url":"https:\/\/e.com","retrySchedule":[0,-1]})", "retrySchedule", "value_error");
        row("msg: no eventType", "message", R"({"payload":{}})", "eventType", "value_error.missing");
        row("msg: no payload", "message", R"({"eventType":"call.ended"})", "payload", "value_error.missing");
        row("msg: payload string", "message", R"({"eventType":"call.ended","payload":"{}"})", "payload", "type_error.dict");
        row("msg: payload list", "message", R"({"eventType":"call.ended","payload":[]})", "payload", "type_error.dict");
        row("msg: eventType with space", "message", R"({"eventType":"call ended","payload":{}})", "eventType", "value_error.str.regex");
        row("msg: eventId bad", "message", R"({"eventType":"a","payload":{},"eventId":"a/b"})", "eventId", "value_error.str.regex");
        row("msg: channels not list", "message", R"({"eventType":"a","payload":{},"channels":"eu"})", "channels", "type_error.list");
        row("msg: too many channels", "message", R"({"eventType":"a","payload":{},"channels":["1","2","3","4","5","6","7","8","9","10","11"]})", "channels", "value_error.list.max_items");
        row("delivery: status 7", "delivery", R"({"msgId":"m","endpointId":"e","status":7})", "status", "value_error.number.range");
        row("delivery: no endpoint", "delivery", R"({"msgId":"m","status":1})", "endpointId", "value_error.missing");
        row("attempt: no timestamp", "attempt", R"({"id":"atmpt_0000000000000000000001","msgId":"m","endpointId":"e","url":"https:\/\/e.com","responseStatusCode":200,"status":0})", "timestamp", "value_error.missing");
        row("attempt: bad trigger", "attempt", R"({"id":"atmpt_0000000000000000000001","msgId":"m","endpointId":"e","url":"https:\/\/e.com","responseStatusCode":200,"status":0,"trigger":"cron","timestamp":"2026-11-20T09:41:07Z"})", "trigger", "value_error.enum");
        row("attempt: bad error class", "attempt", R"({"id":"atmpt_0000000000000000000001","msgId":"m","endpointId":"e","url":"https:\/\/e.com","responseStatusCode":200,"status":0,"errorClass":"gremlins","timestamp":"2026-11-20T09:41:07Z"})", "errorClass", "value_error.enum");
        row("attempt: timing string", "attempt", R"({"id":"atmpt_0000000000000000000001","msgId":"m","endpointId":"e","url":"https:\/\/e.com","responseStatusCode":200,"status":0,"timing":{"connectMs":"1"},"timestamp":"2026-11-20T09:41:07Z"})", "timing.connectMs", "type_error.float");
        row("attempt: status code 1000", "attempt", R"({"id":"atmpt_0000000000000000000001","msgId":"m","endpointId":"e","url":"https:\/\/e.com","responseStatusCode":1000,"status":0,"timestamp":"2026-11-20T09:41:07Z"})", "responseStatusCode", "value_error.number.range");
        row("eventtype: no description", "eventtype", R"({"name":"call.ended"})", "description", "value_error.missing");
        row("eventtype: bad name", "eventtype", R"({"name":"call ended","description":"d"})", "name", "value_error.str.regex");
        row("eventtype: archived string", "eventtype", R"({"name":"a","description":"d","archived":"no"})", "archived", "type_error.bool");
    }

    void rejects()
    {
        QFETCH(QString, type);
        QFETCH(QString, json);
        QFETCH(QString, field);
        QFETCH(QString, errorType);
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
        QVERIFY2(!object.isEmpty() || json == u"{}", "test row is not valid JSON");
        const sb::ValidationErrors errors = errorsOf(type, object);
        QVERIFY2(!errors.isEmpty(), "accepted");
        QCOMPARE(errors.first().field, field);
        QCOMPARE(errors.first().type, errorType);
        QVERIFY(sb::describe(errors).startsWith(field + u": "));
    }

    void reportsEveryProblemAtOnce()
    {
        const auto ep = sb::Endpoint::fromJson(parse(R"({"url":7,"disabled":"no","timeoutMs":"x"})"));
        QVERIFY(!ep);
        QCOMPARE(ep.errors.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDomainCodecs)
#include "tst_domaincodecs.moc"
