// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace sb::dashboard {

class EngineClient;

// Every application and its endpoints, read page by page (iterator / done) from the engine,
// and, for admins, the engine's operational webhook endpoints as one more group.
// load() starts again; an answer to an older load is dropped.
class EndpointDirectory : public QObject
{
    Q_OBJECT

public:
    struct App
    {
        QJsonObject app;
        QList<QJsonObject> endpoints;
        QString id() const { return app.value(QLatin1StringView("id")).toString(); }
        QString name() const;
        // The engine's operational webhooks (listed last, for admins): their endpoints hear
        // of everyone else's trouble.
        bool isOperational() const;
    };

    explicit EndpointDirectory(EngineClient *client, QObject *parent = nullptr);

    void load();
    bool isLoading() const { return m_loading; }
    const QList<App> &apps() const { return m_apps; }
    // The endpoint with this id, or an empty object.
    QJsonObject endpoint(const QString &endpointId) const;
    QString appIdOf(const QString &endpointId) const;
    QString appName(const QString &appId) const;
    // Keeps the list in step with a save or delete made here, without reloading it.
    void upsert(const QString &appId, const QJsonObject &endpoint);
    void remove(const QString &endpointId);

    // What a person calls an endpoint: its description, else its URL.
    static QString endpointLabel(const QJsonObject &endpoint);

signals:
    void loaded();
    void failed(const QString &error);

private:
    using PageDone = std::function<void(const QList<QJsonObject> &items, const QString &error)>;
    void fetchAll(const QString &path, int generation, PageDone done, QList<QJsonObject> sofar = {},
                  const QString &iterator = {});
    void fetchEndpoints(int generation, int appIndex);
    void fetchOperational(int generation);

    EngineClient *m_client;
    QList<App> m_apps;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace sb::dashboard
