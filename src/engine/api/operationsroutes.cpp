// SPDX-License-Identifier: GPL-3.0-or-later
// What operators watch: /metrics (Prometheus) and /api/v1/stats.
#include "engine/delivery/backgroundtasks.h"
#include "enginecontext.h"
#include "engine/store/statsquery.h"

#include "core/jsonreader.h"
#include "core/timeformat.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QFileInfo>

#include <dlfcn.h>

namespace sb::engine::api {
namespace {

// switchboard_build_info: the version, and the allocator that serves malloc in this process,
// read from the shared object that malloc resolves to ("mimalloc" when the engine's allocator
// is in place, "c" for glibc's), so a build that lost it shows in any scrape; and the engine
// thread's event loop ("unix" as main.cpp chooses, "glib" otherwise).
QByteArray buildInfo()
{
    static const QByteArray text = []() -> QByteArray {
        QByteArray allocator = "unknown";
        Dl_info info{};
        void *const malloc = ::dlsym(RTLD_DEFAULT, "malloc"); // what every library's calls resolve to
        if (malloc && ::dladdr(malloc, &info) != 0 && info.dli_fname) {
            const QString file = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).fileName(); // libmimalloc.so.2
            allocator = file.section(u'.', 0, 0).toLatin1();
            if (allocator.startsWith("lib"))
                allocator.remove(0, 3);
        }
        const QAbstractEventDispatcher *loop = QAbstractEventDispatcher::instance(QCoreApplication::instance()->thread());
        const QByteArray className = loop ? QByteArray(loop->metaObject()->className()) : QByteArray();
        const QByteArray eventLoop = className.contains("Glib") ? "glib" : className.contains("UNIX") ? "unix" : "other";
        return QByteArray("# HELP switchboard_build_info The engine's version, the allocator serving malloc and the event loop.\n"
                          "# TYPE switchboard_build_info gauge\n"
                          "switchboard_build_info{version=\"" SWITCHBOARD_VERSION "\",allocator=\"") + allocator
            + "\",event_loop=\"" + eventLoop + "\"} 1\n";
    }();
    return text;
}

// The filter of a bulk retry or recovery; answers 422 (or 404 for an unknown app or
// endpoint) itself and returns nullopt.
std::optional<RetryFilter> retryFilter(const EngineContext &ctx, const ApiCallPtr &call,
                                       const QJsonObject &json, bool requireSince)
{
    JsonReader in(json);
    RetryFilter f;
    if (requireSince && !json.contains(QLatin1StringView("since")))
        in.addError(QStringLiteral("since"), QStringLiteral("field required"), QStringLiteral("value_error.missing"));
    f.since = in.optionalTimestamp(QLatin1StringView("since")).value_or(QDateTime());
    f.until = in.optionalTimestamp(QLatin1StringView("until")).value_or(QDateTime());
    f.eventTypes = in.optionalStringList(QLatin1StringView("eventTypes")).value_or(QStringList());
    if (const auto cls = in.optionalInteger(QLatin1StringView("statusCodeClass"), 0, 500)) {
        if (*cls % 100 != 0)
            in.addError(QStringLiteral("statusCodeClass"), QStringLiteral("must be 0, 100, 200, 300, 400 or 500"),
                        QStringLiteral("value_error"));
        f.statusCodeClass = static_cast<int>(*cls);
    }
    const QString app = in.optionalString(QLatin1StringView("app")).value_or(QString());
    const QString endpoint = in.optionalString(QLatin1StringView("endpoint")).value_or(QString());
    if (!in.ok()) {
        call->validation(in.errors());
        return std::nullopt;
    }
    if (!app.isEmpty()) {
        const auto found = ctx.reader->application(app);
        if (!found) {
            call->notFound(QStringLiteral("application"));
            return std::nullopt;
        }
        f.appId = found->id;
        if (!endpoint.isEmpty()) {
            const auto ep = ctx.reader->endpoint(found->id, endpoint);
            if (!ep) {
                call->notFound(QStringLiteral("endpoint"));
                return std::nullopt;
            }
            if (refusedAsDisabled(call, *ep))
                return std::nullopt;
            f.endpointId = ep->id;
        }
    } else if (!endpoint.isEmpty()) {
        call->validation({{QStringLiteral("endpoint"), QStringLiteral("name the app of the endpoint too"), QStringLiteral("value_error")}});
        return std::nullopt;
    }
    return f;
}

// Svix's BulkReplayIn beyond the window: every delivery, or those in `status`, of messages on
// `channel` or with `tag`. Answers 422 itself.
bool readBulkReplay(const ApiCallPtr &call, const QJsonObject &json, RetryFilter &f)
{
    JsonReader in(json);
    f.anyStatus = true;
    if (const auto status = in.optionalInteger(QLatin1StringView("status"), 0, 3))
        f.status = static_cast<int>(*status);
    f.channel = in.optionalString(QLatin1StringView("channel"), 128).value_or(QString());
    f.tag = in.optionalString(QLatin1StringView("tag"), 128).value_or(QString());
    if (in.ok())
        return true;
    call->validation(in.errors());
    return false;
}

// `since` and `until` (ISO 8601) of a read over time; by default the last `defaultSeconds`.
void readRange(const QUrlQuery &q, qint64 defaultSeconds, QDateTime &since, QDateTime &until, ValidationErrors &errors)
{
    until = QDateTime::currentDateTimeUtc();
    since = until.addSecs(-defaultSeconds);
    for (const char *name : {"since", "until"}) {
        const QString key = QString::fromLatin1(name);
        if (!q.hasQueryItem(key))
            continue;
        const auto time = parseIsoUtc(q.queryItemValue(key, QUrl::FullyDecoded));
        if (!time)
            errors.append({key, QStringLiteral("must be an ISO 8601 timestamp with a time zone"), QStringLiteral("value_error")});
        else
            (key == u"since" ? since : until) = *time;
    }
}

} // namespace

