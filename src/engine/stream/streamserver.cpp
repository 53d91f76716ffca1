// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamserver.h"

#include "engine/store/storereader.h"

#include "core/streamframe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QWebSocket>

namespace sb::engine {

StreamServer::StreamServer(StoreReader *reader, Authenticator authenticate, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_authenticate(std::move(authenticate))
{
    m_tick.setSingleShot(true);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &StreamServer::tick);
    m_ping.setInterval(15'000);
    connect(&m_ping, &QTimer::timeout, this, &StreamServer::pingAll);
    m_ping.start();
}

StreamServer::~StreamServer() { closeAll(); }

void StreamServer::accept(std::unique_ptr<QWebSocket> socket)
{
    QWebSocket *raw = socket.get();
    if (raw->requestUrl().path() != u"/api/v1/stream") {
        raw->close(static_cast<QWebSocketProtocol::CloseCode>(CloseNotFound), QStringLiteral("no such stream"));
        socket.release()->deleteLater();
        return;
    }
    const std::optional<Masker::Audience> audience = m_authenticate(raw->request().rawHeader("Authorization"));
    if (!audience) {
        raw->close(static_cast<QWebSocketProtocol::CloseCode>(CloseUnauthorised),
                   QStringLiteral("missing or invalid bearer token"));
        socket.release()->deleteLater();
        return;
    }
    Client &client = m_clients[raw];
    client.socket = std::move(socket);
    client.audience = *audience;
    client.sincePong.start();
    connect(raw, &QWebSocket::textMessageReceived, this,
            [this, raw](const QString &text) { onMessage(raw, text); });
    connect(raw, &QWebSocket::disconnected, this, [this, raw] { drop(raw); });
    connect(raw, &QWebSocket::bytesWritten, this, [this, raw] {
        const auto it = m_clients.find(raw);
        if (it != m_clients.end() && it->second.subscribed)
            pump(it->second);
    });
    connect(raw, &QWebSocket::pong, this, [this, raw] {
        const auto it = m_clients.find(raw);
        if (it != m_clients.end())
            it->second.sincePong.restart();
    });
    if (m_instanceId.isEmpty())
        m_instanceId = m_reader->instanceId();
    sendControl(client, StreamFrame::Hello,
                {{QStringLiteral("lastSeq"), m_reader->lastSeq()}, {QStringLiteral("oldestSeq"), m_reader->oldestSeq()},
                 {QStringLiteral("instanceId"), m_instanceId}});
    // "?after=N" subscribes at once, for clients that cannot send a first message.
    const QUrlQuery query(raw->requestUrl());
    if (query.hasQueryItem(QStringLiteral("after"))) {
        bool ok = false;
        const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong(&ok);
        subscribe(client, ok ? std::optional(after) : std::nullopt);
    }
}

void StreamServer::onMessage(QWebSocket *socket, const QString &text)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.value(QLatin1StringView("type")).toString() != u"subscribe") {
        sendControl(it->second, StreamFrame::Error, {{QStringLiteral("code"), QStringLiteral("bad_request")},
                                              {QStringLiteral("detail"), QStringLiteral("expected {\"type\":\"subscribe\",\"after\":<seq>}")}});
        return;
    }
    const QJsonValue after = message.value(QLatin1StringView("after"));
    subscribe(it->second, after.isDouble() ? std::optional(after.toInteger()) : std::nullopt);
}

void StreamServer::subscribe(Client &client, std::optional<qint64> after)
{
    const qint64 oldest = m_reader->oldestSeq();
    if (after && *after > 0 && oldest > 0 && *after + 1 < oldest) {
        sendControl(client, StreamFrame::Error,
                    {{QStringLiteral("code"), QStringLiteral("pruned")},
                     {QStringLiteral("oldestSeq"), oldest},
                     {QStringLiteral("detail"), QStringLiteral("changes after this seq were pruned; reload from the REST API and subscribe again")}});
        client.socket->close(static_cast<QWebSocketProtocol::CloseCode>(ClosePruned), QStringLiteral("pruned"));
        return;
    }
    client.cursor = after ? std::max<qint64>(*after, 0) : std::max<qint64>(oldest - 1, 0);
    client.subscribed = true;
    client.caughtUp = false;
    pump(client);
}

void StreamServer::pump(Client &client, BatchCache *cache)
{
    QWebSocket *socket = client.socket.get();
    bool sent = false;
    while (socket->bytesToWrite() < m_maxBehindBytes) {
        const Batch batch = batchAfter(client, cache);
        if (batch.lastSeq == 0) {
            if (!client.caughtUp) {
                client.caughtUp = true;
                sendControl(client, StreamFrame::CaughtUp, {{QStringLiteral("seq"), client.cursor}});
            }
            client.stalledFor.invalidate();
            return;
        }
        socket->sendTextMessage(batch.text);
        client.cursor = batch.lastSeq;
        sent = true;
    }
    // Behind, but still taking data: the stall clock only runs while nothing moves.
    if (sent || !client.stalledFor.isValid())
        client.stalledFor.start();
}

