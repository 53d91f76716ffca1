// SPDX-License-Identifier: GPL-3.0-or-later
// Svix's operational webhook endpoints: the endpoint routes, with the reserved application of
// OperationalWebhooks in place of {app}. Its endpoints are endpoints like any other (signing,
// secrets, headers, retries, log); only their messages come from the engine itself.
#include "enginecontext.h"
#include "engine/delivery/operationalwebhooks.h"

namespace sb::engine::api {

void registerOperationalWebhookRoutes(ApiServer &server, const EngineContext &ctx)
{
    using M = ApiServer::Method;
    const QString base = QStringLiteral("/api/v1/operational-webhook/endpoint");
    const QString target = QStringLiteral("/api/v1/app/{app}/endpoint");
    const QStringList app{OperationalWebhooks::AppId};

    // Admins only, reads too: who is paged about what is the operators' business, not a
    // customer support viewer's (Svix keeps them at the organisation level).
    const auto admin = ApiServer::Access::Admin;

    // Until the first operational endpoint is made there is no reserved application: the list
    // is empty and any one endpoint is not there.
    const auto whenMade = [ctx](bool list) {
        return [ctx, list](const ApiCallPtr &call, const std::function<void()> &go) {
            if (ctx.reader->application(OperationalWebhooks::AppId))
                return go();
            if (list)
                return call->json(200, pageJson(Page<Endpoint>{}, [](const Endpoint &e) { return e.toJson(); }));
            call->notFound(QStringLiteral("endpoint"));
        };
    };
    const auto makingIt = [ctx](const ApiCallPtr &, std::function<void()> go) {
        if (ctx.reader->application(OperationalWebhooks::AppId))
            return go();
        ctx.writer->submit(OperationalWebhooks::ensureApplication(), ctx.context,
                           [go = std::move(go)](const WriteResult &) {
                               go(); // if it failed, the create fails and answers so
                           });
    };

    server.alias(M::Get, base, target, app, whenMade(true), admin);
    server.alias(M::Post, base, target, app, makingIt, admin);
    server.alias(M::Put, base + u"/{ep}", target + u"/{ep}", app, makingIt, admin); // Svix 2.x: upsert
    for (const auto &[method, suffix] : {std::pair{M::Get, ""}, std::pair{M::Patch, ""},
                                         std::pair{M::Delete, ""}, std::pair{M::Get, "/secret"},
                                         std::pair{M::Post, "/secret/rotate"}, std::pair{M::Get, "/headers"},
                                         std::pair{M::Put, "/headers"}, std::pair{M::Patch, "/headers"}}) {
        const QString tail = u"/{ep}" + QString::fromLatin1(suffix);
        server.alias(method, base + tail, target + tail, app, whenMade(false), admin);
    }
}

} // namespace sb::engine::api
