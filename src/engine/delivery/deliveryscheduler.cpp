// SPDX-License-Identifier: GPL-3.0-or-later
// DeliveryScheduler, part one: endpoints, the schedule, sending and the per-key lanes. Start-up
// and several nodes are in deliveryscheduler_nodes.cpp, results in deliveryscheduler_results.cpp.
#include "deliveryscheduler.h"

#include "signedrequest.h"

#include <QDateTime>
#include <QTimeZone>

using namespace std::chrono_literals;

namespace sb::engine {
qint64 DeliveryScheduler::nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

DeliveryScheduler::DeliveryScheduler(StoreWriter *writer, StoreReader *reader,
                                     HttpDispatcher *dispatcher, SchedulerSettings settings,
                                     QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_reader(reader)
    , m_dispatcher(dispatcher)
    , m_settings(std::move(settings))
    , m_defaultPolicy(m_settings.retrySchedule)
{
    m_defaultPolicy.setJitter(m_settings.jitter);
    m_defaultPolicy.setThrottleFloor(m_settings.throttleFloor);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryScheduler::onTimer);
    connect(m_dispatcher, &HttpDispatcher::finished, this, &DeliveryScheduler::onResults);
}

void DeliveryScheduler::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        QMetaObject::invokeMethod(this, &DeliveryScheduler::onTimer, Qt::QueuedConnection);
}

void DeliveryScheduler::applicationRemoved(const QString &appId)
{
    const QSet<QString> endpoints = m_endpointsByApp.value(appId);
    for (const QString &id : endpoints)
        endpointRemoved(id);
}

QStringList DeliveryScheduler::matchingEndpoints(const QString &appId, QStringView eventType,
                                                 const QStringList &channels) const
{
    // Only this application's endpoints: every ingest asks, however many apps there are.
    QStringList out;
    for (const QString &id : m_endpointsByApp.value(appId)) {
        const auto it = m_endpoints.constFind(id);
        if (it != m_endpoints.constEnd() && it->config.accepts(eventType, channels))
            out.append(id);
    }
    out.sort(); // stable order for the stored deliveries and the change log
    return out;
}

void DeliveryScheduler::endpointChanged(const Endpoint &endpoint)
{
    // A disabled endpoint's deliveries stay parked in its queue; enabling it sends them.
    const Endpoint before = m_endpoints.value(endpoint.id).config;
    EndpointState &state = m_endpoints[endpoint.id];
    state.config = endpoint;
    state.outbound = OutboundEndpoint::of(endpoint);
    if (before.ordering == Endpoint::Ordering::PerKey && endpoint.ordering != Endpoint::Ordering::PerKey) {
        // No longer ordered: whatever waited in a lane goes now, and no key stays held.
        for (Due &d : m_lanes.dropEndpoint(endpoint.id)) {
            d.orderingKey.clear();
            push(std::move(d), true);
        }
    } else if (before.deadLetterBlocksKey && !endpoint.deadLetterBlocksKey) {
        for (const KeyLanes::Block &block : m_lanes.blocks(endpoint.id))
            laneGoesOn(m_lanes.unblock(endpoint.id, block.key));
    }
    m_endpointsByApp[endpoint.appId].insert(endpoint.id);
    if (!endpoint.disabled && !m_endpoints[endpoint.id].waiting.empty()) {
        m_waitingEndpoints.insert(endpoint.id);
        QMetaObject::invokeMethod(this, &DeliveryScheduler::pump, Qt::QueuedConnection);
    }
}

void DeliveryScheduler::endpointRemoved(const QString &endpointId)
{
    auto it = m_endpoints.find(endpointId);
    if (it == m_endpoints.end())
        return;
    for (const Due &d : it->waiting) {
        releaseBody(d);
        scheduledGone(d);
    }
    for (const Due &d : m_lanes.dropEndpoint(endpointId)) {
        releaseBody(d);
        scheduledGone(d);
    }
    auto byApp = m_endpointsByApp.find(it->config.appId);
    if (byApp != m_endpointsByApp.end()) {
        byApp->remove(endpointId);
        if (byApp->isEmpty())
            m_endpointsByApp.erase(byApp);
    }
    m_endpoints.erase(it);
    m_waitingEndpoints.remove(endpointId);
}

void DeliveryScheduler::messageAccepted(const QString &msgId, const QString &appId,
                                        const QByteArray &body, const QStringList &endpointIds,
                                        qint64 dueMs, const QString &correlationKey, qint64 laneSeq)
{
    if (endpointIds.isEmpty())
        return;
    m_bodies.insert(msgId, {body, static_cast<int>(endpointIds.size())});
    for (const QString &endpointId : endpointIds) {
        Due due{dueMs, 0, msgId, appId, endpointId, 0, TriggerType::Scheduled};
        due.laneSeq = laneSeq;
        schedule(std::move(due), correlationKey);
    }
}

