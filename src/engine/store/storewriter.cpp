// SPDX-License-Identifier: GPL-3.0-or-later
#include "storewriter.h"

#include <atomic>

#include "migrations.h"

#include <QSqlQuery>

#include <QDateTime>
#include <QSqlError>

#include <algorithm>
#include <memory>

namespace sb::engine {

StoreWriter::StoreWriter(DatabaseLocation location, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
{
}

StoreWriter::~StoreWriter() { stop(); }

bool StoreWriter::start(QString *error)
{
    m_thread = std::thread([this] { run(); });
    std::unique_lock lock(m_mutex);
    m_started.wait(lock, [this] { return m_startState != 0; });
    if (m_startState < 0) {
        if (error)
            *error = m_startError;
        lock.unlock();
        m_thread.join();
        return false;
    }
    return true;
}

void StoreWriter::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void StoreWriter::submit(Job job, QObject *context, Done done)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(job), context, std::move(done)});
    }
    m_wake.notify_one();
}

WriteResult StoreWriter::submitAndWait(Job job)
{
    std::promise<WriteResult> promise;
    std::future<WriteResult> result = promise.get_future();
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(job), nullptr, nullptr, &promise});
    }
    m_wake.notify_one();
    return result.get();
}

qsizetype StoreWriter::queueDepth() const
{
    const std::lock_guard lock(m_mutex);
    return static_cast<qsizetype>(m_queue.size());
}

bool StoreWriter::migrate(DatabaseConnection &connection, QString *error)
{
    QSqlDatabase db = connection.database();
    if (m_location.dialect.kind() != SqlDialect::Kind::PostgreSQL)
        return Migrations::apply(db, m_location.dialect, error);
    // Nodes starting together must not migrate the same database at once: the first runs
    // the steps, the others wait and find nothing left to do.
    constexpr qint64 MigrationLockKey = 0x5357424400000003; // "SWBD", 3
    QSqlQuery lock(db);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationLockKey))) {
        *error = lock.lastError().text();
        return false;
    }
    const bool ok = Migrations::apply(db, m_location.dialect, error);
    lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationLockKey));
    return ok;
}

void StoreWriter::run()
{
    // A name of its own: Qt's connections are per process, and tests run two writers in one.
    static std::atomic<int> writers{0};
    DatabaseConnection connection(m_location, QStringLiteral("switchboard-writer-%1").arg(++writers), true);
    QString error = connection.errorString();
    bool ready = connection.isOpen();
    if (ready)
        ready = migrate(connection, &error);
    {
        const std::lock_guard lock(m_mutex);
        m_startState = ready ? 1 : -1;
        m_startError = error;
    }
    m_started.notify_all();
    if (!ready)
        return;

    WriteTransaction tx(connection.database());
    tx.setNodeId(m_nodeId);
    tx.setSerializeChanges(m_location.dialect.kind() == SqlDialect::Kind::PostgreSQL);
    for (;;) {
        std::deque<Entry> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, and everything queued is written
            const auto take = std::min<size_t>(m_queue.size(), static_cast<size_t>(m_maxBatch));
            std::move(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(take),
                      std::back_inserter(batch));
            m_queue.erase(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(take));
        }
        runBatch(connection, tx, batch);
    }
}

namespace {

// Runs one job of the batch (in a savepoint of its own when isolated); false if it failed,
// its changes then undone.
bool runJob(WriteTransaction &tx, const StoreWriter::Job &job, WriteResult &r, bool isolate)
{
    const qsizetype changesBefore = tx.pendingChanges();
    const qsizetype rollupsBefore = tx.pendingRollups();
    try {
        if (isolate)
            tx.control(QStringLiteral("SAVEPOINT job"));
        r.value = job(tx);
        if (isolate)
            tx.control(QStringLiteral("RELEASE SAVEPOINT job"));
        r.ok = true;
        return true;
    } catch (const StoreError &e) {
        r.ok = false;
        r.errorKind = e.kind();
        r.error = QString::fromStdString(e.what());
        if (!isolate)
            return false;
        tx.dropChangesFrom(changesBefore);
        tx.dropRollupsFrom(rollupsBefore);
        try {
            tx.control(QStringLiteral("ROLLBACK TO SAVEPOINT job"));
            tx.control(QStringLiteral("RELEASE SAVEPOINT job"));
        } catch (const StoreError &) {
            // The commit fails too and reports it for every job.
        }
        return false;
    }
}

} // namespace

