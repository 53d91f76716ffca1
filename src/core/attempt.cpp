// SPDX-License-Identifier: GPL-3.0-or-later
#include "attempt.h"

#include "ids.h"
#include "jsonhelpers.h"
#include "jsonreader.h"
#include "jsonwriter.h"
#include "timeformat.h"

namespace sb {

QJsonObject Attempt::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("msgId"), msgId},
        {QStringLiteral("endpointId"), endpointId},
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("response"), response},
        {QStringLiteral("responseStatusCode"), responseStatusCode},
        {QStringLiteral("responseDurationMs"), responseDurationMs},
        {QStringLiteral("status"), static_cast<int>(status)},
        {QStringLiteral("statusText"), statusText(status)},
        {QStringLiteral("triggerType"), triggerWireValue(trigger)},
        {QStringLiteral("trigger"), triggerName(trigger)},
        {QStringLiteral("errorClass"), errorClassName(errorClass)},
        {QStringLiteral("timing"),
         QJsonObject{{QStringLiteral("connectMs"), timing.connectMs},
                     {QStringLiteral("tlsMs"), timing.tlsMs},
                     {QStringLiteral("firstByteMs"), timing.firstByteMs}}},
        {QStringLiteral("timestamp"), optionalTimeToJson(timestamp)},
    };
}

void Attempt::writeJson(JsonWriter &out) const
{
    // toJson()'s members in QJsonObject's (sorted) order.
    out.beginObject()
        .key("endpointId").value(endpointId)
        .key("errorClass").value(errorClassName(errorClass))
        .key("id").value(id)
        .key("msgId").value(msgId)
        .key("response").value(response)
        .key("responseDurationMs").value(responseDurationMs)
        .key("responseStatusCode").value(responseStatusCode)
        .key("status").value(static_cast<int>(status))
        .key("statusText").value(statusText(status))
        .key("timestamp");
    if (timestamp.isValid())
        out.value(toIsoUtc(timestamp));
    else
        out.null();
    out.key("timing").beginObject()
        .key("connectMs").value(timing.connectMs)
        .key("firstByteMs").value(timing.firstByteMs)
        .key("tlsMs").value(timing.tlsMs)
        .endObject()
        .key("trigger").value(triggerName(trigger))
        .key("triggerType").value(triggerWireValue(trigger))
        .key("url").value(url.toString(QUrl::FullyEncoded))
        .endObject();
}

Parsed<Attempt> Attempt::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Attempt a;
    a.id = r.requiredString(QLatin1StringView("id"));
    if (!a.id.isEmpty() && !ids::isValid(a.id, ids::Attempt))
        r.addError(QStringLiteral("id"), QStringLiteral("not an attempt id"), QStringLiteral("value_error"));
    a.msgId = r.requiredString(QLatin1StringView("msgId"));
    a.endpointId = r.requiredString(QLatin1StringView("endpointId"));
    a.url = QUrl(r.requiredString(QLatin1StringView("url")), QUrl::StrictMode);
    a.response = r.optionalString(QLatin1StringView("response")).value_or(QString());
    a.responseStatusCode = static_cast<int>(r.requiredInteger(QLatin1StringView("responseStatusCode"), 0, 999));
    a.responseDurationMs = r.optionalInteger(QLatin1StringView("responseDurationMs"), 0, 86'400'000).value_or(0);
    a.status = messageStatusFromInt(r.requiredInteger(QLatin1StringView("status"), 0, 3)).value_or(MessageStatus::Pending);

    // "trigger" names Switchboard's three kinds; without it, the Svix number decides.
    if (const auto name = r.optionalString(QLatin1StringView("trigger"))) {
        if (const auto t = triggerFromName(*name))
            a.trigger = *t;
        else
            r.addError(QStringLiteral("trigger"), QStringLiteral("must be scheduled, manual or test"),
                       QStringLiteral("value_error.enum"));
    } else if (const auto wire = r.optionalInteger(QLatin1StringView("triggerType"), 0, 1)) {
        a.trigger = triggerFromWireValue(*wire).value_or(TriggerType::Scheduled);
    }
    if (const auto name = r.optionalString(QLatin1StringView("errorClass"))) {
        if (const auto e = errorClassFromName(*name))
            a.errorClass = *e;
        else
            r.addError(QStringLiteral("errorClass"), QStringLiteral("unknown error class"),
                       QStringLiteral("value_error.enum"));
    }
    if (const auto timing = r.optionalObject(QLatin1StringView("timing"))) {
        JsonReader t(*timing, QStringLiteral("timing"));
        a.timing.connectMs = t.optionalNumber(QLatin1StringView("connectMs"), -1, 1e9).value_or(-1);
        a.timing.tlsMs = t.optionalNumber(QLatin1StringView("tlsMs"), -1, 1e9).value_or(-1);
        a.timing.firstByteMs = t.optionalNumber(QLatin1StringView("firstByteMs"), -1, 1e9).value_or(-1);
        for (const ValidationError &e : t.errors())
            r.addError(e.field, e.message, e.type);
    }
    const auto timestamp = r.optionalTimestamp(QLatin1StringView("timestamp"));
    if (!timestamp && !json.contains(QLatin1StringView("timestamp")))
        r.addError(QStringLiteral("timestamp"), QStringLiteral("field required"), QStringLiteral("value_error.missing"));
    a.timestamp = timestamp.value_or(QDateTime());
    if (!r.ok())
        return Parsed<Attempt>::failure(r.errors());
    return Parsed<Attempt>::success(std::move(a));
}

} // namespace sb
