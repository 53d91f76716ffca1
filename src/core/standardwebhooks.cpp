// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardwebhooks.h"

#include "ed25519key.h"
#include "hmac.h"

namespace sb {
namespace {

// What both schemes sign: "{id}.{timestamp}.{body}".
QByteArray signedContent(QByteArrayView msgId, qint64 timestamp, QByteArrayView body)
{
    const QByteArray ts = QByteArray::number(timestamp);
    QByteArray content;
    content.reserve(msgId.size() + ts.size() + body.size() + 2);
    content.append(msgId).append('.').append(ts).append('.').append(body);
    return content;
}

} // namespace

std::optional<QByteArray> StandardWebhooks::decodeSecret(QStringView secret)
{
    QStringView body = secret;
    if (body.startsWith(SecretPrefix))
        body = body.mid(SecretPrefix.size());
    return crypto::decodeBase64Text(body);
}

QString StandardWebhooks::generateSecret()
{
    return SecretPrefix + QString::fromLatin1(crypto::randomBytes(24).toBase64());
}

QByteArray StandardWebhooks::sign(const QByteArray &key, QByteArrayView msgId, qint64 timestamp,
                                  QByteArrayView body)
{
    // "{msgId}.{timestamp}.{body}" signed in parts: no copy of the body per signature.
    const QByteArray ts = QByteArray::number(timestamp);
    return "v1," + crypto::hmacSha256(key, {msgId, ".", ts, ".", body}).toBase64();
}

QByteArray StandardWebhooks::signAsymmetric(const Ed25519Key &key, QByteArrayView msgId,
                                            qint64 timestamp, QByteArrayView body)
{
    return "v1a," + key.sign(signedContent(msgId, timestamp, body)).toBase64();
}

QByteArray StandardWebhooks::signatureHeaderForSecrets(const QStringList &secrets, QByteArrayView msgId,
                                                       qint64 timestamp, QByteArrayView body)
{
    QByteArrayList signatures;
    for (const QString &secret : secrets) {
        if (Ed25519Key::isSecret(secret)) {
            if (const auto key = Ed25519Key::fromSecret(secret))
                signatures.append(signAsymmetric(*key, msgId, timestamp, body));
        } else if (const auto key = decodeSecret(secret)) {
            signatures.append(sign(*key, msgId, timestamp, body));
        }
    }
    return signatures.join(' ');
}

QByteArray StandardWebhooks::signatureHeader(const QList<QByteArray> &keys, QByteArrayView msgId,
                                             qint64 timestamp, QByteArrayView body)
{
    QByteArray header;
    for (const QByteArray &key : keys) {
        if (!header.isEmpty())
            header.append(' ');
        header.append(sign(key, msgId, timestamp, body));
    }
    return header;
}

StandardWebhooks::Verification
StandardWebhooks::verify(const QList<QByteArray> &keys, QByteArrayView msgId,
                         QByteArrayView timestampHeader, QByteArrayView signatureHeader,
                         QByteArrayView body, qint64 nowSeconds, int toleranceSeconds)
{
    return verifyAny(keys, {}, msgId, timestampHeader, signatureHeader, body, nowSeconds, toleranceSeconds);
}

StandardWebhooks::Verification
StandardWebhooks::verifyAny(const QList<QByteArray> &keys, const QList<QByteArray> &publicKeys,
                            QByteArrayView msgId, QByteArrayView timestampHeader,
                            QByteArrayView signatureHeader, QByteArrayView body, qint64 nowSeconds,
                            int toleranceSeconds)
{
    if (msgId.isEmpty() || timestampHeader.isEmpty() || signatureHeader.isEmpty())
        return Verification::MissingHeader;
    bool ok = false;
    const qint64 timestamp = timestampHeader.toLongLong(&ok);
    if (!ok)
        return Verification::InvalidTimestamp;
    if (timestamp < nowSeconds - toleranceSeconds)
        return Verification::TimestampTooOld;
    if (timestamp > nowSeconds + toleranceSeconds)
        return Verification::TimestampTooNew;

    const QByteArray content = signedContent(msgId, timestamp, body);
    QList<QByteArray> expected;
    expected.reserve(keys.size());
    for (const QByteArray &key : keys)
        expected.append(crypto::hmacSha256(key, content).toBase64());

    const QList<QByteArray> offered = signatureHeader.toByteArray().split(' ');
    for (const QByteArray &candidate : offered) {
        const qsizetype comma = candidate.indexOf(',');
        if (comma < 0)
            continue;
        const QByteArrayView version = QByteArrayView(candidate).first(comma);
        const QByteArrayView value = QByteArrayView(candidate).sliced(comma + 1);
        if (version == "v1") {
            for (const QByteArray &e : expected) {
                if (crypto::constantTimeEquals(value, e))
                    return Verification::Valid;
            }
        } else if (version == "v1a" && !publicKeys.isEmpty()) {
            const auto signature = QByteArray::fromBase64Encoding(value.toByteArray(),
                                                                  QByteArray::AbortOnBase64DecodingErrors);
            if (!signature)
                continue;
            for (const QByteArray &publicKey : publicKeys) {
                if (Ed25519Key::verify(publicKey, content, signature.decoded))
                    return Verification::Valid;
            }
        }
        // Other versions are not ours to check: another one in the header may still match.
    }
    return Verification::NoMatchingSignature;
}

QString StandardWebhooks::describe(Verification result)
{
    switch (result) {
    case Verification::Valid:
        return QStringLiteral("valid");
    case Verification::MissingHeader:
        return QStringLiteral("missing webhook-id, webhook-timestamp or webhook-signature");
    case Verification::InvalidTimestamp:
        return QStringLiteral("webhook-timestamp is not a number of seconds");
    case Verification::TimestampTooOld:
        return QStringLiteral("webhook-timestamp is too old");
    case Verification::TimestampTooNew:
        return QStringLiteral("webhook-timestamp is in the future");
    case Verification::NoMatchingSignature:
        return QStringLiteral("no signature matches");
    }
    return {};
}

} // namespace sb
