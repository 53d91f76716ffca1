// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts: the rules on synthetic five-minute snapshots (raise, grow, clear; thresholds; the
// stream), then the monitor on a real local history inside the real window, whose
// notification opens the log filtered to the cause; muting silences it.
#include "dashboard/alerts/alertcentre.h"
#include "dashboard/alerts/alertlogmodel.h"
#include "dashboard/alerts/alertmonitor.h"
#include "dashboard/alerts/alertrules.h"
#include "dashboard/alerts/trayalerts.h"
#include "dashboard/connection/enginesession.h"
#include "dashboard/history/historystore.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"

#include <QStandardPaths>
#include <QTabWidget>

#include "historyfixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::dashboard;

namespace {

EndpointHealth endpoint(const char *id, qint64 attempts, qint64 succeeded, bool disabled = false)
{
    EndpointHealth e;
    e.endpointId = QString::fromLatin1(id);
    e.name = e.endpointId.toUpper();
    e.attempts = attempts;
    e.succeeded = succeeded;
    e.disabled = disabled;
    return e;
}

OverviewData snapshot(QList<EndpointHealth> endpoints, qint64 deadTotal, qint64 deadRecent)
{
    OverviewData d;
    d.endpoints = std::move(endpoints);
    d.deadLettersTotal = deadTotal;
    d.current.deadLetters = deadRecent;
    return d;
}

QStringList keys(const QList<Alert> &alerts)
{
    QStringList out;
    for (const Alert &a : alerts)
        out << a.key;
    out.sort();
    return out;
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void rulesRaiseGrowAndClear()
    {
        AlertRules rules;
        QCOMPARE(rules.health(), Health::Unknown);
        // 3 of 10 failed (30 % >= 20 %); 3 of 3 failed but too few to judge; one disabled;
        // the first look at dead letters only sets the baseline.
        auto c = rules.update(snapshot({endpoint("ep_1", 10, 7), endpoint("ep_2", 3, 0), endpoint("ep_3", 0, 0, true)}, 5, 1), false);
        QCOMPARE(keys(c.raised), (QStringList{QStringLiteral("disabled:ep_3"), QStringLiteral("failing:ep_1")}));
        QVERIFY(c.cleared.isEmpty());
        QCOMPARE(rules.health(), Health::Critical);
        const Alert failing = rules.active().value(QStringLiteral("failing:ep_1"));
        QVERIFY(failing.text.startsWith(u"3 of 10"));
        QCOMPARE(failing.logFilter, QStringLiteral("endpoint:ep_1 attempt:failed"));
        QCOMPARE(failing.endpointId, QStringLiteral("ep_1"));
        QCOMPARE(failing.endpointName, QStringLiteral("EP_1"));

        // The same again: nothing new.
        c = rules.update(snapshot({endpoint("ep_1", 10, 7), endpoint("ep_2", 3, 0), endpoint("ep_3", 0, 0, true)}, 5, 1), false);
        QVERIFY(c.raised.isEmpty() && c.cleared.isEmpty());

        // ep_1 recovers; three more dead letters.
        c = rules.update(snapshot({endpoint("ep_1", 10, 10), endpoint("ep_3", 0, 0, true)}, 8, 3), false);
        QCOMPARE(c.cleared, QStringList{QStringLiteral("failing:ep_1")});
        QCOMPARE(keys(c.raised), QStringList{QStringLiteral("dead-letters")});
        QVERIFY(c.raised.first().text.contains(u": 3 more."));
        QCOMPARE(c.raised.first().logFilter, QStringLiteral("status:dead"));
        QCOMPARE(rules.health(), Health::Warning);
        // No growth: still recent, no news; growth: news again; five quiet minutes: cleared.
        c = rules.update(snapshot({endpoint("ep_3", 0, 0, true)}, 8, 3), false);
        QVERIFY(c.raised.isEmpty() && c.cleared.isEmpty());
        c = rules.update(snapshot({endpoint("ep_3", 0, 0, true)}, 9, 4), false);
        QCOMPARE(keys(c.raised), QStringList{QStringLiteral("dead-letters")});
        QVERIFY(c.raised.first().text.contains(u": 1 more."));
        c = rules.update(snapshot({endpoint("ep_3", 0, 0, false)}, 9, 0), false);
        QStringList cleared(c.cleared.begin(), c.cleared.end());
        cleared.sort();
        QCOMPARE(cleared, (QStringList{QStringLiteral("dead-letters"), QStringLiteral("disabled:ep_3")})); // quiet, enabled again
        QCOMPARE(rules.health(), Health::Good);

        // A higher threshold: 30 % failures is no longer an alert.
        rules.setThresholds({40, 5});
        c = rules.update(snapshot({endpoint("ep_1", 10, 7)}, 9, 0), false);
        QVERIFY(c.raised.isEmpty());

        // The stream.
        c = rules.updateStream(true);
        QCOMPARE(keys(c.raised), QStringList{QStringLiteral("stream")});
        QCOMPARE(rules.health(), Health::Critical);
        c = rules.updateStream(false);
        QCOMPARE(c.cleared, QStringList{QStringLiteral("stream")});
        QCOMPARE(rules.health(), Health::Good);
    }

    // An endpoint fixed a minute ago: five minutes still hold its failures, but its latest
    // attempts succeed, so its alert is resolved now rather than five minutes later.
    void aFixedEndpointIsResolvedAtOnce()
    {
        AlertRules rules;
        EndpointHealth e = endpoint("ep_1", 20, 10);
        e.appId = QStringLiteral("app_1");
        e.state = EndpointHealth::State::Failing;
        auto c = rules.update(snapshot({e}, 0, 0), false);
        QCOMPARE(keys(c.raised), QStringList{QStringLiteral("failing:ep_1")});
        QCOMPARE(c.raised.first().logFilter, QStringLiteral("app:app_1 endpoint:ep_1 attempt:failed"));
        QCOMPARE(c.raised.first().appId, QStringLiteral("app_1"));
        e.attempts = 40;
        e.succeeded = 30; // 25 % failed over five minutes, above the threshold...
        e.state = EndpointHealth::State::Healthy; // ...but the latest attempts all succeeded
        c = rules.update(snapshot({e}, 0, 0), false);
        QCOMPARE(c.cleared, QStringList{QStringLiteral("failing:ep_1")});
    }

    void alertLogKeepsResolvedAlerts()
    {
        AlertLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &AlertLogModel::activeCountChanged);
        const QDateTime t0 = QDateTime::currentDateTime();
        Alert a{QStringLiteral("failing:ep_1"), Alert::Severity::Critical, QStringLiteral("Endpoint failing: CRM"), QStringLiteral("3 of 10"),
                QStringLiteral("app:app_1 endpoint:ep_1 attempt:failed"), QStringLiteral("app_1"), QStringLiteral("ep_1"), QStringLiteral("CRM")};
        Alert b{QStringLiteral("stream"), Alert::Severity::Critical, QStringLiteral("Engine connection lost"), QStringLiteral("…"), {}, {}, {}, {}};
        model.raise(a, t0);
        model.raise(b, t0.addSecs(10));
        QCOMPARE(model.activeCount(), 2);
        QCOMPARE(model.index(0, AlertLogModel::What).data().toString().left(6), QStringLiteral("Engine")); // newest first
        model.setNames({{QStringLiteral("app_1"), QStringLiteral("Acme Health")}});
        QCOMPARE(model.index(1, AlertLogModel::App).data().toString(), QStringLiteral("Acme Health"));
        QCOMPARE(model.index(1, AlertLogModel::Endpoint).data().toString(), QStringLiteral("CRM"));
        QCOMPARE(model.index(1, AlertLogModel::Since).data().toString(), t0.toString(QStringLiteral("MM-dd HH:mm:ss")));
        QCOMPARE(model.index(0, AlertLogModel::App).data().toString(), QStringLiteral("All"));

        // The same alert again (news): one row, updated.
        a.text = QStringLiteral("4 of 10");
        model.raise(a, t0.addSecs(20));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entryAt(1).since, t0);
        QVERIFY(model.index(1, AlertLogModel::What).data().toString().endsWith(u"4 of 10"));

