// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "httpresponse.h"

namespace sb::tools {

class Receiver;

// The JSON control API under /_receiver/, so a test written in any language (or curl) can
// configure the receiver and read what it received:
//   GET    /_receiver/health                  200 {"status":"ok"}
//   GET    /_receiver/stats                   counters, see ReceiverStats
//   GET    /_receiver/config                  the behaviour, see ReceiverBehaviour
//   PUT    /_receiver/config                  change any behaviour fields (PATCH too)
//   GET    /_receiver/deliveries?since=N&limit=M  records with index >= N, oldest first
//   DELETE /_receiver/deliveries              forget records, counters and attempt numbers
// Errors are {"code": ..., "detail": ...}; validation errors name the field.
class ControlApi
{
public:
    explicit ControlApi(Receiver &receiver);

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse deliveries(const HttpRequest &request);
    HttpResponse clearDeliveries();
    HttpResponse stats();
    HttpResponse config();
    HttpResponse updateConfig(const HttpRequest &request);

    Receiver &m_receiver;
};

} // namespace sb::tools
