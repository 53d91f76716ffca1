// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpool.h"

#include "storereader.h"

#include <algorithm>
#include <cerrno>

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace sb::engine {

namespace {
thread_local StoreReader *t_reader = nullptr;
}

ReaderPool::ReaderPool(DatabaseLocation location, int threads, int niceness)
    : m_location(std::move(location))
    , m_threadCount(std::max(1, threads))
    , m_niceness(std::clamp(niceness, 0, 19))
{
}

ReaderPool::~ReaderPool()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        // Reads still waiting answer connections that are closing with the engine.
        m_jobs.clear();
    }
    m_wake.notify_all();
    for (const auto &thread : m_threads)
        thread->wait();
}

bool ReaderPool::start(QString *error)
{
    for (int i = 0; i < m_threadCount; ++i) {
        m_threads.emplace_back(QThread::create([this, i] { run(i); }));
        m_threads.back()->setObjectName(QStringLiteral("store-reader-%1").arg(i));
        m_threads.back()->start();
    }
    std::unique_lock lock(m_mutex);
    m_opened.wait(lock, [this] { return m_openCount == m_threadCount; });
    if (!m_openError.isEmpty()) {
        if (error)
            *error = m_openError;
        return false;
    }
    return true;
}

void ReaderPool::post(std::function<void()> job, Place place)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        if (place == Place::First)
            m_jobs.push_front(std::move(job));
        else
            m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

qsizetype ReaderPool::queued() const
{
    const std::lock_guard lock(m_mutex);
    return static_cast<qsizetype>(m_jobs.size());
}

StoreReader *ReaderPool::current() { return t_reader; }

void ReaderPool::run(int index)
{
#ifdef Q_OS_LINUX
    // PRIO_PROCESS with a thread id sets that thread alone (Linux's threads are tasks). Relative
    // to the engine's own value, so an engine started under nice stays below its readers' floor.
    if (m_niceness > 0) {
        const auto self = static_cast<id_t>(::gettid());
        errno = 0;
        const int current = ::getpriority(PRIO_PROCESS, self);
        if (errno == 0)
            ::setpriority(PRIO_PROCESS, self, std::min(19, current + m_niceness));
    }
#endif
    // Opened, used and closed on this thread: Qt's SQL connections belong to one thread.
    // No application cache here: the engine thread's reader is the one told of changes.
    StoreReader reader(m_location, QStringLiteral("switchboard-reader-%1").arg(index), false);
    {
        const std::lock_guard lock(m_mutex);
        if (!reader.isOpen() && m_openError.isEmpty())
            m_openError = reader.errorString();
        ++m_openCount;
        if (!reader.isOpen())
            m_stopping = true;
    }
    m_opened.notify_all();
    t_reader = &reader;
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
    t_reader = nullptr;
}

} // namespace sb::engine
