// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseconnection.h"
#include "writetransaction.h"

#include <QObject>
#include <QPointer>
#include <QVariant>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace sb::engine {

struct WriteResult
{
    bool ok = false;
    StoreError::Kind errorKind = StoreError::Kind::Failed;
    QString error;
    QVariant value; // what the job returned
};

// The one thread that writes. It owns the write connection, drains its queue into one
// transaction per batch (group commit: durability per batch, not per row), makes sure one bad
// job does not sink the batch (a failure reruns the batch with a savepoint per job), and
// reports each result on the caller's thread only after the batch committed.
class StoreWriter : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<QVariant(WriteTransaction &)>;
    using Done = std::function<void(const WriteResult &)>;

    explicit StoreWriter(DatabaseLocation location, QObject *parent = nullptr);
    ~StoreWriter() override;

    // Opens the connection and runs migrations on the writer thread; blocks until done.
    bool start(QString *error);
    // Finishes every queued job, then stops the thread.
    void stop();

    // Queues `job`; `done` runs on `context`'s thread after the commit (dropped if `context`
    // is gone by then).
    void submit(Job job, QObject *context, Done done);
    // Queues `job` and blocks until its batch committed. For start-up work only: it stalls
    // the calling thread for a commit.
    WriteResult submitAndWait(Job job);

    // Several nodes on one database: the id under which this writer leases deliveries and
    // announces its commits to the other nodes (NOTIFY). Set before start().
    void setNodeId(const QString &id) { m_nodeId = id; }
    static constexpr QLatin1StringView ChangesChannel{"switchboard_changes"};

    int maxBatch() const { return m_maxBatch; }
    void setMaxBatch(int jobs) { m_maxBatch = jobs; }
    qsizetype queueDepth() const;

signals:
    // After each commit that wrote to the change log: the highest seq now visible.
    void changesCommitted(qint64 lastSeq);

private:
    struct Entry
    {
        Job job;
        QPointer<QObject> context;
        Done done;
        std::promise<WriteResult> *waiter = nullptr;
    };

    void run();
    bool migrate(DatabaseConnection &connection, QString *error);
    // Runs the jobs in order; returns the index of the first that failed when not `isolate`d,
    // else batch.size().
    size_t runJobs(WriteTransaction &tx, std::deque<Entry> &batch, std::vector<WriteResult> &results,
                   bool isolate);
    void runBatch(DatabaseConnection &connection, WriteTransaction &tx, std::deque<Entry> &batch);

    DatabaseLocation m_location;
    QString m_nodeId;
    int m_maxBatch = 512;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_started;
    std::deque<Entry> m_queue;
    bool m_stopping = false;
    int m_startState = 0; // 0 starting, 1 ready, -1 failed
    QString m_startError;
    std::thread m_thread;
};

} // namespace sb::engine
