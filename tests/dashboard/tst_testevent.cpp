// SPDX-License-Identifier: GPL-3.0-or-later
// Test events in a real window (offscreen) against a real engine and receiver: the catalogue's
// sample, edited, reaches the endpoint and nowhere else, marked as a test; the dialog shows the
// receiver's answer from the stream; Show in log opens the log on that message; invalid JSON
// cannot be sent; the delivery log's Ctrl+T opens the dialog on its row.
#include "dashboard/connection/enginesession.h"
#include "dashboard/endpoints/endpointsview.h"
#include "dashboard/endpoints/testeventdialog.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "dashboard/widgets/jsonhighlighter.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "core/eventcatalogue.h"
#include "tools/receiver/receiver.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using sb::dashboard::DeliveryLogModel;
using sb::dashboard::EndpointsView;
using sb::dashboard::EngineSession;
using sb::dashboard::JsonHighlighter;
using sb::dashboard::MainWindow;
using sb::dashboard::TestEventDialog;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

namespace {
const QByteArray OperatorToken = "operator-token-0123456789";
const QByteArray ViewerToken = "viewer-token-0123456789ab";

QString idOf(const sb::testing::ApiReply &r) { return r.json.value(QLatin1StringView("id")).toString(); }
} // namespace

class TestTestEvent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EngineProcess> m_engine;
    std::unique_ptr<ApiClient> m_api;
    sb::tools::Receiver m_receiver;
    sb::tools::Receiver m_bystander;
    QString m_app, m_endpoint, m_other;

