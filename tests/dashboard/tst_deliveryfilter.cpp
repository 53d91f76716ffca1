// SPDX-License-Identifier: GPL-3.0-or-later
// The log's filter language: each query is parsed and run against a real local store with
// known contents; rejections point at the offending term; completion offers fields and values.
#include "dashboard/history/deliveryfilter.h"
#include "dashboard/history/historystore.h"
#include "historyfixture.h"

#include "core/timeformat.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using sb::StreamFrame;
using sb::dashboard::DeliveryFilter;

namespace {
const QDateTime Now = QDateTime::currentDateTime();
} // namespace

class TestDeliveryFilter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    int count(const DeliveryFilter::Result &filter)
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("filter"));
        QSqlQuery q(db);
        q.prepare(u"SELECT COUNT(*) FROM deliveries WHERE " + DeliveryFilter::resolveFullText(db, filter.where, filter.values));
        for (qsizetype i = 0; i < filter.values.size(); ++i)
            q.bindValue(static_cast<int>(i), filter.values.at(i));
        if (!q.exec() || !q.next()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toInt();
    }

    // A history store at `path` holding `frames`, the last of them `lastSeq`.
    static void writeHistory(const QString &path, const QList<sb::StreamFrame> &frames, qint64 lastSeq)
    {
        sb::dashboard::HistoryStore store(path);
        QSignalSpy opened(&store, &sb::dashboard::HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        store.append(frames);
        QTRY_COMPARE(store.lastSeq(), lastSeq);
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("history.db"));
        sb::dashboard::HistoryStore store(m_path);
        QSignalSpy opened(&store, &sb::dashboard::HistoryStore::opened);
        store.open();
        QVERIFY(opened.wait(5000));
        QSignalSpy committed(&store, &sb::dashboard::HistoryStore::committed);
        store.append(sb::testing::historyFrames(Now));
        QVERIFY(committed.wait(5000));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("filter"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
    }

    // attempt:failed finds a delivery that failed and was then delivered on a retry, which
    // status:failed (the last attempt) does not: what an alert about failures must lead to.
    void aFailureRetriedSinceIsStillAFailedAttempt()
    {
        const QString path = m_dir.filePath(QStringLiteral("retried.db"));
        {
            qint64 seq = 0;
            QList<sb::StreamFrame> frames;
            frames += sb::testing::deliveryFrames(seq, Now, QStringLiteral("msg_r1"), QStringLiteral("call.ended"),
                                                  QStringLiteral("ep_a"), 503, QStringLiteral("http"), 1, 5);
            frames += sb::testing::deliveryFrames(seq, Now, QStringLiteral("msg_r1"), QStringLiteral("call.ended"),
                                                  QStringLiteral("ep_a"), 200, QStringLiteral("none"), 0, 4);
            frames += sb::testing::deliveryFrames(seq, Now, QStringLiteral("msg_ok"), QStringLiteral("call.ended"),
                                                  QStringLiteral("ep_a"), 200, QStringLiteral("none"), 0, 3);
            writeHistory(path, frames, seq);
            if (QTest::currentTestFailed())
                return;
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("retried"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            const auto matching = [&db](const QString &text) {
                const auto f = DeliveryFilter::parse(text, Now);
                QSqlQuery q(db);
                q.prepare(u"SELECT group_concat(msg_id) FROM deliveries WHERE " + DeliveryFilter::resolveFullText(db, f.where, f.values));
                for (const QVariant &v : f.values)
                    q.addBindValue(v);
                return f.ok && q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("error");
            };
            QCOMPARE(matching(QStringLiteral("status:failed")), QString());
            QCOMPARE(matching(QStringLiteral("attempt:failed")), QStringLiteral("msg_r1"));
            QCOMPARE(matching(QStringLiteral("attempt:failed status:succeeded")), QStringLiteral("msg_r1"));
            QCOMPARE(matching(QStringLiteral("-attempt:failed")), QStringLiteral("msg_ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("retried"));
        QVERIFY(DeliveryFilter::completions(QStringLiteral("attempt:f"), 9).contains(QStringLiteral("attempt:failed")));
        // Retry all from such a log sends what the engine retries anyway: the failed ones.
        QVERIFY(DeliveryFilter::engineRetryFilter(QStringLiteral("app:app_1 endpoint:ep_a attempt:failed"), Now).ok);
    }

    // Free text chooses its query by how common its words are: both ways find the same rows.
    void freeTextOverManyRowsTakesTheOtherWay()
    {
        const QString path = m_dir.filePath(QStringLiteral("many.db"));
        {
            QList<sb::StreamFrame> frames;
            qint64 seq = 0;
            for (int i = 0; i < 2100; ++i) // every response says "upstream said no"
                frames += sb::testing::deliveryFrames(seq, Now, QStringLiteral("msg_n%1").arg(i), QStringLiteral("call.ended"),
                                                      QStringLiteral("ep_a"), i % 2 ? 503 : 200, QStringLiteral("http"), 2, i % 300);
            writeHistory(path, frames, seq);
            if (QTest::currentTestFailed())
                return;
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("many"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            const auto common = DeliveryFilter::parse(QStringLiteral("upstream"), Now);
            const QString resolved = DeliveryFilter::resolveFullText(db, common.where, common.values);
            QVERIFY2(resolved.contains(u"EXISTS"), qPrintable(resolved)); // many matches: walk by time
            QSqlQuery q(db);
            q.prepare(u"SELECT COUNT(*) FROM deliveries WHERE " + resolved);
            q.addBindValue(common.values.at(0));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), 2100);
            const auto rare = DeliveryFilter::parse(QStringLiteral("msg_n7 upstream"), Now);
            QVERIFY(DeliveryFilter::resolveFullText(db, rare.where, rare.values).contains(u"EXISTS"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("many"));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(QStringLiteral("filter")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("filter"));
    }

    void selects_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("expected");
        const auto row = [](const char *q, int n) { QTest::newRow(q) << QString::fromUtf8(q) << n; };
        row("", 10);
        row("   ", 10);
        row("status:succeeded", 5);
        row("status:ok", 5);
        row("status:dead", 3);
        row("status:failed", 4);
        row("status:retrying", 1);
        row("status:pending", 2);
        row("-status:succeeded", 5);
        row("code:5xx", 2);
        row("code:>=400", 3);
        row("code:404", 1);
        row("code:!=200", 4);
        row("code:none", 2);
        row("error:timeout", 1);
        row("error:http", 3);
        row("event:call.*", 7);
        row("event:agent.error", 2);
        row("event:*.error", 2);
        row("endpoint:crm", 6);
        row("endpoint:CRM", 6);
        row("endpoint:ep_b", 4);
        row("endpoint:nobody", 0);
        row("app:Acme", 10);
        row("app:app_1", 10);
        row("app:acm", 10);
        row("app:ACME", 10);
        row("app:nobody", 0);
        row("app:app_", 10);    // an id's beginning
        row("app:pp_1", 0);     // ids match from their beginning only
        row("app:a%", 0);       // LIKE's wildcards are plain characters here
        row("app:cm", 10);      // part of the name, anywhere in it
        row("-app:acme", 0);
        row("endpoint:cr", 6);  // part of a uid or description
        row("endpoint:Cr", 6);
        row("endpoint:ep_", 10);
        row("endpoint:p_b", 0);
        row("after:-1h", 1);
        row("before:-1h", 9);
        row("after:-3h before:-1h", 9);
        row("after:2000-01-01", 10);
        row("after:-7d", 10);
        row("after:-90s", 0);
        row("before:-2w", 0);
        row("event:call.* status:dead", 2);
        row("msg_m7", 1);
        row("msg_m", 10);   // an id's beginning: every message
        row("m7", 0);       // ids match from their beginning only (an index range, not a scan)
        row("ended", 5);    // a piece of an event type
        row("\"upstream said\"", 9); // every attempt answered so
        row("upstream", 9);             // a word of the responses, through the full-text index
        row("upstre", 9);               // the beginning of one
        row("said no", 9);
        row("call.started", 2);
        row("100%", 0);
        row("call:c_42", 2);          // a call's deliveries, by its correlation key
        row("call:c_420", 1);
        row("call:c_4", 0);           // exact: not a prefix
        row("call:C_42", 0);          // nor another case
        row("call:c_42 status:dead", 1);
        row("-call:c_42", 8);         // deliveries without a call id are "not this call" too
        row("call:\"c_42\"", 2);
    }

    void selects()
    {
        QFETCH(QString, query);
        QFETCH(int, expected);
        const auto filter = DeliveryFilter::parse(query, Now);
        QVERIFY2(filter.ok, qPrintable(filter.error));
        QCOMPARE(count(filter), expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("errorStart");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown field") << QStringLiteral("stat:failed") << 0 << QStringLiteral("unknown field");
        QTest::newRow("bad status") << QStringLiteral("event:a status:broken") << 8 << QStringLiteral("status is one of");
        QTest::newRow("bad code class") << QStringLiteral("code:9xx") << 0 << QStringLiteral("code is");
        QTest::newRow("bad time") << QStringLiteral("after:yesterday") << 0 << QStringLiteral("-1h");
        QTest::newRow("bad unit") << QStringLiteral("after:-3y") << 0 << QStringLiteral("-7d");
        QTest::newRow("bad error") << QStringLiteral("error:gremlins") << 0 << QStringLiteral("timeout");
        QTest::newRow("empty event") << QStringLiteral("event:") << 0 << QStringLiteral("event type");
        QTest::newRow("empty app") << QStringLiteral("app:") << 0 << QStringLiteral("app:acme");
        QTest::newRow("empty endpoint") << QStringLiteral("status:dead endpoint:") << 12 << QStringLiteral("endpoint:acme");
        QTest::newRow("empty call") << QStringLiteral("status:dead call:") << 12 << QStringLiteral("call id");
        QTest::newRow("open quote") << QStringLiteral("status:dead \"unclosed") << 12 << QStringLiteral("quote");
        QTest::newRow("bad attempt") << QStringLiteral("attempt:ok") << 0 << QStringLiteral("attempt:failed");
    }

    void rejects()
    {
        QFETCH(QString, query);
        QFETCH(int, errorStart);
        QFETCH(QString, mentions);
        const auto filter = DeliveryFilter::parse(query, Now);
        QVERIFY(!filter.ok);
        QCOMPARE(filter.errorStart, errorStart);
        QVERIFY(filter.errorLength > 0);
        QVERIFY2(filter.error.contains(mentions), qPrintable(filter.error));
    }

    void translatesForTheEnginesBulkRetry()
    {
        const auto f = DeliveryFilter::engineRetryFilter(QStringLiteral("app:acme endpoint:crm event:call.ended code:5xx after:-1h status:dead"), Now);
        QVERIFY2(f.ok, qPrintable(f.error));
        QCOMPARE(f.body.value(QLatin1StringView("app")).toString(), QStringLiteral("acme"));
        QCOMPARE(f.body.value(QLatin1StringView("endpoint")).toString(), QStringLiteral("crm"));
        QCOMPARE(f.body.value(QLatin1StringView("eventTypes")).toArray(), QJsonArray{QStringLiteral("call.ended")});
        QCOMPARE(f.body.value(QLatin1StringView("statusCodeClass")).toInt(), 500);
        QVERIFY(f.body.contains(QLatin1StringView("since")));
        QVERIFY(DeliveryFilter::engineRetryFilter(QString(), Now).ok); // everything dead
        for (const char *refused : {"event:call.*", "code:>=500", "-app:acme", "endpoint:crm", "msg_1", "error:timeout", "call:c_42"})
            QVERIFY2(!DeliveryFilter::engineRetryFilter(QString::fromLatin1(refused), Now).ok, refused);
    }

    void completes()
    {
        QCOMPARE(DeliveryFilter::completions(QStringLiteral("st"), 2), QStringList{QStringLiteral("status:")});
        QCOMPARE(DeliveryFilter::completions(QStringLiteral("event:call.* status:d"), 21), QStringList{QStringLiteral("status:dead")});
        QCOMPARE(DeliveryFilter::completions(QStringLiteral("-error:t"), 8),
                 (QStringList{QStringLiteral("error:timeout"), QStringLiteral("error:tls")}));
        QCOMPARE(DeliveryFilter::completions(QString(), 0).size(), DeliveryFilter::fields().size());
        QVERIFY(DeliveryFilter::completions(QStringLiteral("code:5"), 6).contains(QStringLiteral("code:5xx")));
        QCOMPARE(DeliveryFilter::completions(QStringLiteral("ca"), 2), QStringList{QStringLiteral("call:")});

        // Names the history knows: endpoints, apps (quoted when they hold spaces), event types
        // with their group wildcards.
        DeliveryFilter::CompletionValues known;
        known.endpoints = {QStringLiteral("CRM"), QStringLiteral("crm prod"), QStringLiteral("billing")};
        known.apps = {QStringLiteral("acme")};
        known.events = {QStringLiteral("call.started"), QStringLiteral("call.ended"), QStringLiteral("agent.function_called")};
        QCOMPARE(DeliveryFilter::completions(QStringLiteral("endpoint:cr"), 11, known),
                 (QStringList{QStringLiteral("endpoint:CRM"), QStringLiteral("endpoint:\"crm prod\"")}));
        QCOMPARE(DeliveryFilter::completions(QStringLiteral("app:"), 4, known), QStringList{QStringLiteral("app:acme")});
        QCOMPARE(DeliveryFilter::completions(QStringLiteral("event:call"), 10, known),
                 (QStringList{QStringLiteral("event:call.*"), QStringLiteral("event:call.started"), QStringLiteral("event:call.ended")}));

        // Choosing one replaces only the term under the cursor; a negation stays.
        QCOMPARE(DeliveryFilter::applyCompletion(QStringLiteral("status:dead endpoint:cr after:-1h"), 23, QStringLiteral("endpoint:CRM")),
                 std::pair(QStringLiteral("status:dead endpoint:CRM after:-1h"), 24));
        QCOMPARE(DeliveryFilter::applyCompletion(QStringLiteral("-sta"), 4, QStringLiteral("status:")),
                 std::pair(QStringLiteral("-status:"), 8));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryFilter)
#include "tst_deliveryfilter.moc"
