// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/masking.h"

#include <QElapsedTimer>
#include <QString>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

class QWebSocket;

namespace sb::engine {

class StoreReader;

// The event stream at /api/v1/stream: the change log, tailed, over WebSocket.
//
// A client says where it is ({"type":"subscribe","after":<last seq it stored>}, or no
// "after" to start from the oldest change kept); the server replays what it missed in
// chunks, says "caught-up", then sends live changes batched per tick. Every message is a JSON
// array of frames {seq, type, at, data}. Sending only continues while the client drains its
// socket, so a slow client costs no memory; one that stays behind too long is closed with
// code 4008 and resumes from its own last seq. Asking for a pruned point gets an "error"
// frame (code "pruned") and close code 4010: fall back to the REST API, then resume.
// A client whose token may not read everything gets each frame's data masked for its role.
class StreamServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int ChunkRows = 500;
    static constexpr int TickMs = 25;
    static constexpr int CloseTooSlow = 4008;
    static constexpr int ClosePruned = 4010;
    static constexpr int CloseUnauthorised = 4001;
    static constexpr int CloseNotFound = 4004;

    // Whose eyes a connection's frames are for; nullopt: the token is unknown.
    using Authenticator = std::function<std::optional<Masker::Audience>(const QByteArray &authorizationHeader)>;

    StreamServer(StoreReader *reader, Authenticator authenticate, QObject *parent = nullptr);
    ~StreamServer() override;

    void accept(std::unique_ptr<QWebSocket> socket);
    // The writer committed changes up to `lastSeq`: live clients get them on the next tick.
    void changesCommitted(qint64 lastSeq);
    void closeAll();
    int clientCount() const { return static_cast<int>(m_clients.size()); }

    // How far (bytes not yet taken by the client) a client may fall behind before sending
    // pauses, and how long it may stay there before it is closed.
    void setMaxBehindBytes(qint64 bytes) { m_maxBehindBytes = bytes; }
    void setStallLimitMs(int ms) { m_stallLimitMs = ms; }
    void setPingIntervalMs(int ms) { m_ping.setInterval(ms); }
    // What viewers and operators may not read; null: frames go out as stored.
    void setMasker(std::shared_ptr<const Masker> masker) { m_masker = std::move(masker); }

private:
    struct Client
    {
        std::unique_ptr<QWebSocket> socket;
        qint64 cursor = 0;
        bool subscribed = false;
        bool caughtUp = false;
        QElapsedTimer stalledFor;
        QElapsedTimer sincePong;
        Masker::Audience audience = Masker::Audience::Viewer;
    };

    // The frames after a cursor, as one client message, shown for one audience; lastSeq 0:
    // nothing after it yet.
    struct Batch
    {
        QString text;
        qint64 lastSeq = 0;
    };
    // Batches built during one tick, by the cursor they follow and whose eyes they are for.
    // Consoles that are caught up share a cursor, so each batch is read from the store and
    // masked once per tick instead of once per console.
    using BatchCache = std::map<std::pair<qint64, Masker::Audience>, Batch>;

    void onMessage(QWebSocket *socket, const QString &text);
    void subscribe(Client &client, std::optional<qint64> after);
    void pump(Client &client, BatchCache *cache = nullptr);
    Batch batchAfter(const Client &client, BatchCache *cache) const;
    void tick();
    void pingAll();
    void drop(QWebSocket *socket);
    void sendControl(Client &client, QLatin1StringView type, const QJsonObject &data);

    QByteArray shownData(const Client &client, const QByteArray &data) const;

    StoreReader *m_reader;
    std::shared_ptr<const Masker> m_masker;
    Authenticator m_authenticate;
    std::unordered_map<QWebSocket *, Client> m_clients; // owns the sockets; not copyable
    QTimer m_tick;
    QTimer m_ping;
    QString m_instanceId;
    int m_stallLimitMs = 30'000;
    qint64 m_maxBehindBytes = 4 * 1024 * 1024;
};

} // namespace sb::engine
