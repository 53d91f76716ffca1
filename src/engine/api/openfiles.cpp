// SPDX-License-Identifier: GPL-3.0-or-later
#include "openfiles.h"

#include <algorithm>

#include <sys/resource.h>

namespace sb::engine::openfiles {

long raiseToHardLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur != limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? -1 : static_cast<long>(limit.rlim_cur);
}

DescriptorBudget budget(int wantedConnections, int wantedInFlight, long limit)
{
    constexpr long Reserved = 256;
    const long left = limit - Reserved;
    if (limit < 0 || left >= static_cast<long>(wantedConnections) + wantedInFlight)
        return {wantedConnections, wantedInFlight};
    const long inFlight = std::min<long>(wantedInFlight, std::max<long>(left / 2, 8));
    return {static_cast<int>(std::min<long>(wantedConnections, std::max<long>(left - inFlight, 16))),
            static_cast<int>(inFlight)};
}

} // namespace sb::engine::openfiles
