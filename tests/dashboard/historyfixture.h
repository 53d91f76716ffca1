// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/streamframe.h"

#include <QDateTime>
#include <QList>

// A small, known delivery history as stream frames, shared by the dashboard tests:
// ten messages to two endpoints of one application, succeeded, dead, retrying and pending;
// two of them (msg_m0, msg_m4) of call "c_42", one (msg_m1) of call "c_420".
namespace sb::testing {

QList<StreamFrame> historyFrames(const QDateTime &now);
// A message created `minutesAgo` before `now` and, when `code` >= 0, its attempt; with a
// `callId`, the message carries it as its correlation key.
QList<StreamFrame> deliveryFrames(qint64 &seq, const QDateTime &now, const QString &msg, const QString &type,
                                  const QString &endpoint, int code, const QString &errorClass, int status, int minutesAgo,
                                  const QString &callId = {});

} // namespace sb::testing
