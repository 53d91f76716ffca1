// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/endpoint.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace sb::engine {

// What every request to one endpoint shares, prepared once each time its settings change
// rather than once per attempt. Immutable once made: the dispatcher's thread signs with it
// while the scheduler's thread may already hold a newer one.
struct OutboundEndpoint
{
    Endpoint endpoint;             // the settings it was made from
    QByteArray url;                // encoded, as libcurl takes it
    QList<QByteArray> custom;      // "Name: value", sent
    QList<QByteArray> customShown; // the same for the attempt log, credentials redacted
    QByteArray hexHeader;          // hex scheme: "<header name>: "
    QByteArray hexKey;             // hex scheme: the raw key

    static std::shared_ptr<const OutboundEndpoint> of(const Endpoint &endpoint);
};

struct SignedHeaders
{
    QList<QByteArray> sent;   // "Name: value"
    QByteArray logged;        // as the attempt log keeps them, CRLF-separated
};

// The headers of one attempt's webhook request: Standard Webhooks (webhook-id, -timestamp,
// -signature, signed with every secret still in its grace period) or the endpoint's
// `sha256=<hex>` header, plus its custom headers. Runs on the dispatcher's thread, so that
// signing every request costs the scheduler's thread nothing.
SignedHeaders signedHeaders(const OutboundEndpoint &endpoint, QByteArrayView msgId, QByteArrayView body,
                            qint64 timestampSeconds);

} // namespace sb::engine
