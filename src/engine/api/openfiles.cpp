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

int connectionCap(int wanted, long limit, long reserved)
{
    if (limit < 0) // no limit
        return wanted;
    return static_cast<int>(std::min<long>(wanted, std::max<long>(limit - reserved, 16)));
}

} // namespace sb::engine::openfiles
