// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts: the rules on synthetic five-minute snapshots (raise, grow, clear; thresholds; the
// stream), then the monitor on a real local history inside the real window, whose
// notification opens the log filtered to the cause; muting silences it.
#include "dashboard/alertmonitor.h"
#include "dashboard/alertrules.h"
#include "dashboard/deliveriesview.h"
#include "dashboard/deliverylogmodel.h"
#include "dashboard/enginesession.h"
#include "dashboard/historystore.h"
#include "dashboard/mainwindow.h"
#include "dashboard/trayalerts.h"

#include <QStandardPaths>
#include <QTabWidget>

#include "historyfixture.h"

#include <QLineEdit>
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
        QCOMPARE(failing.logFilter, QStringLiteral("endpoint:ep_1 status:failed after:-5m"));

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
        QCOMPARE(window.deliveries()->filterEdit()->text(), QStringLiteral("endpoint:ep_a status:failed after:-5m"));
        QTRY_COMPARE(window.deliveries()->model()->rowCount(), 10);

        // Muted: the next alert is not shown.
        window.tray()->setMuted(true);
        window.tray()->notify({QStringLiteral("x"), Alert::Severity::Warning, QStringLiteral("t"), QStringLiteral("x"), {}});
        QCOMPARE(notified.count(), 1);
    }
};

QTEST_MAIN(TestAlerts)
#include "tst_alerts.moc"
