// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation.h"

#include <QDateTime>
#include <QJsonObject>

namespace sb {

// A kind of event producers send. JSON as the Svix EventTypeIn/Out ("groupName" included);
// "sample" is Switchboard's: the payload a test send uses.
struct EventType
{
    QString name;
    QString description;
    QString groupName;
    bool archived = false;
    bool deprecated = false;
    QJsonObject schemas;
    QJsonObject sample;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Parsed<EventType> fromJson(const QJsonObject &json);

    bool operator==(const EventType &) const = default;
};

} // namespace sb
