// SPDX-License-Identifier: GPL-3.0-or-later
// The whole product together: a real engine, a real receiver and the console's real window
// (offscreen). An endpoint is created in the console's editor, a test event fired from the
// console reaches the receiver and the log; then the receiver fails: the failure, the
// scheduled retry and the dead letter show in the log, a manual retry from the log (R) gets
// it through, and the Overview's counts match what the receiver saw.
#include "dashboard/alerts/alertmonitor.h"
#include "dashboard/connection/enginesession.h"
#include "dashboard/endpoints/endpointeditor.h"
#include "dashboard/endpoints/endpointsview.h"
#include "dashboard/endpoints/testeventdialog.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "dashboard/overview/overviewview.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::dashboard;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestEndToEnd : public QObject
{
    Q_OBJECT

    static int rowOf(const DeliveryLogModel *model, const QString &msg)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->rowAt(r).msgId == msg)
                return r;
        return -1;
    }

private slots:
    void fromEditorToReceiverAndBack()
    {
        QTemporaryDir dir;
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        // Two attempts a second apart, then a dead letter: the whole life of a failure in seconds.
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0, 1s")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient producer(engine.baseUrl(), EngineProcess::Token);
        const QString app = producer.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Acme Voice")}})
                                .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!app.isEmpty());

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, dir.filePath(QStringLiteral("history.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 1. The endpoint, made in the console's editor.
        EndpointsView *endpoints = window.endpoints();
        window.areas()->setCurrentWidget(endpoints);
        QTRY_VERIFY_WITH_TIMEOUT(endpoints->newAction()->isEnabled(), 10'000);
        endpoints->newAction()->trigger();
        EndpointEditor *form = endpoints->editor();
        QTRY_COMPARE_WITH_TIMEOUT(form->appId(), app, 10'000);
        QTest::keyClicks(form->urlEdit(), receiver.url() + u"/hooks");
        QTest::keyClicks(form->descriptionEdit(), QStringLiteral("CRM sync"));
        QSignalSpy saved(endpoints, &EndpointsView::saved);
        endpoints->saveAction()->trigger();
        QVERIFY(saved.wait(10'000));
        const QString endpoint = saved.last().first().toJsonObject().value(QLatin1StringView("id")).toString();
        QCOMPARE(producer.get(u"/api/v1/app/" + app + u"/endpoint/" + endpoint).json.value(QLatin1StringView("url")).toString(),
                 receiver.url() + u"/hooks");

        // 2. A test event from the console: at the receiver, and in the log.
        QVERIFY(endpoints->selectEndpoint(endpoint));
        TestEventDialog *test = endpoints->openTestEvent();
        QVERIFY(test);
        QTRY_COMPARE_WITH_TIMEOUT(test->endpointCombo()->currentData().toString(), endpoint, 10'000);
        test->eventCombo()->setCurrentIndex(test->eventCombo()->findData(QStringLiteral("call.started")));
        QTRY_VERIFY(test->sendButton()->isEnabled());
        QSignalSpy shown(test, &TestEventDialog::attemptShown);
        test->sendButton()->click();
        QVERIFY(shown.wait(10'000));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().succeeded, 1, 10'000);
        const QString testMessage = test->messageId();
        QCOMPARE(receiver.deliveries().first().webhookId, testMessage);
        test->close();
        DeliveryLogModel *log = window.deliveries()->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(log, testMessage) >= 0 && log->rowAt(rowOf(log, testMessage)).status == 0, 10'000);

        // 3. The receiver fails: the first attempt, the scheduled retry, then a dead letter.
        auto failing = sb::tools::ReceiverBehaviour::answering(503);
        receiver.setBehaviour(failing);
        const QString message = producer.post(u"/api/v1/app/" + app + u"/msg",
                                              {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                               {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("call_e2e")}}}})
                                    .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!message.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(log, message) >= 0 && log->rowAt(rowOf(log, message)).attempts >= 1, 10'000);
        QCOMPARE(log->rowAt(rowOf(log, message)).httpCode, 503);
        QTRY_VERIFY_WITH_TIMEOUT(log->rowAt(rowOf(log, message)).status == 2, 15'000); // retried once, then dead
        QCOMPARE(log->rowAt(rowOf(log, message)).attempts, 2);
        QCOMPARE(log->data(log->index(rowOf(log, message), DeliveryLogModel::Status)).toString(), QStringLiteral("Dead letter"));
        QCOMPARE(receiver.stats().failed, 2);
        // The console noticed the new dead letter on the live stream and raised an alert.
        QTRY_VERIFY_WITH_TIMEOUT(window.alerts()->rules().active().contains(QStringLiteral("dead-letters")), 10'000);
        QCOMPARE(window.alerts()->rules().active().value(QStringLiteral("dead-letters")).logFilter, QStringLiteral("status:dead"));

        // 4. Fixed on the receiver's side; R in the log sends it again and the row turns green.
        receiver.setBehaviour(sb::tools::ReceiverBehaviour());
        window.areas()->setCurrentWidget(window.deliveries());
        QTableView *table = window.deliveries()->table();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        table->setCurrentIndex(log->index(rowOf(log, message), 0));
        QTest::keyClick(table, Qt::Key_R);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().succeeded, 2, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowAt(rowOf(log, message)).status, 0, 10'000);
        QCOMPARE(log->rowAt(rowOf(log, message)).attempts, 3);

        // 5. The Overview's counts are the receiver's.
        OverviewView *overview = window.overview();
        window.areas()->setCurrentWidget(overview);
        const auto totals = [overview](qint64 *attempts, qint64 *succeeded) {
            *attempts = *succeeded = 0;
            for (const OverviewBucket &b : overview->data().buckets) {
                *attempts += b.attempts;
                *succeeded += b.succeeded();
            }
        };
        qint64 attempts = 0, succeeded = 0;
        QTRY_VERIFY_WITH_TIMEOUT((overview->refresh(), totals(&attempts, &succeeded), attempts == receiver.stats().received), 10'000);
        QCOMPARE(attempts, 4);
        QCOMPARE(succeeded, receiver.stats().succeeded);
        QCOMPARE(attempts - succeeded, receiver.stats().failed);
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
