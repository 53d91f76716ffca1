// SPDX-License-Identifier: GPL-3.0-or-later
// The live log's table as the operator sees it, over a real local store: rows arriving above
// the view do not move it unless it is at the top (following the newest); the selection stays
// on its delivery; Space pauses, "N new" counts and resumes; an empty result says so.
#include "dashboard/history/historyreader.h"
#include "dashboard/history/historystore.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/log/logemptystate.h"
#include "dashboard/log/logfollower.h"
#include "dashboard/log/logpausebar.h"
#include "historyfixture.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace sb::dashboard;

Q_DECLARE_METATYPE(QAbstractItemView::ScrollMode)

class TestLiveLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QDateTime m_now = QDateTime::currentDateTime();
    int m_stores = 0;

    // A store of `count` deliveries a minute apart, the newest an hour ago.
    std::unique_ptr<HistoryStore> store(int count, qint64 &seq)
    {
        auto s = std::make_unique<HistoryStore>(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_stores)));
        QSignalSpy opened(s.get(), &HistoryStore::opened);
        s->open();
        if (!opened.wait(5000))
            return nullptr;
        QList<sb::StreamFrame> frames;
        for (int i = 0; i < count; ++i)
            frames += sb::testing::deliveryFrames(seq, m_now, QStringLiteral("msg_%1").arg(i, 4, 10, QLatin1Char('0')),
                                                  QStringLiteral("call.ended"), QStringLiteral("ep_a"), 200,
                                                  QStringLiteral("none"), 0, 60 + count - i);
        if (!add(*s, frames))
            return nullptr;
        return s;
    }

    static bool add(HistoryStore &store, const QList<sb::StreamFrame> &frames)
    {
        QSignalSpy committed(&store, &HistoryStore::committed);
        store.append(frames);
        return committed.wait(5000);
    }

    static QList<sb::StreamFrame> arrivals(qint64 &seq, const QDateTime &now, int count, const QString &prefix)
    {
        QList<sb::StreamFrame> frames;
        for (int i = 0; i < count; ++i)
            frames += sb::testing::deliveryFrames(seq, now, prefix + QString::number(i), QStringLiteral("call.started"),
                                                  QStringLiteral("ep_a"), 200, QStringLiteral("none"), 0, 0);
        return frames;
    }

    // A log table as the Deliveries area builds it, in a window of its own.
    struct Log
    {
        explicit Log(HistoryReader *reader)
            : model(reader)
        {
            table = new QTableView(&window);
            table->setModel(&model);
            table->setSelectionBehavior(QAbstractItemView::SelectRows);
            table->setSelectionMode(QAbstractItemView::SingleSelection);
            bar = new LogPauseBar(&model, table, &window);
            empty = new LogEmptyState(&model, table);
            follower = new LogFollower(table);
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(bar);
            layout->addWidget(table);
            window.resize(600, 400);
        }
        QWidget window;
        DeliveryLogModel model;
        QTableView *table;
        LogPauseBar *bar;
        LogEmptyState *empty;
        LogFollower *follower;

        QString topMsg() const { return model.rowAt(table->rowAt(0)).msgId; }
        QString currentMsg() const { return model.rowAt(table->currentIndex().row()).msgId; }
    };

