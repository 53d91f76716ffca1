// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverylogfile.h"

#include <QJsonDocument>

namespace sb::tools {

bool DeliveryLogFile::open(const QString &path)
{
    m_file.setFileName(path);
    // Append: several runs against one log file keep each other's lines.
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

bool DeliveryLogFile::append(const ReceivedDelivery &delivery)
{
    if (!m_file.isOpen())
        return false;
    const QByteArray line = QJsonDocument(delivery.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return m_file.write(line) == line.size() && m_file.flush();
}

} // namespace sb::tools