void DeliveryScheduler::schedule(Due due, const QString &correlationKey)
{
    const auto ep = m_endpoints.constFind(due.endpointId);
    if (correlationKey.isEmpty() || due.trigger != TriggerType::Scheduled || ep == m_endpoints.constEnd()
        || ep->config.ordering != Endpoint::Ordering::PerKey) {
        push(std::move(due));
        return;
    }
    due.orderingKey = correlationKey;
    ++m_scheduled[deliveryKey(due)]; // held while it waits: a send by hand settles it too
    // One waiting behind its call's earlier events gives its body up: a call held by a dead
    // letter for days must not keep every later event in memory. It is read again (one
    // indexed row) when its turn comes.
    if (!m_lanes.wouldHead(due)) {
        releaseBody(due.msgId);
        due.holdsBody = false;
    }
    laneGoesOn(m_lanes.enter(std::move(due)));
}

void DeliveryScheduler::laneGoesOn(std::optional<Due> next)
{
    if (next) {
        next->dueMs = std::max(next->dueMs, nowMs());
        push(std::move(*next), true);
    }
}

void DeliveryScheduler::finishHead(const Due &head, bool blocksKey)
{
    if (blocksKey)
        m_lanes.block(head, nowMs());
    else
        laneGoesOn(m_lanes.headDone(head));
}

void DeliveryScheduler::sendNow(const QString &msgId, const QString &appId,
                                const QString &endpointId, TriggerType trigger)
{
    push({nowMs(), 0, msgId, appId, endpointId, 0, trigger});
}

void DeliveryScheduler::scheduledGone(const Due &due)
{
    if (due.trigger != TriggerType::Scheduled)
        return;
    const QString key = deliveryKey(due);
    auto it = m_scheduled.find(key);
    if (it != m_scheduled.end() && --*it <= 0) {
        m_scheduled.erase(it);
        m_settled.remove(key);
    }
}

void DeliveryScheduler::push(Due due, bool counted)
{
    if (due.trigger == TriggerType::Scheduled && !counted)
        ++m_scheduled[deliveryKey(due)];
    due.order = ++m_order;
    const qint64 dueMs = due.dueMs;
    m_heap.push(std::move(due));
    armTimer(std::max<qint64>(0, dueMs - nowMs()));
}

void DeliveryScheduler::armTimer(qint64 inMs)
{
    if (m_timer.isActive() && m_timer.remainingTime() <= inMs)
        return;
    m_timer.start(static_cast<int>(std::min<qint64>(inMs, 24LL * 3600 * 1000)));
}

void DeliveryScheduler::onTimer()
{
    const qint64 now = nowMs();
    while (!m_heap.empty() && m_heap.top().dueMs <= now) {
        Due due = m_heap.top();
        m_heap.pop();
        auto it = m_endpoints.find(due.endpointId);
        if (it == m_endpoints.end()) {
            // Taken over from another node before this one heard of the endpoint, or deleted.
            // (An engine on its own knows every endpoint: no read.)
            const auto stored = !m_self.isEmpty() ? m_reader->endpoint(due.appId, due.endpointId)
                                                  : std::nullopt;
            if (stored) {
                endpointChanged(*stored);
                it = m_endpoints.find(due.endpointId);
            } else {
                releaseBody(due);
                scheduledGone(due);
                continue;
            }
        }
        if (handOver(it->config, due))
            continue;
        it->waiting.push_back(std::move(due));
        m_waitingEndpoints.insert(it.key());
    }
    pump();
    if (!m_heap.empty())
        armTimer(std::max<qint64>(0, m_heap.top().dueMs - nowMs()));
}

bool DeliveryScheduler::takeToken(EndpointState &state, qint64 now, qint64 *retryInMs)
{
    if (!state.config.rateLimit)
        return true;
    const double rate = m_shares.ratePerSecond(state.config); // per second, this node's share
    const double capacity = std::max(1.0, rate);
    if (state.refilledMs == 0) {
        state.tokens = capacity;
    } else {
        state.tokens = std::min(capacity, state.tokens + static_cast<double>(now - state.refilledMs) * rate / 1000.0);
    }
    state.refilledMs = now;
    if (state.tokens >= 1.0) {
        state.tokens -= 1.0;
        return true;
    }
    *retryInMs = static_cast<qint64>(std::ceil((1.0 - state.tokens) * 1000.0 / rate));
    return false;
}

