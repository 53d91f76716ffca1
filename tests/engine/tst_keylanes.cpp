// SPDX-License-Identifier: GPL-3.0-or-later
// KeyLanes on its own: which delivery of a call may be scheduled, when the next one may go,
// and what a dead letter that holds its call does.
#include "engine/delivery/keylanes.h"

#include <QTest>

using sb::engine::KeyLanes;
using sb::engine::ScheduledDelivery;

namespace {
ScheduledDelivery delivery(const QString &msgId, const QString &key, const QString &endpoint = QStringLiteral("ep_1"))
{
    ScheduledDelivery d;
    d.msgId = msgId;
    d.endpointId = endpoint;
    d.orderingKey = key;
    return d;
}
} // namespace

class TestKeyLanes : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheOldestOfACallGoesAndTheNextFollowsIt()
    {
        KeyLanes lanes;
        QVERIFY(lanes.wouldHead(delivery(QStringLiteral("msg_1"), QStringLiteral("call-a"))));
        QCOMPARE(lanes.enter(delivery(QStringLiteral("msg_1"), QStringLiteral("call-a")))->msgId, QStringLiteral("msg_1"));
        QVERIFY(!lanes.wouldHead(delivery(QStringLiteral("msg_3"), QStringLiteral("call-a"))));
        QVERIFY(!lanes.enter(delivery(QStringLiteral("msg_3"), QStringLiteral("call-a"))));
        // Accepted out of order (another batch): still goes before msg_3.
        QVERIFY(!lanes.enter(delivery(QStringLiteral("msg_2"), QStringLiteral("call-a"))));
        // Another call, and the same call at another endpoint, are lanes of their own.
        QVERIFY(lanes.enter(delivery(QStringLiteral("msg_4"), QStringLiteral("call-b"))));
        QVERIFY(lanes.enter(delivery(QStringLiteral("msg_5"), QStringLiteral("call-a"), QStringLiteral("ep_2"))));
        QCOMPARE(lanes.waiting(), 2);
        QCOMPARE(lanes.headDone(delivery(QStringLiteral("msg_1"), QStringLiteral("call-a")))->msgId, QStringLiteral("msg_2"));
        QCOMPARE(lanes.headDone(delivery(QStringLiteral("msg_2"), QStringLiteral("call-a")))->msgId, QStringLiteral("msg_3"));
        QVERIFY(!lanes.headDone(delivery(QStringLiteral("msg_3"), QStringLiteral("call-a"))));
        QCOMPARE(lanes.waiting(), 0);
        // The lane is gone with its last delivery: the next of the call goes at once.
        QVERIFY(lanes.enter(delivery(QStringLiteral("msg_6"), QStringLiteral("call-a"))));
    }

    void theStoresSequenceOrdersALaneBeforeMessageIds()
    {
        // Nodes on one database: ids follow each node's clock; the sequence they share
        // follows the store. msg_9 was accepted (seq 7) before msg_1 (seq 8) on a node whose
        // clock ran behind; one with no place (0: from before there was one) goes first.
        const auto placed = [](const QString &msgId, qint64 seq) {
            ScheduledDelivery d = delivery(msgId, QStringLiteral("call-a"));
            d.laneSeq = seq;
            return d;
        };
        KeyLanes lanes;
        QVERIFY(lanes.enter(placed(QStringLiteral("msg_5"), 6)));
        QVERIFY(!lanes.enter(placed(QStringLiteral("msg_1"), 8)));
        QVERIFY(!lanes.enter(placed(QStringLiteral("msg_9"), 7)));
        QVERIFY(!lanes.enter(placed(QStringLiteral("msg_8"), 0)));
        QCOMPARE(lanes.headDone(placed(QStringLiteral("msg_5"), 6))->msgId, QStringLiteral("msg_8"));
        QCOMPARE(lanes.headDone(placed(QStringLiteral("msg_8"), 0))->msgId, QStringLiteral("msg_9"));
        QCOMPARE(lanes.headDone(placed(QStringLiteral("msg_9"), 7))->msgId, QStringLiteral("msg_1"));
        QVERIFY(KeyLanes::before(0, QStringLiteral("msg_2"), 0, QStringLiteral("msg_3"))); // one node: by id
    }

    void aHoldingDeadLetterStopsItsCallUntilDeliveredOrRetried()
    {
        KeyLanes lanes;
        const ScheduledDelivery first = *lanes.enter(delivery(QStringLiteral("msg_1"), QStringLiteral("call-a")));
        QVERIFY(!lanes.enter(delivery(QStringLiteral("msg_2"), QStringLiteral("call-a"))));
        lanes.block(first, 1000);
        QCOMPARE(lanes.blockedKey(QStringLiteral("msg_1"), QStringLiteral("ep_1")), QStringLiteral("call-a"));
        QVERIFY(!lanes.blockedKey(QStringLiteral("msg_1"), QStringLiteral("ep_2")));
        QVERIFY(!lanes.enter(delivery(QStringLiteral("msg_3"), QStringLiteral("call-a")))); // held, even with no head out
        QCOMPARE(lanes.blocks(QStringLiteral("ep_1")).size(), 1);
        QCOMPARE(lanes.blocks(QStringLiteral("ep_1")).first().sinceMs, 1000);

        // Retried on schedule: heads its lane again, and the call stays held while it is out.
        const ScheduledDelivery again = lanes.resume(delivery(QStringLiteral("msg_1"), QString()), QStringLiteral("call-a"));
        QCOMPARE(again.orderingKey, QStringLiteral("call-a"));
        QVERIFY(lanes.blocks(QStringLiteral("ep_1")).isEmpty());
        QVERIFY(!lanes.enter(delivery(QStringLiteral("msg_4"), QStringLiteral("call-a"))));
        QCOMPARE(lanes.headDone(again)->msgId, QStringLiteral("msg_2"));

        // Held again by msg_2, then delivered by hand: msg_3 goes next.
        lanes.block(delivery(QStringLiteral("msg_2"), QStringLiteral("call-a")), 2000);
        QCOMPARE(lanes.unblock(QStringLiteral("ep_1"), QStringLiteral("call-a"))->msgId, QStringLiteral("msg_3"));
        QVERIFY(!lanes.blockedKey(QStringLiteral("msg_2"), QStringLiteral("ep_1")));
    }

    void aRestoredHoldAndADroppedEndpoint()
    {
        KeyLanes lanes;
        lanes.restoreBlock({QStringLiteral("ep_1"), QStringLiteral("call-a"), QStringLiteral("msg_1"), 5});
        QVERIFY(!lanes.enter(delivery(QStringLiteral("msg_2"), QStringLiteral("call-a"))));
        QVERIFY(lanes.enter(delivery(QStringLiteral("msg_3"), QStringLiteral("call-b"))));
        QVERIFY(!lanes.enter(delivery(QStringLiteral("msg_4"), QStringLiteral("call-b"))));
        // The endpoint stops ordering: everything that waited comes back to be sent.
        const auto waiting = lanes.dropEndpoint(QStringLiteral("ep_1"));
        QCOMPARE(waiting.size(), size_t(2));
        QCOMPARE(lanes.waiting(), 0);
        QVERIFY(!lanes.blockedKey(QStringLiteral("msg_1"), QStringLiteral("ep_1")));
        QVERIFY(lanes.enter(delivery(QStringLiteral("msg_5"), QStringLiteral("call-a"))));
    }
};

QTEST_GUILESS_MAIN(TestKeyLanes)
#include "tst_keylanes.moc"
