// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "correlation.h"

#include "ids.h"
#include "jsonreader.h"
#include "timeformat.h"
#include "jsonhelpers.h"

#include <QJsonArray>

namespace sb {

QJsonObject Application::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("metadata"), stringMapToJson(metadata)},
        {QStringLiteral("createdAt"), optionalTimeToJson(createdAt)},
        {QStringLiteral("updatedAt"), optionalTimeToJson(updatedAt)},
    };
    o.insert(QStringLiteral("uid"), uid.isEmpty() ? QJsonValue() : QJsonValue(uid));
    o.insert(QStringLiteral("rateLimit"), rateLimit ? QJsonValue(*rateLimit) : QJsonValue());
    // "throttleRate" is the current Svix name; older SDKs read "rateLimit".
    o.insert(QStringLiteral("throttleRate"), o.value(QLatin1StringView("rateLimit")));
    o.insert(QStringLiteral("correlationKeyPointers"), QJsonArray::fromStringList(effectiveCorrelationPointers()));
    return o;
}

QStringList Application::effectiveCorrelationPointers() const
{
    return correlationPointers.value_or(correlation::defaultPointers());
}

Parsed<Application> Application::fromJson(const QJsonObject &json)
{
    QJsonObject canonical = json;
    if (canonical.contains(QLatin1StringView("throttleRate"))) {
        canonical.insert(QStringLiteral("rateLimit"), canonical.value(QLatin1StringView("throttleRate")));
        canonical.remove(QStringLiteral("throttleRate"));
    }
    JsonReader r(canonical);
    Application app;
    app.id = r.optionalString(QLatin1StringView("id")).value_or(QString());
    if (!app.id.isEmpty() && !ids::isValid(app.id, ids::Application))
        r.addError(QStringLiteral("id"), QStringLiteral("not an application id"), QStringLiteral("value_error"));
    app.name = r.requiredString(QLatin1StringView("name"), 256);
    if (r.ok() && app.name.trimmed().isEmpty())
        r.addError(QStringLiteral("name"), QStringLiteral("must not be empty"), QStringLiteral("value_error"));
    app.uid = r.optionalString(QLatin1StringView("uid")).value_or(QString());
    if (!app.uid.isEmpty())
        r.checkIdentifier(QLatin1StringView("uid"), app.uid);
    if (const auto limit = r.optionalInteger(QLatin1StringView("rateLimit"), 1, 1'000'000))
        app.rateLimit = static_cast<int>(*limit);
    app.metadata = r.optionalStringMap(QLatin1StringView("metadata")).value_or(QMap<QString, QString>());
    app.correlationPointers = r.optionalStringList(QLatin1StringView("correlationKeyPointers"));
    // toJson() shows the default; read back, it is still "the default", not a choice.
    if (app.correlationPointers == correlation::defaultPointers())
        app.correlationPointers.reset();
    if (app.correlationPointers) {
        if (app.correlationPointers->size() > correlation::MaxPointers)
            r.addError(QStringLiteral("correlationKeyPointers"), QStringLiteral("at most 8 JSON pointers"),
                       QStringLiteral("value_error.list.max_items"));
        for (const QString &p : std::as_const(*app.correlationPointers)) {
            if (p.isEmpty() || !correlation::isPointer(p))
                r.addError(QStringLiteral("correlationKeyPointers"),
                           QStringLiteral("“%1” is not a JSON pointer such as /call_id or /data/call_id").arg(p),
                           QStringLiteral("value_error"));
        }
    }
    app.createdAt = r.optionalTimestamp(QLatin1StringView("createdAt")).value_or(QDateTime());
    app.updatedAt = r.optionalTimestamp(QLatin1StringView("updatedAt")).value_or(QDateTime());
    if (!r.ok())
        return Parsed<Application>::failure(r.errors());
    return Parsed<Application>::success(std::move(app));
}

} // namespace sb
