// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace sb::engine {

// The limits of the engine's HTTP front (docs/engine.md). A stranger's connection may make the
// engine hold at most the header limit, or the body limit once its headers were accepted, and
// for at most the header plus body deadlines.
struct FrontSettings
{
    qsizetype maxBodyBytes = 1024 * 1024;
    qsizetype maxHeaderBytes = 16 * 1024;
    int headerTimeoutMs = 10'000;  // a connection's first byte, or a request's first, to its blank line
    int bodyTimeoutMs = 30'000;    // the end of the headers to the end of the body
    int idleTimeoutMs = 60'000;    // between requests on a kept-alive connection
    int lingerMs = 2'000;          // reading and dropping what follows a refusal before closing
    int maxConnections = 10'000;   // open at once, stream clients included
    int workerThreads = 0;         // 0: one per core
};

// Counters shown in /metrics; written by the front's threads.
struct FrontStats
{
    std::atomic<qint64> open{0};
    std::atomic<qint64> accepted{0};
    std::atomic<qint64> refusedOverCap{0};
    std::atomic<qint64> requests{0};
    std::atomic<qint64> refusedAtHeaders{0}; // answered from the headers, body not read
    std::atomic<qint64> rateLimited{0};
    std::atomic<qint64> headerTimeouts{0};
    std::atomic<qint64> bodyTimeouts{0};
    std::atomic<qint64> idleClosed{0};
    std::atomic<qint64> tooLarge{0};         // 413 and 431
    std::atomic<qint64> malformed{0};        // 400 and other parse errors
};

} // namespace sb::engine
