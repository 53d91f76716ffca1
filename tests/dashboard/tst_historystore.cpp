// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's local history against synthetic stream frames: batches, replays skipped,
// roll-ups counted right, the resume point kept across a reopen.
#include "dashboard/history/historystore.h"

#include "core/latencyhistogram.h"
#include "historyfixture.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using sb::StreamFrame;
using sb::dashboard::HistoryStore;

namespace {
const QDateTime Minute(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());

StreamFrame created(qint64 seq, const QString &msg)
{
    return {seq, QString(StreamFrame::MessageCreated), Minute,
            {{QStringLiteral("id"), msg}, {QStringLiteral("appId"), QStringLiteral("app_1")},
             {QStringLiteral("eventType"), QStringLiteral("call.ended")},
             {QStringLiteral("timestamp"), sb::toIsoUtc(Minute)},
             {QStringLiteral("endpoints"), QJsonArray{QStringLiteral("ep_1")}}}};
}

StreamFrame finished(qint64 seq, const QString &msg, int code, qint64 ms)
{
    const bool ok = code >= 200 && code < 300;
    const QJsonObject attempt{{QStringLiteral("id"), QString(u"atmpt_" + msg)}, {QStringLiteral("msgId"), msg},
                              {QStringLiteral("endpointId"), QStringLiteral("ep_1")}, {QStringLiteral("responseStatusCode"), code},
                              {QStringLiteral("responseDurationMs"), ms}, {QStringLiteral("status"), ok ? 0 : 2},
                              {QStringLiteral("errorClass"), ok ? QStringLiteral("none") : QStringLiteral("http")},
                              {QStringLiteral("trigger"), QStringLiteral("scheduled")},
                              {QStringLiteral("timestamp"), sb::toIsoUtc(Minute.addSecs(seq % 50))}};
    const QJsonObject delivery{{QStringLiteral("msgId"), msg}, {QStringLiteral("endpointId"), QStringLiteral("ep_1")},
                               {QStringLiteral("status"), ok ? 0 : 2}, {QStringLiteral("attemptCount"), 1}};
    return {seq, QString(StreamFrame::AttemptFinished), Minute,
            {{QStringLiteral("attempt"), attempt}, {QStringLiteral("delivery"), delivery}, {QStringLiteral("appId"), QStringLiteral("app_1")}}};
}

qint64 scalar(const QString &path, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}
// SQLite's plan for `sql`, its steps joined: which index a query uses.
QString queryPlan(const QString &path, const QString &sql)
{
    QStringList steps;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"EXPLAIN QUERY PLAN " + sql)) {
                while (q.next())
                    steps.append(q.value(3).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    return steps.join(QStringLiteral("; "));
}
} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("history.db")); }

