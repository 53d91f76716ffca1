// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointplan.h"

#include <QObject>

namespace sb::tools {

class EngineClient;
struct EngineReply;

struct SetupApp
{
    QString uid;
    QString id; // app_…
    QList<EndpointSpec> endpoints;
    QStringList endpointIds; // ep_…, in the order of `endpoints`
};

// Creates the simulated customers' applications and endpoints, or brings them up to date
// when they exist: applications by uid with get_if_exists, endpoints looked up by uid and
// then created (POST) or replaced (PUT). Running it again against the same engine changes
// nothing but the URLs (receivers may have moved to other ports) and re-enables endpoints
// the engine disabled (a 410 receiver does that on purpose in the demo).
class CustomerSetup : public QObject
{
    Q_OBJECT

public:
    CustomerSetup(EngineClient &client, QList<ReceiverTarget> receivers, QObject *parent = nullptr);

    void start();
    const QList<SetupApp> &apps() const { return m_apps; }
    int created() const { return m_created; }
    int updated() const { return m_updated; }

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void nextApp();
    void nextEndpoint();
    void storeEndpoint(const EngineReply &reply, bool created);
    void fail(const QString &what, const EngineReply &reply);
    static QJsonObject endpointJson(const EndpointSpec &spec);

    EngineClient &m_client;
    QList<ReceiverTarget> m_receivers;
    QList<SetupApp> m_apps;
    qsizetype m_endpoint = 0; // of m_apps.last()
    int m_created = 0;
    int m_updated = 0;
};

} // namespace sb::tools
