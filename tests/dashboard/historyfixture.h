// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/streamframe.h"

#include <QDateTime>
#include <QList>

// A small, known delivery history as stream frames, shared by the dashboard tests:
// ten messages to two endpoints of one application, succeeded, dead, retrying and pending.
namespace sb::testing {

QList<StreamFrame> historyFrames(const QDateTime &now);
// A message created `minutesAgo` before `now` and, when `code` >= 0, its attempt.
QList<StreamFrame> deliveryFrames(qint64 &seq, const QDateTime &now, const QString &msg, const QString &type,
                                  const QString &endpoint, int code, const QString &errorClass, int status, int minutesAgo);

} // namespace sb::testing
