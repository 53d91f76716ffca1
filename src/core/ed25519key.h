// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace sb {

// An ed25519 key pair for Standard Webhooks' asymmetric scheme (v1a). The curve arithmetic is
// OpenSSL's (EVP ed25519); this class only carries the key bytes and their text forms.
class Ed25519Key
{
public:
    static constexpr QLatin1StringView SecretPrefix{"whsk_"};
    static constexpr QLatin1StringView PublicPrefix{"whpk_"};
    static constexpr int SeedSize = 32;
    static constexpr int PublicKeySize = 32;
    static constexpr int SignatureSize = 64;

    // "whsk_<base64>": a 32-byte seed, or Svix's 64-byte form (seed followed by its public
    // key), accepted only when the second half is the public key the seed gives. On failure
    // `why` (if given) says which of these the secret is not.
    static std::optional<Ed25519Key> fromSecret(QStringView secret, QString *why = nullptr);
    static std::optional<Ed25519Key> fromSeed(QByteArrayView seed);
    static bool isSecret(QStringView text) { return text.startsWith(SecretPrefix); }
    // A new "whsk_" secret: a random 32-byte seed.
    static QString generateSecret();

    // The raw 32 bytes of "whpk_<base64>", if that is what `text` is.
    static std::optional<QByteArray> decodePublicKey(QStringView text);
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

    QByteArray seed() const { return m_seed; }
    QByteArray publicKey() const { return m_publicKey; }
    QString secretText() const;    // "whsk_<base64 seed>"
    QString publicKeyText() const; // "whpk_<base64 public key>"
    // The 64-byte signature of `message`; empty only if OpenSSL fails.
    QByteArray sign(QByteArrayView message) const;

private:
    QByteArray m_seed;
    QByteArray m_publicKey;
};

} // namespace sb
