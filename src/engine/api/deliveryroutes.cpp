// SPDX-License-Identifier: GPL-3.0-or-later
// Attempts, delivery state, manual retries and test sends.
#include "engine/store/deliverywrites.h"
#include "enginecontext.h"
#include "engine/store/logqueries.h"
#include "listquery.h"

#include "core/eventcatalogue.h"
#include "core/jsonreader.h"
#include "core/jsonwriter.h"
#include "core/ids.h"
#include "core/timeformat.h"

#include <QJsonArray>

namespace sb::engine::api {
namespace {

// Reads the attempt-list filters of the Svix API; answers 422 itself for a bad one.
std::optional<logqueries::AttemptFilter> attemptFilter(const ApiCallPtr &call)
{
    logqueries::AttemptFilter f;
    const QUrlQuery &q = call->query();
    ValidationErrors errors;
    auto bad = [&errors](const char *field, const char *message) {
        errors.append({QString::fromLatin1(field), QString::fromLatin1(message), QStringLiteral("value_error")});
    };
    bool ok = true;
    if (q.hasQueryItem(QStringLiteral("status"))) {
        const int status = q.queryItemValue(QStringLiteral("status")).toInt(&ok);
        if (!ok || status < 0 || status > 3)
            bad("status", "must be 0 (success), 1 (pending), 2 (fail) or 3 (sending)");
        f.status = status;
    }
    if (q.hasQueryItem(QStringLiteral("status_code_class"))) {
        const int cls = q.queryItemValue(QStringLiteral("status_code_class")).toInt(&ok);
        if (!ok || cls < 0 || cls > 500 || cls % 100 != 0)
            bad("status_code_class", "must be 0, 100, 200, 300, 400 or 500");
        f.statusCodeClass = cls;
    }
    const logqueries::MessageMatch match = messageMatchOf(call, errors);
    f.eventTypes = match.eventTypes;
    f.channel = match.channel;
    f.tag = match.tag;
    f.correlationKey = match.correlationKey;
    f.before = match.before;
    f.after = match.after;
    f.iterator = q.queryItemValue(QStringLiteral("iterator"), QUrl::FullyDecoded);
    if (!f.iterator.isEmpty() && !ids::isValid(f.iterator, ids::Attempt))
        bad("iterator", "not an iterator this list handed out");
    if (refusedQuery(call, errors))
        return std::nullopt;
    const auto limit = limitOf(call);
    if (!limit)
        return std::nullopt;
    f.limit = *limit;
    return f;
}

} // namespace

void registerDeliveryRoutes(ApiServer &server, const EngineContext &ctx)
{
    using M = ApiServer::Method;
    using A = ApiServer::Access;

    server.readRoute(QStringLiteral("/api/v1/app/{app}/attempt/endpoint/{ep}"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto ep = app ? endpointOf(ctx, call, *app) : std::nullopt;
        if (!ep)
            return;
        ValidationErrors errors;
        // Svix's with_content (the response body) and with_msg (the message beside it).
        const bool withContent = flagOf(call, QStringLiteral("with_content"), true, errors);
        const bool withMsg = flagOf(call, QStringLiteral("with_msg"), false, errors);
        if (refusedQuery(call, errors))
            return;
        auto filter = attemptFilter(call);
        if (!filter)
            return;
        filter->endpointId = ep->id;
        QHash<QString, QJsonObject> messages;
        call->json(200, pageJson(logqueries::attemptsOfEndpoint(*ctx.reader, *filter), [&](const Attempt &a) {
            QJsonObject out = a.toJson();
            if (!withContent)
                out.insert(QStringLiteral("response"), QString());
            if (withMsg) {
                auto it = messages.find(a.msgId);
                if (it == messages.end()) {
                    const auto m = ctx.reader->message(app->id, a.msgId);
                    it = messages.insert(a.msgId, m ? m->toJson() : QJsonObject());
                }
                out.insert(QStringLiteral("msg"), *it);
            }
            return out;
        }));
    });

    server.readRoute(QStringLiteral("/api/v1/app/{app}/msg/{msg}/attempt/{attempt}"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto m = app ? messageOf(ctx, call, *app) : std::nullopt;
        if (!m)
            return;
        const auto details = logqueries::attemptDetails(*ctx.reader, m->id, call->args().at(2));
        if (!details)
            return call->notFound(QStringLiteral("attempt"));
        call->json(200, *details);
    });

    server.readRoute(QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/msg"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto ep = app ? endpointOf(ctx, call, *app) : std::nullopt;
        const auto limit = ep ? limitOf(call) : std::nullopt;
        const auto iterator = limit ? iteratorOf(call, ids::Message) : std::nullopt;
        if (!iterator)
            return;
        call->json(200, logqueries::endpointMessages(*ctx.reader, ep->id, *iterator, *limit));
    });

