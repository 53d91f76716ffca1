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

OutboundRequest signedRequest(const Endpoint &ep, const QString &id, const QByteArray &body,
                              qint64 timestamp, QByteArray *loggedHeaders)
{
    const QByteArray msgId = id.toLatin1();
    OutboundRequest request;
    request.url = ep.url.toEncoded();
    request.timeoutMs = ep.timeoutMs;
    request.headers = {
        "Content-Type: application/json",
        "User-Agent: Switchboard-Webhooks/" SWITCHBOARD_VERSION,
        "webhook-id: " + msgId,
        "webhook-timestamp: " + QByteArray::number(timestamp),
    };
    QByteArray logged = request.headers.join("\r\n");
    for (auto it = ep.headers.constBegin(); it != ep.headers.constEnd(); ++it) {
        request.headers.append(it.key().toUtf8() + ": " + it.value().toUtf8());
        logged += "\r\n" + it.key().toUtf8() + ": " + (looksSecret(it.key()) ? QByteArray("[redacted]") : it.value().toUtf8());
    }
    QByteArray signature;
    if (ep.signingScheme == SigningScheme::StandardWebhooks) {
        // During a rotation every secret still in its grace period signs, space-separated:
        // v1 for whsec_ secrets, v1a for whsk_ ones, so a rotation may also change the kind.
        signature = "webhook-signature: "
            + StandardWebhooks::signatureHeaderForSecrets(ep.signingSecrets(QDateTime::currentDateTimeUtc()),
                                                          msgId, timestamp, body);
    } else {
        signature = ep.effectiveSignatureHeader().toLatin1() + ": " + HexSignature::sign(ep.secret.toUtf8(), body);
    }
    request.headers.append(signature);
    logged += "\r\n" + signature;
    request.body = body;
    *loggedHeaders = std::move(logged);
    return request;
}

} // namespace sb::engine
