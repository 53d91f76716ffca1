// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace sb::crypto {

// HMAC-SHA256 through OpenSSL's one-shot HMAC(): about 3.5 µs for 1 KiB here, against
// 11 µs for QMessageAuthenticationCode, and the engine signs every request.
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

// Compares in time that depends only on the lengths, so a verifier leaks nothing about
// how much of a forged signature was right.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// The bytes of a key's base64 text (after its prefix). Receivers' libraries accept keys with
// their padding cut off, so missing padding is restored; anything else not base64 fails.
std::optional<QByteArray> decodeBase64Text(QStringView text);

// Bytes from OpenSSL's CSPRNG, for secrets.
QByteArray randomBytes(int count);

} // namespace sb::crypto
