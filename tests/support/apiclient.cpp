// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

namespace sb::testing {

ApiClient::ApiClient(QString baseUrl, QByteArray token)
    : m_base(std::move(baseUrl))
    , m_token(std::move(token))
{
}

QNetworkRequest ApiClient::request(const QString &baseUrl, const QByteArray &token, const QString &path)
{
    QNetworkRequest request(QUrl(baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return request;
}

ApiReply ApiClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request = ApiClient::request(m_base, m_token, path);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, buffer);
    buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30'000);
    ApiReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    reply->deleteLater();
    return out;
}

ApiReply ApiClient::get(const QString &path) { return send("GET", path, {}); }
ApiReply ApiClient::remove(const QString &path) { return send("DELETE", path, {}); }
ApiReply ApiClient::postRaw(const QString &path, const QByteArray &body) { return send("POST", path, body); }

ApiReply ApiClient::post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({"idempotency-key", idempotencyKey});
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

ApiReply ApiClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply ApiClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace sb::testing
