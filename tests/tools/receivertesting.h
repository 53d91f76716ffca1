// SPDX-License-Identifier: GPL-3.0-or-later
// What the receiver's tests share: a receiver on loopback with a client, the secrets and the
// payload they sign.
#pragma once

#include "core/standardwebhooks.h"
#include "receiverclient.h"
#include "tools/receiver/receiver.h"

#include <QDateTime>
#include <QHostAddress>

#include <functional>
#include <memory>

namespace sb::testing {

inline const QString SecretA = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
inline const QByteArray Payload = "{\"type\":\"call.ended\",\"data\":{\"callId\":\"call_1\"}}";

inline RequestHeaders signedHeaders(const QString &secret, const QByteArray &id, const QByteArray &body,
                                    qint64 timestamp = QDateTime::currentSecsSinceEpoch())
{
    return {{"webhook-id", id},
            {"webhook-timestamp", QByteArray::number(timestamp)},
            {"webhook-signature", sb::StandardWebhooks::signatureHeaderForSecrets({secret}, id, timestamp, body)}};
}

// A fresh receiver per test function: start() in init(), stop() in cleanup().
class ReceiverFixture
{
protected:
    std::unique_ptr<sb::tools::Receiver> m_receiver;
    std::unique_ptr<ReceiverClient> m_client;

    bool start()
    {
        m_receiver = std::make_unique<sb::tools::Receiver>();
        if (!m_receiver->listen(QHostAddress(QHostAddress::LocalHost), 0) || m_receiver->port() == 0)
            return false;
        m_client = std::make_unique<ReceiverClient>(m_receiver->url());
        return true;
    }

    void stop()
    {
        m_client.reset();
        m_receiver.reset();
    }

    void setBehaviour(const std::function<void(sb::tools::ReceiverBehaviour &)> &change)
    {
        sb::tools::ReceiverBehaviour behaviour = m_receiver->behaviour();
        change(behaviour);
        m_receiver->setBehaviour(behaviour);
    }
};

} // namespace sb::testing
