// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace sb::dashboard {

// The dashboard's REST calls to the engine. Everything is asynchronous: the answer comes
// back to a callback on the GUI thread, which never waits for the network.
class EngineClient : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 0;          // 0: no HTTP answer (network error)
        QJsonObject json;
        QString error;           // readable, for a message bar
    };
    using Callback = std::function<void(const Reply &)>;

    EngineClient(QUrl engine, QByteArray token, QObject *parent = nullptr);

    void get(const QString &path, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);
    void put(const QString &path, const QJsonObject &body, Callback done);
    void patch(const QString &path, const QJsonObject &body, Callback done);
    void remove(const QString &path, Callback done);

    const QUrl &engine() const { return m_engine; }
    void setVerifyTls(bool verify) { m_verifyTls = verify; }

private:
    void send(const QByteArray &verb, const QString &path, const QByteArray &body, Callback done);

    QNetworkAccessManager m_network;
    QUrl m_engine;
    QByteArray m_token;
    bool m_verifyTls = true;
};

} // namespace sb::dashboard
