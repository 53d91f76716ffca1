// SPDX-License-Identifier: GPL-3.0-or-later
// Following a call: the local history fed with stream frames of a call (two events to two
// endpoints, one of them dead-lettered), read back as the Call view's model, and the Call
// view itself on an offline console, updating as more of the call arrives.
#include "dashboard/connection/enginesession.h"
#include "dashboard/history/historyreader.h"
#include "dashboard/history/historystore.h"
#include "dashboard/log/callstorymodel.h"
#include "dashboard/log/callview.h"
#include "dashboard/widgets/themecolors.h"
#include "historyfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using sb::StreamFrame;
using namespace sb::dashboard;
using CallOutcome = CallStoryModel::Outcome;

namespace {

const QDateTime Now = QDateTime::currentDateTime();

// Call c_7 of app_1: call.started at -10 min reached CRM (ep_a) and billing (ep_b);
// call.ended at -5 min reached CRM but is a dead letter for billing (503).
QList<StreamFrame> callFrames(qint64 &seq)
{
    using sb::testing::deliveryFrames;
    const QString call = QStringLiteral("c_7");
    QList<StreamFrame> out;
    out += deliveryFrames(seq, Now, QStringLiteral("msg_c7start"), QStringLiteral("call.started"), QStringLiteral("ep_a"), 200,
                          QStringLiteral("none"), 0, 10, call);
    out += deliveryFrames(seq, Now, QStringLiteral("msg_c7start"), QStringLiteral("call.started"), QStringLiteral("ep_b"), 200,
                          QStringLiteral("none"), 0, 10, call);
    out += deliveryFrames(seq, Now, QStringLiteral("msg_c7end"), QStringLiteral("call.ended"), QStringLiteral("ep_a"), 200,
                          QStringLiteral("none"), 0, 5, call);
    out += deliveryFrames(seq, Now, QStringLiteral("msg_c7end"), QStringLiteral("call.ended"), QStringLiteral("ep_b"), 503,
                          QStringLiteral("http"), 2, 5, call);
    // Another customer's call with the same id is not this call.
    QList<StreamFrame> other = deliveryFrames(seq, Now, QStringLiteral("msg_other"), QStringLiteral("call.ended"),
                                              QStringLiteral("ep_z"), -1, QString(), 1, 5, call);
    other.first().data.insert(QStringLiteral("appId"), QStringLiteral("app_2"));
    return out + other;
}

bool fill(HistoryStore &store, const QList<StreamFrame> &frames)
{
    QSignalSpy committed(&store, &HistoryStore::committed);
    store.append(frames);
    return committed.wait(5000);
}

} // namespace

