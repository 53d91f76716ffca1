// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/connection/engineclient.h"
#include "dashboard/connection/historysync.h"
#include "dashboard/connection/streamconnection.h"
#include "dashboard/history/historyreader.h"
#include "dashboard/history/historystore.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace sb::dashboard {

// Everything the console holds for one engine: its REST client, the event stream feeding
// the local history, and a reader of that history. The role comes from /api/v1/auth/me.
class EngineSession : public QObject
{
    Q_OBJECT

public:
    EngineSession(QUrl engine, QByteArray token, QString historyPath, QObject *parent = nullptr);
    ~EngineSession() override;

    // Before start(): false accepts the engine's self-signed certificate.
    void setVerifyTls(bool verify);
    void start();

    EngineClient *client() { return m_client.get(); }
    HistoryStore *store() { return m_store.get(); }
    HistoryReader *reader() { return m_reader.get(); }
    StreamConnection *stream() { return m_stream.get(); }
    HistorySync *sync() { return m_sync.get(); }
    QString role() const { return m_role; }
    const QUrl &engine() const { return m_engine; }
    // The profile's name, or the engine URL when opened from the command line.
    QString displayName() const { return m_displayName.isEmpty() ? m_engine.toDisplayString() : m_displayName; }
    void setDisplayName(const QString &name) { m_displayName = name; }
    // Since when the engine has not been heard from (frozen, stopped, unreachable), in ms
    // since the epoch; 0 while it answers. Each such period is kept in the history once it
    // ends (OverviewData::silences).
    qint64 silentSinceMs() const { return m_silentSinceMs; }

    // The local history path for an engine URL under the user's data directory.
    static QString defaultHistoryPath(const QUrl &engine);
    // The local history of an engine profile (one per profile, named by its id).
    static QString historyPathForProfile(const QString &profileId);

signals:
    void roleKnown(const QString &role);
    void historyChanged();
    // The engine had pruned changes the local history had not seen: from `lostFrom` to
    // `lostTo` (seq) they are missing here; the stream goes on after them.
    void historyGap(qint64 lostFrom, qint64 lostTo);

private:
    void noteContact();

    QUrl m_engine;
    QByteArray m_token;
    QString m_role;
    QString m_displayName;
    std::unique_ptr<EngineClient> m_client;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryReader> m_reader;
    std::unique_ptr<StreamConnection> m_stream;
    std::unique_ptr<HistorySync> m_sync;
    qint64 m_silentSinceMs = 0;
};

} // namespace sb::dashboard
