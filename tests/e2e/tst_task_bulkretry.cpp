// SPDX-License-Identifier: GPL-3.0-or-later
// Operator task: "retry all of that customer's dead letters and watch them succeed", in the
// console's real window against a real engine and receiver, by keyboard as at 3 a.m.: the
// customer named as the completer writes it (app:"Globex Logistics") or by part of its name,
// Ctrl+Shift+R, Enter. Also: an engine refusal stays on screen, and a bulk retry held back
// by a busy engine says so instead of sitting at 0 %.
#include "dashboard/connection/enginesession.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "dashboard/settings/consoletranslations.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::dashboard;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestBulkRetryTask : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString makeApp(ApiClient &api, const QString &name, const QString &url, const QJsonObject &endpointExtra = {})
    {
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), name}})
                                .json.value(QLatin1StringView("id")).toString();
        QJsonObject endpoint = endpointExtra;
        endpoint.insert(QStringLiteral("url"), url);
        if (api.post(u"/api/v1/app/" + app + u"/endpoint", endpoint).status != 201)
            return {};
        return app;
    }

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

    // Rows of the log (unfiltered) of `app` in `status`.
    static int rows(const DeliveryLogModel *log, const QString &app, int status)
    {
        int n = 0;
        for (int r = 0; r < log->rowCount(); ++r)
            n += log->rowAt(r).appId == app && log->rowAt(r).status == status;
        return n;
    }

    // Types the filter, applies it with Enter, and asks for "Retry all matching" with its key.
    static void retryAllByKeyboard(MainWindow &window, const QString &filter)
    {
        DeliveriesView *view = window.deliveries();
        window.areas()->setCurrentWidget(view);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->filterEdit()->setFocus();
        view->filterEdit()->selectAll();
        QTest::keyClicks(view->filterEdit(), filter);
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    }

    // The visible message box over `parent`, once there is one (null after 10 s).
    static QMessageBox *waitForBox(QWidget *parent)
    {
        QMessageBox *box = nullptr;
        return QTest::qWaitFor([&] { return (box = parent->findChild<QMessageBox *>()) != nullptr && box->isVisible(); }, 10'000)
            ? box : nullptr;
    }

private slots:
    // As the console's main() does: English, with its plural forms.
    void initTestCase() { ConsoleTranslations::install(qApp, QStringLiteral("en")); }

    void retriesOneCustomersDeadLettersByName()
    {
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(503);
        receiver.setBehaviour(failing);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString globex = makeApp(api, QStringLiteral("Globex Logistics"), receiver.url());
        const QString acme = makeApp(api, QStringLiteral("Acme Voice"), receiver.url());
        QVERIFY(!globex.isEmpty() && !acme.isEmpty());
        QVERIFY(sendEvents(api, globex, 5));
        QVERIFY(sendEvents(api, acme, 3));

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("byname.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeliveryLogModel *log = window.deliveries()->model();
        QTRY_VERIFY_WITH_TIMEOUT(rows(log, globex, 2) == 5 && rows(log, acme, 2) == 3, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(window.deliveries()->retryAllAction()->isEnabled(), 10'000);
        receiver.setBehaviour(sb::tools::ReceiverBehaviour()); // the customer fixed its endpoint
        QSignalSpy said(window.deliveries(), &DeliveriesView::statusMessage);

        // The name as the completer writes it: the engine knows apps by id, the console asks by id.
        retryAllByKeyboard(window, QStringLiteral("app:\"Globex Logistics\" status:dead"));
        QMessageBox *confirm = waitForBox(window.deliveries());
        QVERIFY(confirm);
        QCOMPARE(confirm->text(), QStringLiteral("Send 5 dead deliveries of Globex Logistics again?"));
        QTest::keyClick(confirm, Qt::Key_Return); // Enter runs it
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().succeeded, 5, 15'000);
        window.deliveries()->showFilter(QString());
        QTRY_COMPARE_WITH_TIMEOUT(rows(log, globex, 0), 5, 10'000);
        QCOMPARE(rows(log, acme, 2), 3); // another customer's dead letters were left alone
        QTRY_VERIFY_WITH_TIMEOUT(said.count() > 0 && said.last().first().toString().startsWith(u"Bulk retry finished: 5 of 5"), 10'000);
        QVERIFY(!window.deliveries()->findChild<QMessageBox *>());

        // Part of a name, in another case, is enough.
        retryAllByKeyboard(window, QStringLiteral("app:acme"));
        confirm = waitForBox(window.deliveries());
        QVERIFY(confirm);
        QCOMPARE(confirm->text(), QStringLiteral("Send 3 dead deliveries of Acme Voice again?"));
        QTest::keyClick(confirm, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().succeeded, 8, 15'000);
        window.deliveries()->showFilter(QString());
        QTRY_COMPARE_WITH_TIMEOUT(rows(log, acme, 0), 3, 10'000);
    }

    // One of the customer's endpoints was disabled (by hand or by the circuit breaker): the
    // bulk retry sends the others and a box names the endpoint it could not send to and what
    // to do, instead of "finished" while those dead letters stay dead.
    void aDisabledEndpointIsNamedNotWaitedFor()
    {
        sb::tools::Receiver crm, billing;
        QVERIFY(crm.listen());
        QVERIFY(billing.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(503);
        crm.setBehaviour(failing);
        billing.setBehaviour(failing);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString initech = makeApp(api, QStringLiteral("Initech Voice"), crm.url());
        QVERIFY(!initech.isEmpty());
        const QString billingId = api.post(u"/api/v1/app/" + initech + u"/endpoint",
                                           {{QStringLiteral("url"), billing.url()}, {QStringLiteral("description"), QStringLiteral("Initech billing")}})
                                      .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!billingId.isEmpty());
        QVERIFY(sendEvents(api, initech, 3));

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("disabled.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeliveryLogModel *log = window.deliveries()->model();
        QTRY_COMPARE_WITH_TIMEOUT(rows(log, initech, 2), 6, 15'000);
        QCOMPARE(api.patch(u"/api/v1/app/" + initech + u"/endpoint/" + billingId, {{QStringLiteral("disabled"), true}}).status, 200);
        crm.setBehaviour(sb::tools::ReceiverBehaviour());
        billing.setBehaviour(sb::tools::ReceiverBehaviour());
        billing.clear();
        QTRY_VERIFY_WITH_TIMEOUT(window.deliveries()->retryAllAction()->isEnabled(), 10'000);

        retryAllByKeyboard(window, QStringLiteral("app:initech"));
        QMessageBox *confirm = waitForBox(window.deliveries());
        QVERIFY(confirm);
        QTest::keyClick(confirm, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(crm.stats().succeeded, 3, 15'000);
        QMessageBox *leftAlone = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((leftAlone = window.deliveries()->findChild<QMessageBox *>()) && leftAlone->isVisible()
                                     && leftAlone->icon() == QMessageBox::Warning, 15'000);
        QVERIFY2(leftAlone->text().contains(u"Initech billing") && leftAlone->text().contains(u"disabled")
                     && leftAlone->text().contains(u"3 dead deliveries not sent")
                     // What was sent is counted apart from what was left alone, not "3 of 3".
                     && leftAlone->text().contains(u"sent 3 dead deliveries again"),
                 qPrintable(leftAlone->text()));
        QCOMPARE(billing.stats().received, 0);
        QTest::keyClick(leftAlone, Qt::Key_Return);
        QTRY_VERIFY(!window.deliveries()->findChild<QMessageBox *>());
    }

    void anEngineRefusalStaysOnScreen()
    {
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(500);
        receiver.setBehaviour(failing);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString gone = makeApp(api, QStringLiteral("Umbrella Telecom"), receiver.url());
        QVERIFY(!gone.isEmpty());
        QVERIFY(sendEvents(api, gone, 2));

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("refused.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeliveryLogModel *log = window.deliveries()->model();
        QTRY_COMPARE_WITH_TIMEOUT(rows(log, gone, 2), 2, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(window.deliveries()->retryAllAction()->isEnabled(), 10'000);
        // The console still holds the app's dead letters; the engine no longer has the app.
        QCOMPARE(api.remove(u"/api/v1/app/" + gone).status, 204);

        retryAllByKeyboard(window, u"app:" + gone);
        QMessageBox *confirm = waitForBox(window.deliveries());
        QVERIFY(confirm);
        QTest::keyClick(confirm, Qt::Key_Return);
        QMessageBox *refusal = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((refusal = window.deliveries()->findChild<QMessageBox *>()) && refusal->isVisible()
                                     && refusal->icon() == QMessageBox::Warning, 10'000);
        QVERIFY2(refusal->text().contains(u"application not found"), qPrintable(refusal->text()));
        // Other news on the status bar does not take it away.
        window.statusBar()->showMessage(QStringLiteral("Dead letters: 3 more"));
        QCoreApplication::processEvents();
        QVERIFY(refusal->isVisible());
    }

    void aBulkRetryHeldBackByTheEngineSaysSo()
    {
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(500);
        receiver.setBehaviour(failing);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        // Globex's endpoint takes one request at a time: its 250 dead letters, handed over a
        // page at a time, soon wait for a connection, and the task waits for them.
        constexpr int Dead = 250;
        const QString globex = makeApp(api, QStringLiteral("Globex Logistics"), receiver.url(),
                                       {{QStringLiteral("maxConcurrency"), 1}});
        QVERIFY(sendEvents(api, globex, Dead));
        // Another customer's endpoint is down and retries in an hour: 120 deliveries scheduled
        // for later, which must not hold the task back (they did: issue 18, part 1).
        const QString initech = makeApp(api, QStringLiteral("Initech"), receiver.url(),
                                        {{QStringLiteral("retrySchedule"), QJsonArray{0, 3600}}});
        QVERIFY(!globex.isEmpty() && !initech.isEmpty());
        QVERIFY(sendEvents(api, initech, 120));

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("held.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeliveryLogModel *log = window.deliveries()->model();
        // The stream is in order: once Initech's rows (sent last) are in, all of Globex's are
        // in the console's history, though the log shows only the newest rows.
        QTRY_COMPARE_WITH_TIMEOUT(rows(log, initech, 1), 120, 30'000);
        sb::tools::ReceiverBehaviour slow;
        slow.latencyMs = 100;
        receiver.setBehaviour(slow);
        QTRY_VERIFY_WITH_TIMEOUT(window.deliveries()->retryAllAction()->isEnabled(), 10'000);

        retryAllByKeyboard(window, QStringLiteral("app:globex"));
        QMessageBox *confirm = waitForBox(window.deliveries());
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(u"250"), qPrintable(confirm->text()));
        QTest::keyClick(confirm, Qt::Key_Return);
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((progress = window.deliveries()->findChild<QProgressDialog *>()) && progress->isVisible(), 10'000);
        // What the engine reports: the task is held back by its own sends, queued for the one
        // connection, and got past the other customer's retries scheduled for later.
        QTRY_VERIFY2_WITH_TIMEOUT(progress->labelText().contains(u"of 250 sent): its delivery queue is busy with"),
                                  qPrintable(progress->labelText()), 20'000);
        QVERIFY2(progress->labelText().contains(u"Waiting for the engine (200 of 250 sent)"), qPrintable(progress->labelText()));

        // A stopped engine answers nothing; the dialog says how long it has waited.
        engine.freeze();
        const auto thawAtEnd = qScopeGuard([&engine] { engine.thaw(); });
        QTRY_VERIFY2_WITH_TIMEOUT(progress->labelText().contains(u"of 250 sent): no answer for"),
                                  qPrintable(progress->labelText()), 10'000);
        engine.thaw();
        QTRY_VERIFY2_WITH_TIMEOUT(progress->labelText().contains(u"its delivery queue is busy"), qPrintable(progress->labelText()), 10'000);

        // Escape cancels the engine's task.
        QSignalSpy said(window.deliveries(), &DeliveriesView::statusMessage);
        QTest::keyClick(progress, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(said.count() > 0 && said.last().first().toString().contains(u"cancelled"), 10'000);
        QCOMPARE(api.get(QStringLiteral("/api/v1/background-task")).json.value(QLatin1StringView("data")).toArray()
                     .first().toObject().value(QLatin1StringView("status")).toString(),
                 QStringLiteral("cancelled"));
    }
};

QTEST_MAIN(TestBulkRetryTask)
#include "tst_task_bulkretry.moc"
