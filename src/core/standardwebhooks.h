// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

class Ed25519Key;

// The Standard Webhooks scheme (the one Svix uses): headers webhook-id, webhook-timestamp
// and webhook-signature = "v1,<base64 HMAC-SHA256 of id.timestamp.body>" for a "whsec_"
// secret, or "v1a,<base64 ed25519 signature of id.timestamp.body>" for a "whsk_" one; one
// signature per valid secret during a rotation, separated by spaces.
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
    // "v1a,<base64 signature>".
    static QByteArray signAsymmetric(const Ed25519Key &key, QByteArrayView msgId, qint64 timestamp,
                                     QByteArrayView body);
    // The value of webhook-signature: one "v1,…" per key, space-separated.
    static QByteArray signatureHeader(const QList<QByteArray> &keys, QByteArrayView msgId,
                                      qint64 timestamp, QByteArrayView body);
    // The value of webhook-signature for an endpoint's secrets as stored: "v1,…" for each
    // "whsec_" secret and "v1a,…" for each "whsk_" one, in the order given. A secret that does
    // not decode signs nothing (the API refuses such secrets before they are stored).
    static QByteArray signatureHeaderForSecrets(const QStringList &secrets, QByteArrayView msgId,
                                                qint64 timestamp, QByteArrayView body);

    // Checks the headers against every key; valid if any signature in the header matches any
    // key and the timestamp is within `toleranceSeconds` of `nowSeconds`.
    static Verification verify(const QList<QByteArray> &keys, QByteArrayView msgId,
                               QByteArrayView timestampHeader, QByteArrayView signatureHeader,
                               QByteArrayView body, qint64 nowSeconds,
                               int toleranceSeconds = DefaultToleranceSeconds);
    // As verify(), also accepting a "v1a" signature made by the private key of any of
    // `publicKeys` (raw 32-byte ed25519 keys).
    static Verification verifyAny(const QList<QByteArray> &keys, const QList<QByteArray> &publicKeys,
                                  QByteArrayView msgId, QByteArrayView timestampHeader,
                                  QByteArrayView signatureHeader, QByteArrayView body, qint64 nowSeconds,
                                  int toleranceSeconds = DefaultToleranceSeconds);

    static QString describe(Verification result);
};

} // namespace sb
