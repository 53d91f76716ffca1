// SPDX-License-Identifier: GPL-3.0-or-later
// Operator task: a customer says "we never got call.ended for call X". In the console's real
// window against a real engine and two receivers, by keyboard: call:X in the filter, F on a
// row, the Call view shows call.started delivered to both endpoints and call.ended dead for
// the CRM endpoint. Retrying what failed while the endpoint is disabled is refused, and the
// refusal stays on screen; once the endpoint is enabled and its receiver fixed, "Retry
// everything that failed for this call" gets call.ended to the CRM.
#include "dashboard/connection/enginesession.h"
#include "dashboard/log/callstorymodel.h"
#include "dashboard/log/callview.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"
#include "support/messageboxes.h"

#include "tools/receiver/receiver.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::dashboard;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::testing::waitForMessageBox;

class TestFollowCallTask : public QObject
{
    Q_OBJECT

    static bool send(ApiClient &api, const QString &app, const QString &type, const QJsonObject &payload)
    {
        return api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), type}, {QStringLiteral("payload"), payload}})
                   .status == 202;
    }

    static QJsonObject callPayload(const QString &call, const QString &what)
    {
        return {{QStringLiteral("call_id"), call}, {QStringLiteral("what"), what}};
    }

    // How many `type` deliveries of `call` the receiver answered with success.
    static int received(const sb::tools::Receiver &receiver, const QString &call, const QString &what)
    {
        int n = 0;
        for (const sb::tools::ReceivedDelivery &d : receiver.deliveries()) {
            const QByteArray body = d.body;
            n += d.succeeded() && body.contains(call.toUtf8()) && body.contains(what.toUtf8());
        }
        return n;
    }

    static int rowOf(const CallStoryModel *model, const QString &type, const QString &endpoint)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->rowAt(r).eventType == type && model->rowAt(r).endpointId == endpoint)
                return r;
        }
        return -1;
    }