private slots:
    void storesBatchesAndRollsUpPerMinute()
    {
        HistoryStore store(path());
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        QVERIFY(opened.first().first().toBool());
        QSignalSpy committed(&store, &HistoryStore::committed);

        // 100 messages in one minute, 90 answered 200 in 40 ms, 10 answered 503 in 900 ms.
        QList<StreamFrame> frames;
        qint64 seq = 0;
        for (int i = 0; i < 100; ++i) {
            const QString msg = u"msg_" + QString::number(i);
            frames.append(created(++seq, msg));
            frames.append(finished(++seq, msg, i < 90 ? 200 : 503, i < 90 ? 40 : 900));
        }
        store.append(frames.mid(0, 120));
        store.append(frames.mid(100)); // overlaps the first batch by 20 frames: a replay
        QTRY_COMPARE(store.lastSeq(), seq);
        QCOMPARE(committed.count(), 2);
        QCOMPARE(committed.at(0).at(1).toInt() + committed.at(1).at(1).toInt(), 200); // each change once

        QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM deliveries")), 100);
        QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM attempts")), 100);
        QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM attempt_text")), 100); // the replay indexed nothing twice
        QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE status = 2")), 10);
        QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM rollups")), 1);
        QCOMPARE(scalar(path(), QStringLiteral("SELECT attempts FROM rollups")), 100);
        QCOMPARE(scalar(path(), QStringLiteral("SELECT succeeded FROM rollups")), 90);
        QCOMPARE(scalar(path(), QStringLiteral("SELECT s5xx FROM rollups")), 10);
        QCOMPARE(scalar(path(), QStringLiteral("SELECT c_http FROM rollups")), 10);
        // The histogram: 90 in the 30–50 ms bucket, 10 in 700–1000 ms.
        QCOMPARE(scalar(path(), QStringLiteral("SELECT h9 FROM rollups")), 90);
        QCOMPARE(scalar(path(), QStringLiteral("SELECT h17 FROM rollups")), 10);
    }

    void remembersWhereItIsAcrossAReopen()
    {
        HistoryStore store(path());
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        QCOMPARE(store.lastSeq(), 200);
        QSignalSpy committed(&store, &HistoryStore::committed);
        store.append({created(150, QStringLiteral("msg_old")), created(201, QStringLiteral("msg_new"))});
        QVERIFY(committed.wait(5000));
        QCOMPARE(committed.first().at(1).toInt(), 1); // the old frame is skipped
        QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE msg_id = 'msg_old'")), 0);
        QCOMPARE(scalar(path(), QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE msg_id = 'msg_new'")), 1);
    }

    // The engine expunged an attempt's response body (a receiver echoed a secret): the
    // console's copy goes too, from the attempt and from what free text searches.
    void anExpungedResponseLeavesTheHistory()
    {
        const QString file = m_dir.filePath(QStringLiteral("expunge.db"));
        HistoryStore store(file);
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        StreamFrame attempt = finished(2, QStringLiteral("msg_echo"), 200, 12);
        QJsonObject a = attempt.data.value(QLatin1StringView("attempt")).toObject();
        a.insert(QStringLiteral("response"), QStringLiteral("{\"apiKey\":\"leakedsecret42\"}"));
        attempt.data.insert(QStringLiteral("attempt"), a);
        store.append({created(1, QStringLiteral("msg_echo")), attempt});
        QTRY_COMPARE(store.lastSeq(), 2);
        const QString searched = QStringLiteral("SELECT COUNT(*) FROM attempt_text WHERE attempt_text MATCH 'leakedsecret42'");
        QCOMPARE(scalar(file, searched), 1);

        store.append({{3, QString(StreamFrame::ContentExpunged), Minute,
                       {{QStringLiteral("msgId"), QStringLiteral("msg_echo")}, {QStringLiteral("attemptId"), QStringLiteral("atmpt_msg_echo")}}}});
        QTRY_COMPARE(store.lastSeq(), 3);
        QCOMPARE(scalar(file, searched), 0);
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM attempts WHERE json LIKE '%leakedsecret42%'")), 0);
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM attempt_text WHERE attempt_text MATCH 'ended'")), 1); // still found by its type
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM attempts")), 1);
    }

    void retentionPrunesWhatIsOlder()
    {
        const QString file = m_dir.filePath(QStringLiteral("retention.db"));
        HistoryStore store(file);
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<StreamFrame> frames;
        qint64 seq = 0;
        const int daysAgo[] = {40, 40, 31, 29, 1};
        for (int i = 0; i < 5; ++i)
            frames += sb::testing::deliveryFrames(seq, now, u"msg_" + QString::number(i), QStringLiteral("call.ended"),
                                                  QStringLiteral("ep_1"), 200, QStringLiteral("none"), 0, daysAgo[i] * 24 * 60);
        store.append(frames);
        QTRY_COMPARE(store.lastSeq(), seq);
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM attempts")), 5);

        QSignalSpy pruned(&store, &HistoryStore::pruned);
        store.setRetentionDays(0); // keep everything: nothing to do
        store.setRetentionDays(30);
        QVERIFY(pruned.wait(5000));
        QCOMPARE(pruned.count(), 1);
        QCOMPARE(pruned.first().first().toLongLong(), 3);
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM deliveries")), 2);
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM attempts")), 2);
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM attempt_text")), 2);
        const qint64 cutoff = now.addDays(-30).toMSecsSinceEpoch();
        QCOMPARE(scalar(file, u"SELECT COUNT(*) FROM rollups WHERE minute < " + QString::number(cutoff)), 0);
        QVERIFY(scalar(file, QStringLiteral("SELECT COUNT(*) FROM rollups")) > 0);
        QCOMPARE(store.retentionDays(), 30);
    }

    // A history written by a console from before calls were followed: the writer adds the
    // correlation_key column and its index in place, keeps what was stored, and from then
    // on stores each message's call id (NULL when it has none).
    void migratesAnOlderHistoryToCallIds()
    {
        const QString file = m_dir.filePath(QStringLiteral("before-calls.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE deliveries (msg_id TEXT NOT NULL, endpoint_id TEXT NOT NULL, "
                                          "app_id TEXT NOT NULL, event_type TEXT NOT NULL, created_at INTEGER NOT NULL, status INTEGER NOT NULL, "
                                          "http_code INTEGER, latency_ms INTEGER, attempts INTEGER NOT NULL DEFAULT 0, next_attempt INTEGER, "
                                          "error_class TEXT, updated_at INTEGER NOT NULL, PRIMARY KEY (msg_id, endpoint_id))")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO deliveries (msg_id, endpoint_id, app_id, event_type, created_at, status, updated_at) "
                                          "VALUES ('msg_before', 'ep_1', 'app_1', 'call.started', 1, 0, 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('last_seq', '7')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        HistoryStore store(file);
        QSignalSpy opened(&store, &HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        QVERIFY2(opened.first().first().toBool(), qPrintable(opened.first().at(1).toString()));
        QCOMPARE(store.lastSeq(), 7);
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('deliveries') WHERE name = 'correlation_key'")), 1);
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'deliveries_call' "
                                             "AND sql LIKE '%(correlation_key, created_at)%'")), 1);
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE msg_id = 'msg_before' AND correlation_key IS NULL")), 1);

        QSignalSpy committed(&store, &HistoryStore::committed);
        StreamFrame withCall = created(8, QStringLiteral("msg_call"));
        withCall.data.insert(QStringLiteral("correlationKey"), QStringLiteral("c_77"));
        store.append({withCall, created(9, QStringLiteral("msg_nocall"))});
        QVERIFY(committed.wait(5000));
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE msg_id = 'msg_call' AND correlation_key = 'c_77'")), 1);
        QCOMPARE(scalar(file, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE msg_id = 'msg_nocall' AND correlation_key IS NULL")), 1);
        // A call's deliveries are read from the index, not by a scan.
        const QString plan = queryPlan(file, QStringLiteral("SELECT * FROM deliveries WHERE correlation_key IS 'c_77' "
                                                            "AND app_id = 'app_1' ORDER BY created_at"));
        QVERIFY2(plan.contains(u"deliveries_call"), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
