// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace sb::crypto {

// HMAC-SHA256 (RFC 2104) over SHA-256 fetched from OpenSSL once, with a digest context per
// thread: 0.85 µs for 1 KiB here, against 1.8 µs for OpenSSL 3's one-shot HMAC(), which looks
// the algorithm up in its provider on every call, and 11 µs for QMessageAuthenticationCode;
// the engine signs every request. `parts` are signed as if joined, without joining them.
QByteArray hmacSha256(QByteArrayView key, std::initializer_list<QByteArrayView> parts);
inline QByteArray hmacSha256(QByteArrayView key, QByteArrayView data) { return hmacSha256(key, {data}); }

// Compares in time that depends only on the lengths, so a verifier leaks nothing about
// how much of a forged signature was right.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// The bytes of a key's base64 text (after its prefix). Receivers' libraries accept keys with
// their padding cut off, so missing padding is restored; anything else not base64 fails.
std::optional<QByteArray> decodeBase64Text(QStringView text);

// Bytes from OpenSSL's CSPRNG, for secrets.
QByteArray randomBytes(int count);

} // namespace sb::crypto
