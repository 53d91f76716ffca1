// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptnotice.h"
#include "engine/store/storewriter.h"

#include "core/operationalevents.h"
#include "core/endpoint.h"

#include <QJsonObject>
#include <QObject>

namespace sb::engine {

class DeliveryScheduler;
class StoreReader;

// Svix's operational webhooks: the engine tells its operators, by webhook, that an endpoint was
// created, changed, deleted or disabled, that a message is failing, recovered or exhausted its
// retries, and that a background task finished. The events are messages of a reserved
// application (AppId) whose endpoints are the operational webhook endpoints, so they are
// stored, signed, retried and logged like every other delivery. Nothing is stored while no
// operational endpoint takes the event. Events about the reserved application's own
// deliveries are not sent (a failing operational endpoint would otherwise feed itself), and an
// event about an operational endpoint never goes to that endpoint.
class OperationalWebhooks : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView AppId = OperationalAppId;
    static constexpr QLatin1StringView AppUid{"switchboard-operational-webhooks"};
    enum class DisabledBy { Gone, Failing, Hand };

    OperationalWebhooks(StoreWriter *writer, StoreReader *reader, DeliveryScheduler *scheduler,
                        int failingAfter, QObject *parent = nullptr);

    // The write that makes the reserved application if it is not there yet.
    static StoreWriter::Job ensureApplication();

    void endpointCreated(const Endpoint &endpoint);
    void endpointUpdated(const Endpoint &before, const Endpoint &after);
    void endpointDeleted(const Endpoint &endpoint);
    void endpointDisabled(const Endpoint &endpoint, DisabledBy by, qint64 failingSinceMs = 0);
    void attemptRecorded(const AttemptNotice &attempt);
    void taskFinished(const QJsonObject &task);

private:
    QJsonObject endpointData(const Endpoint &endpoint) const;
    QString appUidOf(const QString &appId) const;
    void send(const QString &type, const QJsonObject &data, const QString &aboutEndpointId = {});

    StoreWriter *m_writer;
    StoreReader *m_reader;
    DeliveryScheduler *m_scheduler;
    int m_failingAfter;
};

} // namespace sb::engine
