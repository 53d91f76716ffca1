// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "ingestratelimit.h"
#include "engine/store/readerpool.h"

#include <QUrl>

#include <algorithm>

namespace sb::engine {
namespace {

QStringList segmentsOf(QStringView path)
{
    QStringList out;
    for (QStringView part : path.split(u'/', Qt::SkipEmptyParts))
        out.append(part.toString());
    return out;
}

ApiServer::Decision refuse(int status, const QString &code, const QString &detail)
{
    ApiServer::Decision d;
    d.status = status;
    d.code = code;
    d.detail = detail;
    return d;
}

} // namespace

ApiServer::Method ApiServer::methodOf(QByteArrayView method)
{
    if (method == "GET")
        return Method::Get;
    if (method == "POST")
        return Method::Post;
    if (method == "PUT")
        return Method::Put;
    if (method == "PATCH")
        return Method::Patch;
    if (method == "DELETE")
        return Method::Delete;
    if (method == "HEAD")
        return Method::Head;
    if (method == "OPTIONS")
        return Method::Options;
    return Method::Other;
}

Role ApiServer::leastRole(Method method, Access access)
{
    switch (access) {
    case Access::Read: return Role::Viewer;
    case Access::Operate: return Role::Operator;
    case Access::Admin: return Role::Admin;
    case Access::Default: break;
    }
    return method == Method::Get ? Role::Viewer : Role::Admin;
}

void ApiServer::route(Method method, const QString &pattern, Handler handler, Access access, Prepare prepare)
{
    const Role least = leastRole(method, access);
    const QStringList segments = segmentsOf(pattern);
    // Ingest is what producers send all day; the per-token rate limit applies to it alone.
    const bool ingest = method == Method::Post && segments.size() == 5 && segments.at(4) == u"msg";
    m_routes.push_back({method, segments, std::move(handler), std::move(prepare), least, ingest});
}

void ApiServer::readRoute(const QString &pattern, Handler handler, Access access)
{
    route(Method::Get, pattern, std::move(handler), access);
    m_routes.back().onReader = true;
}

void ApiServer::alias(Method method, const QString &pattern, const QString &target, const QStringList &fixedArgs,
                      Before before, Access access)
{
    const QStringList targetSegments = segmentsOf(target);
    const auto it = std::find_if(m_routes.begin(), m_routes.end(), [&](const Route &r) {
        return r.method == method && r.segments == targetSegments;
    });
    Q_ASSERT_X(it != m_routes.end(), "ApiServer::alias", "the target route is registered first");
    if (it == m_routes.end())
        return;
    Route aliased = *it;
    aliased.segments = segmentsOf(pattern);
    aliased.ingest = false;
    aliased.prepare = {}; // its handler may see other arguments first (`before`)
    if (access != Access::Default)
        aliased.least = leastRole(method, access);
    aliased.handler = [handler = it->handler, fixedArgs, before = std::move(before)](const ApiCallPtr &call) {
        call->prependArgs(fixedArgs);
        if (!before)
            return handler(call);
        before(call, [handler, call] { handler(call); });
    };
    m_routes.push_back(std::move(aliased));
}

ApiServer::Decision ApiServer::decide(const HttpRequest &head) const
{
    // The path as sent is percent-encoded UTF-8; route segments are plain ASCII, so the
    // segments compare as sent and only captured arguments are decoded.
    const QString rawPath = QString::fromLatin1(head.path);
    const QStringList path = segmentsOf(rawPath);
    const bool stream = path == QStringList{QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("stream")};
    if (!m_accepting.load(std::memory_order_relaxed))
        return refuse(503, QStringLiteral("shutting_down"), QStringLiteral("the engine is shutting down"));
    const bool health = path == QStringList{QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("health")};
    const std::optional<Caller> caller = m_access.authenticate(head.header("authorization"));
    if (!health && !caller)
        return refuse(401, QStringLiteral("authentication_failed"), QStringLiteral("missing or invalid bearer token"));
    if (stream) {
        if (!headerListHasToken(head.header("upgrade"), "websocket") || methodOf(head.method) != Method::Get)
            return refuse(426, QStringLiteral("upgrade_required"), QStringLiteral("the stream is a WebSocket: send an Upgrade request"));
        Decision d;
        d.kind = Decision::Kind::Stream;
        d.caller = *caller;
        return d;
    }

    const Method method = methodOf(head.method);
    bool pathMatched = false;
    for (size_t i = 0; i < m_routes.size(); ++i) {
        const Route &r = m_routes[i];
        if (r.segments.size() != path.size())
            continue;
        QStringList args;
        bool match = true;
        for (qsizetype s = 0; s < path.size() && match; ++s) {
            const QString &want = r.segments.at(s);
            if (want.startsWith(u'{'))
                args.append(QUrl::fromPercentEncoding(path.at(s).toLatin1()));
            else
                match = want == path.at(s);
        }
        if (!match)
            continue;
        pathMatched = true;
        if (r.method != method)
            continue;
        if (caller && caller->role < r.least) {
            return refuse(403, QStringLiteral("forbidden"),
                          u"the " + roleName(caller->role) + u" role may not do this; it needs " + roleName(r.least));
        }
        if (r.ingest && m_ingestLimit && caller) {
            if (const int wait = m_ingestLimit->take(caller->name); wait > 0) {
                Decision d = refuse(429, QStringLiteral("rate_limited"),
                                    QStringLiteral("this token sends more events a second than the engine allows"));
                d.retryAfterSeconds = wait;
                return d;
            }
        }
        Decision d;
        d.kind = Decision::Kind::Route;
        d.route = static_cast<int>(i);
        d.args = std::move(args);
        d.caller = caller.value_or(Caller{});
        return d;
    }
    if (pathMatched)
        return refuse(405, QStringLiteral("method_not_allowed"), QStringLiteral("method not allowed on this path"));
    return refuse(404, QStringLiteral("not_found"), u"no such API path: " + rawPath);
}

bool ApiServer::readsOnPool(const Decision &decision) const
{
    return m_readers && decision.kind == Decision::Kind::Route && decision.route >= 0
        && m_routes.at(static_cast<size_t>(decision.route)).onReader;
}

ApiCallPtr ApiServer::makeCall(const Decision &decision, HttpRequest request, std::shared_ptr<ResponseSink> sink,
                               DecodedJson json) const
{
    const Route &r = m_routes.at(static_cast<size_t>(decision.route));
    auto call = std::make_shared<ApiCall>(std::move(sink), std::move(request.body),
                                          QUrlQuery(QString::fromUtf8(request.query)),
                                          std::move(request.headers), decision.args);
    call->setCaller(decision.caller);
    call->setMasker(m_masker);
    call->setDecodedBody(std::move(json));
    if (r.prepare)
        r.prepare(*call);
    return call;
}

void ApiServer::run(const Decision &decision, const ApiCallPtr &call) const
{
    const Route &r = m_routes.at(static_cast<size_t>(decision.route));
    if (r.onReader && m_readers) {
        // The route table is fixed once the front listens: the handler outlives the job.
        m_readers->post([handler = &r.handler, call] { (*handler)(call); });
        return;
    }
    r.handler(call);
}

} // namespace sb::engine
