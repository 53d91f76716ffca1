// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic simulator against a real switchboardd and real receivers on loopback: its setup
// is idempotent, what it sends follows the event catalogue, every call's events reach the
// engine in lifecycle order, and the receivers get exactly what their filters subscribe to.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "core/eventcatalogue.h"
#include "core/timeformat.h"
#include "tools/receiver/receiver.h"
#include "tools/sim/customerprofile.h"
#include "tools/sim/endpointplan.h"
#include "tools/sim/scenarioplanner.h"
#include "tools/sim/simoptions.h"
#include "tools/sim/simulator.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using sb::EventCatalogue;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::tools::Receiver;
using sb::tools::ReceiverTarget;
using sb::tools::SimOptions;
using sb::tools::Simulator;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

// Where the payload's shape differs from its catalogue sample: keys missing or added, at
// any depth. Free-form values (a tool's arguments and result, extracted slots, counts by
// end reason) may hold anything.
QString shapeDifference(const QJsonObject &sample, const QJsonObject &actual, const QString &path)
{
    static const QSet<QString> freeForm{QStringLiteral("arguments"), QStringLiteral("result"),
                                        QStringLiteral("slots"), QStringLiteral("end_reasons")};
    if (sample.keys() != actual.keys()) {
        return path + u": keys " + actual.keys().join(u',') + u" instead of " +
               sample.keys().join(u',');
    }
    for (auto it = sample.constBegin(); it != sample.constEnd(); ++it) {
        if (!it.value().isObject() || freeForm.contains(it.key()))
            continue;
        const QJsonValue value = actual.value(it.key());
        if (value.isNull())
            continue; // an optional object left out, e.g. no fallback model
        if (!value.isObject())
            return path + u'.' + it.key() + u": not an object";
        const QString nested = shapeDifference(it.value().toObject(), value.toObject(),
                                               path + u'.' + it.key());
        if (!nested.isEmpty())
            return nested;
    }
    return {};
}

struct Message
{
    QString appUid;
    QString id;
    QString type;
    QJsonObject payload;
};

// Every message of an application, in the engine's order (by message id).
QList<Message> messagesOf(ApiClient &api, const QString &appUid)
{
    QList<Message> out;
    QString iterator;
    for (;;) {
        QString path = u"/api/v1/app/" + appUid + u"/msg?limit=250";
        if (!iterator.isEmpty())
            path.append(u"&iterator=" + iterator);
        const auto page = api.get(path);
        if (page.status != 200)
            return out;
        for (const QJsonValue &v : page.json.value(QLatin1StringView("data")).toArray()) {
            const QJsonObject m = v.toObject();
            out.append({appUid, str(m, "id"), str(m, "eventType"),
                        m.value(QLatin1StringView("payload")).toObject()});
        }
        if (page.json.value(QLatin1StringView("done")).toBool())
            return out;
        iterator = page.json.value(QLatin1StringView("iterator")).toString();
    }
}

QStringList endpointIds(ApiClient &api, const QString &appUid)
{
    QStringList ids;
    const auto page = api.get(u"/api/v1/app/" + appUid + u"/endpoint?limit=250");
    for (const QJsonValue &v : page.json.value(QLatin1StringView("data")).toArray())
        ids.append(str(v.toObject(), "id"));
    ids.sort();
    return ids;
}

QStringList appIds(ApiClient &api)
{
    QStringList ids;
    for (const QJsonValue &v : api.get(QStringLiteral("/api/v1/app?limit=250")).json.value(QLatin1StringView("data")).toArray())
        ids.append(str(v.toObject(), "id"));
    ids.sort();
    return ids;
}

