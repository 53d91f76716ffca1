// SPDX-License-Identifier: GPL-3.0-or-later
#include "customersetup.h"

#include "customerprofile.h"
#include "engineclient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb::tools {

CustomerSetup::CustomerSetup(EngineClient &client, QList<ReceiverTarget> receivers,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_receivers(std::move(receivers))
{
}

void CustomerSetup::start()
{
    m_apps.clear();
    m_created = m_updated = 0;
    nextApp();
}

QJsonObject CustomerSetup::endpointJson(const EndpointSpec &spec)
{
    // The whole endpoint, as PUT replaces it: an endpoint switched off by a 410 in an earlier
    // run comes back, and the secret stays (the engine keeps it when none is sent).
    QJsonObject json{{QStringLiteral("uid"), spec.uid},
                     {QStringLiteral("url"), spec.url.toString()},
                     {QStringLiteral("description"), spec.description},
                     {QStringLiteral("disabled"), false}};
    if (spec.filterTypes)
        json.insert(QStringLiteral("filterTypes"), QJsonArray::fromStringList(*spec.filterTypes));
    return json;
}

void CustomerSetup::nextApp()
{
    const QList<CustomerProfile> &customers = CustomerProfile::all();
    if (m_apps.size() == customers.size()) {
        Q_EMIT finished(true, {});
        return;
    }
    const qsizetype index = m_apps.size();
    const CustomerProfile &customer = customers.at(index);
    SetupApp app;
    app.uid = customer.uid;
    app.endpoints = EndpointPlan::endpointsFor(index, customer.uid, m_receivers);
    m_apps.append(app);
    m_endpoint = 0;
    const QJsonObject body{{QStringLiteral("name"), customer.name},
                           {QStringLiteral("uid"), customer.uid}};
    m_client.request("POST", QStringLiteral("/api/v1/app?get_if_exists=true"), body,
                     [this](const EngineReply &reply) {
                         if (!reply.ok())
                             return fail(tr("creating application %1").arg(m_apps.last().uid), reply);
                         (reply.status == 201 ? m_created : m_updated) += 1;
                         m_apps.last().id = reply.json.value(QLatin1StringView("id")).toString();
                         nextEndpoint();
                     });
}

void CustomerSetup::nextEndpoint()
{
    SetupApp &app = m_apps.last();
    if (m_endpoint == app.endpoints.size())
        return nextApp();
    const EndpointSpec &spec = app.endpoints.at(m_endpoint);
    const QString path = u"/api/v1/app/" + app.id + u"/endpoint/" + spec.uid;
    m_client.get(path, [this, path](const EngineReply &found) {
        const EndpointSpec &current = m_apps.last().endpoints.at(m_endpoint);
        if (found.status == 404) {
            m_client.request("POST", u"/api/v1/app/" + m_apps.last().id + u"/endpoint",
                             endpointJson(current),
                             [this](const EngineReply &reply) { storeEndpoint(reply, true); });
        } else if (found.ok()) {
            m_client.request("PUT", path, endpointJson(current),
                             [this](const EngineReply &reply) { storeEndpoint(reply, false); });
        } else {
            fail(tr("looking up endpoint %1 of %2").arg(current.uid, m_apps.last().uid), found);
        }
    });
}

void CustomerSetup::storeEndpoint(const EngineReply &reply, bool created)
{
    SetupApp &app = m_apps.last();
    if (!reply.ok()) {
        const QString what = created ? tr("creating endpoint %1 of %2")
                                     : tr("updating endpoint %1 of %2");
        return fail(what.arg(app.endpoints.at(m_endpoint).uid, app.uid), reply);
    }
    (created ? m_created : m_updated) += 1;
    app.endpointIds.append(reply.json.value(QLatin1StringView("id")).toString());
    ++m_endpoint;
    nextEndpoint();
}

void CustomerSetup::fail(const QString &what, const EngineReply &reply)
{
    Q_EMIT finished(false, tr("%1: %2").arg(what, reply.describe()));
}

} // namespace sb::tools
