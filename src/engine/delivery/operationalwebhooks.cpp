// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationalwebhooks.h"

#include "deliveryscheduler.h"
#include "engine/store/rowcodec.h"
#include "engine/store/storereader.h"
#include "engine/store/writetransaction.h"

#include "core/application.h"
#include "core/ids.h"
#include "core/jsonwriter.h"
#include "core/message.h"
#include "core/streamframe.h"
#include "core/timeformat.h"


namespace sb::engine {
namespace {

QJsonValue orNull(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }

} // namespace

OperationalWebhooks::OperationalWebhooks(StoreWriter *writer, StoreReader *reader, DeliveryScheduler *scheduler,
                                         int failingAfter, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_reader(reader)
    , m_scheduler(scheduler)
    , m_failingAfter(failingAfter)
{
}

StoreWriter::Job OperationalWebhooks::ensureApplication()
{
    return [](WriteTransaction &tx) {
        Application app;
        app.id = AppId;
        app.uid = AppUid;
        app.name = QStringLiteral("Operational webhooks");
        app.createdAt = app.updatedAt = QDateTime::currentDateTimeUtc();
        // Several nodes may make it at once: the first one's row stays. Its change row gives
        // consoles its name for the log (the application list leaves it out).
        tx.exec(QStringLiteral("INSERT INTO applications (id, uid, json, created_at) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (id) DO NOTHING"),
                {app.id, app.uid, rowcodec::toJsonText(app.toJson()), app.createdAt.toMSecsSinceEpoch()});
        if (tx.rowsAffected() == 1)
            tx.appendChange(StreamFrame::ApplicationCreated, app.id, app.toJson());
        return QVariant();
    };
}

QString OperationalWebhooks::appUidOf(const QString &appId) const
{
    const auto app = m_reader->application(appId); // by primary key, cached by this reader
    return app ? app->uid : QString();
}

QJsonObject OperationalWebhooks::endpointData(const Endpoint &endpoint) const
{
    return {{QStringLiteral("appId"), endpoint.appId},
            {QStringLiteral("appUid"), orNull(appUidOf(endpoint.appId))},
            {QStringLiteral("endpointId"), endpoint.id},
            {QStringLiteral("endpointUid"), orNull(endpoint.uid)}};
}

void OperationalWebhooks::endpointCreated(const Endpoint &endpoint)
{
    send(QStringLiteral("endpoint.created"), endpointData(endpoint), endpoint.id);
}

void OperationalWebhooks::endpointUpdated(const Endpoint &before, const Endpoint &after)
{
    send(QStringLiteral("endpoint.updated"), endpointData(after), after.id);
    if (after.disabled && !before.disabled)
        endpointDisabled(after, DisabledBy::Hand);
}

void OperationalWebhooks::endpointDeleted(const Endpoint &endpoint)
{
    send(QStringLiteral("endpoint.deleted"), endpointData(endpoint), endpoint.id);
}

void OperationalWebhooks::endpointDisabled(const Endpoint &endpoint, DisabledBy by, qint64 failingSinceMs)
{
    QJsonObject data = endpointData(endpoint);
    // Svix's trigger, and Switchboard's reason: what an on-call person acts on.
    data.insert(QStringLiteral("trigger"), by == DisabledBy::Hand ? QStringLiteral("manual") : QStringLiteral("automatic"));
    data.insert(QStringLiteral("reason"), by == DisabledBy::Gone      ? QStringLiteral("gone")
                                          : by == DisabledBy::Failing ? QStringLiteral("failing")
                                                                      : QStringLiteral("manual"));
    if (failingSinceMs > 0)
        data.insert(QStringLiteral("failSince"), toIsoUtc(QDateTime::fromMSecsSinceEpoch(failingSinceMs, Qt::UTC)));
    send(QStringLiteral("endpoint.disabled"), data, endpoint.id);
}

void OperationalWebhooks::attemptRecorded(const AttemptNotice &attempt)
{
    if (attempt.appId == AppId || !attempt.scheduled)
        return;
    QString type;
    if (attempt.exhausted)
        type = QStringLiteral("message.attempt.exhausted");
    else if (!attempt.succeeded && attempt.attemptNumber == m_failingAfter)
        type = QStringLiteral("message.attempt.failing");
    else if (attempt.succeeded && attempt.attemptNumber > m_failingAfter)
        type = QStringLiteral("message.attempt.recovered"); // "failing" went out before
    else
        return;
    if (m_scheduler->matchingEndpoints(AppId, type, {}).isEmpty())
        return; // nobody listens: no lookups either
    const auto message = m_reader->message(attempt.appId, attempt.msgId);
    send(type,
         {{QStringLiteral("appId"), attempt.appId},
          {QStringLiteral("appUid"), orNull(appUidOf(attempt.appId))},
          {QStringLiteral("msgId"), attempt.msgId},
          {QStringLiteral("msgEventId"), orNull(message ? message->eventId : QString())},
          {QStringLiteral("endpointId"), attempt.endpointId},
          {QStringLiteral("lastAttempt"),
           QJsonObject{{QStringLiteral("id"), attempt.attemptId},
                       {QStringLiteral("timestamp"), toIsoUtc(attempt.timestamp)},
                       {QStringLiteral("responseStatusCode"), attempt.responseStatusCode},
                       {QStringLiteral("responseDurationMs"), attempt.responseDurationMs}}}});
}

void OperationalWebhooks::taskFinished(const QJsonObject &task)
{
    send(QStringLiteral("background_task.finished"),
         {{QStringLiteral("taskId"), task.value(QLatin1StringView("id"))},
          {QStringLiteral("task"), task.value(QLatin1StringView("task"))},
          {QStringLiteral("status"), task.value(QLatin1StringView("status"))},
          {QStringLiteral("data"), task.value(QLatin1StringView("data"))}});
}

void OperationalWebhooks::send(const QString &type, const QJsonObject &data, const QString &aboutEndpointId)
{
    QStringList endpoints = m_scheduler->matchingEndpoints(AppId, type, {});
    endpoints.removeAll(aboutEndpointId); // never through the endpoint the event is about
    if (endpoints.isEmpty())
        return;
    Message m;
    m.id = ids::generate(ids::Message);
    m.appId = AppId;
    m.eventType = type;
    m.payload = {{QStringLiteral("type"), type}, {QStringLiteral("data"), data}};
    m.timestamp = QDateTime::currentDateTimeUtc();
    const QByteArray body = JsonWriter::compact(m.payload);
    m_scheduler->ingest(m, body, endpoints, {}, m.timestamp.toMSecsSinceEpoch(), this, [type = m.eventType](const WriteResult &r) {
        if (!r.ok)
            qWarning("could not store operational webhook %s: %s", qPrintable(type), qPrintable(r.error));
    });
}

} // namespace sb::engine