size_t StoreWriter::runJobs(WriteTransaction &tx, std::deque<Entry> &batch,
                           std::vector<WriteResult> &results, bool isolate)
{
    tx.setPipelining(!isolate);
    for (size_t i = 0; i < batch.size(); ++i) {
        // A job the database undid to break a deadlock with another node runs again: the
        // other side went on, so it usually succeeds now. Failing it would answer an ingest
        // with 500 or leave an attempt that was sent unrecorded.
        for (int tries = 1; !runJob(tx, batch[i].job, results[i], isolate); ++tries) {
            if (!isolate)
                return i;
            if (results[i].errorKind != StoreError::Kind::Transient || tries == 3)
                break;
        }
    }
    if (!isolate && !batch.empty()) {
        try {
            tx.flushPipeline();
        } catch (const StoreError &e) { // some job's statement failed: find out whose, one by one
            WriteResult &r = results.back();
            r.ok = false;
            r.errorKind = e.kind();
            r.error = QString::fromStdString(e.what());
            return batch.size() - 1;
        }
    }
    return batch.size();
}

void StoreWriter::runBatch(DatabaseConnection &connection, WriteTransaction &tx,
                           std::deque<Entry> &batch)
{
    QSqlDatabase db = connection.database();
    std::vector<WriteResult> results(batch.size());
    const qint64 seqBefore = tx.lastSeq();
    tx.setNow(QDateTime::currentMSecsSinceEpoch());

    bool committed = db.transaction();
    tx.begin();
    QString batchError = committed ? QString() : db.lastError().text();
    if (committed) {
        // First without savepoints: SQLite copies every page a job first touches inside a
        // savepoint to the statement journal, which spilled to a temporary file and was 9 of
        // every 10 file writes of the engine (docs/performance.md). Jobs rarely fail; when
        // one does, the batch is undone and run again with a savepoint per job, so the
        // failing job still sinks nobody else. Jobs only touch the database, so running
        // them twice is safe.
        const size_t failed = runJobs(tx, batch, results, false);
        bool nothingToCommit = false;
        if (failed < batch.size()) {
            db.rollback();
            tx.setLastSeq(seqBefore);
            if (batch.size() == 1) {
                nothingToCommit = true; // its result already says why
            } else {
                results.assign(batch.size(), WriteResult{});
                committed = db.transaction();
                tx.begin();
                if (committed)
                    runJobs(tx, batch, results, true);
                else
                    batchError = db.lastError().text();
            }
        }
        if (committed && !nothingToCommit) {
            try {
                tx.flushRollups();
                tx.flushChanges();
            } catch (const StoreError &e) {
                committed = false;
                batchError = QString::fromStdString(e.what());
                db.rollback();
                tx.setLastSeq(seqBefore);
            }
        }
        if (committed && !nothingToCommit) {
            if (!m_nodeId.isEmpty() && tx.lastSeq() != seqBefore) {
                // Delivered with the commit, to every node listening: their stream clients
                // and caches follow changes this node made.
                try {
                    // The payload names the sender: a node skips its own commits.
                    tx.control(QStringLiteral("NOTIFY %1, '%2'").arg(ChangesChannel, m_nodeId));
                } catch (const StoreError &e) {
                    qWarning("could not notify the other nodes: %s", e.what());
                }
            }
            committed = db.commit();
            if (!committed) {
                batchError = db.lastError().text();
                db.rollback();
                tx.setLastSeq(seqBefore);
            }
        }
    }
    // One queued call per receiving object and batch, not one per job: at thousands of jobs a
    // second, waking the caller's thread per job cost more than the jobs themselves.
    std::vector<std::pair<QPointer<QObject>, std::vector<std::function<void()>>>> calls;
    for (size_t i = 0; i < batch.size(); ++i) {
        Entry &entry = batch[i];
        WriteResult result = committed ? std::move(results[i])
                                       : WriteResult{false, StoreError::Kind::Failed, batchError, {}};
        if (entry.waiter) {
            entry.waiter->set_value(std::move(result));
            continue;
        }
        if (!entry.done || !entry.context)
            continue;
        auto it = std::find_if(calls.begin(), calls.end(),
                               [&](const auto &c) { return c.first == entry.context; });
        if (it == calls.end())
            it = calls.insert(calls.end(), {entry.context, {}});
        it->second.push_back([done = std::move(entry.done), result = std::move(result)] { done(result); });
    }
    for (auto &[context, functions] : calls) {
        if (!context)
            continue;
        QMetaObject::invokeMethod(
            context.data(),
            [functions = std::make_shared<std::vector<std::function<void()>>>(std::move(functions))] {
                for (const auto &f : *functions)
                    f();
            },
            Qt::QueuedConnection);
    }
    if (committed && tx.lastSeq() != seqBefore) {
        const qint64 seq = tx.lastSeq();
        QMetaObject::invokeMethod(this, [this, seq] { emit changesCommitted(seq); },
                                  Qt::QueuedConnection);
    }
}

} // namespace sb::engine
