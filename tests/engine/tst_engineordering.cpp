// SPDX-License-Identifier: GPL-3.0-or-later
// Per-key ordering, end to end: a real engine, a receiver that fails at random, and calls
// whose events must reach it in the order they were accepted, through retries, dead letters,
// a restart and a SIGKILL. Several nodes: tst_clusterordering.
#include "orderingcalls.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"
#include "support/streamclient.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <array>
#include <cstdio>
#include <memory>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::testing::StreamClient;
using namespace sb::testing::orderingcalls;

namespace {

// One engine, one receiver behaving as told, and an application whose one endpoint orders
// per key.
struct Run
{
    Receiver receiver;
    EngineProcess engine;
    std::unique_ptr<ApiClient> api;
    QString app;
    QString ep;

    bool start(const ReceiverBehaviour &behaviour, const QString &onDeadLetter, int tries, QString *error)
    {
        if (!receiver.listen() || !engine.start(error))
            return false;
        receiver.setBehaviour(behaviour);
        api = std::make_unique<ApiClient>(engine.baseUrl(), EngineProcess::Token);
        app = createApp(*api);
        ep = createOrderedEndpoint(*api, app, receiver.url(), onDeadLetter, tries);
        *error = QStringLiteral("no application or endpoint");
        return !app.isEmpty() && !ep.isEmpty();
    }
    QString post(const QString &call, int n) { return postEvent(*api, app, call, n); }
    // A call's events back to back, as a voice platform emits them: each accepted while the
    // one before is still being delivered, or retried.
    bool postCalls(int calls, int eventsPerCall)
    {
        for (int c = 0; c < calls; ++c) {
            for (int n = 0; n < eventsPerCall; ++n) {
                if (post(QStringLiteral("call-%1").arg(c), n).isEmpty())
                    return false;
            }
        }
        return true;
    }
    QJsonArray blocked()
    {
        return api->get(u"/api/v1/app/" + app + u"/endpoint/" + ep + u"/ordering/blocked").json.value(QLatin1StringView("data")).toArray();
    }
};

} // namespace

