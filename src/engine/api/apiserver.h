// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesscontrol.h"
#include "apicall.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>

#include <functional>
#include <vector>

namespace sb::engine {

// The engine's HTTP listener: its own small router over QAbstractHttpServer, so handlers can
// answer later (after the commit) and every error, 404 and 405 included, is JSON. Bearer
// tokens are checked before any route runs; /api/v1/health needs none.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<void(const ApiCallPtr &)>;

    explicit ApiServer(QObject *parent = nullptr);

    // The least role a route needs. Default: viewer for GET, admin for anything that writes;
    // operator routes (retry, recover, test sends) say so.
    enum class Access { Default, Read, Operate, Admin };

    // Pattern segments in braces capture: "/api/v1/app/{app}/msg/{msg}".
    void route(Method method, const QString &pattern, Handler handler, Access access = Access::Default);
    void setAccessControl(AccessControl access) { m_access = std::move(access); }
    const AccessControl &accessControl() const { return m_access; }
    void setMaxBodyBytes(qsizetype bytes) { m_maxBodyBytes = bytes; }
    // While draining the server answers 503 to everything.
    void setAccepting(bool accepting) { m_accepting = accepting; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        Method method;
        QStringList segments;
        Handler handler;
        Role least = Role::Admin;
    };

    std::vector<Route> m_routes;
    AccessControl m_access;
    qsizetype m_maxBodyBytes = 1024 * 1024;
    bool m_accepting = true;
};

} // namespace sb::engine
