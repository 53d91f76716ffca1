// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace sb::testing {

StreamClient::StreamClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        QJsonObject subscribe{{QStringLiteral("type"), QStringLiteral("subscribe")}};
        if (m_after)
            subscribe.insert(QStringLiteral("after"), *m_after);
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact)));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const auto frames = StreamFrame::decode(text.toUtf8());
        if (!frames) {
            ++m_malformed;
            return;
        }
        for (const StreamFrame &f : *frames.value)
            (f.seq > 0 ? m_changes : m_control).append(f);
        emit framesReceived();
    });
}

void StreamClient::open(const QString &baseUrl, const QByteArray &token, std::optional<qint64> after)
{
    m_after = after;
    m_startAfter = after.value_or(0);
    QString url = baseUrl;
    url.replace(QStringLiteral("http://"), QStringLiteral("ws://"));
    QNetworkRequest request(QUrl(url + u"/api/v1/stream"));
    request.setRawHeader("Authorization", "Bearer " + token);
    m_socket.open(request);
}

void StreamClient::close() { m_socket.close(); }

bool StreamClient::caughtUp() const
{
    for (const StreamFrame &f : m_control) {
        if (f.type == StreamFrame::CaughtUp)
            return true;
    }
    return false;
}

} // namespace sb::testing
