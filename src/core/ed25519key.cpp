// SPDX-License-Identifier: GPL-3.0-or-later
#include "ed25519key.h"

#include "hmac.h"

#include <openssl/evp.h>

#include <memory>

namespace sb {
namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

PkeyPtr privateKey(QByteArrayView seed)
{
    return PkeyPtr(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed),
                                                static_cast<size_t>(seed.size())));
}

} // namespace

std::optional<Ed25519Key> Ed25519Key::fromSeed(QByteArrayView seed)
{
    if (seed.size() != SeedSize)
        return std::nullopt;
    const PkeyPtr key = privateKey(seed);
    if (!key)
        return std::nullopt;
    QByteArray publicKey(PublicKeySize, Qt::Uninitialized);
    size_t length = static_cast<size_t>(publicKey.size());
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(publicKey.data()), &length) != 1
        || length != static_cast<size_t>(PublicKeySize))
        return std::nullopt;
    Ed25519Key out;
    out.m_seed = seed.toByteArray();
    out.m_publicKey = publicKey;
    return out;
}

std::optional<Ed25519Key> Ed25519Key::fromSecret(QStringView secret, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<Ed25519Key> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!secret.startsWith(SecretPrefix))
        return fail(QStringLiteral("an ed25519 secret starts with whsk_"));
    const auto decoded = crypto::decodeBase64Text(secret.mid(SecretPrefix.size()));
    if (!decoded || (decoded->size() != SeedSize && decoded->size() != SeedSize + PublicKeySize)) {
        return fail(QStringLiteral("must be whsk_ followed by the base64 of a 32-byte ed25519 seed, "
                                   "or of 64 bytes: the seed and then its public key"));
    }
    auto key = fromSeed(decoded->first(SeedSize));
    if (!key)
        return fail(QStringLiteral("OpenSSL refused this ed25519 seed"));
    if (decoded->size() == SeedSize + PublicKeySize
        && !crypto::constantTimeEquals(decoded->sliced(SeedSize), key->m_publicKey)) {
        return fail(QStringLiteral("the last 32 bytes of this 64-byte whsk_ key are not the public key "
                                   "of its first 32 bytes (the seed)"));
    }
    return key;
}

QString Ed25519Key::generateSecret()
{
    return SecretPrefix + QString::fromLatin1(crypto::randomBytes(SeedSize).toBase64());
}

std::optional<QByteArray> Ed25519Key::decodePublicKey(QStringView text)
{
    if (!text.startsWith(PublicPrefix))
        return std::nullopt;
    auto decoded = crypto::decodeBase64Text(text.mid(PublicPrefix.size()));
    if (!decoded || decoded->size() != PublicKeySize)
        return std::nullopt;
    return decoded;
}

bool Ed25519Key::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    const PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey),
                                                  static_cast<size_t>(publicKey.size())));
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), bytes(signature), static_cast<size_t>(signature.size()),
                            bytes(message), static_cast<size_t>(message.size())) == 1;
}

QString Ed25519Key::secretText() const
{
    return SecretPrefix + QString::fromLatin1(m_seed.toBase64());
}

QString Ed25519Key::publicKeyText() const
{
    return PublicPrefix + QString::fromLatin1(m_publicKey.toBase64());
}

QByteArray Ed25519Key::sign(QByteArrayView message) const
{
    const PkeyPtr key = privateKey(m_seed);
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    // ed25519 hashes internally, so no digest is named and the message is signed in one call.
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    size_t length = static_cast<size_t>(signature.size());
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytes(message), static_cast<size_t>(message.size())) != 1
        || length != static_cast<size_t>(SignatureSize))
        return {};
    return signature;
}

} // namespace sb
