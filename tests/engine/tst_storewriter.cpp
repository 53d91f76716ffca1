// SPDX-License-Identifier: GPL-3.0-or-later
// The writer thread against a real SQLite file: migrations, group commit, isolation of a bad
// job, results delivered on the caller's thread after the commit.
#include "engine/store/deliverywrites.h"
#include "engine/store/migrations.h"
#include "engine/store/storereader.h"
#include "engine/store/storewriter.h"
#include "support/testdatabase.h"

#include <QJsonObject>
#include <QJsonDocument>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace sb::engine;

class TestStoreWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sb::testing::TestDatabase m_database; // PostgreSQL when the run asks for it
    DatabaseLocation location() const
    {
        if (m_database.isPostgres()) {
            QString error;
            return *DatabaseLocation::fromUrl(m_database.url(), &error);
        }
        DatabaseLocation sqlite;
        sqlite.sqlitePath = m_dir.filePath(QStringLiteral("store.db"));
        return sqlite;
    }

private slots:
    void initTestCase()
    {
        if (sb::testing::TestDatabase::postgresRequested())
            QVERIFY2(m_database.isPostgres(), qPrintable(m_database.error()));
    }

    void migratesOnceAndRecordsTheVersion()
    {
        for (int run = 0; run < 2; ++run) {
            StoreWriter writer(location());
            QString error;
            QVERIFY2(writer.start(&error), qPrintable(error));
        }
        DatabaseConnection c(location(), QStringLiteral("check"), false);
        QSqlDatabase db = c.database();
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), Migrations::latestVersion());
    }

    void batchesCommitAndReportOnTheCallersThread()
    {
        StoreWriter writer(location());
        QVERIFY(writer.start(nullptr));
        QSignalSpy committed(&writer, &StoreWriter::changesCommitted);
        constexpr int Jobs = 300;
        int done = 0, failed = 0;
        QSet<QThread *> threads;
        QObject context;
        for (int i = 0; i < Jobs; ++i) {
            writer.submit(
                [i](WriteTransaction &tx) {
                    if (i == 150) // one bad job: a constraint violation
                        tx.exec(QStringLiteral("INSERT INTO applications (id, json, created_at) VALUES (NULL, NULL, NULL)"));
                    tx.exec(QStringLiteral("INSERT INTO event_types (name, json) VALUES (?, '{}')"),
                            {QStringLiteral("type.%1").arg(i)});
                    return QVariant(tx.appendChange(QLatin1StringView("test"), QString(), QJsonObject()));
                },
                &context, [&](const WriteResult &r) {
                    threads.insert(QThread::currentThread());
                    ++(r.ok ? done : failed);
                });
        }
        QTRY_COMPARE(done + failed, Jobs);
        QCOMPARE(failed, 1);
        QCOMPARE(threads, QSet<QThread *>{QThread::currentThread()});
        QVERIFY(committed.count() >= 1);
        // Fewer commits than jobs: the queue was drained in batches.
        QVERIFY(committed.count() < Jobs);

        StoreReader reader(location(), QStringLiteral("reader"));
        // A batch's results are posted before its changesCommitted: the last signal may still
        // be queued when the last result is in (seen under ASan with two jobs in parallel).
        QTRY_COMPARE(committed.last().first().toLongLong(), reader.lastSeq());
        DatabaseConnection c(location(), QStringLiteral("count"), false);
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM event_types WHERE name LIKE 'type.%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), Jobs - 1); // the bad job left nothing behind
    }

    void aJobThatFailsAfterWritingLeavesNothingBehind()
    {
        // Batches run without savepoints first; a failure reruns the batch with one per job.
        StoreWriter writer(location());
        QVERIFY(writer.start(nullptr));
        const auto count = [this](const QString &sql) {
            DatabaseConnection c(location(), QStringLiteral("count"), false);
            QSqlQuery q(c.database());
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const QString changes = QStringLiteral("SELECT COUNT(*) FROM changes WHERE type = 'half'");
        const qint64 changesBefore = count(changes);
        constexpr int Jobs = 50;
        int done = 0, failed = 0;
        QObject context;
        for (int i = 0; i < Jobs; ++i) {
            writer.submit(
                [i](WriteTransaction &tx) {
                    tx.exec(QStringLiteral("INSERT INTO event_types (name, json) VALUES (?, '{}')"),
                            {QStringLiteral("half.%1").arg(i)});
                    const qint64 seq = tx.appendChange(QLatin1StringView("half"), QString(), QJsonObject());
                    if (i % 10 == 5)
                        throw StoreError(StoreError::Kind::Conflict, QStringLiteral("changed its mind"));
                    return QVariant(seq);
                },
                &context, [&](const WriteResult &r) {
                    ++(r.ok ? done : failed);
                    if (!r.ok)
                        QCOMPARE(r.errorKind, StoreError::Kind::Conflict);
                });
        }
        QTRY_COMPARE(done + failed, Jobs);
        QCOMPARE(failed, Jobs / 10);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM event_types WHERE name LIKE 'half.%'")), Jobs - Jobs / 10);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM event_types WHERE name LIKE 'half.%5'")), 0);
        QCOMPARE(count(changes) - changesBefore, Jobs - Jobs / 10); // and their change rows
    }

    void aQueuedStatementThatFailsSinksOnlyItsJob()
    {
        // On PostgreSQL execWithChange() statements of a batch go to the server together, so a
        // failure shows only when they are sent; the batch then runs again job by job.
        StoreWriter writer(location());
        QVERIFY(writer.start(nullptr));
        constexpr int Jobs = 40;
        QList<WriteResult> results;
        QObject context;
        for (int i = 0; i < Jobs; ++i) {
            // Job 21 repeats job 20's name: a uniqueness conflict.
            const QString name = QStringLiteral("queued.%1").arg(i == 21 ? 20 : i);
            writer.submit(
                [name](WriteTransaction &tx) {
                    tx.execWithChange({{QStringLiteral("INSERT INTO event_types (name, json) VALUES (?, '{}')"), {name}},
                                       {QStringLiteral("UPDATE event_types SET json = ? WHERE name = ?"),
                                        {QStringLiteral("{\"n\":1}"), name}}},
                                      QLatin1StringView("queued"), QString(), QByteArray("{}"));
                    return QVariant(name);
                },
                &context, [&](const WriteResult &r) { results.append(r); });
        }
        QTRY_COMPARE(results.size(), Jobs);
        int failed = 0;
        for (const WriteResult &r : std::as_const(results)) {
            if (!r.ok) {
                ++failed;
                QVERIFY2(r.errorKind == StoreError::Kind::Conflict, qPrintable(r.error));
            }
        }
        QCOMPARE(failed, 1);
        DatabaseConnection c(location(), QStringLiteral("count"), false);
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN json = '{\"n\":1}' THEN 1 ELSE 0 END) "
                                      "FROM event_types WHERE name LIKE 'queued.%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), Jobs - 1);
        QCOMPARE(q.value(1).toInt(), Jobs - 1); // every statement of every other job ran
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM changes WHERE type = 'queued'")) && q.next());
        QCOMPARE(q.value(0).toInt(), Jobs - 1);
    }

    void nodesRecordingAttemptsOfOneEndpointNeverDeadlock()
    {
        // Two nodes on one PostgreSQL database record attempts to the same endpoint at the
        // same time, their attempts falling into the same roll-up rows in opposite orders.
        // Counted attempt by attempt, the two transactions deadlocked; the database aborted
        // one, and in the engine its attempts, sent but not recorded, went out a second time.
        if (!m_database.isPostgres())
            QSKIP("one SQLite writer at a time: nothing to deadlock");
        StoreWriter first(location()), second(location());
        QVERIFY(first.start(nullptr));
        QVERIFY(second.start(nullptr));
        const auto attempt = [](const QString &msgId, qint64 durationMs) {
            deliverywrites::AttemptRecord r;
            r.appId = QStringLiteral("app_rollups");
            r.attempt.id = QStringLiteral("atmpt_") + msgId;
            r.attempt.msgId = msgId;
            r.attempt.endpointId = QStringLiteral("ep_rollups");
            r.attempt.url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
            r.attempt.timestamp = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
            r.attempt.responseDurationMs = static_cast<int>(durationMs);
            r.attempt.responseStatusCode = 200;
            r.attempt.status = sb::MessageStatus::Success;
            r.succeeded = true;
            r.endpointWasFailing = false;
            return deliverywrites::recordAttempt(r);
        };
        // Each job records a fast and a slow attempt (two latency buckets), in opposite orders,
        // and both hold their first before either writes its second.
        QSemaphore arrived[2];
        std::atomic<int> runs[2] = {0, 0};
        const auto job = [&](int node) {
            return [&, node](WriteTransaction &tx) {
                ++runs[node];
                const qint64 firstMs = node == 0 ? 5 : 900, secondMs = node == 0 ? 900 : 5;
                attempt(QStringLiteral("msg_rollups_%1a").arg(node), firstMs)(tx);
                tx.query(QStringLiteral("SELECT 1")).finish(); // sends what the job queued
                arrived[1 - node].release();
                arrived[node].tryAcquire(1, 5000);
                return attempt(QStringLiteral("msg_rollups_%1b").arg(node), secondMs)(tx);
            };
        };
        QList<WriteResult> results;
        QObject context;
        first.submit(job(0), &context, [&](const WriteResult &r) { results.append(r); });
        second.submit(job(1), &context, [&](const WriteResult &r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 20'000);
        for (const WriteResult &r : std::as_const(results))
            QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(runs[0].load(), 1); // neither was undone to break a deadlock and run again
        QCOMPARE(runs[1].load(), 1);
        DatabaseConnection c(location(), QStringLiteral("rollups"), false);
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(count) FROM attempt_rollups WHERE endpoint_id = 'ep_rollups'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 4);
    }

    void changeRowsKeepTheirTextExactly()
    {
        // On PostgreSQL a batch's change rows travel as array literals: quotes, backslashes,
        // commas, braces, the word NULL and non-ASCII text must all come back unchanged.
        StoreWriter writer(location());
        QVERIFY(writer.start(nullptr));
        const QJsonObject tricky{{QStringLiteral("text"), QStringLiteral("say \"hi\", C:\\path {a,b} NULL é ✓ \n")},
                                 {QStringLiteral("empty"), QString()}};
        const WriteResult r = writer.submitAndWait([&](WriteTransaction &tx) {
            tx.appendChange(QLatin1StringView("tricky"), QStringLiteral("app_1"), tricky);
            tx.appendChange(QLatin1StringView("tricky"), QString(), QJsonObject());
            return QVariant();
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        StoreReader reader(location(), QStringLiteral("reader"));
        const auto rows = reader.changesAfter(reader.lastSeq() - 2, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).type, QByteArray("tricky"));
        QCOMPARE(QJsonDocument::fromJson(rows.at(0).data).object(), tricky);
        QCOMPARE(rows.at(1).data, QByteArray("{}"));
        QCOMPARE(rows.at(1).seq, rows.at(0).seq + 1);
        DatabaseConnection c(location(), QStringLiteral("apps"), false);
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("SELECT app_id FROM changes WHERE type = 'tricky' ORDER BY seq")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("app_1"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
    }

    void stopFinishesEverythingQueued()
    {
        int done = 0;
        QObject context;
        {
            StoreWriter writer(location());
            QVERIFY(writer.start(nullptr));
            for (int i = 0; i < 100; ++i)
                writer.submit([](WriteTransaction &tx) { return QVariant(tx.appendChange(QLatin1StringView("stop"), QString(), QJsonObject())); },
                              &context, [&](const WriteResult &r) { done += r.ok; });
            writer.stop();
        }
        QTRY_COMPARE(done, 100);
    }

    void refusesAnUnopenableStore()
    {
        DatabaseLocation nowhere;
        nowhere.sqlitePath = QStringLiteral("/proc/no/such/dir/store.db");
        StoreWriter writer(nowhere);
        QString error;
        QVERIFY(!writer.start(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_storewriter.moc"
