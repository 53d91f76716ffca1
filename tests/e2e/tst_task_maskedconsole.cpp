// SPDX-License-Identifier: GPL-3.0-or-later
// Support staff with a viewer token: the console shows calls' events with what callers said
// masked, and its local history never holds the unmasked text. A real engine with its default
// masking rules, a receiver and a CRM whose answers quote the caller; the console's history
// database file (and its write-ahead log) is searched byte for byte.
#include "dashboard/connection/enginesession.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverydetailpane.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "support/apiclient.h"
#include "support/echoingreceiver.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::dashboard;
using sb::testing::ApiClient;
using sb::testing::EchoingReceiver;
using sb::testing::EngineProcess;

namespace {

const QByteArray ViewerToken = "viewer-token-0123456789ab";
const QByteArray Phone = "+14155550123";
const QByteArray Transcript = "my card number is 4111 and my pin is 9921";
const QByteArray EchoedTranscript = "the caller said their pin is 9921";
const QByteArray EchoedPhone = "+442071838750";

// Every byte the console keeps on disk: the database, its write-ahead log and shared memory.
QByteArray historyBytes(const QString &dir)
{
    QByteArray all;
    for (const QFileInfo &file : QDir(dir).entryInfoList({QStringLiteral("history.db*")}, QDir::Files)) {
        QFile f(file.filePath());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestMaskedConsoleTask : public QObject
{
    Q_OBJECT

    // The history file: the masked answers are there, what callers said is not.
    static void verifyHistoryHidesCallers(const QString &dir, const QString &crmId)
    {
        const QByteArray stored = historyBytes(dir);
        QVERIFY(stored.contains(crmId.toUtf8()));
        for (const QByteArray &secret : {Phone, Transcript, EchoedTranscript, EchoedPhone})
            QVERIFY2(!stored.contains(secret), secret.constData());
        QVERIFY(stored.contains("[masked]"));
    }

private slots:
    void viewersConsoleNeverHoldsWhatCallersSaid()
    {
        QTemporaryDir dir;
        sb::tools::Receiver ops;
        QVERIFY(ops.listen());
        EchoingReceiver crm("{\"ok\":true,\"transcript\":\"" + EchoedTranscript + "\",\"note\":\"call back on " + EchoedPhone + "\"}");
        QVERIFY(crm.listen(QHostAddress::LocalHost));
        const QString config = dir.filePath(QStringLiteral("engine.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("retry-schedule = 0\n[tokens]\nsupport = viewer:" + ViewerToken + "\n");
        file.close();
        EngineProcess engine({QStringLiteral("--config"), config});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Acme Voice")}})
                                .json.value(QLatin1StringView("id")).toString();
        const auto endpoint = [&](const QString &url, const QString &description) {
            return api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), url}, {QStringLiteral("description"), description}})
                .json.value(QLatin1StringView("id")).toString();
        };
        const QString opsId = endpoint(ops.url(), QStringLiteral("Ops dashboard"));
        const QString crmId = endpoint(crm.url(), QStringLiteral("CRM sync"));
        QVERIFY(!opsId.isEmpty() && !crmId.isEmpty());

        // The console is open before the calls come in (live frames), and catches up on
        // what came before it (the stream's replay): both paths are masked.
        const auto sendCall = [&](int n) {
            const QJsonObject payload{{QStringLiteral("call_id"), QStringLiteral("call_%1").arg(n)},
                                      {QStringLiteral("from"), QString::fromUtf8(Phone)},
                                      {QStringLiteral("transcript"), QString::fromUtf8(Transcript)}};
            return api.post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("transcript.ready")},
                                                              {QStringLiteral("payload"), payload}}).status == 202;
        };
        QVERIFY(sendCall(1));
        QTRY_COMPARE_WITH_TIMEOUT(crm.answered(), 1, 15'000);

        EngineSession session(QUrl(engine.baseUrl()), ViewerToken, dir.filePath(QStringLiteral("history.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeliveriesView *view = window.deliveries();
        DeliveryLogModel *log = view->model();
        window.areas()->setCurrentWidget(view);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 2, 15'000);

        QVERIFY(sendCall(2));
        QVERIFY(sendCall(3));
        QTRY_COMPARE_WITH_TIMEOUT(crm.answered(), 3, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(ops.stats().succeeded, 3, 15'000);
        // The receivers got what callers said.
        for (const sb::tools::ReceivedDelivery &d : ops.deliveries())
            QVERIFY(d.body.contains(Phone) && d.body.contains(Transcript));
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 6, 15'000);
        const auto allSucceeded = [&] {
            for (int r = 0; r < log->rowCount(); ++r) {
                if (log->rowAt(r).status != 0)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allSucceeded(), 15'000); // every attempt, with its response, is stored
        verifyHistoryHidesCallers(dir.path(), crmId);
        if (QTest::currentTestFailed())
            return;

        // The log view: the CRM's delivery shows the payload and the CRM's answer masked.
        int crmRow = -1;
        for (int r = 0; r < log->rowCount(); ++r) {
            if (log->rowAt(r).endpointId == crmId)
                crmRow = r;
        }
        QVERIFY(crmRow >= 0);
        view->table()->setFocus();
        view->table()->setCurrentIndex(log->index(crmRow, 0));
        QTRY_VERIFY_WITH_TIMEOUT(view->detail()->toPlainText().contains(u"call back on [masked]"), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(view->detail()->toPlainText().contains(u"\"transcript\": \"[masked]\""), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(view->detail()->toPlainText().contains(u"hidden from your role"), 10'000);
        const QString detail = view->detail()->toPlainText();
        for (const QByteArray &secret : {Phone, Transcript, EchoedTranscript, EchoedPhone})
            QVERIFY2(!detail.contains(QString::fromUtf8(secret)), qPrintable(detail));

        // Copy as cURL says the payload it copied is not the one that was sent.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->table()->setFocus();
        QSignalSpy said(view, &DeliveriesView::statusMessage);
        QApplication::clipboard()->clear();
        QTest::keyClick(view->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 10'000);
        QVERIFY2(said.constLast().at(0).toString().contains(u"masked for your role"), qPrintable(said.constLast().at(0).toString()));
        QVERIFY(QApplication::clipboard()->text().contains(u"[masked]"));
        QVERIFY(!QApplication::clipboard()->text().contains(QString::fromUtf8(Phone)));

        // Having looked changes nothing on disk.
        verifyHistoryHidesCallers(dir.path(), crmId);
    }
};

QTEST_MAIN(TestMaskedConsoleTask)
#include "tst_task_maskedconsole.moc"
