// SPDX-License-Identifier: GPL-3.0-or-later
#include "hmac.h"

#include <QRandomGenerator>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace sb::crypto {

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    // HMAC() wants a non-null key pointer even for an empty key.
    static const char emptyKey = 0;
    const void *keyData = key.isEmpty() ? &emptyKey : key.data();
    const auto *result = HMAC(EVP_sha256(), keyData, static_cast<int>(key.size()),
                              reinterpret_cast<const unsigned char *>(data.data()),
                              static_cast<size_t>(data.size()),
                              reinterpret_cast<unsigned char *>(out.data()), &length);
    if (!result)
        return {};
    out.resize(static_cast<qsizetype>(length));
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
