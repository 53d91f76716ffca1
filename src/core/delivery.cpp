// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery.h"

#include "jsonhelpers.h"
#include "jsonreader.h"
#include "timeformat.h"

namespace sb {

QJsonObject Delivery::toJson() const
{
    return QJsonObject{
        {QStringLiteral("msgId"), msgId},
        {QStringLiteral("endpointId"), endpointId},
        {QStringLiteral("status"), static_cast<int>(status)},
        {QStringLiteral("statusText"), statusText(status)},
        {QStringLiteral("attemptCount"), attemptCount},
        {QStringLiteral("nextAttempt"), optionalTimeToJson(nextAttempt)},
        {QStringLiteral("updatedAt"), optionalTimeToJson(updatedAt)},
    };
}

Parsed<Delivery> Delivery::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Delivery d;
    d.msgId = r.requiredString(QLatin1StringView("msgId"));
    d.endpointId = r.requiredString(QLatin1StringView("endpointId"));
    const qint64 status = r.requiredInteger(QLatin1StringView("status"), 0, 3);
    d.status = messageStatusFromInt(status).value_or(MessageStatus::Pending);
    d.attemptCount = static_cast<int>(r.optionalInteger(QLatin1StringView("attemptCount"), 0, 1'000'000).value_or(0));
    d.nextAttempt = r.optionalTimestamp(QLatin1StringView("nextAttempt")).value_or(QDateTime());
    d.updatedAt = r.optionalTimestamp(QLatin1StringView("updatedAt")).value_or(QDateTime());
    if (!r.ok())
        return Parsed<Delivery>::failure(r.errors());
    return Parsed<Delivery>::success(std::move(d));
}

} // namespace sb
