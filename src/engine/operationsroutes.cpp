// SPDX-License-Identifier: GPL-3.0-or-later
// What operators watch: /metrics (Prometheus) and /api/v1/stats.
#include "enginecontext.h"
#include "statsquery.h"

#include "core/timeformat.h"

namespace sb::engine::api {

void registerOperationsRoutes(ApiServer &server, const EngineContext &ctx)
{
    using M = ApiServer::Method;

    server.route(M::Get, QStringLiteral("/metrics"), [ctx](const ApiCallPtr &call) {
        call->text(200, ctx.metrics->render(ctx.gauges()), "text/plain; version=0.0.4");
    });

    server.route(M::Get, QStringLiteral("/api/v1/stats"), [ctx](const ApiCallPtr &call) {
        const QUrlQuery &q = call->query();
        StatsRequest r;
        r.until = QDateTime::currentDateTimeUtc();
        r.since = r.until.addSecs(-3600);
        ValidationErrors errors;
        for (const char *name : {"since", "until"}) {
            const QString key = QString::fromLatin1(name);
            if (!q.hasQueryItem(key))
                continue;
            const auto time = parseIsoUtc(q.queryItemValue(key, QUrl::FullyDecoded));
            if (!time)
                errors.append({key, QStringLiteral("must be an ISO 8601 timestamp with a time zone"), QStringLiteral("value_error")});
            else
                (key == u"since" ? r.since : r.until) = *time;
        }
        if (q.hasQueryItem(QStringLiteral("bucket"))) {
            bool ok = false;
            const qint64 seconds = q.queryItemValue(QStringLiteral("bucket")).toLongLong(&ok);
            if (!ok || seconds < 1 || seconds > 86'400)
                errors.append({QStringLiteral("bucket"), QStringLiteral("seconds from 1 to 86400"), QStringLiteral("value_error")});
            r.bucketMs = seconds * 1000;
        }
        if (errors.isEmpty() && (r.since >= r.until || r.since.msecsTo(r.until) / r.bucketMs > 2000))
            errors.append({QStringLiteral("since"), QStringLiteral("the range must be positive and hold at most 2000 buckets"),
                           QStringLiteral("value_error")});
        if (!errors.isEmpty())
            return call->validation(errors);
        if (q.hasQueryItem(QStringLiteral("app"))) {
            const auto app = ctx.reader->application(q.queryItemValue(QStringLiteral("app")));
            if (!app)
                return call->notFound(QStringLiteral("application"));
            r.appId = app->id;
            if (q.hasQueryItem(QStringLiteral("endpoint"))) {
                const auto ep = ctx.reader->endpoint(app->id, q.queryItemValue(QStringLiteral("endpoint")));
                if (!ep)
                    return call->notFound(QStringLiteral("endpoint"));
                r.endpointId = ep->id;
            }
        }
        call->json(200, deliveryStats(*ctx.reader, r));
    });
}

} // namespace sb::engine::api
