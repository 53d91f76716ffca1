// SPDX-License-Identifier: GPL-3.0-or-later
// Per-key ordering, end to end: a real engine, a receiver that fails at random, and calls
// whose events must reach it in the order they were accepted, through retries, dead letters,
// a restart and a SIGKILL.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cstdio>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

namespace {

QJsonArray quickRetries(int count)
{
    QJsonArray schedule;
    for (int i = 0; i < count; ++i)
        schedule.append(0.05);
    return schedule;
}

struct Seen
{
    QString call;
    int n = -1;
    int status = 0;
};

// What the receiver got, in the order it got it.
QList<Seen> seen(const Receiver &receiver)
{
    QList<Seen> out;
    for (const auto &d : receiver.deliveries()) {
        const QJsonObject o = QJsonDocument::fromJson(d.body).object();
        out.append({o.value(QLatin1StringView("call_id")).toString(), o.value(QLatin1StringView("n")).toInt(-1), d.status});
    }
    return out;
}

// Per call: the event numbers delivered successfully, in the order they arrived.
QHash<QString, QList<int>> delivered(const Receiver &receiver)
{
    QHash<QString, QList<int>> out;
    for (const Seen &s : seen(receiver)) {
        if (s.status >= 200 && s.status < 300)
            out[s.call].append(s.n);
    }
    return out;
}

} // namespace

class TestEngineOrdering : public QObject
{
    Q_OBJECT

    static QString createApp(ApiClient &api)
    {
        return api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Ordering")}})
            .json.value(QLatin1StringView("id")).toString();
    }
    static QString createEndpoint(ApiClient &api, const QString &app, const Receiver &receiver, const QString &onDeadLetter,
                                  int retries)
    {
        return api.post(u"/api/v1/app/" + app + u"/endpoint",
                        {{QStringLiteral("url"), receiver.url()},
                         {QStringLiteral("ordering"), QStringLiteral("per-key")},
                         {QStringLiteral("orderingOnDeadLetter"), onDeadLetter},
                         {QStringLiteral("maxConcurrency"), 64},
                         {QStringLiteral("retrySchedule"), quickRetries(retries)}})
            .json.value(QLatin1StringView("id")).toString();
    }
    static QString post(ApiClient &api, const QString &app, const QString &call, int n)
    {
        const auto reply = api.post(u"/api/v1/app/" + app + u"/msg",
                                    {{QStringLiteral("eventType"), QStringLiteral("call.progress")},
                                     {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), call}, {QStringLiteral("n"), n}}}});
        return reply.status == 202 ? reply.json.value(QLatin1StringView("id")).toString() : QString();
    }
    static QJsonArray blocked(ApiClient &api, const QString &app, const QString &ep)
    {
        return api.get(u"/api/v1/app/" + app + u"/endpoint/" + ep + u"/ordering/blocked").json.value(QLatin1StringView("data")).toArray();
    }

