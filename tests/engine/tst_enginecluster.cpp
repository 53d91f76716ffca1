// SPDX-License-Identifier: GPL-3.0-or-later
// Several engine nodes on one PostgreSQL database: what one node changes the others follow,
// any node streams every change in seq order, rate limits hold across nodes, and a node that
// leaves hands its pending deliveries over. (The SIGKILL failover is tst_enginefailover.)
#include "support/apiclient.h"
#include "support/engineprocess.h"
#include "support/streamclient.h"

#include "tools/receiver/receiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::testing::StreamClient;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

namespace {

QJsonObject callEnded(int n)
{
    return {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), n}}}};
}

// Whether `stream` got a change of `type`. A node wakes its stream clients only after it
// followed the change itself, so once a client of node N has it, N acts on it.
bool saw(const StreamClient &stream, QLatin1StringView type)
{
    for (const auto &f : stream.changes()) {
        if (f.type == type)
            return true;
    }
    return false;
}

int liveNodesSeenBy(ApiClient &api)
{
    return api.get(QStringLiteral("/api/v1/health")).json.value(QLatin1StringView("liveNodes")).toInt();
}

} // namespace

class TestEngineCluster : public QObject
{
    Q_OBJECT

    std::vector<std::unique_ptr<EngineProcess>> m_nodes;

    // Starts `count` nodes on one database, each with `arguments`.
    bool startNodes(std::vector<std::unique_ptr<EngineProcess>> &nodes, int count, const QStringList &arguments = {})
    {
        for (int i = 0; i < count; ++i) {
            auto node = std::make_unique<EngineProcess>(arguments);
            if (!nodes.empty())
                node->shareDatabaseWith(*nodes.front());
            QString error;
            if (!node->start(&error)) {
                qWarning("node %d: %s", i, qPrintable(error));
                return false;
            }
            nodes.push_back(std::move(node));
        }
        return true;
    }

    // On the first node: an application, an endpoint at `receiver`, and ten events whose
    // first attempts are made and recorded. `attempts`: the endpoint's attempt log path.
    void tenFirstAttempts(ApiClient &first, const QString &name, const Receiver &receiver, QString &attempts)
    {
        const QString app = first.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), name}})
                                .json.value(QLatin1StringView("id")).toString();
        const QString endpoint = first.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), receiver.url()}})
                                     .json.value(QLatin1StringView("id")).toString();
        for (int i = 0; i < 10; ++i)
            first.post(u"/api/v1/app/" + app + u"/msg", callEnded(i));
        attempts = u"/api/v1/app/" + app + u"/attempt/endpoint/" + endpoint + u"?limit=50";
        QTRY_COMPARE_WITH_TIMEOUT(attemptsListed(first, attempts), 10, 10'000);
    }

    static qsizetype attemptsListed(ApiClient &api, const QString &path)
    {
        return api.get(path).json.value(QLatin1StringView("data")).toArray().size();
    }

