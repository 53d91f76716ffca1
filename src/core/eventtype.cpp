// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtype.h"

#include "jsonhelpers.h"
#include "jsonreader.h"
#include "timeformat.h"

namespace sb {

QJsonObject EventType::toJson() const
{
    QJsonObject o{
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("archived"), archived},
        {QStringLiteral("deprecated"), deprecated},
        {QStringLiteral("schemas"), schemas.isEmpty() ? QJsonValue() : QJsonValue(schemas)},
        {QStringLiteral("sample"), sample},
        {QStringLiteral("createdAt"), optionalTimeToJson(createdAt)},
        {QStringLiteral("updatedAt"), optionalTimeToJson(updatedAt)},
    };
    o.insert(QStringLiteral("groupName"), groupName.isEmpty() ? QJsonValue() : QJsonValue(groupName));
    return o;
}

Parsed<EventType> EventType::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    EventType t;
    t.name = r.requiredString(QLatin1StringView("name"), 256);
    if (!t.name.isEmpty())
        r.checkIdentifier(QLatin1StringView("name"), t.name);
    t.description = r.requiredString(QLatin1StringView("description"), 4096);
    t.groupName = r.optionalString(QLatin1StringView("groupName"), 256).value_or(QString());
    t.archived = r.optionalBool(QLatin1StringView("archived")).value_or(false);
    t.deprecated = r.optionalBool(QLatin1StringView("deprecated")).value_or(false);
    t.schemas = r.optionalObject(QLatin1StringView("schemas")).value_or(QJsonObject());
    t.sample = r.optionalObject(QLatin1StringView("sample")).value_or(QJsonObject());
    t.createdAt = r.optionalTimestamp(QLatin1StringView("createdAt")).value_or(QDateTime());
    t.updatedAt = r.optionalTimestamp(QLatin1StringView("updatedAt")).value_or(QDateTime());
    if (!r.ok())
        return Parsed<EventType>::failure(r.errors());
    return Parsed<EventType>::success(std::move(t));
}

} // namespace sb
