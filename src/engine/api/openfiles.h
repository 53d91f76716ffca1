// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sb::engine::openfiles {

// Raises this process's soft limit on open descriptors to its hard limit, as nginx
// (worker_rlimit_nofile) and Go's runtime do: many hosts start services with a soft limit of
// 1,024, far below --max-connections. Returns the soft limit in force afterwards.
long raiseToHardLimit();

// What the engine may hold open when `limit` descriptors are allowed (-1: no limit): HTTP
// connections (stream clients included) and outbound attempts in flight, at most what was
// asked each. 256 stay free for the store, threads and logs. When the rest cannot hold both,
// outbound attempts get up to half of it (at least 8) and connections the remainder (at
// least 16): an attempt that cannot open its socket would fail as a delivery failure, and a
// connection past the cap gets a clear 503.
struct DescriptorBudget
{
    int connections = 0;
    int inFlight = 0;
};
DescriptorBudget budget(int wantedConnections, int wantedInFlight, long limit);

} // namespace sb::engine::openfiles
