// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturechecker.h"

#include "core/ed25519key.h"
#include "core/hexsignature.h"
#include "core/standardwebhooks.h"

#include <QStringList>

namespace sb::tools {

namespace {
constexpr QByteArrayView StandardSignatureHeader{"webhook-signature"};

std::optional<QByteArray> publicKeyOf(QStringView secret)
{
    if (Ed25519Key::isSecret(secret)) {
        if (const auto key = Ed25519Key::fromSecret(secret))
            return key->publicKey();
        return std::nullopt;
    }
    return Ed25519Key::decodePublicKey(secret);
}
} // namespace

bool SignatureChecker::isUsableSecret(QStringView secret)
{
    return publicKeyOf(secret) || StandardWebhooks::decodeSecret(secret);
}

void SignatureChecker::configure(const ReceiverBehaviour &behaviour)
{
    m_keys.clear();
    m_publicKeys.clear();
    for (const QString &secret : behaviour.secrets) {
        if (const auto publicKey = publicKeyOf(secret))
            m_publicKeys.append(*publicKey);
        else if (const auto key = StandardWebhooks::decodeSecret(secret))
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
    const bool standardConfigured = !m_keys.isEmpty() || !m_publicKeys.isEmpty();
    if (standardConfigured && (standardSent || !hexSent || m_hexKey.isEmpty())) {
        const auto result = StandardWebhooks::verifyAny(
            m_keys, m_publicKeys, request.header("webhook-id"), request.header("webhook-timestamp"),
            request.header(StandardSignatureHeader), request.body, nowSeconds, m_toleranceSeconds);
        const bool ok = result == StandardWebhooks::Verification::Valid;
        (ok ? anyValid : anyInvalid) = true;
        details.append(u"standard-webhooks: " + StandardWebhooks::describe(result));
    }
    if (!m_hexKey.isEmpty() && (hexSent || !standardSent || !standardConfigured)) {
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
