// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace sb::tools {

// One HTTP/1.1 response. Content-Length and Connection are written by serialize(), which
// knows whether the connection stays open; callers set only their own fields.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    bool closeConnection = false; // close after this response even if the client keeps alive

    void setHeader(const QByteArray &name, const QByteArray &value);

    // "Connection: close" when `close`; "Connection: keep-alive" for an HTTP/1.0 client that
    // asked to keep the connection, because HTTP/1.0 closes by default.
    QByteArray serialize(bool close, bool http10) const;

    static HttpResponse json(int status, const QJsonDocument &document);
    // {"code": code, "detail": detail}, the shape every control-API error has.
    static HttpResponse error(int status, QLatin1StringView code, const QString &detail);
    static QByteArray reasonPhrase(int status);
};

} // namespace sb::tools
