// SPDX-License-Identifier: GPL-3.0-or-later
// Operator tasks "alert → log" and "is the Overview telling the truth", in the console's real
// window against a real engine and receiver:
//  - an endpoint starts failing (the receiver answers 503); the console opens on the Overview;
//    the status bar counts the alert, and its button opens the alert centre, whose row names
//    the application and the endpoint; Enter there shows the log filtered to exactly that
//    endpoint's failures; no tray (offscreen) is said in the centre. The receiver is fixed:
//    the alert turns resolved (and stays listed) and the endpoint's health turns Healthy.
//  - the Overview's "Deliveries per minute" agrees with its throughput chart, which draws no
//    zeros before the data began.
//
// It drives what the operator sees (widgets found by what they show or their accessible
// name), so that it runs against an older console and fails there.
#include "dashboard/alerts/alertcentre.h"
#include "dashboard/alerts/alertlogmodel.h"
#include "dashboard/connection/enginesession.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "dashboard/overview/kpitile.h"
#include "dashboard/overview/overviewview.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QAbstractItemView>
#include <QMessageBox>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <optional>

using namespace sb::dashboard;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestAlertCentreTask : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool sendEvents(ApiClient &api, const QString &app, int count)
    {
        for (int i = 0; i < count; ++i) {
            if (api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                           {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), i}}}})
                    .status != 202)
                return false;
        }
        return true;
    }

    // An application and one endpoint of it: their ids (empty when the engine refused).
    static std::pair<QString, QString> appWithEndpoint(ApiClient &api, const QString &name, const QString &url,
                                                       const QString &description)
    {
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), name}})
                                .json.value(QLatin1StringView("id")).toString();
        const auto created = api.post(u"/api/v1/app/" + app + u"/endpoint",
                                      {{QStringLiteral("url"), url}, {QStringLiteral("description"), description}});
        return {app, created.status == 201 ? created.json.value(QLatin1StringView("id")).toString() : QString()};
    }

    // The status bar's alert button, as a screen reader finds it.
    static QToolButton *alertButton(MainWindow &window)
    {
        for (QToolButton *b : window.statusBar()->findChildren<QToolButton *>())
            if (b->accessibleName() == u"Alerts")
                return b;
        return nullptr;
    }

    // The alert list (a view named "Alerts") once it is shown.
    static QAbstractItemView *alertList(MainWindow &window)
    {
        for (QAbstractItemView *v : window.findChildren<QAbstractItemView *>())
            if (v->accessibleName() == u"Alerts" && v->isVisible())
                return v;
        return nullptr;
    }

    static QString cell(const QAbstractItemView *view, int row, const QString &header)
    {
        const QAbstractItemModel *m = view->model();
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->headerData(c, Qt::Horizontal).toString() == header)
                return m->index(row, c).data().toString();
        return {};
    }

    // The row of the alert about `endpointName`, or -1.
    static int rowAbout(const QAbstractItemView *view, const QString &endpointName)
    {
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (cell(view, r, QStringLiteral("Endpoint")) == endpointName)
                return r;
        return -1;
    }

    static int activeAlerts(MainWindow &window)
    {
        const QString text = alertButton(window) ? alertButton(window)->text() : QString();
        return text == u"No alerts" ? 0 : text.section(u' ', 0, 0).toInt();
    }

    static QString healthState(OverviewView *overview, const QString &endpointName)
    {
        const QAbstractItemModel *m = overview->healthTable()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data().toString() == endpointName)
                for (int c = 0; c < m->columnCount(); ++c)
                    if (m->headerData(c, Qt::Horizontal).toString() == u"State")
                        return m->index(r, c).data().toString();
        return {};
    }

    static QLineSeries *throughputLine(OverviewView *overview)
    {
        for (QChartView *v : overview->findChildren<QChartView *>())
            if (v->accessibleName() == u"Throughput chart" && !v->chart()->series().isEmpty())
                return qobject_cast<QLineSeries *>(v->chart()->series().first());
        return nullptr;
    }

