// SPDX-License-Identifier: GPL-3.0-or-later
// Operator task: "retry one delivery" with R, in the console's real window against a real
// engine, on a delivery that is still being retried on schedule. The row must show what the
// engine holds afterwards: a failed manual try does not end the schedule, so the row stays
// Retrying with its next attempt, not a Dead letter the engine then retries anyway.
#include "dashboard/connection/enginesession.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sb::dashboard;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestRetryOneTask : public QObject
{
    Q_OBJECT

    static int rowOf(const DeliveryLogModel *model, const QString &msg)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->rowAt(r).msgId == msg)
                return r;
        return -1;
    }

    // An application with one endpoint at `url`, and a call.ended of call `call` sent to it:
    // the message's id (empty if the engine refused a step); the application's in `app`.
    static QString sendOneCallEnded(ApiClient &api, const QString &name, const QString &url, const QString &call,
                                    QString *app = nullptr)
    {
        const QString appId = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), name}})
                                  .json.value(QLatin1StringView("id")).toString();
        if (app)
            *app = appId;
        if (api.post(u"/api/v1/app/" + appId + u"/endpoint", {{QStringLiteral("url"), url}}).status != 201)
            return {};
        return api.post(u"/api/v1/app/" + appId + u"/msg",
                        {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                         {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), call}}}})
            .json.value(QLatin1StringView("id")).toString();
    }

private slots:
    void aFailedManualRetryKeepsTheSchedule()
    {
        QTemporaryDir dir;
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(503);
        receiver.setBehaviour(failing);
        // One failure, then the next try in an hour: the delivery sits in Retrying.
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0, 1h")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        QString app;
        const QString message = sendOneCallEnded(api, QStringLiteral("Hooli"), receiver.url(), QStringLiteral("c7"), &app);
        QVERIFY(!message.isEmpty());

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, dir.filePath(QStringLiteral("history.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeliveryLogModel *log = window.deliveries()->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(log, message) >= 0 && log->rowAt(rowOf(log, message)).attempts == 1, 10'000);
        const DeliveryRow before = log->rowAt(rowOf(log, message));
        QCOMPARE(log->data(log->index(rowOf(log, message), DeliveryLogModel::Status)).toString(), QStringLiteral("Retrying"));
        QVERIFY(before.nextAttempt > 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.deliveries()->retryAction()->isEnabled(), 10'000);

        // R on the row; the receiver still fails.
        window.areas()->setCurrentWidget(window.deliveries());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTableView *table = window.deliveries()->table();
        table->setFocus();
        table->setCurrentIndex(log->index(rowOf(log, message), 0));
        QTest::keyClick(table, Qt::Key_R);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowAt(rowOf(log, message)).attempts, 2, 10'000);
        QCOMPARE(receiver.stats().failed, 2);
        const DeliveryRow after = log->rowAt(rowOf(log, message));
        QCOMPARE(log->data(log->index(rowOf(log, message), DeliveryLogModel::Status)).toString(), QStringLiteral("Retrying"));
        QCOMPARE(after.nextAttempt, before.nextAttempt); // the schedule goes on as it was
        // And that is what the engine holds: still pending, not dead-lettered.
        const QJsonObject stored = api.get(u"/api/v1/app/" + app + u"/msg/" + message + u"/endpoint").json
                                       .value(QLatin1StringView("data")).toArray().first().toObject();
        QCOMPARE(stored.value(QLatin1StringView("status")).toInt(), 1);
        QVERIFY(!stored.value(QLatin1StringView("nextAttempt")).isNull());
    }

    // The same task with the mouse only: the Deliveries tab, the row, then Log ▸ Retry in the
    // menu bar (the keys are in the menu beside each action, for next time).
    void aMouseUserRetriesFromTheLogMenu()
    {
        QTemporaryDir dir;
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(503);
        receiver.setBehaviour(failing);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")}); // one try: a dead letter
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString message = sendOneCallEnded(api, QStringLiteral("Initech"), receiver.url(), QStringLiteral("c9"));
        QVERIFY(!message.isEmpty());

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, dir.filePath(QStringLiteral("mouse.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Looking at the dead letters, as support staff do.
        window.deliveries()->showFilter(QStringLiteral("status:dead"));
        DeliveryLogModel *log = window.deliveries()->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(log, message) >= 0 && log->rowAt(rowOf(log, message)).status == 2, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(window.deliveries()->retryAction()->isEnabled(), 10'000);
        receiver.setBehaviour({});

        // The tab, then the row, by mouse.
        QTabBar *tabs = window.areas()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(window.areas()->indexOf(window.deliveries())).center());
        QCOMPARE(window.areas()->currentWidget(), static_cast<QWidget *>(window.deliveries()));
        QTableView *table = window.deliveries()->table();
        const QRect cell = table->visualRect(log->index(rowOf(log, message), DeliveryLogModel::Status));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(table->currentIndex().row(), rowOf(log, message));

        // Log ▸ Retry: the menu lists what the keys do, with them.
        QAction *logMenu = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->text().remove(u'&') == u"Log")
                logMenu = a;
        QVERIFY(logMenu && logMenu->menu());
        QStringList items;
        for (const QAction *a : logMenu->menu()->actions())
            if (!a->isSeparator())
                items << a->text().remove(u'&') + u' ' + a->shortcut().toString();
        for (const QString &expected : {QStringLiteral("Retry R"), QStringLiteral("Retry all matching… Ctrl+Shift+R"),
                                        QStringLiteral("Copy as cURL Ctrl+Shift+C"), QStringLiteral("Export… Ctrl+E")})
            QVERIFY2(items.contains(expected), qPrintable(items.join(u" | ")));
        QVERIFY2(std::any_of(items.cbegin(), items.cend(), [](const QString &i) { return i.startsWith(u"Pause"); }),
                 qPrintable(items.join(u" | ")));
        window.menuBar()->setActiveAction(logMenu);
        QMenu *menu = logMenu->menu();
        QTRY_VERIFY(menu->isVisible());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(window.deliveries()->retryAction()).center());
        // Delivered: the row says so, though it no longer matches status:dead.
        QTRY_COMPARE_WITH_TIMEOUT(log->rowAt(rowOf(log, message)).status, 0, 10'000);
        QCOMPARE(receiver.stats().succeeded, 1);
    }
};

QTEST_MAIN(TestRetryOneTask)
#include "tst_task_retryone.moc"
