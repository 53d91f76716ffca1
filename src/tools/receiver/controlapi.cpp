// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlapi.h"

#include "receiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace sb::tools {

namespace {

HttpResponse validationError(const ValidationErrors &errors)
{
    QJsonArray list;
    for (const ValidationError &e : errors) {
        list.append(QJsonObject{{QStringLiteral("field"), e.field},
                                {QStringLiteral("message"), e.message},
                                {QStringLiteral("type"), e.type}});
    }
    return HttpResponse::json(400, QJsonDocument(QJsonObject{
                                       {QStringLiteral("code"), QStringLiteral("validation")},
                                       {QStringLiteral("detail"), describe(errors)},
                                       {QStringLiteral("errors"), list},
                                   }));
}

HttpResponse validationError(const QString &field, const QString &message)
{
    return validationError({{field, message, QStringLiteral("value_error")}});
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse response = HttpResponse::error(405, QLatin1StringView("method_not_allowed"),
                                                u"allowed: " + QString::fromLatin1(allow));
    response.setHeader("Allow", allow);
    return response;
}

// A query parameter as a non-negative integer; `fallback` when absent.
std::optional<qint64> queryInteger(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

ControlApi::ControlApi(Receiver &receiver)
    : m_receiver(receiver)
{
}

HttpResponse ControlApi::handle(const HttpRequest &request)
{
    const QByteArray &method = request.method;
    const QByteArrayView path(request.path);
    if (path == "/_receiver/health") {
        if (method != "GET")
            return methodNotAllowed("GET");
        return HttpResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
    }
    if (path == "/_receiver/stats") {
        if (method != "GET")
            return methodNotAllowed("GET");
        return stats();
    }
    if (path == "/_receiver/config") {
        if (method == "GET")
            return config();
        if (method == "PUT" || method == "PATCH")
            return updateConfig(request);
        return methodNotAllowed("GET, PUT, PATCH");
    }
    if (path == "/_receiver/deliveries") {
        if (method == "GET")
            return deliveries(request);
        if (method == "DELETE")
            return clearDeliveries();
        return methodNotAllowed("GET, DELETE");
    }
    return HttpResponse::error(404, QLatin1StringView("not_found"),
                               u"no control endpoint " + QString::fromUtf8(request.path));
}

HttpResponse ControlApi::deliveries(const HttpRequest &request)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    const auto since = queryInteger(query, QStringLiteral("since"), 0);
    if (!since)
        return validationError(QStringLiteral("since"), QStringLiteral("expected an index >= 0"));
    const auto limit = queryInteger(query, QStringLiteral("limit"), -1);
    if (!limit)
        return validationError(QStringLiteral("limit"), QStringLiteral("expected a count >= 0"));

    QJsonArray out;
    for (const ReceivedDelivery &delivery : m_receiver.deliveries(*since, *limit))
        out.append(delivery.toJson());
    return HttpResponse::json(200, QJsonDocument(out));
}

HttpResponse ControlApi::clearDeliveries()
{
    const qsizetype removed = m_receiver.clear();
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("deleted"), static_cast<qint64>(removed)}}));
}

HttpResponse ControlApi::stats()
{
    return HttpResponse::json(200, QJsonDocument(m_receiver.stats().toJson()));
}

HttpResponse ControlApi::config()
{
    return HttpResponse::json(200, QJsonDocument(m_receiver.behaviour().toJson()));
}

HttpResponse ControlApi::updateConfig(const HttpRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return validationError(QStringLiteral("body"), u"not valid JSON: " + error.errorString());
    if (!document.isObject())
        return validationError(QStringLiteral("body"), QStringLiteral("expected a JSON object"));

    const QJsonObject fields = document.object();
    ReceiverBehaviour behaviour = m_receiver.behaviour();
    if (const ValidationErrors errors = behaviour.applyJson(fields); !errors.isEmpty())
        return validationError(errors);
    m_receiver.setBehaviour(behaviour);
    // Sending a seed restarts the sequence even when it is the current seed: that is how a
    // test replays the same pattern of failures.
    if (fields.contains(QStringLiteral("seed")))
        m_receiver.reseed(behaviour.seed);
    return config();
}

} // namespace sb::tools
