// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace sb::tools {

// The answer to one API call. `status` is 0 when no HTTP answer came (refused, timed out).
struct EngineReply
{
    int status = 0;
    QJsonObject json;
    QString networkError; // empty when an HTTP answer came

    bool ok() const { return status >= 200 && status < 300; }
    // "404 not_found: endpoint not found", or the network error: for messages.
    QString describe() const;
};

// A small asynchronous client of the engine's REST API: JSON in and out, the bearer token
// on every call, a timeout on every request. Replies arrive on the event loop; nothing
// here blocks.
class EngineClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const EngineReply &)>;

    EngineClient(QUrl baseUrl, QByteArray token, QObject *parent = nullptr);

    // `path` starts with "/api/v1/..." and may carry a query; `body` is sent when not empty
    // or when the verb is POST, PUT or PATCH.
    void request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                 Callback done);
    void get(const QString &path, Callback done) { request("GET", path, {}, std::move(done)); }

    const QUrl &baseUrl() const { return m_base; }
    int inFlight() const { return m_inFlight; }

    static constexpr int TimeoutMs = 15'000;

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_token;
    int m_inFlight = 0;
};

} // namespace sb::tools
