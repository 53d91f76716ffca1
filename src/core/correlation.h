// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

// A message's correlation key: what its customer calls the unit of work, a call id. Each
// application names where the key lives in its payloads with JSON pointers (RFC 6901), tried
// in order; a producer may also give the key explicitly.
namespace sb::correlation {

inline constexpr qsizetype MaxKeyLength = 256;
inline constexpr qsizetype MaxPointers = 8;

// "/call_id", then "/data/call_id": where voice-AI platforms put it (docs/api.md).
QStringList defaultPointers();

// True for "" (the whole document, never useful here, so refused by callers) and for
// "/token/…" with "~0" and "~1" the only escapes.
bool isPointer(QStringView pointer);

// The first pointer that names a string, or an integer, in `payload`; empty when none does
// or the value is longer than MaxKeyLength.
QString keyOf(const QJsonObject &payload, const QStringList &pointers);

} // namespace sb::correlation
