// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sb::ids {

// Prefixes of the Svix API, so ids read the same in both systems.
inline constexpr QLatin1StringView Application("app");
inline constexpr QLatin1StringView Endpoint("ep");
inline constexpr QLatin1StringView Message("msg");
inline constexpr QLatin1StringView Attempt("atmpt");
inline constexpr QLatin1StringView Task("qtask");

// Length of the part after "prefix_": 128 bits in fixed-width base62.
inline constexpr int BodyLength = 22;

// "prefix_" + 22 base62 characters encoding 48 bits of milliseconds since the epoch and
// 80 bits from the system's cryptographically secure generator. Lexical order is creation
// order: within one millisecond the random part is incremented, as ULIDs do, so ids made by
// one process never sort before an earlier one.
QString generate(QLatin1StringView prefix);

// True if `id` is "prefix_" followed by a well-formed body.
bool isValid(QStringView id, QLatin1StringView prefix);

// The smallest id with `prefix` made at `ms` or later: ids sort by creation time, so
// `id >= atTime(prefix, t)` selects by time on the primary key's index.
QString atTime(QLatin1StringView prefix, qint64 ms);

// The creation time encoded in a well-formed id, in milliseconds since the epoch; -1 otherwise.
qint64 timestampMs(QStringView id);

} // namespace sb::ids
