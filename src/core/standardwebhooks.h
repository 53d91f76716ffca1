// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

// The Standard Webhooks v1 scheme (the one Svix uses): headers webhook-id, webhook-timestamp
// and webhook-signature = "v1,<base64 HMAC-SHA256 of id.timestamp.body>", one signature per
// valid secret during a rotation, separated by spaces.
class StandardWebhooks
{
public:
    enum class Verification {
        Valid,
        MissingHeader,
        InvalidTimestamp,
        TimestampTooOld,
        TimestampTooNew,
        NoMatchingSignature,
    };

    static constexpr int DefaultToleranceSeconds = 5 * 60;
    static constexpr QLatin1StringView SecretPrefix{"whsec_"};

    // The signing key of a secret "whsec_<base64>" (the prefix is optional, padding too).
    static std::optional<QByteArray> decodeSecret(QStringView secret);
    // A new "whsec_" secret with 24 random bytes, as Svix generates them.
    static QString generateSecret();

    static QByteArray sign(const QByteArray &key, QByteArrayView msgId, qint64 timestamp,
                           QByteArrayView body);
    // The value of webhook-signature: one "v1,…" per key, space-separated.
    static QByteArray signatureHeader(const QList<QByteArray> &keys, QByteArrayView msgId,
                                      qint64 timestamp, QByteArrayView body);

    // Checks the headers against every key; valid if any signature in the header matches any
    // key and the timestamp is within `toleranceSeconds` of `nowSeconds`.
    static Verification verify(const QList<QByteArray> &keys, QByteArrayView msgId,
                               QByteArrayView timestampHeader, QByteArrayView signatureHeader,
                               QByteArrayView body, qint64 nowSeconds,
                               int toleranceSeconds = DefaultToleranceSeconds);

    static QString describe(Verification result);
};

} // namespace sb
