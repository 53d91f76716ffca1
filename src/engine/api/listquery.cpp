// SPDX-License-Identifier: GPL-3.0-or-later
#include "listquery.h"

#include "core/timeformat.h"

#include <QJsonArray>

namespace sb::engine::api {

logqueries::MessageMatch messageMatchOf(const ApiCallPtr &call, ValidationErrors &errors)
{
    const QUrlQuery &q = call->query();
    logqueries::MessageMatch m;
    for (const QString &value : q.allQueryItemValues(QStringLiteral("event_types"), QUrl::FullyDecoded)) {
        for (const QString &type : value.split(u',', Qt::SkipEmptyParts))
            m.eventTypes.append(type.trimmed());
    }
    m.channel = q.queryItemValue(QStringLiteral("channel"), QUrl::FullyDecoded);
    m.tag = q.queryItemValue(QStringLiteral("tag"), QUrl::FullyDecoded);
    m.correlationKey = q.queryItemValue(QStringLiteral("correlation_key"), QUrl::FullyDecoded);
    for (const QString &name : {QStringLiteral("before"), QStringLiteral("after")}) {
        if (!q.hasQueryItem(name))
            continue;
        const auto time = parseIsoUtc(q.queryItemValue(name, QUrl::FullyDecoded));
        if (!time)
            errors.append({name, QStringLiteral("must be an ISO 8601 timestamp with a time zone"), QStringLiteral("value_error")});
        (name == u"before" ? m.before : m.after) = time.value_or(QDateTime());
    }
    return m;
}

bool flagOf(const ApiCallPtr &call, const QString &name, bool fallback, ValidationErrors &errors)
{
    if (!call->query().hasQueryItem(name))
        return fallback;
    const QString value = call->query().queryItemValue(name).toLower();
    if (value == u"true" || value == u"1")
        return true;
    if (value == u"false" || value == u"0")
        return false;
    errors.append({name, QStringLiteral("must be true or false"), QStringLiteral("type_error.bool")});
    return fallback;
}

bool refusedQuery(const ApiCallPtr &call, const ValidationErrors &errors)
{
    if (errors.isEmpty())
        return false;
    QJsonArray detail;
    for (const auto &e : errors)
        detail.append(QJsonObject{{QStringLiteral("loc"), QJsonArray{QStringLiteral("query"), e.field}},
                                  {QStringLiteral("msg"), e.message},
                                  {QStringLiteral("type"), e.type}});
    call->json(422, QJsonObject{{QStringLiteral("detail"), detail}});
    return true;
}

} // namespace sb::engine::api