void registerOperationsRoutes(ApiServer &server, const EngineContext &ctx)
{
    using M = ApiServer::Method;

    // The counters live on the engine's thread: copied there (a few dozen numbers), rendered
    // as text on a reader thread. Formatting is most of a scrape's cost, and a scraper polling
    // fast would otherwise take it from ingest and delivery.
    server.route(M::Get, QStringLiteral("/metrics"), [ctx](const ApiCallPtr &call) {
        auto render = [call, snapshot = *ctx.metrics, gauges = ctx.gauges(), more = ctx.moreMetrics] {
            call->text(200, snapshot.render(gauges) + more() + buildInfo(), "text/plain; version=0.0.4");
        };
        if (ctx.readers)
            ctx.readers->post(std::move(render), ReaderPool::Place::First);
        else
            render();
    });

    server.readRoute(QStringLiteral("/api/v1/stats"), [ctx](const ApiCallPtr &call) {
        const QUrlQuery &q = call->query();
        StatsRequest r;
        ValidationErrors errors;
        readRange(q, 3600, r.since, r.until, errors);
        // By default the last hour in whole minutes, the current one included (61 minutes):
        // whole-minute buckets of such a range come from the roll-ups alone, whatever the
        // history and the ingest rate. From now to the millisecond it scanned the hour's
        // attempts (36 million rows at 10,000 events/s), and with `until` = now the attempts
        // of the current minute, on every call of a dashboard polling the default.
        if (!q.hasQueryItem(QStringLiteral("until")))
            r.until = r.until.addMSecs(60'000 - r.until.toMSecsSinceEpoch() % 60'000);
        if (!q.hasQueryItem(QStringLiteral("since")))
            r.since = r.since.addMSecs(-(r.since.toMSecsSinceEpoch() % 60'000));
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

    // A console's first sync: the roll-ups themselves, a day at most per call (a busy day of
    // many endpoints is some thousands of rows), read from the roll-ups only.
    server.readRoute(QStringLiteral("/api/v1/stats/minutes"), [ctx](const ApiCallPtr &call) {
        QDateTime since, until;
        ValidationErrors errors;
        readRange(call->query(), 3600, since, until, errors);
        if (errors.isEmpty() && (since >= until || since.msecsTo(until) > 86'400'000))
            errors.append({QStringLiteral("since"), QStringLiteral("the range must be positive and at most a day"),
                           QStringLiteral("value_error")});
        if (!errors.isEmpty())
            return call->validation(errors);
        call->json(200, minuteRollups(*ctx.reader, since, until));
    });

    // Where the change stream stood at a time: a console subscribes after `seq` to get only
    // what changed since then, and copies the older past some other way (or not at all).
    server.readRoute(QStringLiteral("/api/v1/stream/position"), [ctx](const ApiCallPtr &call) {
        const QUrlQuery &q = call->query();
        const auto at = q.hasQueryItem(QStringLiteral("at")) ? parseIsoUtc(q.queryItemValue(QStringLiteral("at"), QUrl::FullyDecoded))
                                                              : std::optional(QDateTime::currentDateTimeUtc());
        if (!at)
            return call->validation({{QStringLiteral("at"), QStringLiteral("must be an ISO 8601 timestamp with a time zone"),
                                      QStringLiteral("value_error")}});
        call->json(200, QJsonObject{{QStringLiteral("at"), toIsoUtc(*at)},
                                    {QStringLiteral("seq"), ctx.reader->lastSeqBefore(at->toMSecsSinceEpoch())},
                                    {QStringLiteral("oldestSeq"), ctx.reader->oldestSeq()},
                                    {QStringLiteral("lastSeq"), ctx.reader->lastSeq()},
                                    {QStringLiteral("instanceId"), ctx.reader->instanceId()}});
    });

    using A = ApiServer::Access;

    // Svix's endpoint tasks over a window of messages (`since`, optional `until`): recover
    // re-sends its failed deliveries; bulk-replay re-sends all of them (or those in a status);
    // replay-missing delivers the messages it never got (it was created later, or did not take
    // their type then). Same checks, another walk.
    const auto endpointTask = [&server, ctx](const QString &path, const QString &kind) {
        server.route(M::Post, path, [ctx, kind](const ApiCallPtr &call) {
            const auto app = appOf(ctx, call);
            const auto ep = app ? endpointOf(ctx, call, *app) : std::nullopt;
            const auto json = ep && !refusedAsDisabled(call, *ep) ? call->jsonBody() : std::nullopt;
            auto filter = json ? retryFilter(ctx, call, *json, true) : std::nullopt;
            if (!filter || (kind == BackgroundTasks::BulkReplayKind && !readBulkReplay(call, *json, *filter)))
                return;
            filter->appId = app->id;
            filter->endpointId = ep->id;
            call->json(202, ctx.tasks->start(kind, *filter));
        }, A::Operate);
    };
    endpointTask(QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/recover"), QStringLiteral("endpoint.recover"));
    endpointTask(QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/replay-missing"), QString(BackgroundTasks::ReplayKind));
    endpointTask(QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/bulk-replay"), QString(BackgroundTasks::BulkReplayKind));

    // Switchboard's bulk retry: every failed delivery that matches a filter.
    server.route(M::Post, QStringLiteral("/api/v1/retry"), [ctx](const ApiCallPtr &call) {
        const auto json = call->jsonBody();
        const auto filter = json ? retryFilter(ctx, call, *json, false) : std::nullopt;
        if (filter)
            call->json(202, ctx.tasks->start(QStringLiteral("bulk.retry"), *filter));
    }, A::Operate);

    server.route(M::Get, QStringLiteral("/api/v1/background-task"), [ctx](const ApiCallPtr &call) {
        QJsonArray data;
        for (const QJsonObject &t : ctx.tasks->tasks())
            data.append(t);
        call->json(200, QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("iterator"), QJsonValue()},
                                    {QStringLiteral("prevIterator"), QJsonValue()}, {QStringLiteral("done"), true}});
    });

    server.route(M::Get, QStringLiteral("/api/v1/background-task/{task}"), [ctx](const ApiCallPtr &call) {
        const auto task = ctx.tasks->task(call->args().at(0));
        task ? call->json(200, *task) : call->notFound(QStringLiteral("background task"));
    });

    server.route(M::Post, QStringLiteral("/api/v1/background-task/{task}/cancel"), [ctx](const ApiCallPtr &call) {
        const auto task = ctx.tasks->cancel(call->args().at(0));
        task ? call->json(200, *task) : call->notFound(QStringLiteral("background task"));
    }, A::Operate);
}

} // namespace sb::engine::api
