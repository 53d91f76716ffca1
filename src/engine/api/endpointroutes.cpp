// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginecontext.h"
#include "engine/store/entitywrites.h"
#include "engine/delivery/operationalwebhooks.h"

#include "core/hmac.h"
#include "core/ids.h"
#include "core/standardwebhooks.h"

namespace sb::engine::api {
namespace {

std::optional<Endpoint> parseIn(const ApiCallPtr &call, const QJsonObject &json, bool httpsOnly)
{
    QJsonObject in = json;
    for (const char *owned : {"id", "appId", "createdAt", "updatedAt", "previousSecrets"})
        in.remove(QLatin1StringView(owned));
    Parsed<Endpoint> parsed = Endpoint::fromJson(in);
    if (parsed && httpsOnly && parsed.value->url.scheme() != u"https") {
        parsed.errors.append({QStringLiteral("url"), QStringLiteral("this engine only delivers to https URLs"),
                              QStringLiteral("value_error.url.scheme")});
        parsed.value.reset();
    }
    if (!parsed) {
        call->validation(parsed.errors);
        return std::nullopt;
    }
    return std::move(*parsed.value);
}

QString newSecret(SigningScheme scheme)
{
    if (scheme == SigningScheme::StandardWebhooks)
        return StandardWebhooks::generateSecret();
    return QString::fromLatin1(crypto::randomBytes(24).toHex());
}

// `before`: the endpoint as it was (an update), or nothing (a create).
void store(const EngineContext &ctx, const ApiCallPtr &call, Endpoint ep, std::optional<Endpoint> before, int status)
{
    const bool create = !before;
    ctx.writer->submit(create ? entitywrites::createEndpoint(ep) : entitywrites::updateEndpoint(ep),
                       ctx.context, [ctx, call, status, before = std::move(before)](const WriteResult &r) {
                           if (!r.ok)
                               return answerWriteFailure(call, r);
                           const auto stored = r.value.value<Endpoint>();
                           ctx.scheduler->endpointChanged(stored);
                           call->json(status, stored.toJson());
                           if (!ctx.operational)
                               return;
                           if (before)
                               ctx.operational->endpointUpdated(*before, stored);
                           else
                               ctx.operational->endpointCreated(stored);
                       });
}

} // namespace

void registerEndpointRoutes(ApiServer &server, const EngineContext &ctx)
{
    using M = ApiServer::Method;

    server.readRoute(QStringLiteral("/api/v1/app/{app}/endpoint"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        if (!app)
            return;
        const auto limit = limitOf(call);
        const auto iterator = limit ? iteratorOf(call, ids::Endpoint) : std::nullopt;
        if (!iterator)
            return;
        const auto page = ctx.reader->endpoints(app->id, *iterator, *limit);
        // Credentials in custom headers are for admins (the same rule as /headers).
        const bool admin = call->caller().role == Role::Admin;
        call->json(200, pageJson(page, [admin](const Endpoint &e) { return admin ? e.toJson() : e.toJsonWithoutSensitiveHeaders(); }));
    });

    // `uid`: the upsert's path names it; else the body may.
    const auto create = [ctx](const ApiCallPtr &call, const Application &app, const QString &uid) {
        const auto json = call->jsonBody();
        if (!json)
            return;
        QJsonObject in = *json;
        if (!uid.isEmpty())
            in.insert(QStringLiteral("uid"), uid);
        auto ep = parseIn(call, in, ctx.httpsOnly);
        if (!ep)
            return;
        if (!ep->uid.isEmpty() && ctx.reader->endpoint(app.id, ep->uid))
            return call->error(409, QStringLiteral("conflict"), QStringLiteral("an endpoint with this uid already exists"));
        ep->id = ids::generate(ids::Endpoint);
        ep->appId = app.id;
        if (ep->secret.isEmpty())
            ep->secret = newSecret(ep->signingScheme);
        ep->createdAt = ep->updatedAt = QDateTime::currentDateTimeUtc();
        store(ctx, call, std::move(*ep), std::nullopt, 201);
    };

    server.route(M::Post, QStringLiteral("/api/v1/app/{app}/endpoint"), [ctx, create](const ApiCallPtr &call) {
        if (const auto app = appOf(ctx, call))
            create(call, *app, {});
    });

    server.readRoute(QStringLiteral("/api/v1/app/{app}/endpoint/{ep}"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        if (!app)
            return;
        const auto ep = endpointOf(ctx, call, *app);
        if (!ep)
            return;
        call->json(200, call->caller().role == Role::Admin ? ep->toJson() : ep->toJsonWithoutSensitiveHeaders());
    });

    auto replace = [ctx, create](const ApiCallPtr &call, bool patch) {
        const auto app = appOf(ctx, call);
        if (!app)
            return;
        // Svix 2.x's upsert: a PUT to a uid that names no endpoint makes one with that uid.
        const QString named = call->args().at(1);
        const bool upsert = !patch && !ids::isValid(named, ids::Endpoint) && !ctx.reader->endpoint(app->id, named);
        if (upsert)
            return create(call, *app, named);
        const auto existing = endpointOf(ctx, call, *app);
        if (!existing)
            return;
        const auto json = call->jsonBody();
        if (!json)
            return;
        auto ep = parseIn(call, patch ? merged(Endpoint::withCanonicalNames(existing->toJson(Endpoint::Secret::Include)),
                                                Endpoint::withCanonicalNames(*json))
                                       : *json,
                                 ctx.httpsOnly);
        if (!ep)
            return;
        ep->id = existing->id;
        ep->appId = app->id;
        if (ep->secret.isEmpty())
            ep->secret = ep->signingScheme == existing->signingScheme ? existing->secret : newSecret(ep->signingScheme);
        ep->previousSecrets = existing->previousSecrets;
        ep->createdAt = existing->createdAt;
        ep->updatedAt = QDateTime::currentDateTimeUtc();
        store(ctx, call, std::move(*ep), *existing, 200);
    };
    server.route(M::Put, QStringLiteral("/api/v1/app/{app}/endpoint/{ep}"), [replace](const ApiCallPtr &call) { replace(call, false); });
    server.route(M::Patch, QStringLiteral("/api/v1/app/{app}/endpoint/{ep}"), [replace](const ApiCallPtr &call) { replace(call, true); });

    server.route(M::Delete, QStringLiteral("/api/v1/app/{app}/endpoint/{ep}"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        if (!app)
            return;
        const auto ep = endpointOf(ctx, call, *app);
        if (!ep)
            return;
        ctx.writer->submit(entitywrites::deleteEndpoint(app->id, ep->id), ctx.context,
                           [ctx, call, deleted = *ep](const WriteResult &r) {
                               if (!r.ok)
                                   return answerWriteFailure(call, r);
                               ctx.scheduler->endpointRemoved(deleted.id);
                               call->noContent();
                               if (ctx.operational)
                                   ctx.operational->endpointDeleted(deleted);
                           });
    });
}

} // namespace sb::engine::api
