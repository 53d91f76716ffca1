// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace sb {

// ISO 8601 in UTC with milliseconds and a 'Z', as the Svix API writes timestamps:
// "2026-11-20T09:41:07.512Z".
QString toIsoUtc(const QDateTime &time);

// Accepts ISO 8601 with or without fractional seconds, with 'Z' or a numeric offset.
// A time without a zone is rejected: guessing the zone is how logs end up an hour off.
std::optional<QDateTime> parseIsoUtc(QStringView text);

} // namespace sb
