// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiverclient.h"

#include <QJsonDocument>
#include <QSignalSpy>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResult::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpResult::array() const
{
    return QJsonDocument::fromJson(body).array();
}

ReceiverClient::ReceiverClient(const QString &baseUrl)
    : m_baseUrl(baseUrl)
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
}

QNetworkRequest ReceiverClient::request(const QString &path) const
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    // A redirect would hide what the receiver answered.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

QNetworkReply *ReceiverClient::startPost(const QString &path, const QByteArray &body,
                                         const RequestHeaders &headers)
{
    QNetworkRequest r = request(path);
    for (const auto &[name, value] : headers)
        r.setRawHeader(name, value);
    return m_manager->post(r, body);
}

HttpResult ReceiverClient::wait(QNetworkReply *reply, int timeoutMs)
{
    const std::unique_ptr<QNetworkReply> owned(reply);
    HttpResult result;
    // QSignalSpy::wait runs an event loop that returns on the signal; QTest::qWaitFor would
    // poll with 10 ms sleeps, which stretches an 8 MiB upload (handed between QNAM's threads
    // in small pieces) to seconds.
    QSignalSpy finished(reply, &QNetworkReply::finished);
    result.finished = reply->isFinished() || finished.wait(timeoutMs);
    if (!result.finished) {
        reply->abort();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    return result;
}

HttpResult ReceiverClient::post(const QString &path, const QByteArray &body,
                                const RequestHeaders &headers)
{
    return wait(startPost(path, body, headers));
}

HttpResult ReceiverClient::get(const QString &path)
{
    return wait(m_manager->get(request(path)));
}

HttpResult ReceiverClient::put(const QString &path, const QByteArray &body)
{
    return wait(m_manager->put(request(path), body));
}

HttpResult ReceiverClient::deleteResource(const QString &path)
{
    return wait(m_manager->deleteResource(request(path)));
}

HttpResult ReceiverClient::send(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    return wait(m_manager->sendCustomRequest(request(path), verb, body));
}
