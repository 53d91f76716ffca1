// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineclient.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace sb::dashboard {

EngineClient::EngineClient(QUrl engine, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_token(std::move(token))
{
}

void EngineClient::get(const QString &path, Callback done) { send("GET", path, {}, std::move(done)); }

void EngineClient::post(const QString &path, const QJsonObject &body, Callback done)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void EngineClient::put(const QString &path, const QJsonObject &body, Callback done)
{
    send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void EngineClient::patch(const QString &path, const QJsonObject &body, Callback done)
{
    send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void EngineClient::remove(const QString &path, Callback done) { send("DELETE", path, {}, std::move(done)); }

void EngineClient::send(const QByteArray &verb, const QString &path, const QByteArray &body, Callback done)
{
    QUrl url = m_engine;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    if (!m_verifyTls)
        connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) { reply->ignoreSslErrors(errors); });
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        if (r.status == 0)
            r.error = reply->errorString();
        else if (r.status >= 400)
            r.error = r.json.value(QLatin1StringView("detail")).isString()
                ? r.json.value(QLatin1StringView("detail")).toString()
                : tr("The engine answered %1.").arg(r.status);
        if (done)
            done(r);
    });
}

} // namespace sb::dashboard
