// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eventcatalogue.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using sb::EventCatalogue;

class TestEventCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void loadsBuiltIn()
    {
        const EventCatalogue &c = EventCatalogue::builtIn();
        QVERIFY(c.events().size() >= 25);
        QVERIFY(c.groups().size() >= 5);
    }

    void everyEntryIsComplete()
    {
        const EventCatalogue &c = EventCatalogue::builtIn();
        QSet<QString> groups;
        for (const sb::EventGroup &g : c.groups())
            groups.insert(g.name);
        QSet<QString> names;
        for (const sb::EventType &t : c.events()) {
            QVERIFY2(!names.contains(t.name), qPrintable(t.name));
            names.insert(t.name);
            QVERIFY2(t.name.contains(u'.'), qPrintable(t.name));
            QVERIFY2(groups.contains(t.groupName), qPrintable(t.name));
            QVERIFY2(!t.description.isEmpty() && t.description.size() <= 120, qPrintable(t.name));
            QVERIFY2(!t.sample.isEmpty(), qPrintable(t.name));
            QCOMPARE(t.sample.value(QLatin1StringView("type")).toString(), t.name);
            // Samples are sent as message payloads: they must survive a JSON round trip.
            const QByteArray text = QJsonDocument(t.sample).toJson(QJsonDocument::Compact);
            QCOMPARE(QJsonDocument::fromJson(text).object(), t.sample);
            // Each entry is also a valid event type for the API.
            QVERIFY2(sb::EventType::fromJson(t.toJson()).ok(), qPrintable(t.name));
        }
    }

    void namesThePlatformEvents_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"call.started", "call.ended", "call.failed", "call.transferred", "call.queued",
                              "call.ringing", "call.answered", "call.busy", "call.no_answer",
                              "agent.connected", "agent.disconnected", "agent.response",
                              "agent.function_called", "agent.error", "workflow.started",
                              "workflow.node_executed", "workflow.completed", "workflow.error",
                              "campaign.started", "campaign.call_completed", "campaign.completed",
                              "transcript.ready", "recording.ready", "quality.score_calculated",
                              "billing.cost_calculated", "system.error_occurred"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }

    void namesThePlatformEvents()
    {
        QFETCH(QString, name);
        QVERIFY(EventCatalogue::builtIn().find(name));
    }

    void samplesUseTheDocumentedEndReasons()
    {
        const QByteArray all = [] {
            QByteArray text;
            for (const sb::EventType &t : EventCatalogue::builtIn().events())
                text += QJsonDocument(t.sample).toJson(QJsonDocument::Compact);
            return text;
        }();
        for (const char *reason : {"normal_disconnect", "no_answer", "connection_failed", "network_error",
                                   "ai_provider_error", "carrier_error", "unknown"})
            QVERIFY2(all.contains(QByteArray(QByteArray("\"") + reason + "\"")), reason);
    }

    void groupLookup()
    {
        const auto calls = EventCatalogue::builtIn().eventsInGroup(u"call");
        QVERIFY(calls.size() >= 9);
        for (const auto &t : calls)
            QVERIFY(t.name.startsWith(u"call."));
        QVERIFY(!EventCatalogue::builtIn().find(u"no.such_event"));
    }

    void rejectsBrokenCatalogues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no events") << QByteArray(R"({"groups":[{"name":"call","title":"Calls"}],"events":[]})");
        QTest::newRow("unknown group") << QByteArray(R"({"groups":[],"events":[{"name":"a.b","group":"x","description":"d","sample":{}}]})");
        QTest::newRow("duplicate event") << QByteArray(R"({"groups":[{"name":"a","title":"A"}],"events":[
            {"name":"a.b","group":"a","description":"d","sample":{}},{"name":"a.b","group":"a","description":"d","sample":{}}]})");
        QTest::newRow("sample not an object") << QByteArray(R"({"groups":[{"name":"a","title":"A"}],"events":[{"name":"a.b","group":"a","description":"d","sample":[]}]})");
        QTest::newRow("bad name") << QByteArray(R"({"groups":[{"name":"a","title":"A"}],"events":[{"name":"a b","group":"a","description":"d","sample":{}}]})");
    }

    void rejectsBrokenCatalogues()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!EventCatalogue::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventCatalogue)
#include "tst_eventcatalogue.moc"
