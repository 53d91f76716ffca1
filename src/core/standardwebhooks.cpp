// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardwebhooks.h"

#include "hmac.h"

namespace sb {

std::optional<QByteArray> StandardWebhooks::decodeSecret(QStringView secret)
{
    QStringView body = secret;
    if (body.startsWith(SecretPrefix))
        body = body.mid(SecretPrefix.size());
    if (body.isEmpty())
        return std::nullopt;
    for (QChar c : body) {
        const char16_t u = c.unicode();
        const bool base64 = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
            || (u >= u'0' && u <= u'9') || u == u'+' || u == u'/' || u == u'=';
        if (!base64)
            return std::nullopt;
    }
    QByteArray text = body.toLatin1();
    // Receivers' libraries accept secrets with their padding cut off; restore it.
    while (text.size() % 4 != 0)
        text.append('=');
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

QString StandardWebhooks::generateSecret()
{
    return SecretPrefix + QString::fromLatin1(crypto::randomBytes(24).toBase64());
}

QByteArray StandardWebhooks::sign(const QByteArray &key, QByteArrayView msgId, qint64 timestamp,
                                  QByteArrayView body)
{
    const QByteArray ts = QByteArray::number(timestamp);
    QByteArray content;
    content.reserve(msgId.size() + ts.size() + body.size() + 2);
    content.append(msgId).append('.').append(ts).append('.').append(body);
    return "v1," + crypto::hmacSha256(key, content).toBase64();
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

    QList<QByteArray> expected;
    expected.reserve(keys.size());
    for (const QByteArray &key : keys)
        expected.append(sign(key, msgId, timestamp, body).mid(3)); // without "v1,"

    const QList<QByteArray> offered = signatureHeader.toByteArray().split(' ');
    for (const QByteArray &candidate : offered) {
        const qsizetype comma = candidate.indexOf(',');
        if (comma < 0 || candidate.first(comma) != "v1")
            continue; // other versions (v1a, …) are not ours to check
        const QByteArrayView value = QByteArrayView(candidate).sliced(comma + 1);
        for (const QByteArray &e : expected) {
            if (crypto::constantTimeEquals(value, e))
                return Verification::Valid;
        }
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
