// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery log model over a real local store: QAbstractItemModelTester throughout,
// newest first, filters, paging by key, live rows on top and changed rows updated in place.
#include "dashboard/history/historyreader.h"
#include "dashboard/history/historystore.h"
#include "dashboard/log/deliverylogmodel.h"
#include "historyfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sb::dashboard::DeliveryFilter;
using sb::dashboard::DeliveryLogModel;
using sb::dashboard::HistoryReader;
using sb::dashboard::HistoryStore;

class TestDeliveryLogModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QDateTime m_now = QDateTime::currentDateTime();

    void fill(HistoryStore &store, const QList<sb::StreamFrame> &frames)
    {
        QSignalSpy committed(&store, &HistoryStore::committed);
        store.append(frames);
        QVERIFY(committed.wait(5000));
    }

    // `count` messages a minute apart, oldest `firstMinutesAgo` ago, each failed once (503) and
    // retrying: msg_0000 is the oldest.
    QList<sb::StreamFrame> retrying(qint64 &seq, int count, int firstMinutesAgo) const
    {
        QList<sb::StreamFrame> frames;
        for (int i = 0; i < count; ++i)
            frames += sb::testing::deliveryFrames(seq, m_now, QStringLiteral("msg_%1").arg(i, 4, 10, QLatin1Char('0')),
                                                  QStringLiteral("call.ended"), QStringLiteral("ep_a"), 503,
                                                  QStringLiteral("http"), 1, firstMinutesAgo - i);
        return frames;
    }