    server.readRoute(QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/stats"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto ep = app ? endpointOf(ctx, call, *app) : std::nullopt;
        if (ep)
            call->json(200, logqueries::endpointStats(*ctx.reader, ep->id));
    });

    // Keys of a per-key ordered endpoint that a dead letter holds ("block"), oldest first:
    // what an operator delivers by hand (resend, recover) to let the key go on.
    server.readRoute(QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/ordering/blocked"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto ep = app ? endpointOf(ctx, call, *app) : std::nullopt;
        if (!ep)
            return;
        QJsonArray data;
        for (const KeyLanes::Block &b : ctx.reader->orderingBlocks(ep->id)) {
            data.append(QJsonObject{{QStringLiteral("key"), b.key},
                                    {QStringLiteral("msgId"), b.msgId},
                                    {QStringLiteral("since"), toIsoUtc(QDateTime::fromMSecsSinceEpoch(b.sinceMs, Qt::UTC))}});
        }
        call->json(200, QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("done"), true}});
    });

    // Manual retry: one attempt now, whatever the delivery's state; a failure is not rescheduled.
    server.route(M::Post, QStringLiteral("/api/v1/app/{app}/msg/{msg}/endpoint/{ep}/resend"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto m = app ? messageOf(ctx, call, *app) : std::nullopt;
        const auto ep = m ? endpointOf(ctx, call, *app, 2) : std::nullopt;
        if (!ep || refusedAsDisabled(call, *ep))
            return;
        if (m->contentExpunged)
            return call->error(409, QStringLiteral("content_expunged"),
                               QStringLiteral("the message's content was expunged, so it cannot be sent again"));
        ctx.writer->submit(deliverywrites::ensureDelivery(m->id, ep->id, app->id), ctx.context,
                           [ctx, call, msgId = m->id, appId = app->id, epId = ep->id](const WriteResult &r) {
                               if (!r.ok)
                                   return answerWriteFailure(call, r);
                               ctx.scheduler->sendNow(msgId, appId, epId, TriggerType::Manual);
                               call->rawJson(202, "{}");
                           });
    }, A::Operate);

    // A test send: the event type's sample payload (or the one given) to this endpoint only.
    server.route(M::Post, QStringLiteral("/api/v1/app/{app}/endpoint/{ep}/send-example"), [ctx](const ApiCallPtr &call) {
        const auto app = appOf(ctx, call);
        const auto ep = app ? endpointOf(ctx, call, *app) : std::nullopt;
        const auto json = ep ? call->jsonBody() : std::nullopt;
        if (!json)
            return;
        JsonReader in(*json);
        const QString type = in.requiredString(QLatin1StringView("eventType"), 256);
        // Switchboard's addition: a payload of the caller's own (an edited sample) instead of the stored one.
        const std::optional<QJsonObject> payload = in.optionalObject(QLatin1StringView("payload"));
        if (!in.ok())
            return call->validation(in.errors());
        auto known = logqueries::eventType(*ctx.reader, type);
        const EventType *catalogued = EventCatalogue::builtIn().find(type);
        if (!known && !catalogued)
            return call->validation({{QStringLiteral("eventType"), u"unknown event type " + type, QStringLiteral("value_error")}});
        Message m;
        m.id = ids::generate(ids::Message);
        m.appId = app->id;
        m.eventType = type;
        if (payload)
            m.payload = *payload;
        else
            m.payload = known && !known->sample.isEmpty() ? known->sample : catalogued ? catalogued->sample : QJsonObject();
        m.timestamp = QDateTime::currentDateTimeUtc();
        const QByteArray body = JsonWriter::compact(m.payload);
        ctx.writer->submit(deliverywrites::ingest(m, body, {ep->id}, {}, m.timestamp.toMSecsSinceEpoch()), ctx.context,
                           [ctx, call, m, epId = ep->id](const WriteResult &r) {
                               if (!r.ok)
                                   return answerWriteFailure(call, r);
                               ctx.scheduler->sendNow(m.id, m.appId, epId, TriggerType::Test);
                               call->rawJson(202, r.value.value<deliverywrites::IngestResult>().response);
                           });
    }, A::Operate);
}

} // namespace sb::engine::api
