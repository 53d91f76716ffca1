// SPDX-License-Identifier: GPL-3.0-or-later
// Failover: three nodes on one PostgreSQL database take 5,000 events from a producer that
// spreads them over the nodes, and one node is killed with SIGKILL mid-flight. Every accepted
// event reaches the receiver; repeats come only from the dead node's work; the console's
// stream connection on a surviving node sees every change exactly once, in seq order.
#include "support/apiclient.h"
#include "support/engineprocess.h"
#include "support/streamclient.h"

#include "dashboard/connection/streamconnection.h"

#include "tools/receiver/receiver.h"

#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>
#include <memory>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;
using sb::dashboard::StreamConnection;
using sb::testing::StreamClient;
using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

namespace {
constexpr int Nodes = 3;
constexpr int Events = 5000;
constexpr int Window = 12;      // the producer's requests in flight
constexpr int MaxInFlight = 48; // per node
constexpr int WriterBatch = 512;

} // namespace

class TestEngineFailover : public QObject
{
    Q_OBJECT

    // A repeat the test cannot explain: what the store and the nodes say about it, so that a
    // failure on a loaded CI machine can be told apart from a lapsed lease.
    static void explainRepeats(std::vector<std::unique_ptr<EngineProcess>> &nodes, const QStringList &ids,
                               const QHash<QString, int> &acceptedBy)
    {
        QSqlDatabase db = nodes[0]->database().open(QStringLiteral("failover-explain"), QString());
        for (const QString &id : ids) {
            std::printf("repeat of %s, accepted by node %d; its attempts:\n", qPrintable(id), acceptedBy.value(id));
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT created_at, status, trigger_type, response_code, error_class FROM attempts "
                                     "WHERE msg_id = ? ORDER BY created_at"));
            q.addBindValue(id);
            if (q.exec()) {
                while (q.next()) {
                    std::printf("  at %lld status %d trigger %d code %d %s\n", q.value(0).toLongLong(), q.value(1).toInt(),
                                q.value(2).toInt(), q.value(3).toInt(), qPrintable(q.value(4).toString()));
                }
            }
            q.prepare(QStringLiteral("SELECT status, attempt_count, lease_owner FROM deliveries WHERE msg_id = ?"));
            q.addBindValue(id);
            if (q.exec() && q.next()) {
                std::printf("  delivery status %d after %d attempts, owner %s\n", q.value(0).toInt(), q.value(1).toInt(),
                            qPrintable(q.value(2).toString()));
            }
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("failover-explain"));
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            std::printf("node %zu said:\n%s\n", i, nodes[i]->process().readAllStandardError().constData());
        }
        std::fflush(stdout);
    }

