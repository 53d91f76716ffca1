// SPDX-License-Identifier: GPL-3.0-or-later
// Svix 2.x message features on a real engine: the list filters support tools call ("every
// call.ended of channel X tagged Y since Monday"), the attempt list's with_msg/with_content,
// and deliverAt (held until then, visible as scheduled, across a restart).
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::tools::Receiver;

namespace {
QString idOf(const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); }
QJsonArray dataOf(const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("data")).toArray(); }

QStringList idsOf(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out.append(v.toObject().value(QLatin1StringView("id")).toString());
    return out;
}
} // namespace

class TestEngineMessages : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineProcess> m_engine;
    std::unique_ptr<ApiClient> m_api;
    Receiver m_receiver;
    QString m_app, m_endpoint;

    QString send(const QString &type, const QStringList &channels, const QStringList &tags, const QString &callId)
    {
        QJsonObject body{{QStringLiteral("eventType"), type},
                         {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), callId}}}};
        if (!channels.isEmpty())
            body.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channels));
        if (!tags.isEmpty())
            body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
        return idOf(m_api->post(u"/api/v1/app/" + m_app + u"/msg", body));
    }

    QStringList listed(const QString &query) { return idsOf(dataOf(m_api->get(u"/api/v1/app/" + m_app + u"/msg?" + query))); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        m_engine = std::make_unique<EngineProcess>(QStringList{QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        m_api = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        m_app = idOf(m_api->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Lists")}}));
        m_endpoint = idOf(m_api->post(u"/api/v1/app/" + m_app + u"/endpoint", {{QStringLiteral("url"), m_receiver.url()}}));
        QVERIFY(!m_endpoint.isEmpty());
    }

    void messageListFilters()
    {
        const QString a = send(QStringLiteral("call.started"), {QStringLiteral("eu")}, {QStringLiteral("vip")}, QStringLiteral("c1"));
        const QString b = send(QStringLiteral("call.ended"), {QStringLiteral("eu")}, {}, QStringLiteral("c1"));
        // A boundary strictly between b and c, whatever the clock's resolution.
        const QDateTime between = QDateTime::currentDateTimeUtc().addMSecs(2);
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() > between.addMSecs(2));
        const QString c = send(QStringLiteral("call.ended"), {QStringLiteral("us")}, {QStringLiteral("vip"), QStringLiteral("trial")}, QStringLiteral("c2"));
        const QString d = send(QStringLiteral("agent.error"), {}, {}, QStringLiteral("c3"));
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !d.isEmpty());

        QCOMPARE(listed(QString()), (QStringList{a, b, c, d}));
        // 2.x joins event types with commas, 1.x repeats the parameter.
        QCOMPARE(listed(QStringLiteral("event_types=call.ended,agent.error")), (QStringList{b, c, d}));
        QCOMPARE(listed(QStringLiteral("event_types=call.started&event_types=agent.error")), (QStringList{a, d}));
        QCOMPARE(listed(QStringLiteral("channel=eu")), (QStringList{a, b}));
        QCOMPARE(listed(QStringLiteral("tag=vip")), (QStringList{a, c}));
        QCOMPARE(listed(QStringLiteral("tag=vip&channel=us&event_types=call.ended")), (QStringList{c}));
        QCOMPARE(listed(QStringLiteral("tag=vi")), QStringList()); // a whole tag, not a part of one
        QUrlQuery time;
        time.addQueryItem(QStringLiteral("before"), between.toString(Qt::ISODateWithMs));
        QCOMPARE(listed(time.toString(QUrl::FullyEncoded)), (QStringList{a, b}));
        QUrlQuery since;
        since.addQueryItem(QStringLiteral("after"), between.toString(Qt::ISODateWithMs));
        QCOMPARE(listed(since.toString(QUrl::FullyEncoded)), (QStringList{c, d}));
        // Pages still walk a filtered list.
        const auto first = m_api->get(u"/api/v1/app/" + m_app + u"/msg?event_types=call.ended,agent.error&limit=2");
        QCOMPARE(idsOf(dataOf(first)), (QStringList{b, c}));
        QCOMPARE(first.json.value(QLatin1StringView("done")).toBool(), false);
        QCOMPARE(listed(u"event_types=call.ended,agent.error&limit=2&iterator=" + first.json.value(QLatin1StringView("iterator")).toString()),
                 QStringList{d});

        // with_content=false (what the 2.x SDK asks by default): no payload.
        const QJsonArray bare = dataOf(m_api->get(u"/api/v1/app/" + m_app + u"/msg?with_content=false&tag=trial"));
        QCOMPARE(bare.size(), 1);
        QCOMPARE(bare.first().toObject().value(QLatin1StringView("payload")).toObject(), QJsonObject());
        QCOMPARE(bare.first().toObject().value(QLatin1StringView("tags")).toArray(), (QJsonArray{QStringLiteral("vip"), QStringLiteral("trial")}));
        QCOMPARE(dataOf(m_api->get(u"/api/v1/app/" + m_app + u"/msg?tag=trial")).first().toObject()
                     .value(QLatin1StringView("payload")).toObject().value(QLatin1StringView("call_id")).toString(),
                 QStringLiteral("c2"));

        // Bad values are named, all at once.
        const auto bad = m_api->get(u"/api/v1/app/" + m_app + u"/msg?before=yesterday&with_content=maybe");
        QCOMPARE(bad.status, 422);
        QStringList named;
        for (const QJsonValue &e : bad.json.value(QLatin1StringView("detail")).toArray())
            named.append(e.toObject().value(QLatin1StringView("loc")).toArray().last().toString());
        QCOMPARE(named, (QStringList{QStringLiteral("before"), QStringLiteral("with_content")}));
    }

    void attemptListFiltersAndMessages()
    {
        const QString tagged = send(QStringLiteral("call.ended"), {QStringLiteral("apac")}, {QStringLiteral("escalated")}, QStringLiteral("c9"));
        const QString attempts = u"/api/v1/app/" + m_app + u"/attempt/endpoint/" + m_endpoint;
        QJsonArray list;
        QTRY_VERIFY_WITH_TIMEOUT((list = dataOf(m_api->get(attempts + u"?tag=escalated"))).size() == 1, 10'000);
        QCOMPARE(list.first().toObject().value(QLatin1StringView("msgId")).toString(), tagged);
        QVERIFY(!list.first().toObject().value(QLatin1StringView("response")).toString().isEmpty());
        QVERIFY(!list.first().toObject().contains(QLatin1StringView("msg")));
        QCOMPARE(dataOf(m_api->get(attempts + u"?channel=apac&event_types=call.ended")).size(), 1);
        QCOMPARE(dataOf(m_api->get(attempts + u"?channel=apac&event_types=call.started")).size(), 0);

        const QJsonObject full = dataOf(m_api->get(attempts + u"?tag=escalated&with_msg=true&with_content=false")).first().toObject();
        QCOMPARE(full.value(QLatin1StringView("response")).toString(), QString());
        QCOMPARE(full.value(QLatin1StringView("msg")).toObject().value(QLatin1StringView("id")).toString(), tagged);
        QCOMPARE(full.value(QLatin1StringView("msg")).toObject().value(QLatin1StringView("payload")).toObject()
                     .value(QLatin1StringView("call_id")).toString(), QStringLiteral("c9"));
        QCOMPARE(m_api->get(attempts + u"?with_msg=yes").status, 422);
    }

    // "We never got call.ended for call X": every message knows its call, from where the
    // tenant's payloads keep it, and the call's messages and attempts are one query away.
    void messagesKnowTheirCall()
    {
        const QString top = send(QStringLiteral("call.started"), {}, {}, QStringLiteral("call_77"));
        const QString nested = idOf(m_api->post(u"/api/v1/app/" + m_app + u"/msg",
                                                {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                 {QStringLiteral("payload"), QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("call_77")}}}}}}));
        const QString given = idOf(m_api->post(u"/api/v1/app/" + m_app + u"/msg",
                                               {{QStringLiteral("eventType"), QStringLiteral("agent.error")},
                                                {QStringLiteral("correlationKey"), QStringLiteral("call_77")},
                                                {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("other")}}}}));
        const QString none = idOf(m_api->post(u"/api/v1/app/" + m_app + u"/msg",
                                              {{QStringLiteral("eventType"), QStringLiteral("agent.error")}, {QStringLiteral("payload"), QJsonObject()}}));
        QCOMPARE(m_api->get(u"/api/v1/app/" + m_app + u"/msg/" + nested).json.value(QLatin1StringView("correlationKey")).toString(),
                 QStringLiteral("call_77"));
        QVERIFY(!m_api->get(u"/api/v1/app/" + m_app + u"/msg/" + none).json.contains(QLatin1StringView("correlationKey")));
        QCOMPARE(listed(QStringLiteral("correlation_key=call_77")), (QStringList{top, nested, given}));
        QCOMPARE(listed(QStringLiteral("correlation_key=call_77&event_types=call.ended")), QStringList{nested});
        const QString attempts = u"/api/v1/app/" + m_app + u"/attempt/endpoint/" + m_endpoint + u"?correlation_key=call_77";
        QTRY_COMPARE_WITH_TIMEOUT(dataOf(m_api->get(attempts)).size(), 3, 10'000);

        // A tenant whose payloads keep it elsewhere says where; nonsense is refused by name.
        const auto custom = m_api->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Twilio shaped")},
                                                                       {QStringLiteral("correlationKeyPointers"), QJsonArray{QStringLiteral("/CallSid")}}});
        QCOMPARE(custom.status, 201);
        QCOMPARE(custom.json.value(QLatin1StringView("correlationKeyPointers")).toArray(), QJsonArray{QStringLiteral("/CallSid")});
        const QString sid = idOf(m_api->post(u"/api/v1/app/" + idOf(custom) + u"/msg",
                                             {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                              {QStringLiteral("payload"), QJsonObject{{QStringLiteral("CallSid"), QStringLiteral("CA42")},
                                                                                      {QStringLiteral("call_id"), QStringLiteral("ignored")}}}}));
        QCOMPARE(m_api->get(u"/api/v1/app/" + idOf(custom) + u"/msg/" + sid).json.value(QLatin1StringView("correlationKey")).toString(),
                 QStringLiteral("CA42"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/app/") + m_app).json.value(QLatin1StringView("correlationKeyPointers")).toArray(),
                 (QJsonArray{QStringLiteral("/call_id"), QStringLiteral("/data/call_id")}));
        const auto bad = m_api->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Bad")},
                                                                    {QStringLiteral("correlationKeyPointers"), QJsonArray{QStringLiteral("call_id")}}});
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.body.contains("correlationKeyPointers"));
    }

    // "Send the follow-up survey an hour after the call": held until deliverAt, shown as
    // scheduled meanwhile, kept across a restart, and sent then.
    void deliverAtHoldsTheMessage()
    {
        m_receiver.clear();
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(3);
        const auto created = m_api->post(u"/api/v1/app/" + m_app + u"/msg",
                                         {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                          {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("later")}}},
                                          {QStringLiteral("deliverAt"), at.toString(Qt::ISODateWithMs)}});
        QCOMPARE(created.status, 202);
        const QString msg = idOf(created);
        QCOMPARE(parseIso(created.json.value(QLatin1StringView("deliverAt")).toString()), at);
        QCOMPARE(parseIso(m_api->get(u"/api/v1/app/" + m_app + u"/msg/" + msg).json.value(QLatin1StringView("deliverAt")).toString()), at);
        const QJsonObject delivery = dataOf(m_api->get(u"/api/v1/app/" + m_app + u"/msg/" + msg + u"/endpoint")).first().toObject();
        QCOMPARE(delivery.value(QLatin1StringView("status")).toInt(), 1); // pending
        QCOMPARE(parseIso(delivery.value(QLatin1StringView("nextAttempt")).toString()), at);

        // A restart while it waits keeps it waiting.
        QCOMPARE(m_engine->terminate(), 0);
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        m_api = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().received, 1, 15'000);
        const auto received = m_receiver.deliveries().constFirst();
        QCOMPARE(received.webhookId, msg);
        QVERIFY2(received.receivedAt >= at, qPrintable(received.receivedAt.toString(Qt::ISODateWithMs)));

        // Expunged while it waits: it is never sent; at its time the delivery is recorded as
        // failed (the producer took it back), not delivered with an empty body.
        const QString cancelled = idOf(m_api->post(u"/api/v1/app/" + m_app + u"/msg",
                                                   {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                    {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("never")}}},
                                                    {QStringLiteral("deliverAt"), QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODateWithMs)}}));
        QCOMPARE(m_api->remove(u"/api/v1/app/" + m_app + u"/msg/" + cancelled + u"/content").status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(dataOf(m_api->get(u"/api/v1/app/" + m_app + u"/msg/" + cancelled + u"/endpoint")).first().toObject()
                                      .value(QLatin1StringView("status")).toInt(), 2, 15'000);
        QCOMPARE(m_receiver.stats().received, 1); // only the first one

        const auto tooFar = m_api->post(u"/api/v1/app/" + m_app + u"/msg",
                                        {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                         {QStringLiteral("payload"), QJsonObject()},
                                         {QStringLiteral("deliverAt"), QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate)}});
        QCOMPARE(tooFar.status, 422);
        QCOMPARE(m_api->post(u"/api/v1/app/" + m_app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                                 {QStringLiteral("payload"), QJsonObject()},
                                                                 {QStringLiteral("deliverAt"), QStringLiteral("soon")}})
                     .status, 422);
    }

private:
    static QDateTime parseIso(const QString &text) { return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(); }
};

QTEST_GUILESS_MAIN(TestEngineMessages)
#include "tst_enginemessages.moc"
