// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/delivery/backgroundtasks.h"
#include "engine/store/deliverywrites.h"
#include "engine/store/expungewrites.h"
#include "enginecontext.h"
#include "engine/delivery/operationalwebhooks.h"
#include "engine/store/logqueries.h"
#include "listquery.h"

#include "core/correlation.h"
#include "core/ids.h"
#include "core/jsonreader.h"
#include "core/jsonwriter.h"


namespace sb::engine::api {
namespace {

// An event as the ingest route's preparation decoded it on the front's worker thread: the
// message (or why it is not one) and, for a message, the bytes its deliveries send.
struct DecodedEvent
{
    Parsed<Message> parsed;
    QByteArray body;
};

void decodeEvent(ApiCall &call)
{
    const auto json = call.jsonObject();
    if (!json)
        return; // the handler answers 400, after the application's 404
    QJsonObject in = *json;
    for (const char *owned : {"id", "appId", "timestamp"})
        in.remove(QLatin1StringView(owned));
    DecodedEvent event{Message::fromJson(in), {}};
    // The exact bytes every delivery sends and every signature covers.
    if (event.parsed)
        event.body = JsonWriter::compact(event.parsed.value->payload, call.body().size());
    call.setPrepared(std::move(event));
}

} // namespace

void registerMessageRoutes(ApiServer &server, const EngineContext &ctx)
{
    using M = ApiServer::Method;

    server.route(M::Post, QStringLiteral("/api/v1/app/{app}/msg"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        if (!app)
            return;
        if (app->id == OperationalWebhooks::AppId)
            return call->error(403, QStringLiteral("forbidden"),
                               QStringLiteral("operational webhooks are sent by the engine itself"));
        if (!call->prepared<DecodedEvent>()) { // not made by a front worker (or not JSON)
            if (!call->jsonBody())
                return;
            decodeEvent(*call);
        }
        const DecodedEvent &event = *call->prepared<DecodedEvent>();
        if (!event.parsed)
            return call->validation(event.parsed.errors);
        Message m = *event.parsed.value;
        const QByteArray body = event.body;
        m.id = ids::generate(ids::Message);
        m.appId = app->id;
        m.timestamp = QDateTime::currentDateTimeUtc();
        // The call it belongs to: given, or found where this application's payloads hold it.
        if (m.correlationKey.isEmpty())
            m.correlationKey = correlation::keyOf(m.payload, app->effectiveCorrelationPointers());
        // Svix holds a message with deliverAt until then, at most a day ahead; a time already
        // past (a producer's clock behind ours) sends at once.
        if (m.deliverAt.isValid() && m.deliverAt > m.timestamp.addSecs(24 * 3600))
            return call->validation({{QStringLiteral("deliverAt"), QStringLiteral("must be at most 24 hours in the future"),
                                      QStringLiteral("value_error")}});
        const QStringList endpoints = ctx.scheduler->matchingEndpoints(app->id, m.eventType,
                                                                       m.channels.value_or(QStringList()));
        const QString key = QString::fromUtf8(call->header("idempotency-key"));
        const qint64 due = std::max(m.timestamp.toMSecsSinceEpoch(), m.deliverAt.isValid() ? m.deliverAt.toMSecsSinceEpoch() : 0);
        ctx.scheduler->ingest(m, body, endpoints, key, due, ctx.context, [ctx, call](const WriteResult &r) {
            // Answered on the engine's thread once the scheduler holds the event. Answering
            // from the writer's thread as soon as it committed was tried (2026-12-08): no
            // faster, and a producer's next event of the call could then reach another node
            // before this one had scheduled this one.
            if (!r.ok) {
                if (r.errorKind == StoreError::Kind::Conflict)
                    return call->error(409, QStringLiteral("conflict"), QStringLiteral("a message with this eventId already exists"));
                return answerWriteFailure(call, r);
            }
            const auto result = r.value.value<deliverywrites::IngestResult>();
            if (!result.replayed)
                ctx.metrics->messageIngested(result.endpointIds.size());
            call->rawJson(202, result.response);
        });
    }, ApiServer::Access::Default, decodeEvent);

    // Svix's precheck: would a message of this type (on these channels) go anywhere now?
    server.route(M::Post, QStringLiteral("/api/v1/app/{app}/msg/precheck/active"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto json = app ? call->jsonBody() : std::nullopt;
        if (!json)
            return;
        JsonReader in(*json);
        const QString type = in.requiredString(QLatin1StringView("eventType"), 256);
        const QStringList channels = in.optionalStringList(QLatin1StringView("channels")).value_or(QStringList());
        if (!in.ok())
            return call->validation(in.errors());
        const bool active = !ctx.scheduler->matchingEndpoints(app->id, type, channels).isEmpty();
        call->json(200, QJsonObject{{QStringLiteral("active"), active}});
    });

    server.readRoute(QStringLiteral("/api/v1/app/{app}/msg"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        if (!app)
            return;
        ValidationErrors errors;
        logqueries::MessageFilter filter{app->id, messageMatchOf(call, errors), {}, 50};
        // Svix's SDK 2.x asks with_content=false unless told otherwise: the payload is then {}.
        const bool withContent = flagOf(call, QStringLiteral("with_content"), true, errors);
        if (refusedQuery(call, errors))
            return;
        const auto limit = limitOf(call);
        const auto iterator = limit ? iteratorOf(call, ids::Message) : std::nullopt;
        if (!iterator)
            return;
        filter.iterator = *iterator;
        filter.limit = *limit;
        call->json(200, pageJson(logqueries::messages(*ctx.reader, filter), [withContent](const Message &m) {
            QJsonObject out = m.toJson();
            if (!withContent)
                out.insert(QStringLiteral("payload"), QJsonObject());
            return out;
        }));
    });

    server.readRoute(QStringLiteral("/api/v1/app/{app}/msg/{msg}"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        if (!app)
            return;
        const auto m = messageOf(ctx, call, *app);
        if (!m)
            return;
        call->json(200, m->toJson());
    });

    // Where a message went: one entry per endpoint with its delivery state.
    server.readRoute(QStringLiteral("/api/v1/app/{app}/msg/{msg}/endpoint"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        if (!app)
            return;
        const auto m = messageOf(ctx, call, *app);
        if (!m)
            return;
        Page<Delivery> page;
        page.data = ctx.reader->deliveriesOfMessage(m->id);
        // Svix's MessageEndpointOut: the endpoint as it is now, with this message's delivery
        // state beside it (typed SDKs require the endpoint fields).
        call->json(200, pageJson(page, [&](const Delivery &d) {
            QJsonObject out = d.toJson();
            if (const auto ep = ctx.reader->endpoint(app->id, d.endpointId)) {
                const QJsonObject endpoint = ep->toJson();
                for (auto it = endpoint.constBegin(); it != endpoint.constEnd(); ++it)
                    out.insert(it.key(), it.value());
            } else {
                out.insert(QStringLiteral("id"), d.endpointId);
            }
            return out;
        }));
    });

    // Svix's expunge: the payload goes (everywhere the engine kept it); the message, its
    // deliveries and attempts stay, the payload then reading {"expired": true}. A send already
    // under way finishes; any later one is recorded as failed, not sent.
    server.route(M::Delete, QStringLiteral("/api/v1/app/{app}/msg/{msg}/content"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto m = app ? messageOf(ctx, call, *app) : std::nullopt;
        if (!m)
            return;
        ctx.writer->submit(expungewrites::messageContent(*m, expungewrites::expiredAnswer(*m)), ctx.context, [ctx, call, id = m->id](const WriteResult &r) {
            if (!r.ok)
                return answerWriteFailure(call, r);
            ctx.scheduler->contentExpunged(id);
            call->noContent();
        });
    }, ApiServer::Access::Admin);

    // Svix 2.x: the payloads of several messages at once (ids or eventIds, at most 250), each
    // answered "expunged" or "not-found", in one transaction.
    server.route(M::Post, QStringLiteral("/api/v1/app/{app}/msg/bulk-expunge"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto json = app ? call->jsonBody() : std::nullopt;
        if (!json)
            return;
        JsonReader in(*json);
        const QStringList wanted = in.optionalStringList(QLatin1StringView("ids")).value_or(QStringList());
        if (wanted.size() > 250)
            in.addError(QStringLiteral("ids"), QStringLiteral("at most 250 ids at once"), QStringLiteral("value_error"));
        if (!in.ok())
            return call->validation(in.errors());
        QJsonObject results;
        QList<Message> found;
        for (const QString &id : wanted) {
            const auto m = ctx.reader->message(app->id, id);
            results.insert(id, m ? QStringLiteral("expunged") : QStringLiteral("not-found"));
            if (m)
                found.append(*m);
        }
        const QJsonObject answer{{QStringLiteral("results"), results}};
        if (found.isEmpty())
            return call->json(200, answer);
        ctx.writer->submit(expungewrites::messagesContent(found), ctx.context, [ctx, call, found, answer](const WriteResult &r) {
            if (!r.ok)
                return answerWriteFailure(call, r);
            for (const Message &m : found)
                ctx.scheduler->contentExpunged(m.id);
            call->json(200, answer);
        });
    }, ApiServer::Access::Admin);

    // Svix 2.x: every payload of the application, as a background task (application.purge_content).
    server.route(M::Post, QStringLiteral("/api/v1/app/{app}/msg/expunge-all-contents"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        if (!app)
            return;
        RetryFilter filter;
        filter.appId = app->id;
        call->json(202, ctx.tasks->start(QString(BackgroundTasks::PurgeKind), filter));
    }, ApiServer::Access::Admin);

    // Svix: deletes an attempt's response body (a receiver that echoed something secret).
    server.route(M::Delete, QStringLiteral("/api/v1/app/{app}/msg/{msg}/attempt/{attempt}/content"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto m = app ? messageOf(ctx, call, *app) : std::nullopt;
        if (!m)
            return;
        const QString attempt = call->args().at(2);
        if (!ids::isValid(attempt, ids::Attempt))
            return call->notFound(QStringLiteral("attempt"));
        ctx.writer->submit(expungewrites::attemptContent(app->id, m->id, attempt), ctx.context, [call](const WriteResult &r) {
            r.ok ? call->noContent() : answerWriteFailure(call, r);
        });
    }, ApiServer::Access::Admin);

    server.readRoute(QStringLiteral("/api/v1/app/{app}/attempt/msg/{msg}"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        if (!app)
            return;
        const auto m = messageOf(ctx, call, *app);
        if (!m)
            return;
        const auto limit = limitOf(call);
        const auto iterator = limit ? iteratorOf(call, ids::Attempt) : std::nullopt;
        if (!iterator)
            return;
        const auto page = ctx.reader->attemptsOfMessage(m->id, *iterator, *limit);
        call->json(200, pageJson(page, [](const Attempt &a) { return a.toJson(); }));
    });
}

} // namespace sb::engine::api
