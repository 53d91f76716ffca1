// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointdirectory.h"

#include "dashboard/connection/engineclient.h"

#include "core/operationalevents.h"

#include <QJsonArray>
#include <QUrl>

namespace sb::dashboard {

QString EndpointDirectory::App::name() const
{
    const QString name = app.value(QLatin1StringView("name")).toString();
    return name.isEmpty() ? id() : name;
}

EndpointDirectory::EndpointDirectory(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void EndpointDirectory::load()
{
    const int generation = ++m_generation;
    m_loading = true;
    fetchAll(QStringLiteral("/api/v1/app"), generation, [this, generation](const QList<QJsonObject> &apps, const QString &error) {
        if (!error.isEmpty()) {
            m_loading = false;
            emit failed(error);
            return;
        }
        m_apps.clear();
        for (const QJsonObject &a : apps)
            m_apps.append(App{a, {}});
        fetchEndpoints(generation, 0);
    });
}

void EndpointDirectory::fetchEndpoints(int generation, int appIndex)
{
    if (appIndex >= m_apps.size())
        return fetchOperational(generation);
    const QString path = u"/api/v1/app/" + m_apps.at(appIndex).id() + u"/endpoint";
    fetchAll(path, generation, [this, generation, appIndex](const QList<QJsonObject> &endpoints, const QString &error) {
        if (!error.isEmpty()) {
            m_loading = false;
            emit failed(error);
            return;
        }
        m_apps[appIndex].endpoints = endpoints;
        fetchEndpoints(generation, appIndex + 1);
    });
}

void EndpointDirectory::fetchOperational(int generation)
{
    fetchAll(QStringLiteral("/api/v1/operational-webhook/endpoint"), generation,
             [this](const QList<QJsonObject> &endpoints, const QString &error) {
                 // Only admins may see them (403), and an older engine has none (404): no group.
                 if (error.isEmpty()) {
                     const QJsonObject app{{QStringLiteral("id"), OperationalAppId},
                                           {QStringLiteral("name"), tr("Operational webhooks")}};
                     m_apps.append(App{app, endpoints});
                 }
                 m_loading = false;
                 emit loaded();
             });
}

bool EndpointDirectory::App::isOperational() const { return id() == OperationalAppId; }

void EndpointDirectory::fetchAll(const QString &path, int generation, PageDone done, QList<QJsonObject> sofar,
                                 const QString &iterator)
{
    QString page = path + QStringLiteral("?limit=250");
    if (!iterator.isEmpty())
        page.append(u"&iterator=").append(QString::fromLatin1(QUrl::toPercentEncoding(iterator)));
    m_client->get(page, [this, path, generation, done = std::move(done), sofar = std::move(sofar)](const EngineClient::Reply &r) mutable {
        if (generation != m_generation)
            return; // a newer load() is under way
        if (r.status != 200)
            return done({}, r.error.isEmpty() ? tr("The engine answered %1.").arg(r.status) : r.error);
        for (const QJsonValue &v : r.json.value(QLatin1StringView("data")).toArray())
            sofar.append(v.toObject());
        const QString next = r.json.value(QLatin1StringView("iterator")).toString();
        if (r.json.value(QLatin1StringView("done")).toBool(true) || next.isEmpty())
            return done(sofar, {});
        fetchAll(path, generation, std::move(done), std::move(sofar), next);
    });
}

QJsonObject EndpointDirectory::endpoint(const QString &endpointId) const
{
    for (const App &a : m_apps) {
        for (const QJsonObject &e : a.endpoints) {
            if (e.value(QLatin1StringView("id")).toString() == endpointId)
                return e;
        }
    }
    return {};
}

QString EndpointDirectory::appIdOf(const QString &endpointId) const
{
    for (const App &a : m_apps) {
        for (const QJsonObject &e : a.endpoints) {
            if (e.value(QLatin1StringView("id")).toString() == endpointId)
                return a.id();
        }
    }
    return {};
}

QString EndpointDirectory::appName(const QString &appId) const
{
    for (const App &a : m_apps) {
        if (a.id() == appId)
            return a.name();
    }
    return appId;
}

void EndpointDirectory::upsert(const QString &appId, const QJsonObject &endpoint)
{
    const QString id = endpoint.value(QLatin1StringView("id")).toString();
    for (App &a : m_apps) {
        if (a.id() != appId)
            continue;
        for (QJsonObject &e : a.endpoints) {
            if (e.value(QLatin1StringView("id")).toString() == id) {
                e = endpoint;
                return;
            }
        }
        a.endpoints.append(endpoint);
        return;
    }
}

void EndpointDirectory::remove(const QString &endpointId)
{
    for (App &a : m_apps)
        a.endpoints.removeIf([&endpointId](const QJsonObject &e) { return e.value(QLatin1StringView("id")).toString() == endpointId; });
}

QString EndpointDirectory::endpointLabel(const QJsonObject &endpoint)
{
    const QString description = endpoint.value(QLatin1StringView("description")).toString().trimmed();
    if (!description.isEmpty())
        return description.section(u'\n', 0, 0);
    return endpoint.value(QLatin1StringView("url")).toString();
}

} // namespace sb::dashboard
