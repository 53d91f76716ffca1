// SPDX-License-Identifier: GPL-3.0-or-later
// Event types (Svix /api/v1/event-type), pre-filled from the catalogue.
#include "enginecontext.h"
#include "engine/store/logqueries.h"
#include "engine/store/rowcodec.h"

#include "core/eventcatalogue.h"

#include <QTimeZone>

namespace sb::engine::api {
namespace {

StoreWriter::Job saveEventType(EventType type, bool create)
{
    return [type = std::move(type), create](WriteTransaction &tx) {
        const QString json = rowcodec::toJsonText(type.toJson());
        if (create) {
            tx.exec(QStringLiteral("INSERT INTO event_types (name, json) VALUES (?, ?)"), {type.name, json});
        } else {
            tx.exec(QStringLiteral("UPDATE event_types SET json = ? WHERE name = ?"), {json, type.name});
            if (tx.rowsAffected() == 0)
                throw StoreError(StoreError::Kind::NotFound, QStringLiteral("event type not found"));
        }
        return QVariant::fromValue(type);
    };
}

std::optional<EventType> parseIn(const ApiCallPtr &call, QJsonObject json, const QString &name)
{
    for (const char *owned : {"createdAt", "updatedAt"})
        json.remove(QLatin1StringView(owned));
    if (!name.isEmpty())
        json.insert(QStringLiteral("name"), name);
    Parsed<EventType> parsed = EventType::fromJson(json);
    if (!parsed) {
        call->validation(parsed.errors);
        return std::nullopt;
    }
    return std::move(*parsed.value);
}

void store(const EngineContext &ctx, const ApiCallPtr &call, EventType type, bool create, int status)
{
    ctx.writer->submit(saveEventType(std::move(type), create), ctx.context, [call, status](const WriteResult &r) {
        if (!r.ok)
            return answerWriteFailure(call, r);
        call->json(status, r.value.value<EventType>().toJson());
    });
}

} // namespace

StoreWriter::Job seedEventTypes()
{
    return [](WriteTransaction &tx) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(tx.now(), QTimeZone::utc());
        for (EventType t : EventCatalogue::builtIn().events()) {
            t.createdAt = t.updatedAt = now;
            tx.exec(QStringLiteral("INSERT INTO event_types (name, json) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
                    {t.name, rowcodec::toJsonText(t.toJson())});
        }
        return QVariant();
    };
}

void registerEventTypeRoutes(ApiServer &server, const EngineContext &ctx)
{
    using M = ApiServer::Method;

    server.readRoute(QStringLiteral("/api/v1/event-type"), [ctx](const ApiCallPtr &call) {
        const auto limit = limitOf(call);
        const auto iterator = limit ? iteratorOf(call, {}) : std::nullopt;
        if (!iterator)
            return;
        const bool archived = call->query().queryItemValue(QStringLiteral("include_archived")) == u"true";
        const auto page = logqueries::eventTypes(*ctx.reader, *iterator,
                                                 *limit, archived);
        call->json(200, pageJson(page, [](const EventType &t) { return t.toJson(); }));
    });

    server.route(M::Post, QStringLiteral("/api/v1/event-type"), [ctx](const ApiCallPtr &call) {
        const auto json = call->jsonBody();
        auto type = json ? parseIn(call, *json, {}) : std::nullopt;
        if (!type)
            return;
        if (logqueries::eventType(*ctx.reader, type->name))
            return call->error(409, QStringLiteral("conflict"), QStringLiteral("an event type with this name already exists"));
        type->createdAt = type->updatedAt = QDateTime::currentDateTimeUtc();
        store(ctx, call, std::move(*type), true, 201);
    });

    server.readRoute(QStringLiteral("/api/v1/event-type/{name}"), [ctx](const ApiCallPtr &call) {
        const auto type = logqueries::eventType(*ctx.reader, call->args().at(0));
        if (!type)
            return call->notFound(QStringLiteral("event type"));
        call->json(200, type->toJson());
    });

    auto replace = [ctx](const ApiCallPtr &call, bool patch) {
        const auto existing = logqueries::eventType(*ctx.reader, call->args().at(0));
        if (!existing && patch)
            return call->notFound(QStringLiteral("event type"));
        const auto json = call->jsonBody();
        auto type = json ? parseIn(call, patch ? merged(existing->toJson(), *json) : *json, call->args().at(0)) : std::nullopt;
        if (!type)
            return;
        type->createdAt = existing ? existing->createdAt : QDateTime::currentDateTimeUtc();
        type->updatedAt = QDateTime::currentDateTimeUtc();
        store(ctx, call, std::move(*type), !existing, existing ? 200 : 201);
    };
    server.route(M::Put, QStringLiteral("/api/v1/event-type/{name}"), [replace](const ApiCallPtr &call) { replace(call, false); });
    server.route(M::Patch, QStringLiteral("/api/v1/event-type/{name}"), [replace](const ApiCallPtr &call) { replace(call, true); });

    // As Svix: DELETE archives (hidden from lists, still valid); ?expunge=true removes it.
    server.route(M::Delete, QStringLiteral("/api/v1/event-type/{name}"), [ctx](const ApiCallPtr &call) {
        auto type = logqueries::eventType(*ctx.reader, call->args().at(0));
        if (!type)
            return call->notFound(QStringLiteral("event type"));
        if (call->query().queryItemValue(QStringLiteral("expunge")) == u"true") {
            ctx.writer->submit(
                [name = type->name](WriteTransaction &tx) {
                    tx.exec(QStringLiteral("DELETE FROM event_types WHERE name = ?"), {name});
                    return QVariant();
                },
                ctx.context, [call](const WriteResult &r) { r.ok ? call->noContent() : answerWriteFailure(call, r); });
            return;
        }
        type->archived = true;
        type->updatedAt = QDateTime::currentDateTimeUtc();
        ctx.writer->submit(saveEventType(std::move(*type), false), ctx.context,
                           [call](const WriteResult &r) { r.ok ? call->noContent() : answerWriteFailure(call, r); });
    });
}

} // namespace sb::engine::api