StreamServer::Batch StreamServer::batchAfter(const Client &client, BatchCache *cache) const
{
    // Frames that go out as stored are the same for every role that sees them unmasked.
    const Masker::Audience shownAs = m_masker && m_masker->masks(client.audience) ? client.audience : Masker::Audience::Admin;
    const std::pair key{client.cursor, shownAs};
    if (cache) {
        if (const auto it = cache->find(key); it != cache->end())
            return it->second;
    }
    Batch batch;
    const QList<StoreReader::ChangeRow> rows = m_reader->changesAfter(client.cursor, ChunkRows);
    if (!rows.isEmpty()) {
        QByteArray text = "[";
        for (const auto &row : rows) {
            if (text.size() > 1)
                text.append(',');
            text.append(StreamFrame::encodeRaw(row.seq, QLatin1StringView(row.type),
                                               QDateTime::fromMSecsSinceEpoch(row.atMs, QTimeZone::utc()),
                                               shownData(client, row.data)));
        }
        text.append(']');
        batch = {QString::fromUtf8(text), rows.constLast().seq};
    }
    // An empty answer is kept too: the consoles after it are caught up for this tick.
    if (cache)
        cache->emplace(key, batch);
    return batch;
}

QByteArray StreamServer::shownData(const Client &client, const QByteArray &data) const
{
    // An admin's frames go out as stored, at no extra cost; anyone else's are decoded and
    // masked one by one (attempt.finished carries the receiver's answer, which may echo the
    // payload). The change log itself keeps the true text.
    if (!m_masker || !m_masker->masks(client.audience))
        return data;
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (doc.isArray())
        return QJsonDocument(m_masker->maskAnswer(doc.array(), client.audience).toArray()).toJson(QJsonDocument::Compact);
    if (doc.isObject())
        return QJsonDocument(m_masker->maskAnswer(doc.object(), client.audience).toObject()).toJson(QJsonDocument::Compact);
    return data;
}

void StreamServer::changesCommitted(qint64)
{
    if (!m_tick.isActive() || m_tick.remainingTime() > TickMs)
        m_tick.start(TickMs);
}

void StreamServer::tick()
{
    QList<QWebSocket *> tooSlow;
    BatchCache batches;
    for (auto &[socket, client] : m_clients) {
        if (!client.subscribed)
            continue;
        if (client.stalledFor.isValid() && client.stalledFor.elapsed() > m_stallLimitMs
            && client.socket->bytesToWrite() >= m_maxBehindBytes) {
            tooSlow.append(socket);
            continue;
        }
        pump(client, &batches);
    }
    for (QWebSocket *socket : tooSlow) {
        socket->close(static_cast<QWebSocketProtocol::CloseCode>(CloseTooSlow),
                      QStringLiteral("too slow to keep up: reconnect and resume from your last seq"));
        drop(socket);
    }
    // A stalled client is checked again without waiting for new changes.
    for (const auto &entry : m_clients) {
        if (entry.second.stalledFor.isValid() && !m_tick.isActive())
            m_tick.start(std::min(1000, m_stallLimitMs / 2 + 1));
    }
}

void StreamServer::pingAll()
{
    QList<QWebSocket *> silent;
    for (auto &[socket, client] : m_clients) {
        if (client.sincePong.elapsed() > 3 * m_ping.interval())
            silent.append(socket);
        else
            socket->ping();
    }
    for (QWebSocket *socket : silent) {
        socket->abort(); // a dead peer: no close handshake to wait for
        drop(socket);
    }
}

void StreamServer::drop(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    QWebSocket *owned = it->second.socket.release();
    m_clients.erase(it);
    owned->disconnect(this);
    owned->deleteLater();
}

void StreamServer::closeAll()
{
    QList<QWebSocket *> sockets;
    for (const auto &entry : m_clients)
        sockets.append(entry.first);
    for (QWebSocket *socket : sockets) {
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("engine shutting down"));
        drop(socket);
    }
}

void StreamServer::sendControl(Client &client, QLatin1StringView type, const QJsonObject &data)
{
    const QByteArray frame = StreamFrame::encodeRaw(0, type, QDateTime::currentDateTimeUtc(),
                                                    QJsonDocument(data).toJson(QJsonDocument::Compact));
    client.socket->sendTextMessage(QString::fromUtf8("[" + frame + "]"));
}

} // namespace sb::engine
