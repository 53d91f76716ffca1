// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexsignature.h"

#include "hmac.h"

namespace sb {

QByteArray HexSignature::sign(QByteArrayView key, QByteArrayView body)
{
    return "sha256=" + crypto::hmacSha256(key, body).toHex();
}

bool HexSignature::verify(QByteArrayView key, QByteArrayView header, QByteArrayView body)
{
    // Hex digits from other producers may be upper case; the prefix may not be missing.
    const QByteArray offered = header.trimmed().toByteArray().toLower();
    return crypto::constantTimeEquals(offered, sign(key, body));
}

} // namespace sb
