// SPDX-License-Identifier: GPL-3.0-or-later
// On-call task: "tell our pager when a customer's endpoint dies, not only when the console is
// open". In the console's real window against a real engine: Endpoints, the Operational
// webhooks group, New, the pager hook's URL, Save; a customer's CRM answers 410 Gone and the
// pager gets one signed endpoint.disabled naming it, while the console shows the CRM disabled
// and the pager hook listed under Operational webhooks.
#include "dashboard/connection/enginesession.h"
#include "dashboard/endpoints/endpointdirectory.h"
#include "dashboard/endpoints/endpointeditor.h"
#include "dashboard/endpoints/endpointlist.h"
#include "dashboard/endpoints/endpointsview.h"
#include "dashboard/endpoints/eventtypepicker.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"
#include "support/windows.h"

#include "core/operationalevents.h"

#include "tools/receiver/receiver.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::dashboard;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestOperationalWebhookTask : public QObject
{
    Q_OBJECT

    static QList<QJsonObject> disabledEvents(const sb::tools::Receiver &pager)
    {
        QList<QJsonObject> out;
        for (const auto &d : pager.deliveries()) {
            const QJsonObject o = QJsonDocument::fromJson(d.body).object();
            if (o.value(QLatin1StringView("type")).toString() == u"endpoint.disabled")
                out.append(o.value(QLatin1StringView("data")).toObject());
        }
        return out;
    }

    static QTreeWidgetItem *groupNamed(EndpointList *list, const QString &name)
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(0) == name)
                return list->topLevelItem(i);
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void thePagerHearsOfADeadEndpointFromTheEngine()
    {
        QTemporaryDir dir;
        sb::tools::Receiver pager, crm;
        QVERIFY(pager.listen() && crm.listen());
        auto gone = sb::tools::ReceiverBehaviour::answering(410);
        crm.setBehaviour(gone);
        EngineProcess engine;
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Hooli")}})
                                .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!app.isEmpty());

        EngineSession session(QUrl(engine.baseUrl()), EngineProcess::Token, dir.filePath(QStringLiteral("history.db")));
        session.start();
        MainWindow window(&session);
        QVERIFY(sb::testing::showActive(window));

        // Endpoints: an admin sees the (empty) Operational webhooks group after the customers'.
        EndpointsView *endpoints = window.endpoints();
        window.areas()->setCurrentWidget(endpoints);
        const QString groupName = QStringLiteral("Operational webhooks");
        QTRY_VERIFY_WITH_TIMEOUT(groupNamed(endpoints->list(), groupName) != nullptr, 10'000);
        QCOMPARE(endpoints->list()->topLevelItemCount(), 2);
        QCOMPARE(endpoints->list()->topLevelItem(1)->text(0), groupName);

        // The group, New (Ctrl+N), the pager's URL, Save (Ctrl+S).
        endpoints->list()->setFocus();
        endpoints->list()->setCurrentItem(groupNamed(endpoints->list(), groupName));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(endpoints->editor()->urlEdit()->hasFocus());
        QCOMPARE(endpoints->editor()->appId(), QString(sb::OperationalAppId));
        QTest::keyClicks(endpoints->editor()->urlEdit(), pager.url());
        QTest::keyClicks(endpoints->editor()->descriptionEdit(), QStringLiteral("On-call pager"));
        // It picks among the engine's events, not the calls': only endpoint.disabled, with Space.
        EventTypePicker *types = endpoints->editor()->eventTypes();
        QVERIFY(!types->groupItem(QStringLiteral("\x01operational"))->isHidden());
        QVERIFY(types->groupItem(QStringLiteral("call"))->isHidden());
        QVERIFY(endpoints->editor()->orderingCombo()->isHidden()); // no calls, no channels here
        QVERIFY(endpoints->editor()->channelsEdit()->isHidden());
        types->tree()->setFocus();
        types->tree()->setCurrentItem(types->eventItem(QStringLiteral("endpoint.disabled")));
        QTest::keyClick(types->tree(), Qt::Key_Space);
        QCOMPARE(types->selection(), std::optional<QStringList>(QStringList{QStringLiteral("endpoint.disabled")}));
        QSignalSpy saved(endpoints, &EndpointsView::saved);
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10'000));
        const QString pagerId = saved.first().first().toJsonObject().value(QLatin1StringView("id")).toString();
        QVERIFY(pagerId.startsWith(u"ep_"));
        QVERIFY(endpoints->itemFor(pagerId) != nullptr);
        QCOMPARE(endpoints->itemFor(pagerId)->parent(), groupNamed(endpoints->list(), groupName));
        const QString secret = api.get(u"/api/v1/operational-webhook/endpoint/" + pagerId + u"/secret")
                                   .json.value(QLatin1StringView("key")).toString();
        sb::tools::ReceiverBehaviour checking;
        checking.secrets = {secret};
        pager.setBehaviour(checking);

        // The customer's CRM is gone: the engine disables it and tells the pager once.
        const QString crmId = api.post(u"/api/v1/app/" + app + u"/endpoint",
                                       {{QStringLiteral("url"), crm.url()}, {QStringLiteral("description"), QStringLiteral("CRM")}})
                                  .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/msg",
                          {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                           {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), QStringLiteral("call-1")}}}})
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(disabledEvents(pager).size(), 1, 15'000);
        const QJsonObject data = disabledEvents(pager).first();
        QCOMPARE(data.value(QLatin1StringView("endpointId")).toString(), crmId);
        QCOMPARE(data.value(QLatin1StringView("reason")).toString(), QStringLiteral("gone"));
        QCOMPARE(pager.deliveries().size(), 1); // not the CRM's endpoint.created: the pager did not ask
        for (const auto &d : pager.deliveries()) {
            if (QJsonDocument::fromJson(d.body).object().value(QLatin1StringView("type")).toString() == u"endpoint.disabled")
                QVERIFY2(d.signatureValid.value_or(false), qPrintable(d.signatureDetail));
        }
        // The log lists the pager's delivery under the operational webhooks' name, not an id.
        DeliveryLogModel *log = window.deliveries()->model();
        const auto loggedAsOperational = [log] {
            for (int row = 0; row < log->rowCount(); ++row) {
                if (log->data(log->index(row, DeliveryLogModel::Event)).toString() == u"endpoint.disabled")
                    return log->data(log->index(row, DeliveryLogModel::App)).toString() == u"Operational webhooks";
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(loggedAsOperational(), 10'000);
        // The console shows the CRM disabled, as the stream told it.
        QTRY_VERIFY_WITH_TIMEOUT(endpoints->itemFor(crmId) != nullptr
                                     && endpoints->itemFor(crmId)->text(0).contains(QStringLiteral("disabled")),
                                 10'000);
    }
};

QTEST_MAIN(TestOperationalWebhookTask)
#include "tst_task_operationalwebhook.moc"
