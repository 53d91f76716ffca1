// SPDX-License-Identifier: GPL-3.0-or-later
// On-call task: "open the console on a laptop that never saw this engine, at 3 a.m." A busy
// engine's change log is weeks long; replaying it took tens of minutes before the Overview
// was right. In the console's real window against a real engine: the first connection loads
// the recent window (and the engine's roll-ups for the minutes before it), says it is copying
// the older past, and ends with every delivery once, in its latest state, and every attempt
// counted once, even a delivery made before the window and retried inside it.
#include "dashboard/connection/enginesession.h"
#include "dashboard/connection/historysync.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "dashboard/overview/overviewview.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::dashboard;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

namespace {
qint64 attemptsOnEngine(ApiClient &api)
{
    return api.get(QStringLiteral("/api/v1/stats")).json.value(QLatin1StringView("overall")).toObject()
        .value(QLatin1StringView("attempts")).toInteger();
}
} // namespace

class TestFirstSyncTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aFirstConnectionShowsTheRecentPastFirstAndCopiesTheRest()
    {
        QTemporaryDir dir;
        sb::tools::Receiver crm;
        QVERIFY(crm.listen());
        // A refused delivery waits an hour for its next try: only the operator's resend moves it.
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0, 1h")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Initech")}})
                                .json.value(QLatin1StringView("id")).toString();
        const QString endpoint = api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), crm.url()},
                                                                                 {QStringLiteral("description"), QStringLiteral("CRM")}})
                                     .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!endpoint.isEmpty());
        const auto send = [&](const QString &type, const QString &call) {
            return api.post(u"/api/v1/app/" + app + u"/msg",
                            {{QStringLiteral("eventType"), type},
                             {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), call}}}})
                .json.value(QLatin1StringView("id")).toString();
        };

        // The past: a call.ended the CRM refused, then 40 calls it took.
        auto refusing = sb::tools::ReceiverBehaviour::answering(500);
        crm.setBehaviour(refusing);
        const QString refused = send(QStringLiteral("call.ended"), QStringLiteral("c-refused"));
        QTRY_COMPARE_WITH_TIMEOUT(attemptsOnEngine(api), 1, 15'000);
        crm.setBehaviour({});
        for (int i = 0; i < 40; ++i)
            send(QStringLiteral("call.started"), u"c-old-" + QString::number(i));
        QTRY_COMPARE_WITH_TIMEOUT(attemptsOnEngine(api), 41, 15'000);

        // The window begins; inside it, five new calls and the operator's resend of the refused one.
        const QDateTime windowStart = QDateTime::currentDateTimeUtc().addMSecs(1);
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() > windowStart);
        QStringList recent;
        for (int i = 0; i < 5; ++i)
            recent << send(QStringLiteral("call.started"), u"c-new-" + QString::number(i));
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg/" + refused + u"/endpoint/" + endpoint + u"/resend", QJsonObject()).status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(attemptsOnEngine(api), 47, 15'000);

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, dir.filePath(QStringLiteral("history.db")));
        session.sync()->setWindowStart(windowStart);
        session.sync()->setMinimumOlderChanges(0);
        QSignalSpy windows(session.sync(), &HistorySync::windowLoaded);
        QSignalSpy progress(session.sync(), &HistorySync::backfillProgress);
        QSignalSpy finished(session.sync(), &HistorySync::backfillFinished);
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(windows.count(), 1, 15'000);
        QVERIFY(session.store()->backfillUntil() > 0); // the window, not a replay of everything

        // The copy ends; its progress was shown, and the status bar no longer mentions it.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QVERIFY(!progress.isEmpty());
        auto *copying = window.findChild<QLabel *>(QStringLiteral("backfillStatus"));
        QVERIFY(copying);
        QTRY_VERIFY(!copying->isVisible());

        // Every delivery once, in its latest state: the refused one is delivered, with its type.
        DeliveriesView *view = window.deliveries();
        DeliveryLogModel *log = view->model();
        window.areas()->setCurrentWidget(view);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 46, 15'000);
        bool found = false;
        for (int r = 0; r < log->rowCount(); ++r) {
            const DeliveryRow row = log->rowAt(r);
            if (row.msgId != refused)
                continue;
            found = true;
            QCOMPARE(row.eventType, QStringLiteral("call.ended"));
            QCOMPARE(row.status, 0); // succeeded, not the older "waiting an hour"
            QCOMPARE(row.attempts, 2);
            QCOMPARE(row.correlationKey, QStringLiteral("c-refused"));
        }
        QVERIFY(found);

        // Every attempt counted once in the Overview: the engine's roll-ups before the window,
        // the console's own from it on.
        OverviewView *overview = window.overview();
        window.areas()->setCurrentWidget(overview);
        overview->setRangeIndex(1); // last hour
        const auto crmAttempts = [&] {
            overview->refresh();
            for (const EndpointHealth &e : overview->data().endpoints) {
                if (e.endpointId == endpoint)
                    return e.attempts;
            }
            return qint64(-1);
        };
        QTRY_COMPARE_WITH_TIMEOUT(crmAttempts(), qint64(47), 10'000);
        bool named = false;
        for (const EndpointHealth &e : overview->data().endpoints)
            named = named || (e.endpointId == endpoint && e.name == u"CRM");
        QVERIFY(named); // the endpoint's name came from the engine's list, not the older past
    }

    void aSecondStartGoesOnWhereTheHistoryStopped()
    {
        QTemporaryDir dir;
        sb::tools::Receiver crm;
        QVERIFY(crm.listen());
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Hooli")}})
                                .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), crm.url()}}).status, 201);
        const auto send = [&] {
            api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.started")},
                                                       {QStringLiteral("payload"), QJsonObject()}});
        };
        for (int i = 0; i < 3; ++i)
            send();
        const QString history = dir.filePath(QStringLiteral("history.db"));
        {
            EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, history);
            QSignalSpy windows(session.sync(), &HistorySync::windowLoaded);
            session.start();
            QTRY_COMPARE_WITH_TIMEOUT(session.store()->lastSeq() > 0, true, 15'000);
            QTRY_COMPARE_WITH_TIMEOUT(session.stream()->state(), StreamConnection::State::Live, 15'000);
            QCOMPARE(windows.count(), 0); // little past: replayed, no window
        }
        send();
        EngineSession again(QUrl(engine.baseUrl()), EngineProcess::Token, history);
        again.sync()->setMinimumOlderChanges(0);
        QSignalSpy windows(again.sync(), &HistorySync::windowLoaded);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(again.stream()->state(), StreamConnection::State::Live, 15'000);
        MainWindow window(&again);
        DeliveryLogModel *log = window.deliveries()->model();
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 4, 15'000);
        QCOMPARE(windows.count(), 0); // its own history goes on: no first sync
        QVERIFY(!again.sync()->backfilling());
    }
};

QTEST_MAIN(TestFirstSyncTask)
#include "tst_task_firstsync.moc"