private slots:
    void alertToLogAndBack()
    {
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(503);
        receiver.setBehaviour(failing);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const auto ids = appWithEndpoint(api, QStringLiteral("Globex Logistics"), receiver.url(), QStringLiteral("CRM sync"));
        const QString app = ids.first, endpoint = ids.second;
        QVERIFY(!endpoint.isEmpty());
        // A second, healthy endpoint elsewhere: its deliveries must stay out of the filtered log.
        sb::tools::Receiver fine;
        QVERIFY(fine.listen());
        const QString other = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Acme Voice")}})
                                  .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + other + u"/endpoint", {{QStringLiteral("url"), fine.url()}}).status, 201);

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("alerts.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The console opens on the Overview.
        QVERIFY(window.overview());
        QCOMPARE(window.areas()->currentWidget(), static_cast<QWidget *>(window.overview()));

        QVERIFY(sendEvents(api, app, 8));
        QVERIFY(sendEvents(api, other, 3));

        // The status bar counts it (with the dead letters, an alert of their own); its button
        // opens the alert centre.
        QTRY_VERIFY_WITH_TIMEOUT(activeAlerts(window) > 0, 30'000);
        QTest::mouseClick(alertButton(window), Qt::LeftButton);
        QAbstractItemView *list = alertList(window);
        QVERIFY(list);
        QTRY_VERIFY(list->hasFocus());
        QTRY_VERIFY(rowAbout(list, QStringLiteral("CRM sync")) >= 0);
        const int row = rowAbout(list, QStringLiteral("CRM sync"));
        QCOMPARE(cell(list, row, QStringLiteral("Application")), QStringLiteral("Globex Logistics"));
        QCOMPARE(cell(list, row, QStringLiteral("State")), QStringLiteral("Critical"));
        QVERIFY(!cell(list, row, QStringLiteral("Since")).isEmpty());
        // Offscreen has no tray: the centre says so, instead of notifications going nowhere.
        bool toldNoTray = false;
        for (const QLabel *l : window.findChildren<QLabel *>())
            toldNoTray |= l->isVisible() && l->text().startsWith(u"No system tray");
        QVERIFY(toldNoTray);

        // Enter on the alert: the log, filtered to that endpoint's failures.
        list->setCurrentIndex(list->model()->index(row, 0));
        QTest::keyClick(list, Qt::Key_Return);
        DeliveriesView *view = window.deliveries();
        QCOMPARE(window.areas()->currentWidget(), static_cast<QWidget *>(view));
        QCOMPARE(view->filterEdit()->text(), u"app:" + app + u" endpoint:" + endpoint + u" attempt:failed");
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 8, 10'000);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QCOMPARE(view->model()->rowAt(r).endpointId, endpoint);

        // The customer fixed its endpoint; Retry all from this log (Ctrl+Shift+R, Enter) sends
        // the 8 again. They stay listed, delivered now: the log shows what the alert is about,
        // not only what still fails (with the last attempt's status it went empty here).
        receiver.setBehaviour({});
        QTRY_VERIFY_WITH_TIMEOUT(view->retryAllAction()->isEnabled(), 10'000);
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QMessageBox *confirm = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (confirm = view->findChild<QMessageBox *>()) && confirm->isVisible(); }, 10'000));
        QTest::keyClick(confirm, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().succeeded, 8, 15'000);
        const auto allDelivered = [view] {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->rowAt(r).status != 0)
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == 8 && allDelivered(), 10'000);
        // Whoever opens the alert later still finds them there.
        view->showFilter(QString());
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 11, 10'000);
        window.activateWindow(); // back from the confirmation box
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(alertButton(window), Qt::LeftButton);
        QTRY_VERIFY(alertList(window) && alertList(window)->hasFocus());
        list = alertList(window);
        list->setCurrentIndex(list->model()->index(rowAbout(list, QStringLiteral("CRM sync")), 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.areas()->currentWidget(), static_cast<QWidget *>(view));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == 8 && allDelivered(), 10'000);

        // Fixed: new deliveries succeed; the endpoint turns healthy, the alert resolved.
        QVERIFY(sendEvents(api, app, 20));
        window.areas()->setCurrentWidget(window.overview());
        QTRY_COMPARE_WITH_TIMEOUT(healthState(window.overview(), QStringLiteral("CRM sync")), QStringLiteral("Healthy"), 30'000);
        // Still listed, as resolved; the status bar counts only what is still active.
        QTRY_VERIFY_WITH_TIMEOUT(cell(list, rowAbout(list, QStringLiteral("CRM sync")), QStringLiteral("State")).startsWith(u"Resolved"),
                                 30'000);
        int unresolved = 0;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            unresolved += !cell(list, r, QStringLiteral("State")).startsWith(u"Resolved");
        QCOMPARE(activeAlerts(window), unresolved);
    }

    // The alerts of the night are still there in the morning: a restart keeps the list, an
    // alert still active keeps when it began, and one whose cause ended while the console
    // was closed turns resolved at the first look.
    void alertsAreKeptAcrossRestarts()
    {
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(503);
        receiver.setBehaviour(failing);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const auto ids = appWithEndpoint(api, QStringLiteral("Hooli"), receiver.url(), QStringLiteral("Ticketing"));
        const QString app = ids.first, endpoint = ids.second;
        QVERIFY(!endpoint.isEmpty());
        const QString history = m_dir.filePath(QStringLiteral("restarts.db"));
        // The alert about the endpoint in a console's alert centre, or nullopt.
        const auto alertAbout = [&endpoint](MainWindow &window) -> std::optional<AlertEntry> {
            const AlertLogModel *model = window.findChild<AlertCentre *>()->model();
            std::optional<AlertEntry> found;
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->entryAt(r).alert.endpointId != endpoint)
                    continue;
                if (found)
                    return AlertEntry{}; // listed twice: an empty key fails every check below
                found = model->entryAt(r);
            }
            return found;
        };

        QDateTime since;
        {
            EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, history);
            session.start();
            MainWindow window(&session);
            window.show();
            QVERIFY(sendEvents(api, app, 8));
            QTRY_VERIFY_WITH_TIMEOUT(alertAbout(window) && alertAbout(window)->active(), 30'000);
            since = alertAbout(window)->since;
            QVERIFY(since.isValid());
        } // the console is closed

        // Still failing at the next start: listed at once, since when it began.
        {
            EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, history);
            session.start();
            MainWindow window(&session);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(alertAbout(window).has_value(), 10'000);
            QCOMPARE(alertAbout(window)->alert.key.isEmpty(), false);
            QCOMPARE(alertAbout(window)->since, since);
            QTRY_VERIFY_WITH_TIMEOUT(alertAbout(window)->active(), 10'000);
            QCOMPARE(alertAbout(window)->since, since); // raised again by the monitor: the same alert
        }

        // Fixed while the console was closed: listed, then resolved at the first look.
        receiver.setBehaviour({});
        const qint64 before = receiver.stats().received;
        QVERIFY(sendEvents(api, app, 25));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().received, before + 25, 15'000);
        QDateTime resolvedAt;
        {
            EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, history);
            session.start();
            MainWindow window(&session);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(alertAbout(window).has_value(), 10'000);
            QCOMPARE(alertAbout(window)->since, since);
            QTRY_VERIFY_WITH_TIMEOUT(!alertAbout(window)->active(), 30'000);
            resolvedAt = alertAbout(window)->resolvedAt;
        }
        // And a resolved alert stays listed, as resolved, after one more restart.
        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, history);
        session.start();
        MainWindow window(&session);
        QTRY_VERIFY_WITH_TIMEOUT(alertAbout(window).has_value(), 10'000);
        QCOMPARE(alertAbout(window)->since, since);
        QCOMPARE(alertAbout(window)->resolvedAt, resolvedAt);
    }

    void deliveriesPerMinuteAgreesWithTheChart()
    {
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Initech")}})
                                .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), receiver.url()}}).status, 201);

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("rate.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        OverviewView *overview = window.overview();
        QCOMPARE(window.areas()->currentWidget(), static_cast<QWidget *>(overview));
        QVERIFY(sendEvents(api, app, 30));

        // "Last hour" (the default) with a minute or two of data: the chart's points and the
        // tile. The chart redraws as the minute goes on; ask again until it has a point.
        QLineSeries *line = throughputLine(overview);
        QVERIFY(line);
        const auto tile = [&] { return overview->tiles().at(0)->valueText().toDouble(); };
        QVERIFY(QTest::qWaitFor([&] {
            overview->refresh();
            return line->count() > 0 && tile() > 0;
        }, 60'000));
        double lowest = line->at(0).y(), highest = lowest;
        for (int i = 0; i < line->count(); ++i) {
            lowest = std::min(lowest, line->at(i).y());
            highest = std::max(highest, line->at(i).y());
        }
        // Nothing is drawn before the data began: the first point has traffic.
        QVERIFY2(line->at(0).y() > 0, qPrintable(QString::number(line->at(0).y())));
        // The tile is the points' mean (time-weighted), so it lies among them (shown rounded).
        QVERIFY2(tile() >= lowest - 0.5 && tile() <= highest + 0.5,
                 qPrintable(QStringLiteral("tile %1, chart %2–%3").arg(tile()).arg(lowest).arg(highest)));
        // The time axis fits the minute or two there are, not the whole hour with the data
        // squeezed against its right edge.
        const auto *axis = qobject_cast<QDateTimeAxis *>(line->chart()->axes(Qt::Horizontal).constFirst());
        QVERIFY(axis);
        QVERIFY2(axis->min().msecsTo(axis->max()) <= 11 * 60'000, qPrintable(axis->min().toString() + u" – " + axis->max().toString()));
        // With no earlier period the tile says where its data begins, not "no earlier data".
        QVERIFY2(overview->tiles().at(0)->trendText().startsWith(u"data since"), qPrintable(overview->tiles().at(0)->trendText()));
    }
};

QTEST_MAIN(TestAlertCentreTask)
#include "tst_task_alertcentre.moc"
