// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receiveddelivery.h"

#include <QFile>
#include <QString>

namespace sb::tools {

// Appends one JSON object per delivery and line (JSON Lines) to a file, flushed at once so
// `tail -f` and a test reading the file see every delivery as soon as it was answered.
class DeliveryLogFile
{
public:
    bool open(const QString &path);
    QString errorString() const { return m_file.errorString(); }
    bool append(const ReceivedDelivery &delivery);

private:
    QFile m_file;
};

} // namespace sb::tools
