// SPDX-License-Identifier: GPL-3.0-or-later
// The console's delivery log in a real window (offscreen) against a real engine and receiver:
// a dead letter appears, R retries it, the row turns successful; the detail pane shows the
// attempts; with the engine gone the stored history stays browsable; a viewer cannot retry.
#include "dashboard/connection/enginesession.h"
#include "dashboard/history/deliveryfilter.h"
#include "dashboard/history/historyreader.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverydetailpane.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "dashboard/settings/consoletranslations.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QAction>
#include <QApplication>
#include <QAbstractItemView>
#include <QClipboard>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using sb::dashboard::DeliveryLogModel;
using sb::dashboard::EngineSession;
using sb::dashboard::MainWindow;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

namespace {
const QByteArray ViewerToken = "viewer-token-0123456789ab";
}

class TestDeliveriesView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int rowOf(const DeliveryLogModel *model, const QString &msg)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->rowAt(r).msgId == msg)
                return r;
        }
        return -1;
    }

private slots:
    // As the console's main() does: English, with its plural forms.
    void initTestCase() { sb::dashboard::ConsoleTranslations::install(qApp, QStringLiteral("en")); }

    void retryFromTheLogDeliversADeadLetter()
    {
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(503);
        receiver.setBehaviour(failing);
        const QString config = m_dir.filePath(QStringLiteral("engine.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("retry-schedule = 0\n[tokens]\nwall = viewer:" + ViewerToken + "\n");
        file.close();
        EngineProcess engine({QStringLiteral("--config"), config});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Acme")}})
                                .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), receiver.url()},
                                                                  {QStringLiteral("description"), QStringLiteral("CRM")}}).status, 201);
        const QString msg = api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                                       {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("call_77")}}}})
                                .json.value(QLatin1StringView("id")).toString();

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("admin.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.deliveries();
        window.areas()->setCurrentWidget(view); // the console opens on the Overview
        QVERIFY(view);
        DeliveryLogModel *model = view->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, msg) >= 0 && model->rowAt(rowOf(model, msg)).status == 2, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionText(), QStringLiteral("Live"), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(view->retryAction()->isEnabled(), 10'000); // admin
        // The endpoint's name, once the console has it (it may come after the row on a busy machine).
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(rowOf(model, msg), DeliveryLogModel::Endpoint)).toString(),
                                  QStringLiteral("CRM"), 10'000);

        // Keyboard only: select the row, read its detail, press R.
        view->table()->setFocus();
        view->table()->setCurrentIndex(model->index(rowOf(model, msg), 0));
        QTRY_VERIFY_WITH_TIMEOUT(view->detail()->toPlainText().contains(u"503"), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(view->detail()->toPlainText().contains(u"call_77"), 10'000);
        // The latest attempt opens by itself: headers as sent, the response's headers and body.
        QTRY_VERIFY_WITH_TIMEOUT(view->detail()->toPlainText().contains(u"Request headers as sent"), 10'000);
        const QString detail = view->detail()->toPlainText();
        QVERIFY2(detail.contains(u"webhook-signature:") && detail.contains(u"webhook-id:") && detail.contains(u"Response headers")
                     && detail.contains(u"\"reason\""),
                 qPrintable(detail));
        receiver.setBehaviour(sb::tools::ReceiverBehaviour());
        QTest::keyClick(view->table(), Qt::Key_R);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().succeeded, 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowAt(rowOf(model, msg)).status, 0, 10'000);
        QCOMPARE(model->data(model->index(rowOf(model, msg), DeliveryLogModel::Status)).toString(), QStringLiteral("Succeeded"));

        // Copy as cURL repeats the latest request: URL, headers as sent, the payload.
        QApplication::clipboard()->clear();
        QTest::keyClick(view->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().startsWith(u"curl -X POST"), 10'000);
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.contains(u"webhook-signature: v1,") && curl.contains(u"call_77") && curl.contains(receiver.url()),
                 qPrintable(curl));
        QTest::keyClick(view->table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), msg);

        // Export the log as CSV and JSON.
        QSignalSpy exported(session.reader(), &sb::dashboard::HistoryReader::exportFinished);
        view->exportTo(m_dir.filePath(QStringLiteral("log.csv")));
        QVERIFY(exported.wait(10'000));
        QVERIFY(exported.last().at(0).toBool());
        QFile csv(m_dir.filePath(QStringLiteral("log.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("time,msg_id,"));
        QVERIFY(lines.at(1).contains(msg.toLatin1()));
        view->exportTo(m_dir.filePath(QStringLiteral("log.json")));
        QVERIFY(exported.wait(10'000));
        QFile json(m_dir.filePath(QStringLiteral("log.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1StringView("status")).toInt(), 0);

        // The filter bar: invalid text is flagged and not applied; a valid one is.
        QTest::keyClicks(view->filterEdit(), QStringLiteral("status:bogus"));
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        QCOMPARE(model->rowCount(), 1);
        view->filterEdit()->clear();
        QTest::keyClicks(view->filterEdit(), QStringLiteral("status:dead"));
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(model->rowCount(), 0);
        view->filterEdit()->clear();
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(model->rowCount(), 1);

        // Completion offers the endpoint's name for the term under the cursor; choosing it
        // keeps the rest of the filter.
        QTest::keyClicks(view->filterEdit(), QStringLiteral("status:succeeded endpoint:C"));
        QCompleter *completer = view->findChild<QCompleter *>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(completer->completionModel()->index(0, 0).data().toString() == u"endpoint:CRM");
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(view->filterEdit()->text(), QStringLiteral("status:succeeded endpoint:CRM"));
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(model->rowCount(), 1);

        // Ctrl+End: oldest first, the oldest selected; Ctrl+Home: back to newest first.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_End, Qt::ControlModifier);
        QVERIFY(model->oldestFirst());
        QTRY_COMPARE(view->table()->currentIndex().row(), 0);
        QTest::keyClick(view->table(), Qt::Key_Home, Qt::ControlModifier);
        QVERIFY(!model->oldestFirst());

        // The engine goes away: the window says so and the stored history stays.
        engine.kill();
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionText().startsWith(u"Offline"), 10'000);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowAt(0).msgId, msg);
    }

    void bulkRetryFollowsTheFilter()
    {
        sb::tools::Receiver receiver;
        QVERIFY(receiver.listen());
        auto failing = sb::tools::ReceiverBehaviour::answering(500);
        receiver.setBehaviour(failing);
        EngineProcess engine({QStringLiteral("--retry-schedule"), QStringLiteral("0")});
        QVERIFY(engine.start());
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Bulk")}})
                                .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), receiver.url()}}).status, 201);
        for (const char *type : {"call.ended", "call.ended", "call.ended", "agent.error"})
            QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QString::fromLatin1(type)},
                                                                 {QStringLiteral("payload"), QJsonObject()}}).status, 202);

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("bulk.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        auto *view = window.deliveries();
        window.areas()->setCurrentWidget(view); // the console opens on the Overview
        DeliveryLogModel *model = view->model();
        const auto dead = [model] {
            int n = 0;
            for (int r = 0; r < model->rowCount(); ++r)
                n += model->rowAt(r).status == 2;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(dead(), 4, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(view->retryAllAction()->isEnabled(), 10'000);

        // A filter the engine cannot express is refused with a reason, in a box that stays.
        QSignalSpy messages(view, &sb::dashboard::DeliveriesView::statusMessage);
        view->filterEdit()->setText(QStringLiteral("event:call.*"));
        view->retryAllMatching();
        QMessageBox *refusal = view->findChild<QMessageBox *>();
        QVERIFY(refusal && refusal->text().contains(u"cannot be sent"));
        refusal->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!view->findChild<QMessageBox *>());

        receiver.setBehaviour(sb::tools::ReceiverBehaviour());
        view->filterEdit()->setText(QStringLiteral("event:call.ended status:dead"));
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(model->rowCount(), 3);
        window.activateWindow(); // shortcuts need the window active again after the box
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = view->findChild<QMessageBox *>()) != nullptr, 10'000);
        // No app: in the filter: one engine task for every application.
        QCOMPARE(confirm->text(), QStringLiteral("Send 3 dead deliveries of every application again?"));
        // Enter sends: the shortcut already said what the operator wants.
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Yes));
        QTest::keyClick(confirm, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().succeeded, 3, 15'000);
        QTRY_VERIFY2_WITH_TIMEOUT(messages.last().first().toString().contains(u"finished"), qPrintable(messages.last().first().toString()), 10'000);
        // The agent.error delivery was outside the filter: still dead.
        view->filterEdit()->clear();
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dead(), 1, 10'000);
    }

    void aViewerCannotRetry()
    {
        EngineProcess engine({QStringLiteral("--config"), m_dir.filePath(QStringLiteral("engine.conf"))});
        QVERIFY(engine.start());
        EngineSession session(QUrl(engine.baseUrl()), ViewerToken, m_dir.filePath(QStringLiteral("viewer.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(session.role(), QStringLiteral("viewer"), 10'000);
        QVERIFY(!window.deliveries()->retryAction()->isEnabled());
        QVERIFY(window.deliveries()->retryAction()->toolTip().contains(u"operator"));
        QVERIFY(!window.deliveries()->retryAllAction()->isEnabled());

        // F1 explains the filter language, every field of it.
        QTest::keyClick(&window, Qt::Key_F1);
        QMessageBox *help = nullptr;
        QTRY_VERIFY((help = window.findChild<QMessageBox *>()) != nullptr);
        for (const QString &field : sb::dashboard::DeliveryFilter::fields())
            QVERIFY2(help->text().contains(u"<code>" + field + u':'), qPrintable(field));
        help->close();
    }
};

QTEST_MAIN(TestDeliveriesView)
#include "tst_deliveriesview.moc"
