// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace sb::testing {

struct ApiReply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

// Talks to the engine's REST API for tests: each call waits for its reply on the event
// loop (QSignalSpy), with the bearer token set.
class ApiClient
{
public:
    ApiClient(QString baseUrl, QByteArray token);

    ApiReply get(const QString &path);
    ApiReply post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey = {});
    ApiReply postRaw(const QString &path, const QByteArray &body);
    ApiReply put(const QString &path, const QJsonObject &body);
    ApiReply patch(const QString &path, const QJsonObject &body);
    ApiReply remove(const QString &path);
    ApiReply send(const QByteArray &verb, const QString &path, const QByteArray &body,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // The request send() makes, for tests that post many at once without waiting
    // (QNetworkAccessManager::post): JSON body, bearer token.
    static QNetworkRequest request(const QString &baseUrl, const QByteArray &token, const QString &path);

    void setBaseUrl(const QString &url) { m_base = url; }
    void setToken(const QByteArray &token) { m_token = token; }

private:
    QNetworkAccessManager m_network;
    QString m_base;
    QByteArray m_token;
};

} // namespace sb::testing