private slots:
    void aCallsEventsArriveInOrderThroughRandomFailures()
    {
        constexpr int Calls = 500, EventsPerCall = 6;
        Receiver receiver;
        QVERIFY(receiver.listen());
        ReceiverBehaviour flaky;
        flaky.failPercent = 30;
        flaky.seed = 1907;
        receiver.setBehaviour(flaky);
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api);
        QVERIFY(!createEndpoint(api, app, receiver, QStringLiteral("skip"), 15).isEmpty());

        // A call's events back to back, as a voice platform emits them: each accepted while the
        // one before is still being delivered, or retried.
        for (int c = 0; c < Calls; ++c) {
            for (int n = 0; n < EventsPerCall; ++n)
                QVERIFY(!post(api, app, QStringLiteral("call-%1").arg(c), n).isEmpty());
        }
        QTRY_VERIFY_WITH_TIMEOUT(delivered(receiver).size() == Calls && [&] {
            for (const QList<int> &events : delivered(receiver)) {
                if (events.size() < EventsPerCall)
                    return false;
            }
            return true;
        }(), 120'000);

        // Every request for event n+1 came after event n was answered with a success: the
        // receiver's whole log, failures included, goes up call by call and never back.
        QHash<QString, int> last;
        int failures = 0;
        for (const Seen &s : seen(receiver)) {
            failures += s.status >= 300;
            QVERIFY2(s.n >= last.value(s.call, 0), qPrintable(QStringLiteral("%1: event %2 after %3").arg(s.call).arg(s.n).arg(last.value(s.call))));
            last[s.call] = s.n;
        }
        const auto calls = delivered(receiver);
        for (const QList<int> &events : calls)
            QCOMPARE(events, (QList<int>{0, 1, 2, 3, 4, 5}));
        QVERIFY(failures > Calls * EventsPerCall / 5); // the receiver did fail about 30 %
        std::printf("ordering: %d calls x %d events, %d failed tries retried in order\n", Calls, EventsPerCall, failures);
        std::fflush(stdout);
    }

    void aDeadLetterHoldsOnlyItsOwnCallUntilDeliveredByHand()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        ReceiverBehaviour down;
        down.status = 500;
        receiver.setBehaviour(down);
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api);
        const QString ep = createEndpoint(api, app, receiver, QStringLiteral("block"), 2);
        QVERIFY(!ep.isEmpty());

        // call-x's first event dies while the receiver is down.
        const QString x0 = post(api, app, QStringLiteral("call-x"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(blocked(api, app, ep).size(), 1, 20'000);
        const QJsonObject block = blocked(api, app, ep).first().toObject();
        QCOMPARE(block.value(QLatin1StringView("key")).toString(), QStringLiteral("call-x"));
        QCOMPARE(block.value(QLatin1StringView("msgId")).toString(), x0);

        // Back up: another call goes through, call-x's later events wait behind its dead letter.
        receiver.setBehaviour(ReceiverBehaviour());
        const QString x1 = post(api, app, QStringLiteral("call-x"), 1);
        post(api, app, QStringLiteral("call-y"), 0);
        post(api, app, QStringLiteral("call-y"), 1);
        QTRY_COMPARE_WITH_TIMEOUT(delivered(receiver).value(QStringLiteral("call-y")), (QList<int>{0, 1}), 20'000);
        QVERIFY(delivered(receiver).value(QStringLiteral("call-x")).isEmpty());
        const auto attempts = api.get(u"/api/v1/app/" + app + u"/attempt/msg/" + x1);
        QCOMPARE(attempts.status, 200);
        QCOMPARE(attempts.json.value(QLatin1StringView("data")).toArray().size(), 0); // not even tried

        // Held across a restart, for events accepted after it too.
        QCOMPARE(engine.terminate(), 0);
        QVERIFY2(engine.start(&error), qPrintable(error));
        api.setBaseUrl(engine.baseUrl());
        QCOMPARE(blocked(api, app, ep).size(), 1);
        post(api, app, QStringLiteral("call-x"), 2);
        post(api, app, QStringLiteral("call-y"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(delivered(receiver).value(QStringLiteral("call-y")), (QList<int>{0, 1, 2}), 20'000);
        QVERIFY(delivered(receiver).value(QStringLiteral("call-x")).isEmpty());

        // Support sends the dead letter again by hand: the call goes on, in order.
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg/" + x0 + u"/endpoint/" + ep + u"/resend", {}).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(delivered(receiver).value(QStringLiteral("call-x")), (QList<int>{0, 1, 2}), 20'000);
        QTRY_COMPARE(blocked(api, app, ep).size(), 0);
    }

    void aSkippingEndpointLetsTheCallGoOnPastItsDeadLetter()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        ReceiverBehaviour down;
        down.status = 500;
        receiver.setBehaviour(down);
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api);
        const QString ep = createEndpoint(api, app, receiver, QStringLiteral("skip"), 2); // two tries each
        QVERIFY(!post(api, app, QStringLiteral("call-x"), 0).isEmpty());
        QVERIFY(!post(api, app, QStringLiteral("call-x"), 1).isEmpty());
        // Both die in order: the second is tried only after the first was given up on.
        QTRY_COMPARE_WITH_TIMEOUT(seen(receiver).size(), 4, 20'000);
        QList<int> order;
        for (const Seen &s : seen(receiver))
            order.append(s.n);
        QCOMPARE(order, (QList<int>{0, 0, 1, 1}));
        receiver.setBehaviour(ReceiverBehaviour());
        post(api, app, QStringLiteral("call-x"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(delivered(receiver).value(QStringLiteral("call-x")), (QList<int>{2}), 20'000);
        QCOMPARE(blocked(api, app, ep).size(), 0);
    }

    void aKillMidRunKeepsEveryCallInOrder()
    {
        constexpr int Calls = 200, EventsPerCall = 6;
        Receiver receiver;
        QVERIFY(receiver.listen());
        ReceiverBehaviour flaky;
        flaky.failPercent = 30;
        flaky.seed = 77;
        flaky.latencyMs = 5;
        receiver.setBehaviour(flaky);
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api);
        QVERIFY(!createEndpoint(api, app, receiver, QStringLiteral("skip"), 15).isEmpty());
        for (int c = 0; c < Calls; ++c) {
            for (int n = 0; n < EventsPerCall; ++n)
                QVERIFY(!post(api, app, QStringLiteral("call-%1").arg(c), n).isEmpty());
        }
        // Killed with deliveries in flight and most calls half way.
        QTRY_VERIFY_WITH_TIMEOUT(receiver.stats().received >= Calls * EventsPerCall / 3, 60'000);
        engine.kill();
        QVERIFY2(engine.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const auto calls = delivered(receiver);
            if (calls.size() < Calls)
                return false;
            for (const QList<int> &events : calls) {
                if (QSet<int>(events.begin(), events.end()).size() < EventsPerCall)
                    return false;
            }
            return true;
        }(), 120'000);
        // An attempt in flight at the kill may go again after the restart (at least once), but
        // never after a later event of its call.
        QHash<QString, int> last;
        for (const Seen &s : seen(receiver)) {
            QVERIFY2(s.n >= last.value(s.call, 0), qPrintable(QStringLiteral("%1: event %2 after %3").arg(s.call).arg(s.n).arg(last.value(s.call))));
            last[s.call] = s.n;
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineOrdering)
#include "tst_engineordering.moc"