private slots:
    void showsNewestFirstAndFilters()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("a.db")));
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        fill(store, sb::testing::historyFrames(m_now));

        HistoryReader reader(store.databasePath());
        DeliveryLogModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 10);
        QCOMPARE(model.rowAt(0).msgId, QStringLiteral("msg_m9")); // the newest
        QTRY_COMPARE(model.data(model.index(0, DeliveryLogModel::Endpoint)).toString(), QStringLiteral("billing"));
        QCOMPARE(model.data(model.index(0, DeliveryLogModel::Status)).toString(), QStringLiteral("Succeeded"));
        QVERIFY(!model.data(model.index(0, DeliveryLogModel::Status), Qt::DecorationRole).isNull());

        model.setFilter(DeliveryFilter::parse(QStringLiteral("status:dead")));
        QTRY_COMPARE(model.rowCount(), 3);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(model.data(model.index(r, DeliveryLogModel::Status)).toString(), QStringLiteral("Dead letter"));
        model.setFilter(DeliveryFilter::parse(QStringLiteral("status:"))); // invalid: ignored
        QCOMPARE(model.rowCount(), 3);
    }

    void pagesByKeyAndTakesLiveRowsOnTop()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("b.db")));
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        qint64 seq = 0;
        fill(store, retrying(seq, 450, 500));

        HistoryReader reader(store.databasePath());
        DeliveryLogModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), DeliveryLogModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 2 * DeliveryLogModel::PageSize);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 450);
        QTRY_VERIFY(!model.canFetchMore({}));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.rowAt(r - 1).isNewerThan(model.rowAt(r)));

        // The user selected a row; live changes must not take it away.
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(5, 0), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        const QString selected = model.rowAt(5).msgId;
        const QString changed = model.rowAt(7).msgId;

        QList<sb::StreamFrame> live = sb::testing::deliveryFrames(seq, m_now, QStringLiteral("msg_new"), QStringLiteral("call.started"),
                                                                  QStringLiteral("ep_a"), 200, QStringLiteral("none"), 0, 0);
        live += sb::testing::deliveryFrames(seq, m_now, changed, QStringLiteral("call.ended"), QStringLiteral("ep_a"), 200,
                                            QStringLiteral("none"), 0, 0).mid(1); // a retry of an old one succeeded
        fill(store, live);
        model.storeChanged();
        QTRY_COMPARE(model.rowCount(), 451);
        QCOMPARE(model.rowAt(0).msgId, QStringLiteral("msg_new"));
        QTRY_COMPARE(model.rowAt(8).status, 0); // was at 7, one row arrived above it
        QCOMPARE(model.rowAt(8).msgId, changed);
        QCOMPARE(selection.currentIndex().row(), 6);
        QCOMPARE(model.rowAt(selection.currentIndex().row()).msgId, selected);
        QVERIFY(selection.isRowSelected(6, {}));
    }

    // Paused, the rows loaded stay as they are (in place updates aside) while new ones are
    // stored and counted, as the filter matches them; resumed, they join on top and the
    // selection stays on its delivery.
    void pauseHoldsRowsAndCountsNewOnes()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("p.db")));
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        qint64 seq = 0;
        fill(store, retrying(seq, 30, 100));

        HistoryReader reader(store.databasePath());
        DeliveryLogModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(DeliveryFilter::parse(QStringLiteral("event:call.*")));
        QTRY_COMPARE(model.rowCount(), 30);
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(5, 0), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        const QString selected = model.rowAt(5).msgId;
        const QString changed = model.rowAt(7).msgId;
        QList<QString> before;
        for (int r = 0; r < model.rowCount(); ++r)
            before.append(model.rowAt(r).msgId);

        QSignalSpy paused(&model, &DeliveryLogModel::pausedChanged);
        model.setPaused(true);
        QCOMPARE(paused.size(), 1);
        QVERIFY(model.isPaused());
        QList<sb::StreamFrame> live;
        for (int i = 0; i < 3; ++i)
            live += sb::testing::deliveryFrames(seq, m_now, QStringLiteral("msg_new%1").arg(i), QStringLiteral("call.started"),
                                                QStringLiteral("ep_a"), 200, QStringLiteral("none"), 0, 0);
        // Not matched by the filter: not news for this log.
        live += sb::testing::deliveryFrames(seq, m_now, QStringLiteral("msg_other"), QStringLiteral("agent.error"),
                                            QStringLiteral("ep_a"), 200, QStringLiteral("none"), 0, 0);
        live += sb::testing::deliveryFrames(seq, m_now, changed, QStringLiteral("call.ended"), QStringLiteral("ep_a"), 200,
                                            QStringLiteral("none"), 0, 0).mid(1);
        fill(store, live);
        model.storeChanged();
        QTRY_COMPARE(model.newWhilePaused(), 3);
        QTRY_COMPARE(model.rowAt(7).status, 0); // shown as it is now, where it was
        QCOMPARE(model.rowCount(), 30);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowAt(r).msgId, before.at(r));
        QCOMPARE(model.rowAt(selection.currentIndex().row()).msgId, selected);
        QCOMPARE(selection.currentIndex().row(), 5);

        model.setPaused(false);
        QCOMPARE(model.newWhilePaused(), 0);
        QTRY_COMPARE(model.rowCount(), 33);
        QCOMPARE(model.rowAt(0).msgId.left(7), QStringLiteral("msg_new"));
        QCOMPARE(selection.currentIndex().row(), 8);
        QCOMPARE(model.rowAt(8).msgId, selected);
    }

    // Nothing matching, once loaded, is an empty result the view can say; loading is not.
    void tellsAnEmptyResult()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("e.db")));
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        fill(store, sb::testing::historyFrames(m_now));
        HistoryReader reader(store.databasePath());
        DeliveryLogModel model(&reader);
        QTRY_COMPARE(model.rowCount(), 10);
        QVERIFY(!model.showsEmptyResult());
        model.setFilter(DeliveryFilter::parse(QStringLiteral("app:nobody")));
        QVERIFY(!model.showsEmptyResult()); // still asking
        QTRY_VERIFY(model.showsEmptyResult());
        model.setFilter(DeliveryFilter::parse(QStringLiteral("app:acm")));
        QTRY_COMPARE(model.rowCount(), 10);
        QVERIFY(!model.showsEmptyResult());
    }

    // Oldest first reaches the start of a long history in one page, keeps paging forward, shows
    // changes to loaded rows and takes new rows at the bottom once it has got there.
    void oldestFirstJumpsToTheStart()
    {
        HistoryStore store(m_dir.filePath(QStringLiteral("c.db")));
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        qint64 seq = 0;
        fill(store, retrying(seq, 300, 400));

        HistoryReader reader(store.databasePath());
        DeliveryLogModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), DeliveryLogModel::PageSize);
        QCOMPARE(model.rowAt(0).msgId, QStringLiteral("msg_0299"));

        model.setOldestFirst(true);
        QTRY_COMPARE(model.rowCount(), DeliveryLogModel::PageSize);
        QCOMPARE(model.rowAt(0).msgId, QStringLiteral("msg_0000"));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 300);
        QTRY_VERIFY(!model.canFetchMore({}));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.rowAt(r).isNewerThan(model.rowAt(r - 1)));

        // A retry of the oldest succeeds, and a new message arrives: the first changes in
        // place, the new one joins at the bottom.
        QList<sb::StreamFrame> live = sb::testing::deliveryFrames(seq, m_now, QStringLiteral("msg_0000"), QStringLiteral("call.ended"),
                                                                  QStringLiteral("ep_a"), 200, QStringLiteral("none"), 0, 0).mid(1);
        live += sb::testing::deliveryFrames(seq, m_now, QStringLiteral("msg_new"), QStringLiteral("call.started"),
                                            QStringLiteral("ep_a"), 200, QStringLiteral("none"), 0, 0);
        fill(store, live);
        model.storeChanged();
        QTRY_COMPARE(model.rowAt(0).status, 0);
        QTRY_COMPARE(model.rowCount(), 301);
        QCOMPARE(model.rowAt(300).msgId, QStringLiteral("msg_new"));

        model.setOldestFirst(false);
        QTRY_COMPARE(model.rowCount(), DeliveryLogModel::PageSize);
        QCOMPARE(model.rowAt(0).msgId, QStringLiteral("msg_new"));
    }
};

QTEST_MAIN(TestDeliveryLogModel)
#include "tst_deliverylogmodel.moc"
