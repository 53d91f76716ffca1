// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginecontext.h"
#include "engine/delivery/operationalwebhooks.h"
#include "engine/store/entitywrites.h"

#include "core/ids.h"

#include <algorithm>

namespace sb::engine::api {

namespace {

void badQuery(const ApiCallPtr &call, const QString &parameter, const QString &message, const QString &type)
{
    call->json(422, QJsonObject{{QStringLiteral("detail"),
                                 QJsonArray{QJsonObject{{QStringLiteral("loc"), QJsonArray{QStringLiteral("query"), parameter}},
                                                        {QStringLiteral("msg"), message},
                                                        {QStringLiteral("type"), type}}}}});
}

bool isEventTypeName(QStringView name)
{
    if (name.isEmpty() || name.size() > 256)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
    });
}

} // namespace

std::optional<int> limitOf(const ApiCallPtr &call)
{
    if (!call->query().hasQueryItem(QStringLiteral("limit")))
        return 50;
    bool ok = false;
    const int limit = call->query().queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 250) {
        badQuery(call, QStringLiteral("limit"), QStringLiteral("limit must be an integer from 1 to 250"),
                 QStringLiteral("value_error.number.range"));
        return std::nullopt;
    }
    return limit;
}

std::optional<QString> iteratorOf(const ApiCallPtr &call, QLatin1StringView prefix)
{
    const QString iterator = call->query().queryItemValue(QStringLiteral("iterator"), QUrl::FullyDecoded);
    if (iterator.isEmpty())
        return iterator;
    const QStringView id = iterator.startsWith(u'-') ? QStringView(iterator).mid(1) : QStringView(iterator);
    if (prefix.isEmpty() ? isEventTypeName(id) : ids::isValid(id, prefix))
        return iterator;
    badQuery(call, QStringLiteral("iterator"), QStringLiteral("not an iterator this list handed out"),
             QStringLiteral("value_error"));
    return std::nullopt;
}

std::optional<Application> appOf(const EngineContext &ctx, const ApiCallPtr &call)
{
    auto app = ctx.reader->application(call->args().at(0));
    if (!app)
        call->notFound(QStringLiteral("application"));
    return app;
}

std::optional<Endpoint> endpointOf(const EngineContext &ctx, const ApiCallPtr &call,
                                   const Application &app, qsizetype arg)
{
    auto ep = ctx.reader->endpoint(app.id, call->args().at(arg));
    if (!ep)
        call->notFound(QStringLiteral("endpoint"));
    return ep;
}

std::optional<Message> messageOf(const EngineContext &ctx, const ApiCallPtr &call,
                                 const Application &app, qsizetype arg)
{
    auto m = ctx.reader->message(app.id, call->args().at(arg));
    if (!m)
        call->notFound(QStringLiteral("message"));
    return m;
}

bool refusedAsDisabled(const ApiCallPtr &call, const Endpoint &endpoint)
{
    if (!endpoint.disabled)
        return false;
    call->error(409, QStringLiteral("endpoint_disabled"),
                QStringLiteral("endpoint %1 is disabled, so nothing is sent to it: enable it, then retry")
                    .arg(endpoint.uid.isEmpty() ? endpoint.id : endpoint.uid));
    return true;
}

void answerWriteFailure(const ApiCallPtr &call, const WriteResult &result)
{
    switch (result.errorKind) {
    case StoreError::Kind::NotFound:
        call->error(404, QStringLiteral("not_found"), result.error);
        return;
    case StoreError::Kind::Conflict:
        call->error(409, QStringLiteral("conflict"), QStringLiteral("an entity with this uid or id already exists"));
        return;
    case StoreError::Kind::Transient:
        call->error(503, QStringLiteral("try_again"), QStringLiteral("the store undid this change to resolve a conflict with "
                                                                     "another node; send it again"));
        return;
    case StoreError::Kind::Failed:
        qWarning("write failed: %s", qPrintable(result.error));
        call->error(500, QStringLiteral("internal_error"), QStringLiteral("the store could not write this change"));
        return;
    }
}

QJsonObject merged(QJsonObject stored, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it->isNull())
            stored.remove(it.key());
        else
            stored.insert(it.key(), it.value());
    }
    return stored;
}

namespace {

// Applies the fields the API owns (id, timestamps) to a parsed ApplicationIn.
void store(const EngineContext &ctx, const ApiCallPtr &call, Application app, bool create, int status)
{
    ctx.writer->submit(create ? entitywrites::createApplication(app) : entitywrites::updateApplication(app),
                       ctx.context, [ctx, call, status](const WriteResult &r) {
                           if (!r.ok)
                               return answerWriteFailure(call, r);
                           const auto stored = r.value.value<Application>();
                           ctx.reader->forgetApplication(stored.id);
                           call->json(status, stored.toJson());
                       });
}

std::optional<Application> parseIn(const ApiCallPtr &call, const QJsonObject &json)
{
    QJsonObject in = json;
    for (const char *owned : {"id", "createdAt", "updatedAt"})
        in.remove(QLatin1StringView(owned)); // the engine decides these
    Parsed<Application> parsed = Application::fromJson(in);
    if (!parsed) {
        call->validation(parsed.errors);
        return std::nullopt;
    }
    return std::move(*parsed.value);
}

} // namespace

