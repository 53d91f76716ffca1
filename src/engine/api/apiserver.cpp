// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"


#include <QUrl>

namespace sb::engine {
namespace {

QStringList segmentsOf(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

ApiCallPtr makeCall(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                    QTcpSocket *socket, QStringList args = {})
{
    return std::make_shared<ApiCall>(std::move(responder), socket, request.body(),
                                     request.query(), request.headers(), std::move(args));
}

} // namespace

ApiServer::ApiServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

void ApiServer::route(Method method, const QString &pattern, Handler handler, Access access)
{
    Role least = method == Method::Get ? Role::Viewer : Role::Admin;
    if (access == Access::Read)
        least = Role::Viewer;
    else if (access == Access::Operate)
        least = Role::Operator;
    else if (access == Access::Admin)
        least = Role::Admin;
    m_routes.push_back({method, segmentsOf(pattern), std::move(handler), least});
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QStringList path = segmentsOf(request.url().path());
    auto reply = [&](int status, const QString &code, const QString &detail) {
        makeCall(request, makeResponder(request, socket), socket)->error(status, code, detail);
        return true;
    };

    // Qt upgrades a WebSocket request only when handleRequest() returns true without having
    // answered; the stream server takes the socket from there. A bad token is refused here,
    // with a 401 before any handshake (missingHandler answers it).
    if (path == QStringList{QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("stream")}
        && request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        return m_accepting && m_access.authenticate(request.value("Authorization")).has_value();
    }
    if (!m_accepting)
        return reply(503, QStringLiteral("shutting_down"), QStringLiteral("the engine is shutting down"));
    if (request.body().size() > m_maxBodyBytes)
        return reply(413, QStringLiteral("payload_too_large"),
                     u"request body exceeds " + QString::number(m_maxBodyBytes) + u" bytes");
    const bool health = path == QStringList{QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("health")};
    const std::optional<Caller> caller = m_access.authenticate(request.value("Authorization"));
    if (!health && !caller)
        return reply(401, QStringLiteral("authentication_failed"),
                     QStringLiteral("missing or invalid bearer token"));

    bool pathMatched = false;
    for (const Route &r : m_routes) {
        if (r.segments.size() != path.size())
            continue;
        QStringList args;
        bool match = true;
        for (qsizetype i = 0; i < path.size() && match; ++i) {
            const QString &want = r.segments.at(i);
            if (want.startsWith(u'{'))
                args.append(QUrl::fromPercentEncoding(path.at(i).toUtf8()));
            else
                match = want == path.at(i);
        }
        if (!match)
            continue;
        pathMatched = true;
        if (r.method != request.method())
            continue;
        if (caller && caller->role < r.least) {
            return reply(403, QStringLiteral("forbidden"),
                         u"the " + roleName(caller->role) + u" role may not do this; it needs "
                             + roleName(r.least));
        }
        ApiCallPtr call = makeCall(request, makeResponder(request, socket), socket, std::move(args));
        call->setCaller(caller.value_or(Caller{}));
        r.handler(call);
        return true;
    }
    if (pathMatched)
        return reply(405, QStringLiteral("method_not_allowed"), QStringLiteral("method not allowed on this path"));
    return false;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (request.url().path() == u"/api/v1/stream") {
        makeCall(request, makeResponder(request, socket), socket)
            ->error(m_accepting ? 401 : 503, m_accepting ? QStringLiteral("authentication_failed") : QStringLiteral("shutting_down"),
                    m_accepting ? QStringLiteral("missing or invalid bearer token") : QStringLiteral("the engine is shutting down"));
        return;
    }
    makeCall(request, makeResponder(request, socket), socket)
        ->error(404, QStringLiteral("not_found"), u"no such API path: " + request.url().path());
}

} // namespace sb::engine