private slots:
    void aKilledNodesWorkIsTakenOver()
    {
        if (!sb::testing::TestDatabase::postgresRequested())
            QSKIP("several nodes need PostgreSQL (SWITCHBOARD_TEST_BACKEND=postgresql)");
        Receiver receiver;
        QVERIFY(receiver.listen());
        ReceiverBehaviour slowish; // so that every node always has attempts in flight
        slowish.latencyMs = 15;
        receiver.setBehaviour(slowish);

        std::vector<std::unique_ptr<EngineProcess>> nodes;
        for (int i = 0; i < Nodes; ++i) {
            // A short lease: the dead node's work is taken over within seconds.
            nodes.push_back(std::make_unique<EngineProcess>(QStringList{
                QStringLiteral("--node-lease"), QStringLiteral("3s"),
                QStringLiteral("--max-in-flight"), QString::number(MaxInFlight)}));
            if (i > 0)
                nodes.back()->shareDatabaseWith(*nodes.front());
            QString error;
            QVERIFY2(nodes.back()->start(&error), qPrintable(error));
        }
        QNetworkAccessManager net;
        ApiClient api(nodes[0]->baseUrl(), EngineProcess::Token);
        const QString app = api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Failover")}})
                                .json.value(QLatin1StringView("id")).toString();
        QVERIFY(!app.isEmpty());

        // The console's own stream connection, on a node that survives, from the first change.
        StreamConnection dashboard;
        QList<qint64> streamed;
        connect(&dashboard, &StreamConnection::framesReceived, this, [&](const QList<sb::StreamFrame> &frames) {
            for (const auto &f : frames)
                streamed.append(f.seq);
        });
        dashboard.open(QUrl(nodes[0]->baseUrl()), EngineProcess::Token,
                       [&](const QString &) { return streamed.isEmpty() ? 0 : streamed.constLast(); });
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.state(), StreamConnection::State::Live, 10'000);
        // Every node knows the endpoint before events go in: a node's stream clients get a
        // change only after the node followed it (it holds endpoints in memory).
        std::vector<std::unique_ptr<StreamClient>> followers;
        for (int i = 1; i < Nodes; ++i) {
            followers.push_back(std::make_unique<StreamClient>());
            followers.back()->open(nodes[i]->baseUrl(), EngineProcess::Token, std::nullopt);
            QTRY_VERIFY(followers.back()->caughtUp());
        }
        QCOMPARE(api.post(u"/api/v1/app/" + app + u"/endpoint",
                          {{QStringLiteral("url"), receiver.url()}, {QStringLiteral("maxConcurrency"), 3 * MaxInFlight}}).status, 201);
        for (const auto &follower : followers) {
            QTRY_VERIFY(!follower->changes().isEmpty()
                        && follower->changes().constLast().type == sb::StreamFrame::EndpointCreated);
        }
        followers.clear();

        // The producer spreads events over the live nodes and, like a producer behind a load
        // balancer with retries, sends an event that got no answer again elsewhere with the
        // same idempotency key: the event is stored once either way.
        const int victim = Nodes - 1;
        const int killAt = QRandomGenerator::global()->bounded(1500, 3000);
        bool killed = false;
        QHash<QString, int> acceptedBy; // message id -> node index
        QHash<QString, int> eventOf;    // message id -> event number
        QSet<int> cutOff;               // events sent again after the kill cut them off
        QSet<int> done;
        int next = 0, turn = 0, retried = 0;
        qint64 receivedAtKill = 0;
        std::function<void(int)> send;
        send = [&](int n) {
            int node = turn++ % Nodes;
            if (killed && node == victim)
                node = turn++ % Nodes;
            QNetworkRequest request = ApiClient::request(nodes[node]->baseUrl(), EngineProcess::Token, u"/api/v1/app/" + app + u"/msg");
            request.setRawHeader("idempotency-key", "event-" + QByteArray::number(n));
            const QJsonObject body{{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                   {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), n}}}};
            QNetworkReply *reply = net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            connect(reply, &QNetworkReply::finished, this, [&, reply, n, node] {
                reply->deleteLater();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 202) {
                    ++retried;
                    cutOff.insert(n);
                    send(n); // cut off by the kill
                    return;
                }
                const QString id = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1StringView("id")).toString();
                acceptedBy.insert(id, node);
                eventOf.insert(id, n);
                done.insert(n);
                if (!killed && done.size() >= killAt) {
                    killed = true;
                    receivedAtKill = receiver.stats().received;
                    nodes[victim]->kill();
                }
                if (next < Events)
                    send(next++);
            });
        };
        for (int i = 0; i < Window; ++i)
            send(next++);
        QTRY_VERIFY_WITH_TIMEOUT(done.size() == Events, 180'000);
        QVERIFY(killed);
        QCOMPARE(acceptedBy.size(), Events); // one message per event, retries included

        // Every accepted event arrives: the victim's share through the survivors.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QSet<QString> seen;
            for (const auto &d : receiver.deliveries())
                seen.insert(d.webhookId);
            return seen.size() == Events && seen.contains(QSet<QString>(acceptedBy.keyBegin(), acceptedBy.keyEnd()));
        }(), 120'000);

        // Repeats only of events the dead node had taken, and no more than it can have had
        // sent without committing: its requests in flight and one writer batch.
        QHash<QString, int> times;
        for (const auto &d : receiver.deliveries())
            ++times[d.webhookId];
        int repeats = 0;
        QStringList notTheVictims;
        for (auto it = times.cbegin(); it != times.cend(); ++it) {
            if (it.value() > 1) {
                repeats += it.value() - 1;
                // The dead node's, or stored by it and answered again by a survivor (replayed
                // for the same idempotency key): its work either way.
                if (acceptedBy.value(it.key()) != victim && !cutOff.contains(eventOf.value(it.key())))
                    notTheVictims.append(it.key());
            }
        }
        if (!notTheVictims.isEmpty())
            explainRepeats(nodes, notTheVictims, acceptedBy);
        QVERIFY2(notTheVictims.isEmpty(), qPrintable(notTheVictims.join(u' ')));
        int victimShare = 0;
        for (int node : std::as_const(acceptedBy))
            victimShare += node == victim;
        std::printf("failover: %d events, %d accepted by the killed node, killed after %d answered "
                    "(receiver had %lld), %d requests sent again, %d repeats\n",
                    Events, victimShare, killAt, static_cast<long long>(receivedAtKill), retried, repeats);
        std::fflush(stdout);
        QVERIFY(repeats <= MaxInFlight + WriterBatch);

        // The stream saw every change once, in order: exactly the change log's seqs.
        QSqlDatabase db = nodes[0]->database().open(QStringLiteral("failover-inspect"), QString());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        qint64 lastSeq = 0;
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT MAX(seq) FROM changes")) && q.next());
            lastSeq = q.value(0).toLongLong();
        }
        QTRY_COMPARE_WITH_TIMEOUT(streamed.isEmpty() ? 0 : streamed.constLast(), lastSeq, 30'000);
        QList<qint64> stored;
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT seq FROM changes WHERE seq <= %1 ORDER BY seq").arg(lastSeq)));
            while (q.next())
                stored.append(q.value(0).toLongLong());
        }
        QCOMPARE(streamed.size(), stored.size());
        QVERIFY(streamed == stored);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("failover-inspect"));

        for (int i = 0; i < Nodes; ++i) {
            if (i != victim)
                QCOMPARE(nodes[i]->terminate(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineFailover)
#include "tst_enginefailover.moc"