void registerApplicationRoutes(ApiServer &server, const EngineContext &ctx)
{
    using M = ApiServer::Method;
    server.route(M::Get, QStringLiteral("/api/v1/health"), [ctx](const ApiCallPtr &call) {
        QJsonObject health{{QStringLiteral("status"), QStringLiteral("ok")}};
        if (!ctx.nodeId.isEmpty()) { // which node answered, behind a load balancer
            health.insert(QStringLiteral("node"), ctx.nodeId);
            health.insert(QStringLiteral("liveNodes"), ctx.scheduler->liveNodes());
        }
        call->json(200, health);
    });

    server.route(M::Get, QStringLiteral("/api/v1/auth/me"), [](const ApiCallPtr &call) {
        call->json(200, QJsonObject{{QStringLiteral("name"), call->caller().name},
                                    {QStringLiteral("role"), roleName(call->caller().role)}});
    });

    server.readRoute(QStringLiteral("/api/v1/app"), [ctx](const ApiCallPtr &call) {
        const auto limit = limitOf(call);
        const auto iterator = limit ? iteratorOf(call, ids::Application) : std::nullopt;
        if (!iterator)
            return;
        auto page = ctx.reader->applications(*iterator, *limit);
        // The engine's own, for operational webhooks: not one of the producers' tenants.
        page.data.removeIf([](const Application &a) { return a.id == OperationalWebhooks::AppId; });
        call->json(200, pageJson(page, [](const Application &a) { return a.toJson(); }));
    });

    server.route(M::Post, QStringLiteral("/api/v1/app"), [ctx](const ApiCallPtr &call) {
        const auto json = call->jsonBody();
        if (!json)
            return;
        auto app = parseIn(call, *json);
        if (!app)
            return;
        if (!app->uid.isEmpty()) {
            if (const auto existing = ctx.reader->application(app->uid)) {
                // Svix: get_if_exists (SDK getOrCreate) answers the existing application, not 409.
                if (call->query().queryItemValue(QStringLiteral("get_if_exists")) == u"true"
                    || call->query().queryItemValue(QStringLiteral("get_or_create")) == u"true")
                    return call->json(200, existing->toJson());
                return call->error(409, QStringLiteral("conflict"), QStringLiteral("an application with this uid already exists"));
            }
        }
        app->id = ids::generate(ids::Application);
        app->createdAt = app->updatedAt = QDateTime::currentDateTimeUtc();
        store(ctx, call, std::move(*app), true, 201);
    });

    server.readRoute(QStringLiteral("/api/v1/app/{app}"), [ctx](const ApiCallPtr &call) {
        if (const auto app = appOf(ctx, call))
            call->json(200, app->toJson());
    });

    auto replace = [ctx](const ApiCallPtr &call, bool patch) {
        const auto existing = ctx.reader->application(call->args().at(0));
        const auto json = call->jsonBody();
        if (!json)
            return;
        if (!existing && patch)
            return call->notFound(QStringLiteral("application"));
        QJsonObject stored = existing ? existing->toJson() : QJsonObject();
        stored.remove(QStringLiteral("throttleRate")); // the patch may use either name
        QJsonObject in = patch ? merged(stored, *json) : *json;
        // Svix 2.x's upsert: a PUT to a uid that names no application makes one with that uid
        // (checked like any uid).
        const QString named = call->args().at(0);
        if (!existing && !in.contains(QLatin1StringView("uid")) && !ids::isValid(named, ids::Application))
            in.insert(QStringLiteral("uid"), named);
        auto app = parseIn(call, in);
        if (!app)
            return;
        const bool create = !existing;
        app->id = create ? ids::generate(ids::Application) : existing->id;
        app->createdAt = create ? QDateTime::currentDateTimeUtc() : existing->createdAt;
        app->updatedAt = QDateTime::currentDateTimeUtc();
        store(ctx, call, std::move(*app), create, create ? 201 : 200);
    };
    server.route(M::Put, QStringLiteral("/api/v1/app/{app}"), [replace](const ApiCallPtr &call) { replace(call, false); });
    server.route(M::Patch, QStringLiteral("/api/v1/app/{app}"), [replace](const ApiCallPtr &call) { replace(call, true); });

    server.route(M::Delete, QStringLiteral("/api/v1/app/{app}"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        if (!app)
            return;
        QList<Endpoint> endpoints = ctx.reader->allEndpoints();
        endpoints.removeIf([&](const Endpoint &e) { return e.appId != app->id; });
        ctx.writer->submit(entitywrites::deleteApplication(app->id), ctx.context,
                           [call, ctx, endpoints, appId = app->id](const WriteResult &r) {
                               if (!r.ok)
                                   return answerWriteFailure(call, r);
                               ctx.reader->forgetApplication(appId);
                               for (const Endpoint &ep : endpoints)
                                   ctx.scheduler->endpointRemoved(ep.id);
                               call->noContent();
                           });
    });
}

} // namespace sb::engine::api
