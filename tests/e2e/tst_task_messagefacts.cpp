// SPDX-License-Identifier: GPL-3.0-or-later
// Support task: "our producer tagged the escalated calls; which one is this, and why has the
// follow-up not gone out?" In the console's real window against a real engine: a delivery's
// detail shows the message's tags, channels and the producer's own event id, and a message
// held with deliverAt says until when.
#include "dashboard/connection/enginesession.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverydetailpane.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace sb::dashboard;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestMessageFactsTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theDetailShowsTagsEventIdAndWhenAHeldMessageGoes()
    {
        QTemporaryDir dir;
        sb::tools::Receiver crm;
        QVERIFY(crm.listen());
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Hooli")}})
                                .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), crm.url()}}).status, 201);
        const QString tagged = api.post(u"/api/v1/app/" + app + u"/msg",
                                        {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                         {QStringLiteral("eventId"), QStringLiteral("evt-77")},
                                         {QStringLiteral("tags"), QJsonArray{QStringLiteral("escalated"), QStringLiteral("vip")}},
                                         {QStringLiteral("channels"), QJsonArray{QStringLiteral("us-east")}},
                                         {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("c-1")}}}})
                                   .json.value(QLatin1StringView("id")).toString();
        const QString held = api.post(u"/api/v1/app/" + app + u"/msg",
                                      {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                       {QStringLiteral("deliverAt"), QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)},
                                       {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("c-2")}}}})
                                 .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!tagged.isEmpty() && !held.isEmpty());

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, dir.filePath(QStringLiteral("history.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeliveriesView *view = window.deliveries();
        DeliveryLogModel *log = view->model();
        window.areas()->setCurrentWidget(view);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 2, 15'000);
        const auto select = [&](const QString &msgId) {
            for (int r = 0; r < log->rowCount(); ++r) {
                if (log->rowAt(r).msgId == msgId) {
                    view->table()->setFocus();
                    view->table()->setCurrentIndex(log->index(r, 0));
                    return true;
                }
            }
            return false;
        };
        QVERIFY(select(tagged));
        QTRY_VERIFY_WITH_TIMEOUT(view->detail()->toPlainText().contains(u"Tags: escalated, vip"), 10'000);
        const QString detail = view->detail()->toPlainText();
        QVERIFY2(detail.contains(u"Channels: us-east"), qPrintable(detail));
        QVERIFY2(detail.contains(u"Producer's event id: evt-77"), qPrintable(detail));
        QVERIFY2(!detail.contains(u"held until"), qPrintable(detail));

        QVERIFY(select(held));
        QTRY_VERIFY_WITH_TIMEOUT(view->detail()->toPlainText().contains(u"Scheduled: held until"), 10'000);
        QVERIFY(!view->detail()->toPlainText().contains(u"Tags:"));
        QCOMPARE(crm.stats().received, 1); // the held one is still held
    }
};

QTEST_MAIN(TestMessageFactsTask)
#include "tst_task_messagefacts.moc"
