// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserver.h"
#include "engine/delivery/enginemetrics.h"
#include "engine/delivery/deliveryscheduler.h"
#include "engine/store/readerpool.h"
#include "engine/store/storereader.h"
#include "engine/store/storewriter.h"

#include <QJsonArray>

namespace sb::engine {

// What the API routes work with. Owned by Engine; routes only borrow.
struct EngineContext
{
    StoreWriter *writer = nullptr;
    ReaderAccess reader; // the calling thread's: a pool reader in read routes
    DeliveryScheduler *scheduler = nullptr;
    QObject *context = nullptr; // receives write completions on the engine's thread
    EngineMetrics *metrics = nullptr;
    class BackgroundTasks *tasks = nullptr;
    class OperationalWebhooks *operational = nullptr;
    std::function<EngineMetrics::Gauges()> gauges;
    // The HTTP front's and retention's counters, Prometheus text: atomics, so any thread.
    std::function<QByteArray()> moreMetrics;
    bool httpsOnly = false;
    QString nodeId; // PostgreSQL: this node among several; empty on SQLite
    // Where a route that must start on the engine's thread (to copy its state) can finish
    // its work; null: it finishes where it started.
    ReaderPool *readers = nullptr;
};

namespace api {

// `limit` of a list call: default 50, 1 to 250 as in Svix; answers 422 itself when invalid.
std::optional<int> limitOf(const ApiCallPtr &call);

// `iterator` of a list call: empty, or an id with `prefix` this list handed out (optionally
// "-" first, for prevIterator). Anything else answers 422 naming the parameter, so a mangled
// iterator never silently returns the first page. An empty `prefix` accepts event type names.
std::optional<QString> iteratorOf(const ApiCallPtr &call, QLatin1StringView prefix);

template <typename T, typename ToJson>
QJsonObject pageJson(const Page<T> &page, ToJson toJson)
{
    QJsonArray data;
    for (const T &item : page.data)
        data.append(toJson(item));
    return QJsonObject{
        {QStringLiteral("data"), data},
        {QStringLiteral("iterator"), page.iterator.isEmpty() ? QJsonValue() : QJsonValue(page.iterator)},
        {QStringLiteral("prevIterator"), page.prevIterator.isEmpty() ? QJsonValue() : QJsonValue(page.prevIterator)},
        {QStringLiteral("done"), page.done},
    };
}

// The application, endpoint or message a path names (by id, uid or eventId); each answers 404
// itself and returns nullopt when there is none.
std::optional<Application> appOf(const EngineContext &ctx, const ApiCallPtr &call);
std::optional<Endpoint> endpointOf(const EngineContext &ctx, const ApiCallPtr &call,
                                   const Application &app, qsizetype arg = 1);
std::optional<Message> messageOf(const EngineContext &ctx, const ApiCallPtr &call,
                                 const Application &app, qsizetype arg = 1);

// Answers a failed write: 404 for a missing row, 409 for a uniqueness conflict, else 500.
void answerWriteFailure(const ApiCallPtr &call, const WriteResult &result);

// A manual retry to a disabled endpoint would only wait in its queue: answers 409
// "endpoint_disabled" (what to do about it in the detail) and returns true.
bool refusedAsDisabled(const ApiCallPtr &call, const Endpoint &endpoint);

// Merges a PATCH body into the stored object's JSON: given fields replace, null clears.
QJsonObject merged(QJsonObject stored, const QJsonObject &patch);

void registerApplicationRoutes(ApiServer &server, const EngineContext &ctx);
void registerEndpointRoutes(ApiServer &server, const EngineContext &ctx);
void registerMessageRoutes(ApiServer &server, const EngineContext &ctx);
void registerDeliveryRoutes(ApiServer &server, const EngineContext &ctx);
void registerEndpointSecretRoutes(ApiServer &server, const EngineContext &ctx);
void registerEventTypeRoutes(ApiServer &server, const EngineContext &ctx);
void registerOperationsRoutes(ApiServer &server, const EngineContext &ctx);
// Svix's /api/v1/operational-webhook/endpoint…: the endpoint routes, for the reserved
// application of OperationalWebhooks. After the endpoint and secret routes.
void registerOperationalWebhookRoutes(ApiServer &server, const EngineContext &ctx);
// Adds the catalogue's event types that the store does not have yet.
StoreWriter::Job seedEventTypes();

} // namespace api
} // namespace sb::engine
