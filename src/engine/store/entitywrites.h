// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storewriter.h"

#include "core/application.h"
#include "core/endpoint.h"

// Write jobs for applications and endpoints. Each writes its change-log row in the same
// transaction, and returns the stored object.
namespace sb::engine::entitywrites {

StoreWriter::Job createApplication(Application app);
StoreWriter::Job updateApplication(Application app);
StoreWriter::Job deleteApplication(QString appId);

StoreWriter::Job createEndpoint(Endpoint endpoint);
StoreWriter::Job updateEndpoint(Endpoint endpoint);
StoreWriter::Job deleteEndpoint(QString appId, QString endpointId);

// Sets `disabled` on a stored endpoint and logs endpoint.disabled; used by the delivery path
// (410 Gone, circuit breaker). Returns the endpoint as now stored.
Endpoint disableEndpoint(WriteTransaction &tx, const QString &endpointId, const QString &reason);

} // namespace sb::engine::entitywrites
