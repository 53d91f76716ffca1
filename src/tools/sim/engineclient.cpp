// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sb::tools {

QString EngineReply::describe() const
{
    if (status == 0)
        return networkError;
    QString text = QString::number(status);
    const QString code = json.value(QLatin1StringView("code")).toString();
    if (!code.isEmpty())
        text.append(u' ' + code);
    const QJsonValue detail = json.value(QLatin1StringView("detail"));
    if (detail.isString()) {
        text.append(u": " + detail.toString());
    } else if (detail.isArray()) {
        // 422: the field errors, compactly.
        text.append(u": " + QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact)));
    }
    return text;
}

EngineClient::EngineClient(QUrl baseUrl, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_base(std::move(baseUrl))
    , m_token(std::move(token))
{
}

void EngineClient::request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                           Callback done)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(u'?');
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + (question < 0 ? path : path.left(question)));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));

    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutMs);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/json");
    QByteArray payload;
    if (!body.isEmpty() || verb == "POST" || verb == "PUT" || verb == "PATCH") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = payload.isEmpty() && verb == "GET"
                               ? m_network.get(request)
                               : m_network.sendCustomRequest(request, verb, payload);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        --m_inFlight;
        reply->deleteLater();
        EngineReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        answer.json = QJsonDocument::fromJson(data).object();
        if (answer.status == 0) {
            answer.networkError = reply->error() == QNetworkReply::OperationCanceledError
                                      ? tr("no answer within %1 s").arg(TimeoutMs / 1000)
                                      : reply->errorString();
        }
        done(answer);
    });
}

} // namespace sb::tools
