// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturechecker.h"

#include "core/hexsignature.h"
#include "core/standardwebhooks.h"

#include <QStringList>

namespace sb::tools {

namespace {
constexpr QByteArrayView StandardSignatureHeader{"webhook-signature"};
} // namespace

void SignatureChecker::configure(const ReceiverBehaviour &behaviour)
{
    m_keys.clear();
    for (const QString &secret : behaviour.secrets) {
        if (const auto key = StandardWebhooks::decodeSecret(secret))
            m_keys.append(*key);
    }
    m_hexKey = behaviour.hexSecret.toUtf8();
    m_hexHeader = behaviour.hexHeader.toLatin1().toLower();
    m_toleranceSeconds = behaviour.toleranceSeconds;
}

SignatureCheck SignatureChecker::check(const HttpRequest &request, qint64 nowSeconds) const
{
    if (!isConfigured())
        return {};

    const bool standardSent = request.hasHeader(StandardSignatureHeader);
    const bool hexSent = !m_hexHeader.isEmpty() && request.hasHeader(m_hexHeader);
    bool anyValid = false;
    bool anyInvalid = false;
    QStringList details;

    // A scheme is skipped only when its header is missing and the other scheme's is there.
    if (!m_keys.isEmpty() && (standardSent || !hexSent || m_hexKey.isEmpty())) {
        const auto result = StandardWebhooks::verify(
            m_keys, request.header("webhook-id"), request.header("webhook-timestamp"),
            request.header(StandardSignatureHeader), request.body, nowSeconds, m_toleranceSeconds);
        const bool ok = result == StandardWebhooks::Verification::Valid;
        (ok ? anyValid : anyInvalid) = true;
        details.append(u"standard-webhooks: " + StandardWebhooks::describe(result));
    }
    if (!m_hexKey.isEmpty() && (hexSent || !standardSent || m_keys.isEmpty())) {
        const QString header = QString::fromLatin1(m_hexHeader);
        if (!hexSent) {
            anyInvalid = true;
            details.append(u"sha256: missing " + header + u" header");
        } else if (HexSignature::verify(m_hexKey, request.header(m_hexHeader), request.body)) {
            anyValid = true;
            details.append(QStringLiteral("sha256: valid"));
        } else {
            anyInvalid = true;
            details.append(u"sha256: " + header + u" does not match the body");
        }
    }
    return {anyValid && !anyInvalid, details.join(u"; ")};
}

} // namespace sb::tools
