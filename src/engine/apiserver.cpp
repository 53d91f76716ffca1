// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "core/hmac.h"

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

void ApiServer::route(Method method, const QString &pattern, Handler handler)
{
    m_routes.push_back({method, segmentsOf(pattern), std::move(handler)});
}

bool ApiServer::authorised(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    if (m_adminToken.isEmpty() || !header.startsWith("Bearer "))
        return false;
    return crypto::constantTimeEquals(header.mid(7).trimmed(), m_adminToken);
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QStringList path = segmentsOf(request.url().path());
    auto reply = [&](int status, const QString &code, const QString &detail) {
        makeCall(request, makeResponder(request, socket), socket)->error(status, code, detail);
        return true;
    };

    if (!m_accepting)
        return reply(503, QStringLiteral("shutting_down"), QStringLiteral("the engine is shutting down"));
    if (request.body().size() > m_maxBodyBytes)
        return reply(413, QStringLiteral("payload_too_large"),
                     u"request body exceeds " + QString::number(m_maxBodyBytes) + u" bytes");
    const bool health = path == QStringList{QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("health")};
    if (!health && !authorised(request))
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
        r.handler(makeCall(request, makeResponder(request, socket), socket, std::move(args)));
        return true;
    }
    if (pathMatched)
        return reply(405, QStringLiteral("method_not_allowed"), QStringLiteral("method not allowed on this path"));
    return false;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeCall(request, makeResponder(request, socket), socket)
        ->error(404, QStringLiteral("not_found"), u"no such API path: " + request.url().path());
}

} // namespace sb::engine
