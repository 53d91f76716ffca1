// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficgenerator.h"

#include "engineclient.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace sb::tools {

TrafficGenerator::TrafficGenerator(EngineClient &client, QHash<QString, QString> appIds,
                                   quint32 seed, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_appIds(std::move(appIds))
    , m_planner(seed)
    , m_pick(seed + 1)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TrafficGenerator::tick);
}

void TrafficGenerator::start(const Limits &limits)
{
    m_limits = limits;
    // Tick often enough for the rate, but not more than 200 times a second: at high rates a
    // tick sends several events.
    m_timer.setInterval(std::clamp(static_cast<int>(1000.0 / limits.rate), 5, 100));
    m_clock.start();
    m_lastTickMs = 0;
    m_tokens = 1; // the first event goes at once
    m_timer.start();
    tick();
}

void TrafficGenerator::stop()
{
    m_timer.stop();
    m_active.clear(); // replies still under way find their session gone and are only counted
    m_stats.activeSessions = 0;
}

bool TrafficGenerator::mayStartSession() const
{
    if (m_limits.count >= 0 && m_planned >= m_limits.count)
        return false;
    if (m_limits.durationMs >= 0 && m_clock.elapsed() >= m_limits.durationMs)
        return false;
    // Enough calls at once that each sends about two events a second: calls last a while,
    // as they do, and the dashboard shows many of them interleaved.
    const auto concurrent = static_cast<size_t>(std::clamp(std::ceil(m_limits.rate / 2.0), 3.0, 200.0));
    return m_active.size() < concurrent;
}

void TrafficGenerator::tick()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min(m_tokens + m_limits.rate * static_cast<double>(now - m_lastTickMs) / 1000.0,
                        std::max(1.0, m_limits.rate / 2.0));
    m_lastTickMs = now;
    while (mayStartSession()) {
        Active fresh;
        fresh.session = m_planner.next();
        m_planned += fresh.session.events.size();
        ++m_stats.sessionsStarted;
        m_active.emplace(m_nextKey++, std::move(fresh));
    }
    m_stats.activeSessions = static_cast<int>(m_active.size());
    while (m_tokens >= 1.0) {
        QList<qint64> ready;
        for (const auto &[key, active] : m_active) {
            if (!active.waiting)
                ready.append(key);
        }
        if (ready.isEmpty())
            break; // every session waits for the engine; the tokens keep for the next tick
        m_tokens -= 1.0;
        sendNext(ready.at(m_pick.bounded(static_cast<quint32>(ready.size()))));
    }
    checkFinished();
}

void TrafficGenerator::sendNext(qint64 key)
{
    Active &active = m_active.at(key);
    active.waiting = true;
    const PlannedEvent &event = active.session.events.at(active.next);
    const QJsonObject message = EventFactory::message(event, QDateTime::currentDateTimeUtc());
    const QString appUid = active.session.appUid;
    ++m_stats.sent;
    m_client.request("POST", u"/api/v1/app/" + m_appIds.value(appUid, appUid) + u"/msg", message,
                     [this, key, appUid, message](const EngineReply &reply) {
                         replied(key, appUid, message, reply);
                     });
}

void TrafficGenerator::replied(qint64 key, const QString &appUid, const QJsonObject &message,
                               const EngineReply &reply)
{
    if (reply.status == 202) {
        ++m_stats.accepted;
        m_networkFailures = 0;
        Q_EMIT eventAccepted(appUid, reply.json.value(QLatin1StringView("id")).toString(), message);
    } else {
        ++m_stats.failed;
        m_stats.lastError = message.value(QLatin1StringView("eventType")).toString() + u": " +
                            reply.describe();
        if (reply.status == 0)
            ++m_networkFailures;
        if (reply.status == 401 || m_networkFailures >= MaxConsecutiveNetworkFailures) {
            const bool running = m_timer.isActive();
            stop();
            if (running)
                Q_EMIT engineLost(reply.describe());
            return;
        }
    }
    const auto it = m_active.find(key);
    if (it == m_active.end())
        return; // stopped meanwhile
    Active &active = it->second;
    active.waiting = false;
    // A failed event is skipped, not resent: the platform moves on, as a real one would
    // when its webhook provider is briefly unavailable.
    if (++active.next == active.session.events.size()) {
        m_active.erase(it);
        m_stats.activeSessions = static_cast<int>(m_active.size());
    }
    checkFinished();
}

void TrafficGenerator::checkFinished()
{
    if (m_timer.isActive() && m_active.empty() && !mayStartSession()) {
        m_timer.stop();
        Q_EMIT finished();
    }
}

} // namespace sb::tools
