// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

#include <array>

namespace sb {

// The engine's own application behind Svix's operational webhooks: its endpoints get the
// engine's events about everyone else's (endpoint disabled, message exhausted, …). A valid id
// (timestamp 0, so first in every list) that says what it is.
inline constexpr QLatin1StringView OperationalAppId{"app_00000000000Operational"};

// Svix's operational webhook event types, in the order a person reads them.
inline constexpr std::array<QLatin1StringView, 8> OperationalEventTypes{
    QLatin1StringView("endpoint.disabled"),         QLatin1StringView("message.attempt.exhausted"),
    QLatin1StringView("message.attempt.failing"),   QLatin1StringView("message.attempt.recovered"),
    QLatin1StringView("endpoint.created"),          QLatin1StringView("endpoint.updated"),
    QLatin1StringView("endpoint.deleted"),          QLatin1StringView("background_task.finished"),
};

} // namespace sb