private slots:
    void scrolledDownTheViewStaysPut_data()
    {
        QTest::addColumn<QAbstractItemView::ScrollMode>("mode");
        QTest::newRow("per item") << QAbstractItemView::ScrollPerItem;
        QTest::newRow("per pixel") << QAbstractItemView::ScrollPerPixel;
    }

    void scrolledDownTheViewStaysPut()
    {
        QFETCH(QAbstractItemView::ScrollMode, mode);
        qint64 seq = 0;
        auto s = store(150, seq);
        QVERIFY(s);
        HistoryReader reader(s->databasePath());
        Log log(&reader);
        log.table->setVerticalScrollMode(mode);
        log.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&log.window));
        QTRY_COMPARE(log.model.rowCount(), 150);
        log.table->scrollTo(log.model.index(40, 0), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY(!log.follower->following());
        log.table->setCurrentIndex(log.model.index(45, 0));
        const QString top = log.topMsg();
        const QString current = log.currentMsg();

        QVERIFY(add(*s, arrivals(seq, m_now, 7, QStringLiteral("msg_live"))));
        log.model.storeChanged();
        QTRY_COMPARE(log.model.rowCount(), 157);
        QTRY_COMPARE(log.topMsg(), top); // what was in view is still in view, where it was
        QCOMPARE(log.currentMsg(), current);
        QCOMPARE(log.table->currentIndex().row(), 52);

        // At the top the log follows the newest.
        log.table->scrollToTop();
        QTRY_VERIFY(log.follower->following());
        QVERIFY(add(*s, arrivals(seq, m_now.addSecs(1), 2, QStringLiteral("msg_next"))));
        log.model.storeChanged();
        QTRY_COMPARE(log.model.rowCount(), 159);
        QTRY_VERIFY(log.topMsg().startsWith(u"msg_next"));
        QCOMPARE(log.currentMsg(), current);
    }

    void spacePausesAndNewResumes()
    {
        qint64 seq = 0;
        auto s = store(20, seq);
        QVERIFY(s);
        HistoryReader reader(s->databasePath());
        Log log(&reader);
        log.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&log.window));
        QTRY_COMPARE(log.model.rowCount(), 20);
        QVERIFY(!log.bar->newButton()->isVisible());
        log.table->setFocus();
        log.table->setCurrentIndex(log.model.index(3, 0));
        const QString current = log.currentMsg();
        QTest::keyClick(log.table, Qt::Key_Space);
        QVERIFY(log.model.isPaused());
        QVERIFY(log.bar->pauseAction()->isChecked());
        QVERIFY(log.bar->newButton()->isVisible());

        QVERIFY(add(*s, arrivals(seq, m_now, 4, QStringLiteral("msg_live"))));
        log.model.storeChanged();
        QTRY_COMPARE(log.bar->newButton()->text(), QStringLiteral("4 new — show them"));
        QCOMPARE(log.model.rowCount(), 20);
        QCOMPARE(log.currentMsg(), current);
        QCOMPARE(log.table->currentIndex().row(), 3);

        QTest::mouseClick(log.bar->newButton(), Qt::LeftButton);
        QVERIFY(!log.model.isPaused());
        QVERIFY(!log.bar->pauseAction()->isChecked());
        QTRY_COMPARE(log.model.rowCount(), 24);
        QVERIFY(log.follower->following());
        QVERIFY(log.topMsg().startsWith(u"msg_live"));
        QCOMPARE(log.currentMsg(), current);
        QTRY_VERIFY(!log.bar->newButton()->isVisible());

        // Space again pauses again: a toggle.
        QTest::keyClick(log.table, Qt::Key_Space);
        QVERIFY(log.model.isPaused());
        QTest::keyClick(log.table, Qt::Key_Space);
        QVERIFY(!log.model.isPaused());
    }

    void emptyResultSaysSo()
    {
        auto s = std::make_unique<HistoryStore>(m_dir.filePath(QStringLiteral("empty.db")));
        QSignalSpy opened(s.get(), &HistoryStore::opened);
        s->open();
        QVERIFY(opened.wait(5000));
        QVERIFY(add(*s, sb::testing::historyFrames(m_now)));
        HistoryReader reader(s->databasePath());
        Log log(&reader);
        log.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&log.window));
        QTRY_COMPARE(log.model.rowCount(), 10);
        QVERIFY(!log.empty->isVisible());

        log.model.setFilter(DeliveryFilter::parse(QStringLiteral("app:nobody")));
        log.empty->setFilterText(QStringLiteral("app:nobody"));
        QTRY_VERIFY(log.empty->isVisible());
        QCOMPARE(log.empty->text(), QStringLiteral("No deliveries match app:nobody — clear the filter (Esc)"));
        QCOMPARE(log.empty->geometry(), log.table->viewport()->rect());

        // Paused with matching rows waiting, "N new" speaks for them, not "no match".
        log.model.setFilter(DeliveryFilter::parse(QStringLiteral("msg_late")));
        log.empty->setFilterText(QStringLiteral("msg_late"));
        QTRY_VERIFY(log.empty->isVisible());
        log.model.setPaused(true);
        qint64 seq = 1000; // past the fixture's changes
        QVERIFY(add(*s, sb::testing::deliveryFrames(seq, m_now, QStringLiteral("msg_late"), QStringLiteral("call.started"),
                                                    QStringLiteral("ep_a"), 200, QStringLiteral("none"), 0, 0)));
        log.model.storeChanged();
        QTRY_COMPARE(log.model.newWhilePaused(), 1);
        QVERIFY(!log.empty->isVisible());
        log.model.setPaused(false);
        QTRY_COMPARE(log.model.rowCount(), 1);
        QVERIFY(!log.empty->isVisible());

        log.model.setFilter(DeliveryFilter::parse(QStringLiteral("app:ACM")));
        log.empty->setFilterText(QStringLiteral("app:ACM"));
        QTRY_COMPARE(log.model.rowCount(), 11);
        QVERIFY(!log.empty->isVisible());
    }
};

QTEST_MAIN(TestLiveLog)
#include "tst_livelog.moc"
