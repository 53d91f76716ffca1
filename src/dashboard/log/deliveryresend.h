// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/connection/engineclient.h"
#include "dashboard/history/deliveryrow.h"

#include <functional>

namespace sb::dashboard {

// Sends one delivery again now through the engine's resend route
// (POST /api/v1/app/{app}/msg/{msg}/endpoint/{ep}/resend). The one path for every manual
// retry of a delivery: R in the log and the Call view's "retry everything that failed" both
// come here, so both read the engine's answers alike.
class DeliveryResend
{
public:
    struct Outcome
    {
        bool sent = false; // the engine took it (202): the result arrives on the stream
        int status = 0;    // HTTP status, 0 when the engine was not reached
        QString code;      // the engine's error code, e.g. "endpoint_disabled"
        QString error;     // readable, the engine's detail
    };
    using Done = std::function<void(const Outcome &)>;

    static QString path(const DeliveryRow &row);
    static void send(EngineClient *client, const DeliveryRow &row, Done done);
};

} // namespace sb::dashboard