void DeliveryScheduler::pump()
{
    if (m_draining || m_paused)
        return;
    if (m_mayStart && !m_mayStart()) {
        m_paused = true; // until setPaused(false)
        return;
    }
    const qint64 now = nowMs();
    const QSet<QString> waiting = m_waitingEndpoints;
    for (const QString &endpointId : waiting) {
        auto it = m_endpoints.find(endpointId);
        if (it == m_endpoints.end()) {
            m_waitingEndpoints.remove(endpointId);
            continue;
        }
        EndpointState &state = *it;
        if (state.config.disabled)
            continue;
        // The nodes changed since these were queued: those this node no longer sends go on.
        // (Asked once per endpoint: a backlog is not walked on every pump.)
        if (m_shares.isShared() && !m_shares.sendsTo(state.config)) {
            for (auto d = state.waiting.begin(); d != state.waiting.end();)
                d = handOver(state.config, *d) ? state.waiting.erase(d) : d + 1;
        }
        const int concurrency = m_shares.concurrency(state.config);
        while (!state.waiting.empty() && state.inFlight < concurrency
               && m_inFlight < m_settings.maxInFlight) {
            qint64 retryIn = 0;
            if (!takeToken(state, now, &retryIn)) {
                armTimer(retryIn);
                break;
            }
            Due due = std::move(state.waiting.front());
            state.waiting.pop_front();
            dispatch(state, std::move(due));
        }
        if (state.waiting.empty())
            m_waitingEndpoints.remove(endpointId);
        if (m_inFlight >= m_settings.maxInFlight)
            break;
    }
    m_dispatcher->submit(std::exchange(m_outgoing, {}));
}

void DeliveryScheduler::dispatch(EndpointState &state, Due due)
{
    if (due.trigger == TriggerType::Scheduled) {
        const bool settled = m_settled.contains(deliveryKey(due));
        scheduledGone(due);
        if (settled) { // delivered by hand meanwhile: sending it again would be a duplicate
            releaseBody(due);
            if (!due.orderingKey.isEmpty())
                finishHead(due, false);
            return;
        }
    }
    const QByteArray body = bodyOf(due.msgId);
    if (body.isNull()) {
        // Expunged (or past its payload retention): nothing to sign or send. The attempt is
        // recorded like any refusal before sending, from the event loop, as if it came back.
        OutboundResult refused;
        refused.token = m_nextToken++;
        refused.errorClass = ErrorClass::Policy;
        refused.errorText = QStringLiteral("not sent: the message's content was expunged");
        describeAttempt(refused, {refused.token, state.outbound, due.msgId.toLatin1(), 0, {}, due.endpointId, due.trigger,
                                  QDateTime::currentDateTimeUtc()});
        m_sending.insert(refused.token, {std::move(due), true});
        ++state.inFlight;
        ++m_inFlight;
        QMetaObject::invokeMethod(this, [this, refused] { onResults({refused}); }, Qt::QueuedConnection);
        return;
    }
    OutboundRequest request{m_nextToken++, state.outbound, due.msgId.toLatin1(), nowMs() / 1000, body,
                            due.endpointId, due.trigger, QDateTime::currentDateTimeUtc()};
    m_sending.insert(request.token, {std::move(due)});
    ++state.inFlight;
    ++m_inFlight;
    m_outgoing.push_back(std::move(request));
}

QByteArray DeliveryScheduler::bodyOf(const QString &msgId)
{
    const auto it = m_bodies.constFind(msgId);
    if (it != m_bodies.constEnd())
        return it->first;
    return m_reader->payload(msgId);
}

void DeliveryScheduler::enqueue(const QString &msgId, const QString &appId, const QString &endpointId,
                                const QString &correlationKey, qint64 laneSeq)
{
    Due due{nowMs(), 0, msgId, appId, endpointId, 0, TriggerType::Scheduled};
    due.laneSeq = laneSeq;
    // A retried dead letter that holds its key heads its lane again; a replayed event joins
    // its call's lane; any other goes as asked.
    if (const auto key = m_lanes.blockedKey(msgId, endpointId)) {
        push(m_lanes.resume(std::move(due), *key));
        return;
    }
    schedule(std::move(due), correlationKey);
}

void DeliveryScheduler::contentExpunged(const QString &msgId)
{
    // Deliveries hold a count on the cached body; a null body makes each a refusal.
    auto it = m_bodies.find(msgId);
    if (it != m_bodies.end())
        it->first = QByteArray();
}

void DeliveryScheduler::releaseBody(const Due &due)
{
    if (due.holdsBody)
        releaseBody(due.msgId);
}

void DeliveryScheduler::releaseBody(const QString &msgId)
{
    auto it = m_bodies.find(msgId);
    if (it != m_bodies.end() && --it->second <= 0)
        m_bodies.erase(it);
}

void DeliveryScheduler::drain()
{
    m_draining = true;
    m_timer.stop();
    checkDrained();
}

bool DeliveryScheduler::isDrained() const { return m_draining && m_inFlight == 0 && m_writing == 0; }

qsizetype DeliveryScheduler::waitingToSend() const
{
    qsizetype n = 0;
    for (const EndpointState &s : m_endpoints)
        n += static_cast<qsizetype>(s.waiting.size());
    return n;
}

qsizetype DeliveryScheduler::queued() const
{
    qsizetype n = static_cast<qsizetype>(m_heap.size()) + m_lanes.waiting();
    for (const EndpointState &s : m_endpoints)
        n += static_cast<qsizetype>(s.waiting.size());
    return n;
}

void DeliveryScheduler::checkDrained()
{
    if (isDrained())
        emit drained();
}

} // namespace sb::engine
