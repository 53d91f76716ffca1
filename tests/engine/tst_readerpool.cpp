// SPDX-License-Identifier: GPL-3.0-or-later
// The API's reader threads against a real store: each thread reads on a connection of its own,
// a read that is held up holds up no other, and what the writer committed is visible.
#include "engine/store/readerpool.h"
#include "engine/store/storereader.h"
#include "engine/store/storewriter.h"
#include "support/testdatabase.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <future>
#include <mutex>

using namespace sb::engine;

class TestReaderPool : public QObject
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

    void aHeldReadHoldsUpNoOther()
    {
        StoreWriter writer(location()); // creates the schema
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ReaderPool pool(location(), 2);
        QVERIFY2(pool.start(&error), qPrintable(error));
        QCOMPARE(ReaderPool::current(), nullptr); // this thread is not the pool's

        std::mutex mutex;
        QSet<StoreReader *> readers;
        QSet<QThread *> threads;
        const auto record = [&] {
            const std::lock_guard lock(mutex);
            readers.insert(ReaderPool::current());
            threads.insert(QThread::currentThread());
        };
        std::promise<void> release;
        const std::shared_future<void> released = release.get_future().share();
        std::atomic<bool> heldStarted{false}, heldDone{false}, otherRan{false};
        std::atomic<qint64> seq{-1};
        pool.post([&] {
            record();
            heldStarted = true;
            released.wait(); // a long statistics query, say
            heldDone = true;
        });
        QTRY_VERIFY(heldStarted.load());
        pool.post([&] {
            record();
            seq = ReaderPool::current()->lastSeq(); // a real read on its own connection
            otherRan = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(otherRan.load(), 10'000);
        release.set_value();
        // Finished, not only taken: the job still reads `released` (a local of this test)
        // while it returns from wait(), and ASan caught it reading freed memory once.
        QTRY_VERIFY(heldDone.load());
        QCOMPARE(pool.queued(), 0);

        QCOMPARE(seq.load(), 0); // an empty change log, read through the pool's connection
        QCOMPARE(readers.size(), 2);
        QVERIFY(!readers.contains(nullptr));
        QCOMPARE(threads.size(), 2);
        QVERIFY(!threads.contains(QThread::currentThread()));
        writer.stop();
    }

    void refusesAnUnopenableStore()
    {
        DatabaseLocation nowhere;
        nowhere.sqlitePath = QStringLiteral("/proc/no/such/dir/store.db");
        ReaderPool pool(nowhere, 2);
        QString error;
        QVERIFY(!pool.start(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReaderPool)
#include "tst_readerpool.moc"