private slots:
    void cleanup()
    {
        // What the nodes said, when something went wrong: several processes are hard to
        // debug from the outcome alone.
        for (size_t i = 0; QTest::currentTestFailed() && i < m_nodes.size(); ++i) {
            qInfo("node %zu:\n%s", i, m_nodes[i]->process().readAllStandardError().constData());
        }
        m_nodes.clear();
    }

    void init()
    {
        if (!sb::testing::TestDatabase::postgresRequested())
            QSKIP("several nodes need PostgreSQL (SWITCHBOARD_TEST_BACKEND=postgresql)");
    }

    void nodesFollowEachOthersEndpointsAndStream()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        auto &nodes = m_nodes;
        QVERIFY(startNodes(nodes, 2));
        ApiClient a(nodes[0]->baseUrl(), EngineProcess::Token), b(nodes[1]->baseUrl(), EngineProcess::Token);
        QTRY_COMPARE_WITH_TIMEOUT(liveNodesSeenBy(a), 2, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(liveNodesSeenBy(b), 2, 10'000);
        const QString nodeA = a.get(QStringLiteral("/api/v1/health")).json.value(QLatin1StringView("node")).toString();
        QVERIFY(!nodeA.isEmpty());
        QVERIFY(nodeA != b.get(QStringLiteral("/api/v1/health")).json.value(QLatin1StringView("node")).toString());

        StreamClient stream;
        stream.open(nodes[1]->baseUrl(), EngineProcess::Token, 0);
        QTRY_VERIFY(stream.caughtUp());

        // Made on A: B learns of it from the change log (it holds endpoints in memory).
        const QString app = a.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Shared")}})
                                .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!app.isEmpty());
        const auto endpoint = a.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), receiver.url()}});
        QCOMPARE(endpoint.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(saw(stream, sb::StreamFrame::EndpointCreated), 10'000);

        // Messages posted to either node reach the endpoint, once each.
        QSet<QString> accepted;
        for (int i = 0; i < 40; ++i) {
            const auto r = (i % 2 ? a : b).post(u"/api/v1/app/" + app + u"/msg", callEnded(i));
            QCOMPARE(r.status, 202);
            accepted.insert(r.json.value(QLatin1StringView("id")).toString());
        }
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().uniqueIds, 40, 20'000);
        QCOMPARE(receiver.stats().duplicates, 0);

        // B's stream has A's changes too, every seq once and in order.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QSet<QString> created;
            int attempts = 0;
            for (const auto &f : stream.changes()) {
                if (f.type == sb::StreamFrame::MessageCreated)
                    created.insert(f.data.value(QLatin1StringView("id")).toString());
                else if (f.type == sb::StreamFrame::AttemptFinished)
                    ++attempts;
            }
            return created == accepted && attempts == 40;
        }(), 20'000);
        // Exactly the change log, in its order: nothing of A's skipped or repeated.
        QList<qint64> streamed, stored;
        for (const auto &f : stream.changes())
            streamed.append(f.seq);
        {
            QSqlDatabase db = nodes[0]->database().open(QStringLiteral("order"), QString());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT seq FROM changes WHERE seq > %1 AND seq <= %2 ORDER BY seq")
                               .arg(streamed.constFirst() - 1).arg(streamed.constLast())));
            while (q.next())
                stored.append(q.value(0).toLongLong());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("order"));
        QCOMPARE(streamed, stored);

        // Deleted on B: A stops sending to it.
        StreamClient streamA;
        streamA.open(nodes[0]->baseUrl(), EngineProcess::Token, std::nullopt);
        QTRY_VERIFY(streamA.caughtUp());
        QCOMPARE(b.remove(u"/api/v1/app/" + app + u"/endpoint/" + endpoint.json.value(QLatin1StringView("id")).toString()).status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(saw(streamA, sb::StreamFrame::EndpointDeleted), 10'000);
        const auto after = a.post(u"/api/v1/app/" + app + u"/msg", callEnded(99));
        QCOMPARE(after.status, 202);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const auto &f : stream.changes()) {
                if (f.type == sb::StreamFrame::MessageCreated
                    && f.data.value(QLatin1StringView("id")) == after.json.value(QLatin1StringView("id")))
                    return f.data.value(QLatin1StringView("endpoints")).toArray().isEmpty();
            }
            return false;
        }(), 10'000);
    }

    void oneIdempotencyKeyOnTwoNodesStoresOneEvent()
    {
        // A producer behind a load balancer retries on another node while the first is still
        // storing: one event, one delivery, the same answer from both.
        Receiver receiver;
        QVERIFY(receiver.listen());
        auto &nodes = m_nodes;
        QVERIFY(startNodes(nodes, 2));
        ApiClient a(nodes[0]->baseUrl(), EngineProcess::Token);
        const QString app = a.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Keys")}})
                                .json.value(QLatin1StringView("id")).toString();
        StreamClient streamB;
        streamB.open(nodes[1]->baseUrl(), EngineProcess::Token, std::nullopt);
        QTRY_VERIFY(streamB.caughtUp());
        QCOMPARE(a.post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), receiver.url()}}).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(saw(streamB, sb::StreamFrame::EndpointCreated), 10'000);
        QNetworkAccessManager net;
        for (int round = 0; round < 20; ++round) {
            const QByteArray key = "same-" + QByteArray::number(round);
            QList<QNetworkReply *> replies;
            for (const auto &node : nodes) {
                QNetworkRequest request = ApiClient::request(node->baseUrl(), EngineProcess::Token, u"/api/v1/app/" + app + u"/msg");
                request.setRawHeader("idempotency-key", key);
                replies.append(net.post(request, QJsonDocument(callEnded(round)).toJson(QJsonDocument::Compact)));
            }
            QSet<QString> ids;
            for (QNetworkReply *reply : std::as_const(replies)) {
                QSignalSpy done(reply, &QNetworkReply::finished);
                QVERIFY(reply->isFinished() || done.wait(10'000));
                QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
                ids.insert(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1StringView("id")).toString());
                reply->deleteLater();
            }
            QCOMPARE(ids.size(), 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().uniqueIds, 20, 20'000);
        QCOMPARE(receiver.stats().received, 20);
    }

    void rateLimitsHoldAcrossNodes()
    {
        Receiver limited;
        QVERIFY(limited.listen());
        auto &nodes = m_nodes;
        QVERIFY(startNodes(nodes, 2));
        ApiClient a(nodes[0]->baseUrl(), EngineProcess::Token), b(nodes[1]->baseUrl(), EngineProcess::Token);
        QTRY_COMPARE_WITH_TIMEOUT(liveNodesSeenBy(a), 2, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(liveNodesSeenBy(b), 2, 10'000);
        const QString app = a.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Limited")}})
                                .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(a.post(u"/api/v1/app/" + app + u"/endpoint",
                        {{QStringLiteral("url"), limited.url()}, {QStringLiteral("rateLimit"), 4}}).status, 201);
        StreamClient streamB;
        streamB.open(nodes[1]->baseUrl(), EngineProcess::Token, std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(saw(streamB, sb::StreamFrame::EndpointCreated), 10'000); // B knows it
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(a.post(u"/api/v1/app/" + app + u"/msg", callEnded(i)).status, 202);
            QCOMPARE(b.post(u"/api/v1/app/" + app + u"/msg", callEnded(i)).status, 202);
        }
        QTRY_COMPARE_WITH_TIMEOUT(limited.stats().received, 16, 30'000);
        // 4 per second in all, 2 per node with a burst of 2: sixteen need at least three
        // seconds (each node unshared would need one).
        const auto s = limited.stats();
        QVERIFY2(s.firstAt.msecsTo(s.lastAt) >= 2700, qPrintable(QString::number(s.firstAt.msecsTo(s.lastAt))));
    }

    void oneRequestAtATimeHoldsAcrossThreeNodes()
    {
        // An endpoint taking one request at a time, three nodes ingesting for it: only one
        // node sends to it, the others hand their deliveries over.
        Receiver slow;
        QVERIFY(slow.listen());
        ReceiverBehaviour latency;
        latency.latencyMs = 150;
        slow.setBehaviour(latency);
        auto &nodes = m_nodes;
        QVERIFY(startNodes(nodes, 3));
        std::vector<std::unique_ptr<ApiClient>> apis;
        for (const auto &node : nodes) {
            apis.push_back(std::make_unique<ApiClient>(node->baseUrl(), EngineProcess::Token));
            QTRY_COMPARE_WITH_TIMEOUT(liveNodesSeenBy(*apis.back()), 3, 10'000);
        }
        std::vector<std::unique_ptr<StreamClient>> streams;
        for (const auto &node : nodes) {
            streams.push_back(std::make_unique<StreamClient>());
            streams.back()->open(node->baseUrl(), EngineProcess::Token, std::nullopt);
            QTRY_VERIFY(streams.back()->caughtUp());
        }
        const QString app = apis[0]->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Serial")}})
                                .json.value(QLatin1StringView("id")).toString();
        QCOMPARE(apis[0]->post(u"/api/v1/app/" + app + u"/endpoint",
                               {{QStringLiteral("url"), slow.url()}, {QStringLiteral("maxConcurrency"), 1}}).status, 201);
        for (const auto &stream : streams)
            QTRY_VERIFY_WITH_TIMEOUT(saw(*stream, sb::StreamFrame::EndpointCreated), 10'000);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(apis[static_cast<size_t>(i % 3)]->post(u"/api/v1/app/" + app + u"/msg", callEnded(i)).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(slow.stats().uniqueIds, 12, 30'000);
        QCOMPARE(slow.stats().maxInFlight, 1);
        QCOMPARE(slow.stats().duplicates, 0);
    }

    void aNodeThatLostItsLeaseStops()
    {
        // Declared dead (here: its lease run out by hand, as a long stall would), a node must
        // not go on sending what other nodes may have taken over: it exits with 75 for its
        // supervisor to restart it as a new node.
        auto &nodes = m_nodes;
        QVERIFY(startNodes(nodes, 2, {QStringLiteral("--node-lease"), QStringLiteral("2s")}));
        ApiClient b(nodes[1]->baseUrl(), EngineProcess::Token);
        const QString victim = ApiClient(nodes[0]->baseUrl(), EngineProcess::Token)
                                   .get(QStringLiteral("/api/v1/health")).json.value(QLatin1StringView("node")).toString();
        QVERIFY(!victim.isEmpty());
        QSqlDatabase db = nodes[0]->database().open(QStringLiteral("lease"), QString());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE nodes SET lease_until = 0 WHERE id = '%1'").arg(victim)));
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("lease"));
        QTRY_COMPARE_WITH_TIMEOUT(nodes[0]->process().state(), QProcess::NotRunning, 10'000);
        QCOMPARE(nodes[0]->process().exitCode(), 75);
        QVERIFY(nodes[0]->process().readAllStandardError().contains("lease ran out"));
        QTRY_COMPARE_WITH_TIMEOUT(liveNodesSeenBy(b), 1, 10'000); // the other carries on
    }

    void aFrozenNodeIsTakenOverAndSendsNothingWhenItWakes()
    {
        // A's retries are due while A is stopped (SIGSTOP: a paused VM, a long swap), before
        // the moment A would have paused itself. B takes them over when A's lease runs out and
        // sends them. When A wakes up, its retries are overdue and their timer may fire before
        // any other, yet it must send none of them: it finds its lease gone and exits 75.
        Receiver receiver;
        QVERIFY(receiver.listen());
        ReceiverBehaviour failOnce;
        failOnce.failFirst = 1;
        receiver.setBehaviour(failOnce);
        auto &nodes = m_nodes;
        QVERIFY(startNodes(nodes, 2, {QStringLiteral("--node-lease"), QStringLiteral("8s"),
                                      QStringLiteral("--retry-schedule"), QStringLiteral("0, 700ms"),
                                      QStringLiteral("--retry-jitter"), QStringLiteral("0")}));
        ApiClient a(nodes[0]->baseUrl(), EngineProcess::Token), b(nodes[1]->baseUrl(), EngineProcess::Token);
        QString attemptsPath;
        tenFirstAttempts(a, QStringLiteral("Frozen"), receiver, attemptsPath);
        if (QTest::currentTestFailed())
            return;

        nodes[0]->freeze();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().succeeded, 10, 20'000); // B sent the retries
        QTRY_COMPARE_WITH_TIMEOUT(attemptsListed(b, attemptsPath), 20, 10'000);
        nodes[0]->thaw();
        QTRY_COMPARE_WITH_TIMEOUT(nodes[0]->process().state(), QProcess::NotRunning, 10'000);
        QCOMPARE(nodes[0]->process().exitCode(), 75);
        QCOMPARE(receiver.stats().received, 20); // nothing from A after it woke
        QCOMPARE(attemptsListed(b, attemptsPath), 20);
    }

    void aNodeThatLeavesHandsItsWorkOver()
    {
        Receiver receiver;
        QVERIFY(receiver.listen());
        ReceiverBehaviour failOnce;
        failOnce.failFirst = 1;
        receiver.setBehaviour(failOnce);
        auto &nodes = m_nodes;
        // A retries after 3 s: it is gone by then, and B sends the retries. The lease is long,
        // so only A's goodbye can have handed them over in time.
        QVERIFY(startNodes(nodes, 2, {QStringLiteral("--node-lease"), QStringLiteral("60s"),
                                      QStringLiteral("--retry-schedule"), QStringLiteral("0, 3s"),
                                      QStringLiteral("--retry-jitter"), QStringLiteral("0")}));
        ApiClient a(nodes[0]->baseUrl(), EngineProcess::Token), b(nodes[1]->baseUrl(), EngineProcess::Token);
        // A made and recorded its first attempts. (Recorded: terminate() blocks this thread,
        // and with it the in-process receiver, which could not send an answer still queued.)
        QString attemptsPath;
        tenFirstAttempts(a, QStringLiteral("Handover"), receiver, attemptsPath);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(receiver.stats().failed, 10);
        QCOMPARE(nodes[0]->terminate(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.stats().succeeded, 10, 20'000);
        QCOMPARE(receiver.stats().received, 20);
        // B's attempt log shows the retries beside A's first attempts (once recorded).
        QTRY_COMPARE_WITH_TIMEOUT(attemptsListed(b, attemptsPath), 20, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestEngineCluster)
#include "tst_enginecluster.moc"
