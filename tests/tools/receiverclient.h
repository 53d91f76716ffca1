// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>

#include <memory>

// What a finished request returned, copied out of the QNetworkReply.
struct HttpResult
{
    bool finished = false;
    int status = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const;
    QJsonArray array() const;
};

using RequestHeaders = QList<QPair<QByteArray, QByteArray>>;

// A real HTTP client (QNetworkAccessManager) against one receiver, waiting by spinning the
// event loop, never by sleeping: the receiver under test lives on the same thread.
class ReceiverClient
{
public:
    explicit ReceiverClient(const QString &baseUrl);

    HttpResult post(const QString &path, const QByteArray &body,
                    const RequestHeaders &headers = {});
    HttpResult get(const QString &path);
    HttpResult put(const QString &path, const QByteArray &body);
    HttpResult deleteResource(const QString &path);
    HttpResult send(const QByteArray &verb, const QString &path, const QByteArray &body = {});

    // For requests that must run in parallel: start several, then wait() for each.
    QNetworkReply *startPost(const QString &path, const QByteArray &body,
                             const RequestHeaders &headers = {});
    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 10000);

private:
    QNetworkRequest request(const QString &path) const;

    QString m_baseUrl;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};
