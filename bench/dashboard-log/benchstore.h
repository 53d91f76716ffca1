// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sb::bench {

// A dashboard history store with `deliveries` messages, one attempt each, over 40 endpoints of
// 8 applications, spread evenly over the last 30 days: about a month of a busy platform.
// Built once per size and kept at `path` (later runs reuse it). Returns an error or "".
QString buildHistoryStore(const QString &path, int deliveries, const QString &instanceId);

// The newest message's sequence number in such a store: the feed continues from it.
qint64 lastSeqOf(int deliveries);

} // namespace sb::bench
