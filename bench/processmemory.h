// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the benchmark programs: this process's resident memory.
#pragma once

#include <QByteArray>
#include <QFile>

namespace sb::bench {

// Resident set size in MiB, from /proc/self/status; -1 where that is not readable.
inline double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace sb::bench