SimOptions optionsFor(const EngineProcess &engine, const QList<ReceiverTarget> &receivers)
{
    SimOptions options;
    options.engine = QUrl(engine.baseUrl());
    options.token = EngineProcess::Token;
    options.receivers = receivers;
    options.rate = 400;
    options.count = 150;
    options.seed = 42;
    return options;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void optionsRefuseBadValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("rate zero") << QStringList{QStringLiteral("--rate"), QStringLiteral("0")} << QStringLiteral("--rate:");
        QTest::newRow("rate text") << QStringList{QStringLiteral("--rate"), QStringLiteral("fast")} << QStringLiteral("--rate:");
        QTest::newRow("count zero") << QStringList{QStringLiteral("--count"), QStringLiteral("0")} << QStringLiteral("--count:");
        QTest::newRow("duration") << QStringList{QStringLiteral("--duration"), QStringLiteral("soon")} << QStringLiteral("--duration:");
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")} << QStringLiteral("--seed:");
        QTest::newRow("engine") << QStringList{QStringLiteral("--engine"), QStringLiteral("ftp://x")} << QStringLiteral("--engine:");
        QTest::newRow("endpoint without name") << QStringList{QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:1")} << QStringLiteral("NAME=URL");
        QTest::newRow("endpoint bad url") << QStringList{QStringLiteral("--endpoint"), QStringLiteral("down=nowhere")} << QStringLiteral("--endpoint down:");
        QTest::newRow("endpoint twice") << QStringList{QStringLiteral("--endpoint"), QStringLiteral("a=http://127.0.0.1:1"),
                                                       QStringLiteral("--endpoint"), QStringLiteral("a=http://127.0.0.1:2")} << QStringLiteral("twice");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
    }

    void optionsRefuseBadValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        SimOptions options;
        QString output;
        const auto outcome = SimOptions::parse(QStringList{QStringLiteral("switchboard-sim")} + arguments,
                                               QStringLiteral("token"), options, output);
        QCOMPARE(outcome, SimOptions::Outcome::ExitFailure);
        QVERIFY2(output.contains(error), qPrintable(output));
    }

    void optionsReadTheEnvironmentAndDurations()
    {
        SimOptions options;
        QString output;
        QCOMPARE(SimOptions::parse({QStringLiteral("switchboard-sim")}, QString(), options, output),
                 SimOptions::Outcome::ExitFailure);
        QVERIFY(output.contains(u"SWITCHBOARD_TOKEN"));
        QCOMPARE(SimOptions::parse({QStringLiteral("switchboard-sim"), QStringLiteral("--endpoint"),
                                    QStringLiteral("slow=http://127.0.0.1:9001/hooks"), QStringLiteral("--duration"),
                                    QStringLiteral("2m"), QStringLiteral("--seed"), QStringLiteral("7")},
                                   QStringLiteral("from-env"), options, output),
                 SimOptions::Outcome::Run);
        QCOMPARE(options.token, QByteArray("from-env"));
        QCOMPARE(options.durationMs, 120'000);
        QCOMPARE(options.seed, 7u);
        QCOMPARE(options.receivers.size(), 1);
        QCOMPARE(options.receivers.first().name, QStringLiteral("slow"));
        QCOMPARE(SimOptions::parseDurationMs(u"1500ms"), std::optional<qint64>(1500));
        QCOMPARE(SimOptions::parseDurationMs(u"30"), std::optional<qint64>(30'000));
        QCOMPARE(SimOptions::parseDurationMs(u"0s"), std::nullopt);
    }

    void plannedEventsFollowTheCatalogue()
    {
        const EventCatalogue &catalogue = EventCatalogue::builtIn();
        sb::tools::ScenarioPlanner planner(7), again(7), other(8);
        QSet<QString> typesSeen, endReasons;
        QStringList first, replay, different;
        for (int i = 0; i < 300; ++i) {
            const sb::tools::Session session = planner.next();
            for (const sb::tools::PlannedEvent &event : session.events) {
                const sb::EventType *type = catalogue.find(event.type);
                QVERIFY2(type, qPrintable(event.type));
                const QJsonObject sample = type->sample.value(QLatin1StringView("data")).toObject();
                const QString difference = shapeDifference(sample, event.data, event.type);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
                QVERIFY(event.id.startsWith(u"evt_"));
                typesSeen.insert(event.type);
                if (event.type == u"call.ended")
                    endReasons.insert(str(event.data, "end_reason"));
                first.append(event.type);
            }
            for (const auto &event : again.next().events)
                replay.append(event.type);
            for (const auto &event : other.next().events)
                different.append(event.type);
        }
        QCOMPARE(replay, first); // the same seed plans the same traffic
        QVERIFY(different != first);
        // Over 300 calls and campaigns every event of the catalogue shows up, and every end
        // reason the platforms document.
        QCOMPARE(typesSeen.size(), catalogue.events().size());
        const QSet<QString> documented{QStringLiteral("normal_disconnect"), QStringLiteral("no_answer"),
                                       QStringLiteral("ai_provider_error"), QStringLiteral("network_error"),
                                       QStringLiteral("unknown")};
        QVERIFY2(endReasons.contains(documented), qPrintable(QStringList(endReasons.begin(), endReasons.end()).join(u',')));
    }

    void trafficReachesEngineAndReceiversInOrder()
    {
        Receiver healthy, slow;
        QVERIFY(healthy.listen() && slow.listen());
        sb::tools::ReceiverBehaviour slowBehaviour;
        slowBehaviour.latencyMs = 40;
        slow.setBehaviour(slowBehaviour);
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QList<ReceiverTarget> receivers{{QStringLiteral("healthy"), QUrl(healthy.url())},
                                              {QStringLiteral("slow"), QUrl(slow.url() + u"/hooks")}};

        const QDateTime startedAt = QDateTime::currentDateTimeUtc();
        Simulator sim(optionsFor(engine, receivers));
        QHash<QString, QJsonObject> accepted; // msg id -> posted body
        connect(&sim, &Simulator::eventAccepted, this,
                [&accepted](const QString &, const QString &id, const QJsonObject &m) { accepted.insert(id, m); });
        QSignalSpy finished(&sim, &Simulator::finished);
        sim.start();
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.first().at(0).toInt(), Simulator::ExitOk);
        QCOMPARE(sim.setup().created(), 3 + 3 * 2);
        const auto &stats = sim.traffic()->stats();
        QVERIFY2(stats.sent >= 150, qPrintable(sim.progressLine()));
        QCOMPARE(stats.accepted, stats.sent);
        QCOMPARE(stats.failed, 0);
        QCOMPARE(accepted.size(), stats.accepted);

        // Setup again, as a second run of the sim would: nothing new appears.
        const QStringList apps = appIds(api);
        QCOMPARE(apps.size(), 3);
        QHash<QString, QStringList> endpoints;
        for (const auto &customer : sb::tools::CustomerProfile::all())
            endpoints.insert(customer.uid, endpointIds(api, customer.uid));
        SimOptions setupOnly = optionsFor(engine, receivers);
        setupOnly.setupOnly = true;
        Simulator second(setupOnly);
        QSignalSpy secondFinished(&second, &Simulator::finished);
        second.start();
        QVERIFY(secondFinished.wait(30'000));
        QCOMPARE(secondFinished.first().at(0).toInt(), Simulator::ExitOk);
        QCOMPARE(second.setup().created(), 0);
        QCOMPARE(second.setup().updated(), 3 + 3 * 2);
        QCOMPARE(appIds(api), apps);
        for (auto it = endpoints.constBegin(); it != endpoints.constEnd(); ++it) {
            QCOMPARE(endpointIds(api, it.key()), it.value());
            QCOMPARE(it.value().size(), 2);
        }

        // What the engine stored, in its order.
        const EventCatalogue &catalogue = EventCatalogue::builtIn();
        QHash<QString, QSet<QString>> expected; // receiver name -> msg ids
        QHash<QString, QList<Message>> calls;   // call id -> its events in engine order
        qint64 stored = 0;
        const auto &customers = sb::tools::CustomerProfile::all();
        for (qsizetype app = 0; app < customers.size(); ++app) {
            const QList<Message> messages = messagesOf(api, customers.at(app).uid);
            stored += messages.size();
            for (const Message &m : messages) {
                QVERIFY2(accepted.contains(m.id), qPrintable(m.id));
                const sb::EventType *type = catalogue.find(m.type);
                QVERIFY2(type, qPrintable(m.type));
                QCOMPARE(str(m.payload, "type"), m.type);
                QCOMPARE(str(m.payload, "id"), str(accepted.value(m.id), "eventId"));
                const auto at = sb::parseIsoUtc(str(m.payload, "timestamp"));
                QVERIFY(at && *at >= startedAt.addSecs(-1) && *at <= QDateTime::currentDateTimeUtc());
                const QString difference = shapeDifference(type->sample.value(QLatin1StringView("data")).toObject(),
                                                           m.payload.value(QLatin1StringView("data")).toObject(), m.type);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
                const QString callId = str(m.payload.value(QLatin1StringView("data")).toObject(), "call_id");
                if (!callId.isEmpty())
                    calls[callId].append(m);
                for (qsizetype r = 0; r < receivers.size(); ++r) {
                    const auto filter = sb::tools::EndpointPlan::filterFor(app, r);
                    if (!filter || filter->contains(m.type))
                        expected[receivers.at(r).name].insert(m.id);
                }
            }
        }
        QCOMPARE(stored, stats.accepted);

        // Every call tells one consistent story.
        static const QSet<QString> terminal{QStringLiteral("call.ended"), QStringLiteral("call.failed"), QStringLiteral("call.busy")};
        static const QSet<QString> live{QStringLiteral("call.queued"), QStringLiteral("call.initiated"), QStringLiteral("call.ringing"),
                                        QStringLiteral("call.answered"), QStringLiteral("call.started"), QStringLiteral("agent.connected"),
                                        QStringLiteral("agent.response"), QStringLiteral("agent.function_called")};
        QSet<QString> endReasons;
        int completeCalls = 0;
        for (auto it = calls.constBegin(); it != calls.constEnd(); ++it) {
            const QList<Message> &events = it.value();
            const QJsonObject firstData = events.first().payload.value(QLatin1StringView("data")).toObject();
            QCOMPARE(events.first().type, QStringLiteral("workflow.started"));
            qsizetype started = -1, ended = -1, terminals = 0;
            for (qsizetype i = 0; i < events.size(); ++i) {
                const Message &m = events.at(i);
                const QJsonObject data = m.payload.value(QLatin1StringView("data")).toObject();
                QCOMPARE(m.appUid, events.first().appUid);
                QCOMPARE(str(data, "workflow_run_id"), str(firstData, "workflow_run_id"));
                if (m.type == u"call.started")
                    started = i;
                if (m.type == u"call.ended") {
                    ended = i;
                    endReasons.insert(str(data, "end_reason"));
                }
                if (terminal.contains(m.type))
                    ++terminals;
                else if (terminals > 0)
                    QVERIFY2(!live.contains(m.type), qPrintable(it.key() + u": " + m.type + u" after the call ended"));
            }
            if (started >= 0 && ended >= 0)
                QVERIFY2(started < ended, qPrintable(it.key()));
            // The count may cut nothing short: every call that started also ended.
            QCOMPARE(terminals, 1);
            ++completeCalls;
        }
        QVERIFY(completeCalls >= 5);
        QVERIFY(!endReasons.isEmpty());

        // Each receiver gets exactly the events its endpoints subscribe to, at its URL's path.
        QTRY_COMPARE_WITH_TIMEOUT(healthy.stats().received, expected.value(QStringLiteral("healthy")).size(), 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(slow.stats().received, expected.value(QStringLiteral("slow")).size(), 60'000);
        for (const auto &[receiver, name, prefix] : {std::tuple{&healthy, "healthy", "/"}, std::tuple{&slow, "slow", "/hooks/"}}) {
            QSet<QString> got;
            for (const auto &d : receiver->deliveries()) {
                got.insert(d.webhookId);
                QVERIFY2(d.path.startsWith(prefix), d.path.constData());
                const QString appUid = QString::fromUtf8(d.path.mid(qstrlen(prefix)));
                QVERIFY2(endpoints.contains(appUid), qPrintable(appUid));
            }
            QCOMPARE(got, expected.value(QLatin1StringView(name)));
        }
    }

    void reportsAnUnreachableEngineAndABadToken()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close(); // nothing listens there now

        SimOptions options;
        options.engine = QUrl(u"http://127.0.0.1:" + QString::number(closedPort));
        options.token = "whatever";
        Simulator unreachable(options);
        QSignalSpy failed(&unreachable, &Simulator::finished);
        unreachable.start();
        QVERIFY(failed.wait(20'000));
        QCOMPARE(failed.first().at(0).toInt(), Simulator::ExitFailed);
        QVERIFY2(failed.first().at(1).toString().contains(u"cannot reach the engine"),
                 qPrintable(failed.first().at(1).toString()));

        EngineProcess engine;
        QVERIFY(engine.start());
        options.engine = QUrl(engine.baseUrl());
        Simulator refused(options);
        QSignalSpy denied(&refused, &Simulator::finished);
        refused.start();
        QVERIFY(denied.wait(20'000));
        QCOMPARE(denied.first().at(0).toInt(), Simulator::ExitFailed);
        QVERIFY2(denied.first().at(1).toString().contains(u"refused the token (401)"),
                 qPrintable(denied.first().at(1).toString()));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        QCOMPARE(appIds(api).size(), 0); // nothing was created
    }

    void executableExitCodes()
    {
        QProcess bad;
        bad.setProcessEnvironment(QProcessEnvironment());
        bad.start(QStringLiteral(SIM_EXE), {QStringLiteral("--rate"), QStringLiteral("-3")});
        QVERIFY(bad.waitForFinished(20'000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("switchboard-sim: --rate:"));

        QProcess noToken;
        noToken.setProcessEnvironment(QProcessEnvironment());
        noToken.start(QStringLiteral(SIM_EXE), QStringList());
        QVERIFY(noToken.waitForFinished(20'000));
        QCOMPARE(noToken.exitCode(), 2);
        QVERIFY(noToken.readAllStandardError().contains("SWITCHBOARD_TOKEN"));

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString url = u"http://127.0.0.1:" + QString::number(probe.serverPort());
        probe.close();
        QProcess unreachable;
        QProcessEnvironment env;
        env.insert(QStringLiteral("SWITCHBOARD_TOKEN"), QStringLiteral("t"));
        unreachable.setProcessEnvironment(env);
        unreachable.start(QStringLiteral(SIM_EXE), {QStringLiteral("--engine"), url});
        QVERIFY(unreachable.waitForFinished(20'000));
        QCOMPARE(unreachable.exitCode(), 1);
        QVERIFY(unreachable.readAllStandardError().contains("cannot reach the engine"));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
