// SPDX-License-Identifier: GPL-3.0-or-later
#include "hmac.h"

#include <QRandomGenerator>
#include <QScopeGuard>

#include <cstring>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace sb::crypto {

namespace {

constexpr int BlockSize = 64; // SHA-256's
constexpr int DigestSize = 32;

// One context per thread, freed with the thread.
struct DigestContext
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~DigestContext() { EVP_MD_CTX_free(ctx); }
};

// SHA-256 of `first` followed by `rest`, into `out` (DigestSize bytes).
bool sha256(EVP_MD_CTX *ctx, QByteArrayView first, std::initializer_list<QByteArrayView> rest, unsigned char *out)
{
    // Fetched once for the process: the lookup is what made HMAC() slow.
    static EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!algorithm || EVP_DigestInit_ex(ctx, algorithm, nullptr) != 1)
        return false;
    const auto update = [ctx](QByteArrayView part) {
        return part.isEmpty() || EVP_DigestUpdate(ctx, part.data(), static_cast<size_t>(part.size())) == 1;
    };
    if (!update(first))
        return false;
    for (QByteArrayView part : rest) {
        if (!update(part))
            return false;
    }
    unsigned int length = 0;
    return EVP_DigestFinal_ex(ctx, out, &length) == 1 && length == DigestSize;
}

QByteArrayView view(const unsigned char *bytes, int size)
{
    return {reinterpret_cast<const char *>(bytes), size};
}

} // namespace

QByteArray hmacSha256(QByteArrayView key, std::initializer_list<QByteArrayView> parts)
{
    thread_local DigestContext context;
    if (!context.ctx)
        return {};
    // The key, hashed when longer than a block, zero-padded to one; no key material is left
    // on the stack afterwards, as OpenSSL's HMAC() leaves none.
    unsigned char block[BlockSize] = {};
    unsigned char pad[BlockSize];
    unsigned char inner[DigestSize];
    const auto wipe = qScopeGuard([&] {
        OPENSSL_cleanse(block, sizeof block);
        OPENSSL_cleanse(pad, sizeof pad);
        OPENSSL_cleanse(inner, sizeof inner);
    });
    if (key.size() > BlockSize) {
        if (!sha256(context.ctx, key, {}, block))
            return {};
    } else if (!key.isEmpty()) {
        std::memcpy(block, key.data(), static_cast<size_t>(key.size()));
    }
    for (int i = 0; i < BlockSize; ++i)
        pad[i] = static_cast<unsigned char>(block[i] ^ 0x36);
    if (!sha256(context.ctx, view(pad, BlockSize), parts, inner))
        return {};
    for (int i = 0; i < BlockSize; ++i)
        pad[i] = static_cast<unsigned char>(block[i] ^ 0x5c);
    QByteArray out(DigestSize, Qt::Uninitialized);
    if (!sha256(context.ctx, view(pad, BlockSize), {view(inner, DigestSize)}, reinterpret_cast<unsigned char *>(out.data())))
        return {};
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

std::optional<QByteArray> decodeBase64Text(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool base64 = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
            || (u >= u'0' && u <= u'9') || u == u'+' || u == u'/' || u == u'=';
        if (!base64)
            return std::nullopt;
    }
    QByteArray latin1 = text.toLatin1();
    while (latin1.size() % 4 != 0)
        latin1.append('=');
    const auto decoded = QByteArray::fromBase64Encoding(latin1, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1) {
        // OpenSSL's generator failed to seed; the system generator is also cryptographic.
        for (char &c : out)
            c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    return out;
}

} // namespace sb::crypto
