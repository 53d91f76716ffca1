// SPDX-License-Identifier: GPL-3.0-or-later
// Taking over a dead node's deliveries on PostgreSQL (clusterwrites::claim), against a real
// database: whole calls in lane order, whatever else is claiming at the same moment.
#include "engine/store/clusterwrites.h"
#include "engine/store/databaseconnection.h"
#include "support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace sb::engine;

namespace {

constexpr qint64 FarFutureMs = 4'000'000'000'000;

// A batch's message ids in lane order (the order the scheduler adopts it in).
QStringList ids(QList<DueDelivery> deliveries)
{
    std::sort(deliveries.begin(), deliveries.end(), [](const DueDelivery &a, const DueDelivery &b) {
        return KeyLanes::before(a.laneSeq, a.msgId, b.laneSeq, b.msgId);
    });
    QStringList out;
    for (const DueDelivery &d : std::as_const(deliveries))
        out.append(d.msgId);
    return out;
}

} // namespace

class TestClusterClaims : public QObject
{
    Q_OBJECT

    sb::testing::TestDatabase m_database;
    DatabaseLocation m_location;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<DatabaseConnection> m_other; // another node's session

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_other->database());
        q.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(static_cast<int>(i), values.at(i));
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.isActive();
    }

    // A pending delivery of `msgId` (a call's event when `key` is set, at `laneSeq` in the
    // store's shared order) held by node `owner`.
    bool pending(const QString &msgId, const QString &key, qint64 laneSeq, const QString &owner)
    {
        return exec(QStringLiteral("INSERT INTO messages (id, app_id, event_type, created_at, correlation_key, lane_seq) "
                                   "VALUES (?, 'app_claims', 'call.progress', 0, ?, ?)"),
                    {msgId, key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(key),
                     laneSeq > 0 ? QVariant(laneSeq) : QVariant(QMetaType::fromType<qlonglong>())})
            && exec(QStringLiteral("INSERT INTO deliveries (msg_id, endpoint_id, app_id, status, attempt_count, "
                                   "next_attempt, updated_at, lease_owner) VALUES (?, 'ep_claims', 'app_claims', 1, 1, 0, 0, ?)"),
                    {msgId, owner});
    }

    clusterwrites::Claimed claim(const QString &node, int limit)
    {
        const WriteResult r = m_writer->submitAndWait(clusterwrites::claim(node, limit));
        if (!r.ok)
            qWarning("claim: %s", qPrintable(r.error));
        return r.value.value<clusterwrites::Claimed>();
    }

