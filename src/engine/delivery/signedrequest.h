// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpdispatcher.h"

#include "core/endpoint.h"

namespace sb::engine {

// The webhook request for one attempt: Standard Webhooks headers (webhook-id, -timestamp,
// -signature, signed with every secret still in its grace period) or the endpoint's
// `sha256=<hex>` header, plus its custom headers. `loggedHeaders` gets the headers as the
// attempt log keeps them: custom headers that look like credentials have their values
// redacted.
OutboundRequest signedRequest(const Endpoint &endpoint, const QString &msgId, const QByteArray &body,
                              qint64 timestampSeconds, QByteArray *loggedHeaders);

} // namespace sb::engine
