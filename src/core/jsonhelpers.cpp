// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonhelpers.h"

#include "timeformat.h"

namespace sb {

QJsonObject stringMapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonValue optionalListToJson(const std::optional<QStringList> &list)
{
    if (!list)
        return QJsonValue::Null;
    return QJsonArray::fromStringList(*list);
}

QJsonValue optionalTimeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return toIsoUtc(time);
}

} // namespace sb