class TestEngineOrdering : public QObject
{
    Q_OBJECT

private slots:
    void aCallsEventsArriveInOrderThroughRandomFailures()
    {
        constexpr int Calls = 500, EventsPerCall = 6;
        Run run;
        QString error;
        QVERIFY2(run.start(flaky(1907), QStringLiteral("skip"), 15, &error), qPrintable(error));
        QVERIFY(run.postCalls(Calls, EventsPerCall));
        QTRY_VERIFY_WITH_TIMEOUT(allDelivered(run.receiver, Calls, EventsPerCall), 120'000);

        // Every request for event n+1 came after event n was answered with a success: the
        // receiver's whole log, failures included, goes up call by call and never back.
        const QString outOfOrder = firstOutOfOrder(run.receiver);
        QVERIFY2(outOfOrder.isEmpty(), qPrintable(outOfOrder));
        int failures = 0;
        for (const Seen &s : seen(run.receiver))
            failures += s.status >= 300;
        const auto calls = delivered(run.receiver);
        for (const QList<int> &events : calls)
            QCOMPARE(events, (QList<int>{0, 1, 2, 3, 4, 5}));
        QVERIFY(failures > Calls * EventsPerCall / 5); // the receiver did fail about 30 %
        std::printf("ordering: %d calls x %d events, %d failed tries retried in order\n", Calls, EventsPerCall, failures);
        std::fflush(stdout);
    }

    void aDeadLetterHoldsOnlyItsOwnCallUntilDeliveredByHand()
    {
        Run run;
        QString error;
        QVERIFY2(run.start(down(), QStringLiteral("block"), 2, &error), qPrintable(error));

        // call-x's first event dies while the receiver is down.
        const QString x0 = run.post(QStringLiteral("call-x"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(run.blocked().size(), 1, 20'000);
        const QJsonObject block = run.blocked().first().toObject();
        QCOMPARE(block.value(QLatin1StringView("key")).toString(), QStringLiteral("call-x"));
        QCOMPARE(block.value(QLatin1StringView("msgId")).toString(), x0);

        // Back up: another call goes through, call-x's later events wait behind its dead letter.
        run.receiver.setBehaviour(ReceiverBehaviour());
        const QString x1 = run.post(QStringLiteral("call-x"), 1);
        run.post(QStringLiteral("call-y"), 0);
        run.post(QStringLiteral("call-y"), 1);
        QTRY_COMPARE_WITH_TIMEOUT(delivered(run.receiver).value(QStringLiteral("call-y")), (QList<int>{0, 1}), 20'000);
        QVERIFY(delivered(run.receiver).value(QStringLiteral("call-x")).isEmpty());
        const auto attempts = run.api->get(u"/api/v1/app/" + run.app + u"/attempt/msg/" + x1);
        QCOMPARE(attempts.status, 200);
        QCOMPARE(attempts.json.value(QLatin1StringView("data")).toArray().size(), 0); // not even tried

        // Held across a restart, for events accepted after it too.
        QCOMPARE(run.engine.terminate(), 0);
        QVERIFY2(run.engine.start(&error), qPrintable(error));
        run.api->setBaseUrl(run.engine.baseUrl());
        QCOMPARE(run.blocked().size(), 1);
        run.post(QStringLiteral("call-x"), 2);
        run.post(QStringLiteral("call-y"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(delivered(run.receiver).value(QStringLiteral("call-y")), (QList<int>{0, 1, 2}), 20'000);
        QVERIFY(delivered(run.receiver).value(QStringLiteral("call-x")).isEmpty());

        // Support sends the dead letter again by hand: the call goes on, in order.
        QCOMPARE(run.api->post(u"/api/v1/app/" + run.app + u"/msg/" + x0 + u"/endpoint/" + run.ep + u"/resend", {}).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(delivered(run.receiver).value(QStringLiteral("call-x")), (QList<int>{0, 1, 2}), 20'000);
        QTRY_COMPARE(run.blocked().size(), 0);
    }

    void aSkippingEndpointLetsTheCallGoOnPastItsDeadLetter()
    {
        Run run;
        QString error;
        QVERIFY2(run.start(down(), QStringLiteral("skip"), 2, &error), qPrintable(error)); // two tries each
        QVERIFY(!run.post(QStringLiteral("call-x"), 0).isEmpty());
        QVERIFY(!run.post(QStringLiteral("call-x"), 1).isEmpty());
        // Both die in order: the second is tried only after the first was given up on.
        QTRY_COMPARE_WITH_TIMEOUT(seen(run.receiver).size(), 4, 20'000);
        QList<int> order;
        for (const Seen &s : seen(run.receiver))
            order.append(s.n);
        QCOMPARE(order, (QList<int>{0, 0, 1, 1}));
        run.receiver.setBehaviour(ReceiverBehaviour());
        run.post(QStringLiteral("call-x"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(delivered(run.receiver).value(QStringLiteral("call-x")), (QList<int>{2}), 20'000);
        QCOMPARE(run.blocked().size(), 0);
    }

    // Svix's replay-missing: an ordered endpoint added after the calls took place gets them
    // all, each call event by event, as if it had been there (before: every replayed delivery
    // went at once, outside the calls' lanes, and retries overtook).
    void aReplayedCallGoesInOrder()
    {
        constexpr int Calls = 60, EventsPerCall = 6;
        Receiver receiver;
        QVERIFY(receiver.listen());
        receiver.setBehaviour(flaky(4242, 2));
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = createApp(api);
        QVERIFY(!app.isEmpty());
        const QString since = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs);
        for (int c = 0; c < Calls; ++c) {
            for (int n = 0; n < EventsPerCall; ++n)
                QVERIFY(!postEvent(api, app, QStringLiteral("call-%1").arg(c), n).isEmpty());
        }
        const QString ep = createOrderedEndpoint(api, app, receiver.url(), QStringLiteral("skip"), 15);
        QVERIFY(!ep.isEmpty());
        const auto task = api.post(u"/api/v1/app/" + app + u"/endpoint/" + ep + u"/replay-missing",
                                   {{QStringLiteral("since"), since}});
        QCOMPARE(task.status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(allDelivered(receiver, Calls, EventsPerCall), 60'000);
        const QString outOfOrder = firstOutOfOrder(receiver);
        QVERIFY2(outOfOrder.isEmpty(), qPrintable(outOfOrder));
        for (const QList<int> &events : delivered(receiver))
            QCOMPARE(events, (QList<int>{0, 1, 2, 3, 4, 5}));
    }

    void aKillMidRunKeepsEveryCallInOrder()
    {
        constexpr int Calls = 200, EventsPerCall = 6;
        Run run;
        QString error;
        QVERIFY2(run.start(flaky(77, 5), QStringLiteral("skip"), 15, &error), qPrintable(error));
        QVERIFY(run.postCalls(Calls, EventsPerCall));
        // Killed with deliveries in flight and most calls half way.
        QTRY_VERIFY_WITH_TIMEOUT(run.receiver.stats().received >= Calls * EventsPerCall / 3, 60'000);
        run.engine.kill();
        QVERIFY2(run.engine.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(allDelivered(run.receiver, Calls, EventsPerCall), 120'000);
        // An attempt in flight at the kill may go again after the restart (at least once), but
        // never after a later event of its call.
        const QString outOfOrder = firstOutOfOrder(run.receiver);
        QVERIFY2(outOfOrder.isEmpty(), qPrintable(outOfOrder));
    }
};

QTEST_GUILESS_MAIN(TestEngineOrdering)
#include "tst_engineordering.moc"
