// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "ids.h"
#include "jsonreader.h"
#include "timeformat.h"
#include "jsonhelpers.h"

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
    return o;
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
    app.createdAt = r.optionalTimestamp(QLatin1StringView("createdAt")).value_or(QDateTime());
    app.updatedAt = r.optionalTimestamp(QLatin1StringView("updatedAt")).value_or(QDateTime());
    if (!r.ok())
        return Parsed<Application>::failure(r.errors());
    return Parsed<Application>::success(std::move(app));
}

} // namespace sb