private slots:
    void initTestCase()
    {
        if (!sb::testing::TestDatabase::postgresRequested())
            QSKIP("several nodes need PostgreSQL (SWITCHBOARD_TEST_BACKEND=postgresql)");
        QVERIFY2(m_database.isPostgres(), qPrintable(m_database.error()));
        QString error;
        m_location = *DatabaseLocation::fromUrl(m_database.url(), &error);
        m_writer = std::make_unique<StoreWriter>(m_location);
        QVERIFY2(m_writer->start(&error), qPrintable(error));
        m_other = std::make_unique<DatabaseConnection>(m_location, QStringLiteral("other-node"), false);
        QVERIFY(m_other->isOpen());
    }

    void init()
    {
        // Node "a" lives; node "dead" lapsed with work left behind.
        QVERIFY(exec(QStringLiteral("DELETE FROM deliveries")) && exec(QStringLiteral("DELETE FROM messages"))
                && exec(QStringLiteral("DELETE FROM nodes")));
        QVERIFY(exec(QStringLiteral("INSERT INTO nodes (id, started_at, lease_until) VALUES ('a', 0, ?), ('dead', 0, 1)"),
                     {FarFutureMs}));
    }

    void batchesFollowTheLaneOrder()
    {
        // Stored in another order than the calls' own (as rows of many nodes interleave): a
        // batch in storage order would start call-z from its last event.
        QVERIFY(pending(QStringLiteral("z3"), QStringLiteral("call-z"), 22, QStringLiteral("dead")));
        QVERIFY(pending(QStringLiteral("y3"), QStringLiteral("call-y"), 12, QStringLiteral("dead")));
        QVERIFY(pending(QStringLiteral("y2"), QStringLiteral("call-y"), 11, QStringLiteral("dead")));
        QVERIFY(pending(QStringLiteral("z2"), QStringLiteral("call-z"), 21, QStringLiteral("dead")));
        QVERIFY(pending(QStringLiteral("u1"), QString(), 0, QStringLiteral("dead")));
        QVERIFY(pending(QStringLiteral("y1"), QStringLiteral("call-y"), 10, QStringLiteral("dead")));
        QVERIFY(pending(QStringLiteral("z1"), QStringLiteral("call-z"), 20, QStringLiteral(">a"))); // handed here
        QStringList taken;
        for (int batch = 0; batch < 10; ++batch) {
            const auto claimed = claim(QStringLiteral("a"), 2);
            QVERIFY(claimed.deliveries.size() <= 2);
            taken += ids(claimed.deliveries);
            if (!claimed.more)
                break;
        }
        QCOMPARE(taken, (QStringList{QStringLiteral("u1"), QStringLiteral("y1"), QStringLiteral("y2"), QStringLiteral("y3"),
                                     QStringLiteral("z1"), QStringLiteral("z2"), QStringLiteral("z3")}));
    }

    void aCallAnotherNodeIsClaimingStaysWhole()
    {
        // Another node's transaction holds call-y's first event (its ingest claims the call);
        // this node's take-over must not start call-y from its second event meanwhile.
        QVERIFY(pending(QStringLiteral("y1"), QStringLiteral("call-y"), 10, QStringLiteral("dead")));
        QVERIFY(pending(QStringLiteral("y2"), QStringLiteral("call-y"), 11, QStringLiteral("dead")));
        QVERIFY(pending(QStringLiteral("y3"), QStringLiteral("call-y"), 12, QStringLiteral("dead")));
        QVERIFY(pending(QStringLiteral("z1"), QStringLiteral("call-z"), 20, QStringLiteral("dead")));
        QVERIFY(pending(QStringLiteral("u1"), QString(), 0, QStringLiteral("dead")));
        QVERIFY(m_other->database().transaction());
        QVERIFY(exec(QStringLiteral("SELECT 1 FROM deliveries WHERE msg_id = 'y1' FOR UPDATE")));

        auto claimed = claim(QStringLiteral("a"), 100);
        QCOMPARE(ids(claimed.deliveries), (QStringList{QStringLiteral("u1"), QStringLiteral("z1")}));
        QVERIFY(!claimed.more);

        QVERIFY(m_other->database().rollback());
        claimed = claim(QStringLiteral("a"), 100);
        QCOMPARE(ids(claimed.deliveries), (QStringList{QStringLiteral("y1"), QStringLiteral("y2"), QStringLiteral("y3")}));
        for (const DueDelivery &d : std::as_const(claimed.deliveries)) {
            QCOMPARE(d.correlationKey, QStringLiteral("call-y"));
            QCOMPARE(d.laneSeq, d.msgId == u"y1" ? 10 : d.msgId == u"y2" ? 11 : 12);
        }
    }

    void aCallWhoseEarlierEventsAnotherNodeTookWaitsForIt()
    {
        // Node "b" took the batch before, which ended inside call-y: its later events stay
        // for "b", which sends the call on in order; call-z is free to take.
        QVERIFY(exec(QStringLiteral("INSERT INTO nodes (id, started_at, lease_until) VALUES ('b', 0, ?)"), {FarFutureMs}));
        QVERIFY(pending(QStringLiteral("y1"), QStringLiteral("call-y"), 10, QStringLiteral("b")));
        QVERIFY(pending(QStringLiteral("y2"), QStringLiteral("call-y"), 11, QStringLiteral("dead")));
        QVERIFY(pending(QStringLiteral("z1"), QStringLiteral("call-z"), 20, QStringLiteral("dead")));
        auto claimed = claim(QStringLiteral("a"), 100);
        QCOMPARE(ids(claimed.deliveries), QStringList{QStringLiteral("z1")});
        claimed = claim(QStringLiteral("b"), 100);
        QCOMPARE(ids(claimed.deliveries), QStringList{QStringLiteral("y2")});
    }
};

QTEST_GUILESS_MAIN(TestClusterClaims)
#include "tst_clusterclaims.moc"
