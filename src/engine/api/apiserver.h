// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesscontrol.h"
#include "apicall.h"

#include "core/http/httprequest.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace sb::engine {

class IngestRateLimit;
class ReaderPool;

// The engine's router: routes, roles and the decisions that need only a request's headers.
// HttpFront asks decide() on its worker threads as soon as a request's headers are complete,
// so a request that would be refused is answered before its body is read; a request that may
// go on is read to its end, made into a call there (makeCall(), with the route's preparation)
// and run() on the engine's thread or a reader's. The route table and the tokens are fixed
// before the front starts listening, so the workers read them without a lock.
class ApiServer
{
public:
    enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };
    using Handler = std::function<void(const ApiCallPtr &)>;

    // The least role a route needs. Default: viewer for GET, admin for anything that writes;
    // operator routes (retry, recover, test sends) say so.
    enum class Access { Default, Read, Operate, Admin };

    // What the headers of a request decided.
    struct Decision
    {
        enum class Kind { Refuse, Route, Stream };
        Kind kind = Kind::Refuse;
        int status = 0;        // Refuse: the answer
        QString code;
        QString detail;
        int retryAfterSeconds = 0; // 429: when the token may send again
        int route = -1;        // Route: index into the table
        QStringList args;      // Route: the path's captured segments, percent-decoded
        Caller caller;
    };

    // Work a route does on the front's worker thread before its handler runs on the engine's:
    // decoding and checking what needs no engine state. It answers nothing; it leaves its
    // result in the call (ApiCall::setPrepared) and the handler decides.
    using Prepare = std::function<void(ApiCall &)>;

    // Pattern segments in braces capture: "/api/v1/app/{app}/msg/{msg}".
    void route(Method method, const QString &pattern, Handler handler, Access access = Access::Default,
               Prepare prepare = {});
    // A GET whose handler only reads the store (through ctx.reader) and answers: it runs on a
    // reader thread when a pool is set, so its query never holds up the engine's thread.
    void readRoute(const QString &pattern, Handler handler, Access access = Access::Default);
    // Another path for a route registered before: `target`'s handler and thread, with
    // `fixedArgs` in front of the path's own captures, and `access` (Default: the target's
    // role). `before` (optional) runs first and calls `go` to go on, or answers itself.
    using Before = std::function<void(const ApiCallPtr &, std::function<void()> go)>;
    void alias(Method method, const QString &pattern, const QString &target, const QStringList &fixedArgs,
               Before before = {}, Access access = Access::Default);
    void setReaderPool(ReaderPool *pool) { m_readers = pool; }
    void setAccessControl(AccessControl access) { m_access = std::move(access); }
    const AccessControl &accessControl() const { return m_access; }
    // What viewers and operators may not read in answers; null: nothing is masked.
    void setMasker(std::shared_ptr<const Masker> masker) { m_masker = std::move(masker); }
    // Ingest (POST …/msg) per token; null: no limit.
    void setIngestRateLimit(IngestRateLimit *limit) { m_ingestLimit = limit; }
    // While draining every request is answered 503.
    void setAccepting(bool accepting) { m_accepting.store(accepting, std::memory_order_relaxed); }

    static Method methodOf(QByteArrayView method);

    // Any thread. Authentication, route, method, role and the ingest rate limit.
    Decision decide(const HttpRequest &head) const;
    // True when the decided route is a read (readRoute) that runs on the reader pool.
    bool readsOnPool(const Decision &decision) const;
    // Any thread: the call for a complete request, prepared (route's `prepare`) there.
    ApiCallPtr makeCall(const Decision &decision, HttpRequest request, std::shared_ptr<ResponseSink> sink,
                        DecodedJson json = {}) const;
    // Runs the route's handler: on the calling thread (the engine's), or for a route that
    // readsOnPool(), queued on the reader pool.
    void run(const Decision &decision, const ApiCallPtr &call) const;

private:
    static Role leastRole(Method method, Access access);
    struct Route
    {
        Method method;
        QStringList segments;
        Handler handler;
        Prepare prepare;
        Role least = Role::Admin;
        bool ingest = false;
        bool onReader = false;
    };

    std::vector<Route> m_routes;
    AccessControl m_access;
    std::shared_ptr<const Masker> m_masker;
    IngestRateLimit *m_ingestLimit = nullptr;
    ReaderPool *m_readers = nullptr;
    std::atomic<bool> m_accepting{true};
};

} // namespace sb::engine
