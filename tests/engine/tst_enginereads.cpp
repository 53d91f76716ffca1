// SPDX-License-Identifier: GPL-3.0-or-later
// An API read that takes long (a statistics query over months of history, a list on a cold
// cache) must not hold up ingest or other reads: reads run on the engine's reader threads.
// To hold a read for as long as the test wants, the test locks the table it reads. That
// needs PostgreSQL's table locks; on SQLite (whose WAL readers nothing blocks) it skips.
// And reads must not take the cores from ingest: the reader threads run below the engine's
// other threads (--reader-nice), as the kernel sees them.
#include "support/apiclient.h"
#include "support/engineprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestEngineReads : public QObject
{
    Q_OBJECT

    // Nice value of each of the engine's threads, by thread name (Qt names them from their
    // objectName): the kernel's own view, /proc/<pid>/task/<tid>/{comm,stat}.
    static QMultiHash<QString, int> threadNiceness(qint64 pid)
    {
        QMultiHash<QString, int> out;
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
        for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(tid + u"/comm"));
            QFile stat(tasks.filePath(tid + u"/stat"));
            if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
                continue; // the thread ended meanwhile
            // After the ")" closing the name: state is field 3, nice field 19 (proc(5)).
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 16)
                out.insert(QString::fromUtf8(comm.readAll().trimmed()), fields.at(16).toInt());
        }
        return out;
    }

private slots:
    void readsRunBelowIngestAndDelivery()
    {
#ifndef Q_OS_LINUX
        QSKIP("per-thread nice values are Linux's");
#endif
        for (const int asked : {-1, 0, 19}) {
            EngineProcess engine(asked < 0 ? QStringList() : QStringList{QStringLiteral("--reader-nice"), QString::number(asked)});
            QString error;
            QVERIFY2(engine.start(&error), qPrintable(error));
            const QMultiHash<QString, int> nice = threadNiceness(engine.process().processId());
            const int engineThread = nice.value(QStringLiteral("switchboardd"), -100);
            QVERIFY2(engineThread != -100, qPrintable(QStringList(nice.keys()).join(u' ')));
            const QList<int> readers = nice.values(QStringLiteral("store-reader-0")) + nice.values(QStringLiteral("store-reader-1"));
            QCOMPARE(readers.size(), 2);
            const int expected = std::min(19, engineThread + (asked < 0 ? 10 : asked)); // default 10
            for (const int n : readers)
                QCOMPARE(n, expected);
            // Nothing else moved: the writer and the front's workers stay level with ingest.
            for (auto it = nice.cbegin(); it != nice.cend(); ++it) {
                if (!it.key().startsWith(u"store-reader"))
                    QVERIFY2(it.value() == engineThread, qPrintable(it.key()));
            }
        }
    }

    void aBadReaderNiceIsRefused()
    {
        EngineProcess engine({QStringLiteral("--reader-nice"), QStringLiteral("20")});
        QString error;
        QVERIFY(!engine.start(&error));
        QVERIFY2(error.contains(u"reader-nice"), qPrintable(error));
    }

    void aHeldReadHoldsUpNeitherIngestNorOtherReads()
    {
        EngineProcess engine;
        if (!engine.database().isPostgres())
            QSKIP("holding a read needs a table lock: PostgreSQL only (tst_enginereads_postgresql)");
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ApiClient api(engine.baseUrl(), EngineProcess::Token);
        const auto idOf = [](const sb::testing::ApiReply &reply) { return reply.json.value(QLatin1StringView("id")).toString(); };
        const QString read = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Read")}}));
        const QString endpoint = idOf(api.post(u"/api/v1/app/" + read + u"/endpoint",
                                               {{QStringLiteral("url"), QStringLiteral("https://example.com/hook")}}));
        // Producers send to an app without endpoints: ingest writes messages, never attempts.
        const QString ingest = idOf(api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Ingest")}}));
        QVERIFY(!read.isEmpty() && !endpoint.isEmpty() && !ingest.isEmpty());

        {
            QSqlDatabase db = engine.database().open(QStringLiteral("lock"), {});
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QVERIFY(db.transaction());
            QSqlQuery lock(db);
            QVERIFY2(lock.exec(QStringLiteral("LOCK TABLE attempts IN ACCESS EXCLUSIVE MODE")), qPrintable(lock.lastError().text()));

            // The attempt list now waits for the lock, as a long query would.
            QNetworkAccessManager nam;
            QNetworkReply *held = nam.get(ApiClient::request(engine.baseUrl(), EngineProcess::Token,
                                                             u"/api/v1/app/" + read + u"/attempt/endpoint/" + endpoint));
            // Wait until the engine is inside that read: a lock on attempts waits to be granted.
            QTRY_VERIFY_WITH_TIMEOUT([&] {
                QSqlQuery waiting(db);
                return waiting.exec(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE NOT granted "
                                                   "AND relation = 'attempts'::regclass"))
                    && waiting.next() && waiting.value(0).toInt() > 0;
            }(), 10'000);
            QVERIFY2(!held->isFinished(), held->readAll().constData());

            // Meanwhile ingest is accepted and committed, and other reads are answered.
            for (int i = 0; i < 5; ++i) {
                const auto accepted = api.post(u"/api/v1/app/" + ingest + u"/msg",
                                               {{QStringLiteral("eventType"), QStringLiteral("call.started")},
                                                {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), i}}}});
                QCOMPARE(accepted.status, 202);
            }
            QCOMPARE(api.get(u"/api/v1/app/" + ingest + u"/msg").json.value(QLatin1StringView("data")).toArray().size(), 5);
            QCOMPARE(api.get(QStringLiteral("/api/v1/health")).status, 200);
            QVERIFY(!held->isFinished());

            QVERIFY(db.commit()); // the lock goes; the held read completes
            QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 10'000);
            QCOMPARE(held->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            delete held;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    }
};

QTEST_GUILESS_MAIN(TestEngineReads)
#include "tst_enginereads.moc"
