// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QStringList>

#include <optional>

namespace sb {

QJsonObject stringMapToJson(const QMap<QString, QString> &map);
// null when absent, as the Svix API writes optional lists.
QJsonValue optionalListToJson(const std::optional<QStringList> &list);
// null for an invalid time.
QJsonValue optionalTimeToJson(const QDateTime &time);

} // namespace sb
