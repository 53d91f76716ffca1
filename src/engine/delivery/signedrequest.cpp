// SPDX-License-Identifier: GPL-3.0-or-later
#include "signedrequest.h"

#include "core/hexsignature.h"
#include "core/standardwebhooks.h"

#include <QDateTime>
#include <QRegularExpression>

namespace sb::engine {
namespace {

// Custom headers often carry credentials; the attempt log keeps their names, not values.
bool looksSecret(const QString &name)
{
    static const QRegularExpression secretish(QStringLiteral("auth|token|secret|key|cookie|password"),
                                              QRegularExpression::CaseInsensitiveOption);
    return secretish.match(name).hasMatch();
}

} // namespace

std::shared_ptr<const OutboundEndpoint> OutboundEndpoint::of(const Endpoint &ep)
{
    auto out = std::make_shared<OutboundEndpoint>();
    out->endpoint = ep;
    out->url = ep.url.toEncoded();
    for (auto it = ep.headers.constBegin(); it != ep.headers.constEnd(); ++it) {
        const QByteArray name = it.key().toUtf8() + ": ";
        out->custom.append(name + it.value().toUtf8());
        out->customShown.append(name + (looksSecret(it.key()) ? QByteArray("[redacted]") : it.value().toUtf8()));
    }
    if (ep.signingScheme != SigningScheme::StandardWebhooks) {
        out->hexHeader = ep.effectiveSignatureHeader().toLatin1() + ": ";
        out->hexKey = ep.secret.toUtf8();
    }
    return out;
}

SignedHeaders signedHeaders(const OutboundEndpoint &out, QByteArrayView msgId, QByteArrayView body, qint64 timestamp)
{
    SignedHeaders h;
    h.sent.reserve(5 + out.custom.size());
    h.sent.append(QByteArrayLiteral("Content-Type: application/json"));
    h.sent.append(QByteArrayLiteral("User-Agent: Switchboard-Webhooks/" SWITCHBOARD_VERSION));
    h.sent.append("webhook-id: " + msgId.toByteArray());
    h.sent.append("webhook-timestamp: " + QByteArray::number(timestamp));
    h.logged = h.sent.join("\r\n");
    h.sent.append(out.custom);
    for (const QByteArray &shown : out.customShown)
        h.logged += "\r\n" + shown;
    QByteArray signature;
    if (out.endpoint.signingScheme == SigningScheme::StandardWebhooks) {
        // During a rotation every secret still in its grace period signs, space-separated:
        // v1 for whsec_ secrets, v1a for whsk_ ones, so a rotation may also change the kind.
        signature = "webhook-signature: "
            + StandardWebhooks::signatureHeaderForSecrets(out.endpoint.signingSecrets(QDateTime::currentDateTimeUtc()),
                                                          msgId, timestamp, body);
    } else {
        signature = out.hexHeader + HexSignature::sign(out.hexKey, body);
    }
    h.logged += "\r\n" + signature;
    h.sent.append(std::move(signature));
    return h;
}

} // namespace sb::engine
