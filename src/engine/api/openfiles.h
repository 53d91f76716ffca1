// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sb::engine::openfiles {

// Raises this process's soft limit on open descriptors to its hard limit, as nginx
// (worker_rlimit_nofile) and Go's runtime do: many hosts start services with a soft limit of
// 1,024, far below --max-connections. Returns the soft limit in force afterwards.
long raiseToHardLimit();

// How many HTTP connections the front may hold open when `limit` descriptors are allowed and
// `reserved` must stay free for everything else (the store, outbound attempts, stream
// clients, log files): at most `wanted`, and no fewer than 16 unless `wanted` is.
int connectionCap(int wanted, long limit, long reserved);

} // namespace sb::engine::openfiles
