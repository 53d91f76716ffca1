// SPDX-License-Identifier: GPL-3.0-or-later
// How several nodes split an endpoint's limits: every node must reach the same answer on its
// own, and together they must keep to the endpoint's settings.
#include "engine/delivery/endpointshares.h"

#include <QSet>
#include <QTest>

using sb::Endpoint;
using sb::engine::EndpointShares;

namespace {

Endpoint endpoint(const QString &id, int maxConcurrency, std::optional<int> rate = std::nullopt)
{
    Endpoint ep;
    ep.id = id;
    ep.maxConcurrency = maxConcurrency;
    ep.rateLimit = rate;
    return ep;
}

const QStringList Nodes{QStringLiteral("node-a"), QStringLiteral("node-b"), QStringLiteral("node-c")};

} // namespace

class TestEndpointShares : public QObject
{
    Q_OBJECT

private slots:
    void oneNodeKeepsTheFullLimits()
    {
        const EndpointShares alone;
        const Endpoint ep = endpoint(QStringLiteral("ep_1"), 7, 30);
        QVERIFY(!alone.isShared());
        QVERIFY(alone.sendsTo(ep));
        QCOMPARE(alone.concurrency(ep), 7);
        QCOMPARE(alone.ratePerSecond(ep), 30.0);
        QCOMPARE(EndpointShares(QStringLiteral("node-a"), {QStringLiteral("node-a")}).concurrency(ep), 7);
    }

    void everyNodeSendsWhenTheEndpointAllowsEnough()
    {
        const Endpoint ep = endpoint(QStringLiteral("ep_1"), 10, 30);
        int total = 0;
        double rate = 0;
        for (const QString &self : Nodes) {
            const EndpointShares shares(self, Nodes);
            QVERIFY(shares.sendsTo(ep));
            total += shares.concurrency(ep);
            rate += shares.ratePerSecond(ep);
        }
        QCOMPARE(total, 9); // 3 each: together never above 10
        QCOMPARE(rate, 30.0);
    }

    void fewerRequestsThanNodesMeansFewerSenders()
    {
        const Endpoint ep = endpoint(QStringLiteral("ep_slow"), 2, 5);
        QStringList senders;
        for (const QString &self : Nodes) {
            const EndpointShares shares(self, Nodes);
            QCOMPARE(shares.senders(ep), 2);
            if (shares.sendsTo(ep)) {
                senders.append(self);
                QCOMPARE(shares.concurrency(ep), 1);
                QCOMPARE(shares.ratePerSecond(ep), 2.5);
            }
        }
        QCOMPARE(senders.size(), 2); // 2 requests at once in all, 5 per second in all
        // Every node hands a given delivery to the same sender, one of the two.
        for (int m = 0; m < 50; ++m) {
            const QString msg = QStringLiteral("msg_%1").arg(m);
            QSet<QString> targets;
            for (const QString &self : Nodes)
                targets.insert(EndpointShares(self, Nodes).senderFor(ep, msg));
            QCOMPARE(targets.size(), 1);
            QVERIFY(senders.contains(*targets.cbegin()));
        }
    }

    void theAnswerDoesNotDependOnListOrder()
    {
        const Endpoint ep = endpoint(QStringLiteral("ep_one"), 1);
        const QStringList reversed{Nodes.at(2), Nodes.at(1), Nodes.at(0)};
        for (const QString &self : Nodes)
            QCOMPARE(EndpointShares(self, Nodes).sendsTo(ep), EndpointShares(self, reversed).sendsTo(ep));
    }

    void singleSenderEndpointsSpreadOverTheNodes()
    {
        QHash<QString, int> load;
        for (int e = 0; e < 300; ++e) {
            const Endpoint ep = endpoint(QStringLiteral("ep_%1").arg(e), 1);
            int senders = 0;
            for (const QString &self : Nodes) {
                if (EndpointShares(self, Nodes).sendsTo(ep)) {
                    ++senders;
                    ++load[self];
                }
            }
            QCOMPARE(senders, 1);
        }
        for (const QString &self : Nodes)
            QVERIFY2(load.value(self) > 50, qPrintable(QStringLiteral("%1: %2").arg(self).arg(load.value(self))));
    }
};

QTEST_GUILESS_MAIN(TestEndpointShares)
#include "tst_endpointshares.moc"