private slots:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        QVERIFY(m_bystander.listen());
        const QString config = m_dir.filePath(QStringLiteral("engine.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("retry-schedule = 0\n[tokens]\nsupport = operator:" + OperatorToken + "\nwall = viewer:" + ViewerToken + "\n");
        file.close();
        m_engine = std::make_unique<EngineProcess>(QStringList{QStringLiteral("--config"), config});
        QVERIFY(m_engine->start());
        m_api = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        m_app = idOf(m_api->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Acme Voice")}}));
        m_endpoint = idOf(m_api->post(u"/api/v1/app/" + m_app + u"/endpoint",
                                      {{QStringLiteral("url"), m_receiver.url()}, {QStringLiteral("description"), QStringLiteral("CRM sync")}}));
        // Subscribed to everything too: a test event must not reach it.
        m_other = idOf(m_api->post(u"/api/v1/app/" + m_app + u"/endpoint",
                                   {{QStringLiteral("url"), m_bystander.url()}, {QStringLiteral("description"), QStringLiteral("Analytics")}}));
        QVERIFY(!m_endpoint.isEmpty() && !m_other.isEmpty());
    }

    void anEditedSampleReachesTheEndpointAndTheLogShowsIt()
    {
        // An operator: may send test events, may not edit endpoints.
        EngineSession session(QUrl(m_engine->baseUrl()), OperatorToken, m_dir.filePath(QStringLiteral("operator.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        EndpointsView *view = window.endpoints();
        window.areas()->setCurrentWidget(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->itemFor(m_endpoint), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(session.role(), QStringLiteral("operator"), 10'000);
        QVERIFY(view->selectEndpoint(m_endpoint));
        QVERIFY(!view->saveAction()->isEnabled());
        QVERIFY(view->testAction()->isEnabled());
        TestEventDialog *dialog = view->openTestEvent();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->endpointCombo()->currentData().toString(), m_endpoint, 10'000);

        // Choosing an event type loads its sample from the catalogue.
        dialog->eventCombo()->setCurrentIndex(dialog->eventCombo()->findData(QStringLiteral("call.ended")));
        const QJsonObject sample = sb::EventCatalogue::builtIn().find(u"call.ended")->sample;
        QCOMPARE(QJsonDocument::fromJson(dialog->payloadEdit()->toPlainText().toUtf8()).object(), sample);
        QVERIFY(dialog->jsonProblem().isEmpty());
        QVERIFY(dialog->sendButton()->isEnabled());

        // Invalid JSON: Send is off and the dialog says where.
        dialog->payloadEdit()->setPlainText(QStringLiteral("{\n  \"type\": \"call.ended\",\n  \"data\": {\"call_id\": }\n}"));
        QVERIFY2(dialog->jsonProblem().startsWith(u"Line 3, column"), qPrintable(dialog->jsonProblem()));
        QVERIFY(!dialog->sendButton()->isEnabled());
        QVERIFY(dialog->sendButton()->toolTip().contains(u"Line 3"));
        QVERIFY(!dialog->payloadEdit()->extraSelections().isEmpty());
        dialog->payloadEdit()->setPlainText(QStringLiteral("[1, 2]"));
        QVERIFY(dialog->jsonProblem().contains(u"object"));
        QVERIFY(!dialog->sendButton()->isEnabled());

        // The edited sample goes out.
        QJsonObject edited = sample;
        QJsonObject data = edited.value(QLatin1StringView("data")).toObject();
        data.insert(QStringLiteral("call_id"), QStringLiteral("call_test_42"));
        edited.insert(QStringLiteral("data"), data);
        dialog->payloadEdit()->setPlainText(QString::fromUtf8(QJsonDocument(edited).toJson()));
        QVERIFY(dialog->sendButton()->isEnabled());
        QSignalSpy shown(dialog, &TestEventDialog::attemptShown);
        m_receiver.clear();
        m_bystander.clear();
        dialog->sendButton()->click();
        QVERIFY(shown.wait(10'000));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.stats().received, 1, 10'000);
        QCOMPARE(m_receiver.deliveries().first().bodyJson().toObject(), edited);
        QCOMPARE(m_receiver.deliveries().first().webhookId, dialog->messageId());
        QVERIFY2(dialog->resultText().contains(u"HTTP 200"), qPrintable(dialog->resultText()));
        QVERIFY(dialog->resultText().contains(u"test"));
        QCOMPARE(dialog->lastAttempt().value(QLatin1StringView("trigger")).toString(), QStringLiteral("test"));
        QVERIFY(!dialog->responseText().isEmpty());
        QCOMPARE(m_bystander.stats().received, 0);

        // Show in log: the Deliveries tab, filtered to that message.
        QVERIFY(dialog->showInLogButton()->isEnabled());
        const QString msg = dialog->messageId();
        dialog->showInLogButton()->click();
        QCOMPARE(window.areas()->currentWidget(), window.deliveries());
        QCOMPARE(window.deliveries()->filterEdit()->text(), msg);
        DeliveryLogModel *model = window.deliveries()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && model->rowAt(0).msgId == msg && model->rowAt(0).status == 0, 10'000);
        QCOMPARE(m_bystander.stats().received, 0);
    }

    void theLogsContextMenuOpensItOnTheRow()
    {
        const QString msg = idOf(m_api->post(u"/api/v1/app/" + m_app + u"/msg",
                                             {{QStringLiteral("eventType"), QStringLiteral("agent.function_called")},
                                              {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("call_9")}}}}));
        EngineSession session(QUrl(m_engine->baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("admin.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        sb::dashboard::DeliveriesView *log = window.deliveries();
        window.areas()->setCurrentWidget(log);
        DeliveryLogModel *model = log->model();
        const auto rowOf = [model, &msg, this] {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->rowAt(r).msgId == msg && model->rowAt(r).endpointId == m_other)
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(log->sendTestAction()->isEnabled(), 10'000);
        QVERIFY(log->table()->actions().contains(log->sendTestAction()));
        log->table()->setFocus();
        log->table()->setCurrentIndex(model->index(rowOf(), 0));
        QTest::keyClick(log->table(), Qt::Key_T, Qt::ControlModifier);
        TestEventDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = log->findChild<TestEventDialog *>()) != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->endpointCombo()->currentData().toString(), m_other, 10'000);
        QCOMPARE(dialog->eventCombo()->currentData().toString(), QStringLiteral("agent.function_called"));
        QVERIFY(dialog->payloadEdit()->toPlainText().contains(u"agent.function_called"));
        dialog->close();
    }

    void aViewerCannotSend()
    {
        EngineSession session(QUrl(m_engine->baseUrl()), ViewerToken, m_dir.filePath(QStringLiteral("viewer.db")));
        session.start();
        TestEventDialog dialog(&session);
        dialog.preselect(m_endpoint, QStringLiteral("call.started"));
        QTRY_COMPARE_WITH_TIMEOUT(session.role(), QStringLiteral("viewer"), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.endpointCombo()->currentData().toString(), m_endpoint, 10'000);
        QVERIFY(dialog.jsonProblem().isEmpty());
        QVERIFY(!dialog.sendButton()->isEnabled());
        QVERIFY2(dialog.sendButton()->toolTip().contains(u"operator"), qPrintable(dialog.sendButton()->toolTip()));
    }

    void theEditorHighlightsJson()
    {
        const QString line = QStringLiteral("  \"call_id\": \"call_42\", \"duration\": 37.5, \"ok\": true, \"x\": null}");
        QCOMPARE(JsonHighlighter::kindAt(line, 3), JsonHighlighter::Kind::Key);
        QCOMPARE(JsonHighlighter::kindAt(line, 15), JsonHighlighter::Kind::String);
        QCOMPARE(JsonHighlighter::kindAt(line, line.indexOf(u"37.5") + 1), JsonHighlighter::Kind::Number);
        QCOMPARE(JsonHighlighter::kindAt(line, line.indexOf(u"true")), JsonHighlighter::Kind::Literal);
        QCOMPARE(JsonHighlighter::kindAt(line, line.indexOf(u"null") + 2), JsonHighlighter::Kind::Literal);
        QCOMPARE(JsonHighlighter::kindAt(line, line.size() - 1), JsonHighlighter::Kind::Punctuation);
        // Digits inside a string are the string's.
        QCOMPARE(JsonHighlighter::kindAt(line, line.indexOf(u"42")), JsonHighlighter::Kind::String);
    }
};

QTEST_MAIN(TestTestEvent)
#include "tst_testevent.moc"