private slots:
    void followsACallAndRetriesWhatFailed()
    {
        QTemporaryDir dir;
        sb::tools::Receiver ops, crm;
        QVERIFY(ops.listen());
        QVERIFY(crm.listen());
        // One try each, then dead: what a customer's broken CRM leaves behind.
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Acme Voice")}})
                                .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!app.isEmpty());
        const auto endpoint = [&](const QString &url, const QString &description) {
            return api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), url}, {QStringLiteral("description"), description}})
                .json.value(QLatin1StringView("id")).toString();
        };
        const QString opsId = endpoint(ops.url(), QStringLiteral("Ops dashboard"));
        const QString crmId = endpoint(crm.url(), QStringLiteral("CRM sync"));
        QVERIFY(!opsId.isEmpty() && !crmId.isEmpty());

        const QString call = QStringLiteral("call_X1");
        QVERIFY(send(api, app, QStringLiteral("call.started"), callPayload(call, QStringLiteral("started"))));
        QVERIFY(send(api, app, QStringLiteral("call.started"), callPayload(QStringLiteral("call_Y2"), QStringLiteral("started"))));
        QVERIFY(send(api, app, QStringLiteral("call.ended"), callPayload(QStringLiteral("call_Y2"), QStringLiteral("ended"))));
        QVERIFY(send(api, app, QStringLiteral("agent.error"), {{QStringLiteral("detail"), QStringLiteral("no call here")}}));
        QTRY_COMPARE_WITH_TIMEOUT(received(crm, call, QStringLiteral("started")), 1, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(crm.stats().succeeded, 4, 15'000);
        auto broken = sb::tools::ReceiverBehaviour::answering(503);
        crm.setBehaviour(broken);
        QVERIFY(send(api, app, QStringLiteral("call.ended"), callPayload(call, QStringLiteral("ended"))));
        QTRY_COMPARE_WITH_TIMEOUT(received(ops, call, QStringLiteral("ended")), 1, 15'000);

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, dir.filePath(QStringLiteral("history.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeliveriesView *view = window.deliveries();
        DeliveryLogModel *log = view->model();
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 10, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(view->retryAction()->isEnabled(), 10'000); // the role is known
        window.areas()->setCurrentWidget(view);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // A delivery without a call id: F says so.
        QTableView *table = view->table();
        table->setFocus();
        for (int r = 0; r < log->rowCount(); ++r) {
            if (log->rowAt(r).eventType == u"agent.error")
                table->setCurrentIndex(log->index(r, 0));
        }
        QTest::keyClick(table, Qt::Key_F);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("This delivery's message carries no call id."));
        QVERIFY(!view->findChild<CallView *>());

        // call:X in the filter: the call's four deliveries, and nothing of call Y.
        view->filterEdit()->setFocus();
        QTest::keyClicks(view->filterEdit(), u"call:" + call);
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 4, 10'000);
        for (int r = 0; r < log->rowCount(); ++r)
            QCOMPARE(log->rowAt(r).correlationKey, call);

        // F on the first row opens the call's story.
        table->setFocus();
        table->setCurrentIndex(log->index(0, 0));
        QTest::keyClick(table, Qt::Key_F);
        CallView *story = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((story = view->findChild<CallView *>()) && story->isVisible(), 10'000);
        CallStoryModel *model = story->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10'000);
        using CallOutcome = CallStoryModel::Outcome;
        const auto outcome = [&](const QString &type, const QString &ep) {
            const int row = rowOf(model, type, ep);
            return row < 0 ? CallOutcome::Pending : CallStoryModel::outcomeOf(model->rowAt(row));
        };
        QCOMPARE(outcome(QStringLiteral("call.started"), opsId), CallOutcome::Delivered);
        QCOMPARE(outcome(QStringLiteral("call.started"), crmId), CallOutcome::Delivered);
        QCOMPARE(outcome(QStringLiteral("call.ended"), opsId), CallOutcome::Delivered);
        QCOMPARE(outcome(QStringLiteral("call.ended"), crmId), CallOutcome::DeadLetter);
        QVERIFY(rowOf(model, QStringLiteral("call.started"), opsId) < rowOf(model, QStringLiteral("call.ended"), crmId));
        QTRY_VERIFY2_WITH_TIMEOUT(story->gapsLabel()->text().contains(u"call.ended → CRM sync: dead letter after 1 attempt"),
                                  qPrintable(story->gapsLabel()->text()), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(story->retryFailedAction()->isEnabled(), 10'000);

        // The CRM endpoint is disabled: the engine refuses, and the refusal stays until read.
        QCOMPARE(api.patch(u"/api/v1/app/" + app + u"/endpoint/" + crmId, {{QStringLiteral("disabled"), true}}).status, 200);
        story->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(story));
        QTest::keyClick(story->table(), Qt::Key_R, Qt::ControlModifier);
        QMessageBox *confirm = waitForMessageBox(story, QMessageBox::Question);
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(call) && confirm->informativeText().contains(u"call.ended → CRM sync"),
                 qPrintable(confirm->text() + u'\n' + confirm->informativeText()));
        QTest::keyClick(confirm, Qt::Key_Return);
        QMessageBox *refusal = waitForMessageBox(story, QMessageBox::Warning);
        QVERIFY(refusal);
        QVERIFY2(refusal->informativeText().contains(u"409 endpoint_disabled"), qPrintable(refusal->informativeText()));
        window.statusBar()->showMessage(QStringLiteral("Dead letters: 1 more"));
        QCoreApplication::processEvents();
        QVERIFY(refusal->isVisible());
        const QPointer<QMessageBox> read(refusal);
        QTest::keyClick(refusal, Qt::Key_Return);
        QTRY_VERIFY(!read); // closed when read, and gone

        // Fixed: enabled again, the receiver answers. One action sends what failed.
        QCOMPARE(api.patch(u"/api/v1/app/" + app + u"/endpoint/" + crmId, {{QStringLiteral("disabled"), false}}).status, 200);
        crm.setBehaviour(sb::tools::ReceiverBehaviour());
        story->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(story));
        QTest::keyClick(story->table(), Qt::Key_R, Qt::ControlModifier);
        confirm = waitForMessageBox(story, QMessageBox::Question);
        QVERIFY(confirm);
        QTest::keyClick(confirm, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(received(crm, call, QStringLiteral("ended")), 1, 15'000);
        // The view follows by itself: no gap left.
        QTRY_COMPARE_WITH_TIMEOUT(outcome(QStringLiteral("call.ended"), crmId), CallOutcome::Delivered, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(story->gapsLabel()->text(), QStringLiteral("Every event of this call reached every endpoint."), 10'000);
        QCOMPARE(received(ops, call, QStringLiteral("ended")), 1); // nothing sent twice to Ops
        QVERIFY(!story->retryFailedAction()->isEnabled());
    }
};

QTEST_MAIN(TestFollowCallTask)
#include "tst_task_followcall.moc"
