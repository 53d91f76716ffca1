// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseconnection.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace sb::engine {

class StoreReader;

// Threads that run the API's reads, each on a store connection of its own (SQLite WAL readers
// beside the writer; PostgreSQL connections), so that a list or a statistics query that grows
// with history never runs on the thread that schedules deliveries and serves sockets. Jobs
// queue in arrival order; the front bounds how many can be waiting (one per connection).
//
// Moving reads off the engine thread is not enough on a small machine: a few consoles and a
// scraper looping over statistics then take the cores from ingest and delivery. The threads
// run `niceness` steps below the rest of the engine (Linux gives each thread its own nice
// value), so the scheduler gives them what ingest and delivery leave, and all of it when the
// engine is idle. Reads slow down under load; deliveries do not.
class ReaderPool
{
public:
    ReaderPool(DatabaseLocation location, int threads, int niceness = 0);
    ~ReaderPool();
    ReaderPool(const ReaderPool &) = delete;
    ReaderPool &operator=(const ReaderPool &) = delete;

    // Opens every thread's connection; false (with the reason) if one could not be opened.
    bool start(QString *error);
    // Any thread. `job` runs on one of the pool's threads, where current() is its reader.
    // First: ahead of the jobs waiting, for a short job that must not queue behind
    // statistics queries (a /metrics scrape, which an operator needs most when consoles
    // are busy).
    enum class Place { Last, First };
    void post(std::function<void()> job, Place place = Place::Last);
    // Jobs waiting for a thread.
    qsizetype queued() const;
    int threadCount() const { return m_threadCount; }

    // The calling thread's reader when it is one of a pool's threads, else null.
    static StoreReader *current();

private:
    void run(int index);

    DatabaseLocation m_location;
    int m_threadCount;
    int m_niceness;
    std::vector<std::unique_ptr<QThread>> m_threads;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_opened;
    std::deque<std::function<void()>> m_jobs;
    int m_openCount = 0;
    QString m_openError;
    bool m_stopping = false;
};

// The store reader for the thread that asks: a pool thread's own while a route runs there,
// otherwise the engine thread's. Routes keep writing `ctx.reader->…` wherever they run.
class ReaderAccess
{
public:
    ReaderAccess(StoreReader *engineThreadReader = nullptr) : m_own(engineThreadReader) {}

    StoreReader *get() const
    {
        StoreReader *pooled = ReaderPool::current();
        return pooled ? pooled : m_own;
    }
    StoreReader *operator->() const { return get(); }
    StoreReader &operator*() const { return *get(); }
    explicit operator bool() const { return get() != nullptr; }

private:
    StoreReader *m_own;
};

} // namespace sb::engine
