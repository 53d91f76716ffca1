// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamconnection.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace sb::dashboard {
namespace {
constexpr int FirstBackoffMs = 500;
constexpr int MaxBackoffMs = 30'000;
}

StreamConnection::StreamConnection(QObject *parent)
    : QObject(parent)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &StreamConnection::connectNow);
    // A ping a second and a pong within three: a frozen engine shows within four seconds,
    // which costs one small frame a second.
    m_ping.setInterval(1000);
    connect(&m_ping, &QTimer::timeout, this, &StreamConnection::pingEngine);
    m_drain.setInterval(50);
    connect(&m_drain, &QTimer::timeout, this, [this] {
        if (m_appliedSeq && m_resumeAfter - m_appliedSeq() > m_backlogLimit / 4)
            return;
        m_drain.stop();
        m_draining = false;
        connectNow();
    });
    m_pongDeadline.setInterval(3000);
    m_pongDeadline.setSingleShot(true);
    connect(&m_pongDeadline, &QTimer::timeout, this, [this] {
        if (m_silentSince.isValid())
            return;
        m_silentSince = m_lastHeard.isValid() ? m_lastHeard : QDateTime::currentDateTime();
        emit answeringChanged(false);
    });
    connect(&m_socket, &QWebSocket::pong, this, &StreamConnection::heardFromEngine);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        // Subscribing waits for the engine's hello: where to resume depends on who it is.
        heardFromEngine();
        m_ping.start();
        setState(State::CatchingUp);
    });
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!m_verifyTls)
            m_socket.ignoreSslErrors(errors);
        else if (!errors.isEmpty())
            m_lastError = errors.constFirst().errorString();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &StreamConnection::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, &StreamConnection::onDisconnected);
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) { m_lastError = m_socket.errorString(); });
}

StreamConnection::~StreamConnection()
{
    // The socket outlives the timers during member destruction and would report its
    // disconnection to a half-destroyed object.
    m_wanted = false;
    disconnect(&m_socket, nullptr, this, nullptr);
    m_socket.abort();
}

void StreamConnection::open(const QUrl &engine, const QByteArray &token, ResumePoint resumeFrom)
{
    m_engine = engine;
    m_token = token;
    m_resumeFrom = std::move(resumeFrom);
    m_wanted = true;
    m_backoffMs = FirstBackoffMs;
    connectNow();
}

void StreamConnection::setBacklogLimit(qint64 changes, AppliedSeq appliedSeq)
{
    m_backlogLimit = changes;
    m_appliedSeq = std::move(appliedSeq);
}

void StreamConnection::pauseForBacklog(qint64 lastReceived)
{
    m_draining = true;
    m_resumeAfter = lastReceived;
    ++m_backlogPauses;
    // Not from inside the socket's own signal; frames it still delivers are dropped.
    QMetaObject::invokeMethod(this, [this] { m_socket.abort(); }, Qt::QueuedConnection);
}

void StreamConnection::close()
{
    m_wanted = false;
    m_drain.stop();
    m_draining = false;
    m_resumeAfter = 0;
    m_reconnect.stop();
    m_ping.stop();
    m_pongDeadline.stop();
    m_socket.close();
    m_silentSince = {}; // nothing is expected from an engine the console let go
    setState(State::Disconnected);
}

void StreamConnection::connectNow()
{
    if (!m_wanted)
        return;
    QUrl url = m_engine;
    url.setScheme(m_engine.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    if (m_resumeAfter == 0)
        setState(State::Connecting); // after a pause for the backlog it is still catching up
    m_socket.open(request);
}

void StreamConnection::subscribeAfter(qint64 seq)
{
    if (!m_awaitingSubscribe || m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    m_awaitingSubscribe = false;
    QJsonObject subscribe{{QStringLiteral("type"), QStringLiteral("subscribe")}};
    if (seq > 0)
        subscribe.insert(QStringLiteral("after"), seq);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact)));
}

void StreamConnection::pingEngine()
{
    // Kept while silent, so a stall that ends resumes the same stream without a gap; dropped
    // after a long silence, which is rather a peer that is gone (network, host), and made again.
    if (m_silentSince.isValid() && m_lastHeard.isValid() && m_lastHeard.msecsTo(QDateTime::currentDateTime()) > m_dropSilentAfterMs) {
        m_lastError = tr("The engine stopped answering pings.");
        m_socket.abort(); // disconnected() follows and schedules a reconnect
        return;
    }
    m_socket.ping();
    if (!m_pongDeadline.isActive() && !m_silentSince.isValid())
        m_pongDeadline.start();
}

void StreamConnection::heardFromEngine()
{
    m_lastHeard = QDateTime::currentDateTime();
    m_pongDeadline.stop();
    if (!m_silentSince.isValid())
        return;
    m_silentSince = {};
    emit answeringChanged(true);
}

void StreamConnection::onText(const QString &text)
{
    if (m_draining)
        return;
    heardFromEngine();
    const auto decoded = StreamFrame::decode(text.toUtf8());
    if (!decoded) {
        emit errorOccurred(tr("The engine sent a frame this version cannot read: %1").arg(decoded.errorString()));
        return;
    }
    QList<StreamFrame> changes;
    for (const StreamFrame &f : *decoded.value) {
        if (f.seq > 0) {
            changes.append(f);
            m_engineLastSeq = std::max(m_engineLastSeq, f.seq);
        } else if (f.type == StreamFrame::Hello) {
            m_engineLastSeq = f.data.value(QLatin1StringView("lastSeq")).toInteger();
            m_awaitingSubscribe = true;
            const QString instance = f.data.value(QLatin1StringView("instanceId")).toString();
            auto after = m_resumeFrom ? m_resumeFrom(instance) : std::optional<qint64>(0);
            // Back from a pause for the backlog: what was received is queued to be stored.
            if (after && m_resumeAfter > *after && instance == m_instanceId)
                after = m_resumeAfter;
            m_instanceId = instance;
            m_resumeAfter = 0;
            if (after)
                subscribeAfter(*after);
        } else if (f.type == StreamFrame::CaughtUp) {
            m_backoffMs = FirstBackoffMs; // a healthy session resets the backoff
            setState(State::Live);
        } else if (f.type == StreamFrame::Error && f.data.value(QLatin1StringView("code")).toString() == u"pruned") {
            emit resumePointPruned(f.data.value(QLatin1StringView("oldestSeq")).toInteger());
        }
    }
    if (changes.isEmpty())
        return;
    emit framesReceived(changes);
    const qint64 last = changes.constLast().seq;
    if (m_backlogLimit > 0 && m_appliedSeq && m_state == State::CatchingUp && last - m_appliedSeq() > m_backlogLimit)
        pauseForBacklog(last);
}

void StreamConnection::onDisconnected()
{
    m_awaitingSubscribe = false;
    m_ping.stop();
    m_pongDeadline.stop(); // a silence already seen stays until the engine answers again
    if (!m_wanted) {
        setState(State::Disconnected);
        return;
    }
    if (m_draining) {
        m_drain.start(); // made again once the backlog is down, without a backoff
        return;
    }
    // Backoff with jitter, so dashboards do not all return at the same instant after an outage.
    const int delay = m_backoffMs / 2 + static_cast<int>(QRandomGenerator::global()->bounded(m_backoffMs / 2 + 1));
    m_backoffMs = std::min(m_backoffMs * 2, MaxBackoffMs);
    setState(State::WaitingToReconnect);
    m_reconnect.start(delay);
}

void StreamConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace sb::dashboard