class TestCallView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    qint64 m_seq = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    // An endpoint that takes each call in order holds the later events of a call while an
    // earlier one is not through; the model says which row each waits for, as the engine's
    // lane does: a dead letter holds the call only where the endpoint says "block".
    void heldRowsSayWhatTheyWaitFor()
    {
        const auto row = [](const QString &msg, const QString &type, const QString &ep, int status, int attempts) {
            DeliveryRow r;
            r.msgId = msg;
            r.eventType = type;
            r.endpointId = ep;
            r.appId = QStringLiteral("app_1");
            r.status = status;
            r.attempts = attempts;
            r.httpCode = attempts > 0 ? 503 : -1;
            r.errorClass = attempts > 0 ? QStringLiteral("http") : QString();
            r.correlationKey = QStringLiteral("c_9");
            return r;
        };
        // call.started: dead for the CRM, retrying for billing; the three later events wait.
        const QList<DeliveryRow> rows{row(QStringLiteral("m1"), QStringLiteral("call.started"), QStringLiteral("crm"), 2, 3),
                                      row(QStringLiteral("m1"), QStringLiteral("call.started"), QStringLiteral("billing"), 1, 1),
                                      row(QStringLiteral("m2"), QStringLiteral("agent.function_called"), QStringLiteral("crm"), 1, 0),
                                      row(QStringLiteral("m2"), QStringLiteral("agent.function_called"), QStringLiteral("billing"), 1, 0),
                                      row(QStringLiteral("m3"), QStringLiteral("call.ended"), QStringLiteral("crm"), 1, 0)};
        CallStoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNames({{QStringLiteral("crm"), QStringLiteral("CRM")}, {QStringLiteral("billing"), QStringLiteral("Billing")}});
        model.setRows(rows);
        // Without ordering nothing waits: the later events are merely pending.
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.waitsFor(r), -1);
        QCOMPARE(model.outcomeAt(4), CallOutcome::Pending);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOrdering({{QStringLiteral("crm"), CallStoryModel::Ordering::PerKeyBlock},
                           {QStringLiteral("billing"), CallStoryModel::Ordering::PerKeySkip}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.waitsFor(2), 0); // behind the CRM's dead letter
        QCOMPARE(model.waitsFor(4), 0);
        QCOMPARE(model.waitsFor(3), 1); // behind billing's retry of call.started
        QCOMPARE(model.waitsFor(0), -1);
        QCOMPARE(model.waitsFor(1), -1);
        QCOMPARE(model.outcomeAt(4), CallOutcome::Held);
        QCOMPARE(model.index(4, CallStoryModel::State).data().toString(), QStringLiteral("Held — waits for call.started"));
        QCOMPARE(model.index(4, CallStoryModel::State).data(CallStoryModel::OutcomeRole).value<CallOutcome>(), CallOutcome::Held);
        // The gaps name each event that holds others once, with how many it holds.
        QCOMPARE(model.gaps(),
                 (QStringList{QStringLiteral("call.started → CRM: dead letter after 3 attempt(s) (last: HTTP 503)"),
                              QStringLiteral("    it holds 2 later event(s) of the call to CRM, which delivers each call in "
                                             "order: send it again to let the call go on"),
                              QStringLiteral("call.started → Billing: retrying, 1 attempt(s) so far (last: HTTP 503)"),
                              QStringLiteral("    1 later event(s) of the call to Billing wait for it: Billing delivers each "
                                             "call in order")})); // untranslated: no catalogue loaded here
        // Held rows are not failed ones: retrying the call sends the dead letter and the retry only.
        QCOMPARE(model.failedRows().size(), 2);

        // Billing skips dead letters: its call.started dead, the next event is its lane's head.
        QList<DeliveryRow> skipped = rows;
        skipped[1].status = 2;
        model.setRows(skipped);
        QCOMPARE(model.waitsFor(3), -1);
        QCOMPARE(model.outcomeAt(3), CallOutcome::Pending);
        QCOMPARE(model.waitsFor(4), 0); // the CRM still holds the call

        // The dead letter delivered by hand: the CRM's lane goes on, its next event at its head.
        skipped[0].status = 0;
        model.setRows(skipped);
        QCOMPARE(model.waitsFor(2), -1);
        QCOMPARE(model.waitsFor(4), 2);
        QCOMPARE(model.index(4, CallStoryModel::State).data().toString(),
                 QStringLiteral("Held — waits for agent.function_called"));
    }

    void theModelTellsTheCallsStory()
    {
        const QString path = m_dir.filePath(QStringLiteral("model.db"));
        HistoryStore store(path);
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        QList<StreamFrame> frames = sb::testing::historyFrames(Now);
        m_seq = frames.last().seq;
        frames += callFrames(m_seq);
        QVERIFY(fill(store, frames));

        HistoryReader reader(path);
        QSignalSpy ready(&reader, &HistoryReader::callReady);
        QSignalSpy names(&reader, &HistoryReader::namesReady);
        const quint64 asked = reader.requestCall(QStringLiteral("app_1"), QStringLiteral("c_7"));
        reader.requestNames();
        QVERIFY(ready.wait(5000));
        QTRY_COMPARE(names.count(), 1);
        QCOMPARE(ready.first().first().toULongLong(), asked);

        CallStoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNames(names.first().first().value<QHash<QString, QString>>());
        model.setRows(ready.first().at(1).value<QList<DeliveryRow>>());
        QCOMPARE(model.rowCount(), 4); // app_2's call c_7 is another customer's
        // Time order: the call's start to both endpoints, then its end.
        const QStringList events{model.rowAt(0).eventType, model.rowAt(1).eventType, model.rowAt(2).eventType, model.rowAt(3).eventType};
        QCOMPARE(events, (QStringList{QStringLiteral("call.started"), QStringLiteral("call.started"), QStringLiteral("call.ended"),
                                      QStringLiteral("call.ended")}));
        const int dead = model.rowOf(QStringLiteral("msg_c7end"), QStringLiteral("ep_b"));
        QCOMPARE(dead, 3);
        QCOMPARE(model.index(dead, CallStoryModel::Endpoint).data().toString(), QStringLiteral("billing"));
        QCOMPARE(model.index(dead, CallStoryModel::State).data(CallStoryModel::OutcomeRole).value<CallOutcome>(), CallOutcome::DeadLetter);
        QCOMPARE(model.index(dead, CallStoryModel::State).data().toString(), QStringLiteral("Dead letter — not delivered"));
        QCOMPARE(model.index(dead, CallStoryModel::LastResult).data().toString(), QStringLiteral("HTTP 503"));
        QCOMPARE(model.index(dead, CallStoryModel::Attempts).data().toInt(), 1);
        // The gap stands out across its row, not only in its state.
        const ThemeColors colors = ThemeColors::of(QApplication::palette());
        QCOMPARE(model.index(dead, CallStoryModel::Event).data(Qt::BackgroundRole).value<QColor>(), colors.errorBackground);
        QVERIFY(!model.index(0, CallStoryModel::Event).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(0, CallStoryModel::State).data().toString(), QStringLiteral("Delivered"));

        const CallStoryModel::Summary s = model.summary();
        QCOMPARE(s.events, 2);
        QCOMPARE(s.endpoints, 2);
        QCOMPARE(s.delivered, 3);
        QCOMPARE(s.dead, 1);
        QCOMPARE(s.waiting, 0);
        QCOMPARE(model.gaps(), QStringList{QStringLiteral("call.ended → billing: dead letter after 1 attempt(s) (last: HTTP 503)")});
        QCOMPARE(model.failedRows().size(), 1);
        QCOMPARE(model.failedRows().first().endpointId, QStringLiteral("ep_b"));

        // The dead letter is sent again and succeeds: the same rows change in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(fill(store, sb::testing::deliveryFrames(m_seq, Now, QStringLiteral("msg_c7end"), QStringLiteral("call.ended"),
                                                        QStringLiteral("ep_b"), 200, QStringLiteral("none"), 0, 5,
                                                        QStringLiteral("c_7"))));
        ready.clear();
        reader.requestCall(QStringLiteral("app_1"), QStringLiteral("c_7"));
        QVERIFY(ready.wait(5000));
        model.setRows(ready.first().at(1).value<QList<DeliveryRow>>());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowAt(dead).attempts, 2);
        QVERIFY(model.gaps().isEmpty());
        QVERIFY(model.failedRows().isEmpty());
    }

    // The window on an offline console (nothing listens at the engine's address): it shows
    // the call from the history, names the gap, and grows as the call's frames arrive.
    void theViewFollowsTheCallLive()
    {
        const QString path = m_dir.filePath(QStringLiteral("view.db"));
        EngineSession session(QUrl(QStringLiteral("http://127.0.0.1:9")), "token", path);
        QSignalSpy opened(session.store(), &HistoryStore::opened);
        session.start();
        QVERIFY(opened.wait(5000));
        qint64 seq = 0;
        QList<StreamFrame> frames = sb::testing::historyFrames(Now);
        seq = frames.last().seq;
        frames += callFrames(seq);
        QVERIFY(fill(*session.store(), frames));

        EndpointOrderings orderings(&session);
        CallView view(&session, &orderings, QStringLiteral("app_1"), QStringLiteral("c_7"));
        view.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack here
        view.select(QStringLiteral("msg_c7end"), QStringLiteral("ep_b"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.model()->rowCount(), 4);
        QCOMPARE(view.table()->currentIndex().row(), 3); // the delivery F was pressed on
        QCOMPARE(view.windowTitle(), QStringLiteral("Call c_7"));
        QTRY_VERIFY(view.gapsLabel()->text().contains(u"call.ended → billing: dead letter"));
        QVERIFY2(view.summaryLabel()->text().contains(u"2 event(s) to 2 endpoint(s)"), qPrintable(view.summaryLabel()->text()));
        // The counts after it are of deliveries (an event to each endpoint), and say so.
        QVERIFY2(view.summaryLabel()->text().contains(u"of its 4 delivery(s), 3 delivered, 1 dead letter(s), 0 not delivered yet"),
                 qPrintable(view.summaryLabel()->text()));
        // No role known (no engine): retrying is not offered, and the button says why.
        QVERIFY(!view.retryFailedButton()->isEnabled());
        QVERIFY(view.retryFailedButton()->toolTip().contains(u"operator or admin"));

        // More of the call arrives: the view reads it again by itself.
        QVERIFY(fill(*session.store(), sb::testing::deliveryFrames(seq, Now, QStringLiteral("msg_c7rec"), QStringLiteral("recording.ready"),
                                                                   QStringLiteral("ep_a"), -1, QString(), 1, 1, QStringLiteral("c_7"))));
        QTRY_COMPARE(view.model()->rowCount(), 5);
        QCOMPARE(view.table()->currentIndex().row(), 3); // still on its delivery
        QVERIFY(view.gapsLabel()->text().contains(u"recording.ready → CRM: not sent yet"));

        // Show in log hands the call's filter over.
        QSignalSpy inLog(&view, &CallView::showInLogRequested);
        for (QPushButton *b : view.findChildren<QPushButton *>()) {
            if (b->text() == u"Show in &log")
                b->click();
        }
        QCOMPARE(inLog.count(), 1);
        QCOMPARE(inLog.first().first().toString(), QStringLiteral("call:c_7"));
    }
};

QTEST_MAIN(TestCallView)
#include "tst_callview.moc"