        // The newest resolves: it goes below the active one and stays, as resolved.
        model.resolve(QStringLiteral("stream"), t0.addSecs(30));
        QCOMPARE(model.activeCount(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AlertLogModel::Endpoint).data().toString(), QStringLiteral("CRM"));
        QVERIFY(model.index(1, AlertLogModel::State).data().toString().startsWith(u"Resolved"));
        QCOMPARE(counted.last().first().toInt(), 1);
        // It raises anew: a new row, the old one kept.
        model.raise(b, t0.addSecs(40));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.activeCount(), 2);
        model.resolve(QStringLiteral("stream"), t0.addSecs(50));
        model.resolve(QStringLiteral("failing:ep_1"), t0.addSecs(60));
        QCOMPARE(model.activeCount(), 0);
        QCOMPARE(model.rowCount(), 3);
        // A while later, resolved alerts go.
        model.expire(t0.addSecs(30).addMSecs(AlertLogModel::KeepResolvedMs - 1000));
        QCOMPARE(model.rowCount(), 3);
        model.expire(t0.addSecs(61).addMSecs(AlertLogModel::KeepResolvedMs));
        QCOMPARE(model.rowCount(), 0);
    }

    void alertCentreOpensTheLogByKeyboard()
    {
        AlertCentre centre(false);
        QVERIFY(!centre.noTrayNote()->isHidden()); // no tray: said here
        AlertCentre withTray(true);
        QVERIFY(withTray.noTrayNote()->isHidden());
        QCOMPARE(centre.statusButton()->text(), QStringLiteral("No alerts"));
        QSignalSpy open(&centre, &AlertCentre::openLogRequested);
        centre.model()->raise({QStringLiteral("failing:ep_1"), Alert::Severity::Critical, QStringLiteral("t"), QStringLiteral("x"),
                               QStringLiteral("app:app_1 endpoint:ep_1 attempt:failed"), QStringLiteral("app_1"), QStringLiteral("ep_1"),
                               QStringLiteral("CRM")},
                              QDateTime::currentDateTime());
        QCOMPARE(centre.statusButton()->text(), QStringLiteral("1 alert"));
        centre.show();
        centre.showAndFocus();
        QVERIFY(QTest::qWaitForWindowExposed(&centre));
        QCOMPARE(centre.list()->currentIndex().row(), 0);
        QTest::keyClick(centre.list(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("app:app_1 endpoint:ep_1 attempt:failed"));
        delete centre.statusButton(); // it lives in the window's status bar, normally
    }

    void trayIconsDifferByHealth()
    {
        const QImage good = TrayAlerts::iconFor(Health::Good).pixmap(32).toImage();
        const QImage bad = TrayAlerts::iconFor(Health::Critical).pixmap(32).toImage();
        QVERIFY(!good.isNull());
        QVERIFY(good.pixelColor(8, 16) != bad.pixelColor(8, 16));
        QVERIFY(TrayAlerts::iconFor(Health::Good).availableSizes().contains(QSize(64, 64))); // crisp when scaled
    }

    void windowAlertsAndOpensTheLog()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.db"));
        {
            HistoryStore store(path);
            QSignalSpy opened(&store, &HistoryStore::opened);
            store.open();
            QVERIFY(opened.wait(5000));
            store.resumePointFor(QStringLiteral("instance"));
            QList<sb::StreamFrame> frames = sb::testing::historyFrames(QDateTime::currentDateTime());
            qint64 seq = frames.size();
            // Ten fresh failures to the CRM endpoint.
            for (int i = 0; i < 10; ++i)
                frames += sb::testing::deliveryFrames(seq, QDateTime::currentDateTime(), QStringLiteral("msg_fail%1").arg(i),
                                                      QStringLiteral("call.ended"), QStringLiteral("ep_a"), 503,
                                                      QStringLiteral("http"), 1, 0);
            store.append(frames);
            QTRY_COMPARE(store.lastSeq(), seq);
        }
        EngineSession session(QUrl(QStringLiteral("http://127.0.0.1:9")), "token", path);
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(window.alerts());
        QSignalSpy notified(window.tray(), &TrayAlerts::notified);
        window.alerts()->check();
        QVERIFY(notified.wait(10'000));
        const Alert alert = notified.first().first().value<Alert>();
        QCOMPARE(alert.key, QStringLiteral("failing:ep_a"));
        QTRY_COMPARE(window.tray()->health(), Health::Critical);

        window.tray()->activateLastNotification();
        QCOMPARE(window.areas()->currentWidget(), window.deliveries());
        QCOMPARE(window.deliveries()->filterEdit()->text(), QStringLiteral("app:app_1 endpoint:ep_a attempt:failed"));
        // Every failure of that endpoint that still stands: the ten fresh ones, two older.
        QTRY_COMPARE(window.deliveries()->model()->rowCount(), 12);

        // Muted: the next alert is not shown.
        window.tray()->setMuted(true);
        window.tray()->notify({QStringLiteral("x"), Alert::Severity::Warning, QStringLiteral("t"), QStringLiteral("x"), {}, {}, {}, {}});
        QCOMPARE(notified.count(), 1);
    }
};

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
