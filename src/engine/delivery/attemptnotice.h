// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sb::engine {

// What became of one attempt, as the scheduler recorded it.
struct AttemptNotice
{
    QString appId;
    QString msgId;
    QString endpointId;
    QString attemptId;
    QDateTime timestamp;
    int responseStatusCode = 0;
    qint64 responseDurationMs = 0;
    int attemptNumber = 0;   // 1 for the first attempt of the delivery
    bool scheduled = false;  // sent by the retry schedule, not by hand
    bool succeeded = false;
    bool exhausted = false;  // no retry follows: a dead letter
};

} // namespace sb::engine
