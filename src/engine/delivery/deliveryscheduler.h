// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptnotice.h"
#include "endpointshares.h"
#include "httpdispatcher.h"
#include "keylanes.h"
#include "scheduleddelivery.h"
#include "engine/store/deliverywrites.h"
#include "engine/store/storereader.h"
#include "engine/store/storewriter.h"

#include "core/endpoint.h"
#include "core/retrypolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <queue>

namespace sb::engine {

struct SchedulerSettings
{
    RetrySchedule retrySchedule = RetrySchedule::defaultSchedule();
    std::chrono::milliseconds throttleFloor = std::chrono::seconds(60);
    double jitter = 0.2;
    int maxInFlight = 512;                     // across all endpoints
    qint64 circuitBreakerMs = 5LL * 24 * 3600 * 1000;
};

// Decides what is sent when. Due deliveries wait in memory ordered by time (rebuilt from the
// store at start; nothing polls the database); each endpoint has its own concurrency cap and
// token bucket, so a slow receiver only ever delays itself. Results are committed through the
// writer before the next attempt is scheduled.
class DeliveryScheduler : public QObject
{
    Q_OBJECT

public:
    DeliveryScheduler(StoreWriter *writer, StoreReader *reader, HttpDispatcher *dispatcher,
                      SchedulerSettings settings, QObject *parent = nullptr);

    // Loads endpoints and, unless `pending` is false (several nodes: each claims its share,
    // see ClusterNode), every pending delivery; pending ones in flight at a crash go again.
    void restore(bool pending = true);
    // Deliveries this node took over from another (claimed in the store).
    void adopt(const QList<DueDelivery> &deliveries);
    // Another node's dead letter holds a call (its lane may move here), or a held call goes on
    // again (its dead letter was delivered by hand, perhaps through another node).
    void keyBlockedElsewhere(const KeyLanes::Block &block);
    void keyUnblockedElsewhere(const QString &endpointId, const QString &key);
    // Several nodes send to the same receivers: each keeps to its share of every endpoint's
    // rate limit and concurrency, so together they keep to the endpoint's settings, and hands
    // deliveries to endpoints it does not send to over to a node that does (EndpointShares).
    void setCluster(const QString &self, const QStringList &liveNodes);
    int liveNodes() const { return m_shares.liveNodes(); }
    // While paused (this node is not sure its lease holds) no new attempt starts.
    void setPaused(bool paused);
    // Asked right before attempts start; false pauses. Timers give no order: a node resumed
    // after a long stop must not send before the timer that would pause it has fired.
    void setFence(std::function<bool()> mayStart) { m_mayStart = std::move(mayStart); }
    void applicationRemoved(const QString &appId);

    // Which of these endpoints order per key (the message is laned) and, on several nodes,
    // whose lane `key` is on each (the ingest hands those of other nodes over and claims this
    // node's earlier ones).
    deliverywrites::OrderedRouting routeOrdered(const QStringList &endpointIds, const QString &key) const;

    // Enabled endpoints of `appId` that take this event type on these channels.
    QStringList matchingEndpoints(const QString &appId, QStringView eventType,
                                  const QStringList &channels) const;

    void endpointChanged(const Endpoint &endpoint);
    void endpointRemoved(const QString &endpointId);
    // Stores a message with a delivery per endpoint (the ingest job; on several nodes, a call's
    // deliveries whose lane is another node's are handed to it) and, once committed, schedules
    // this node's share, the call's earlier hand-overs first. `done` gets the write's result
    // (an IngestResult when it succeeded), on `context`'s thread.
    void ingest(const Message &message, const QByteArray &body, const QStringList &endpointIds,
                const QString &idempotencyKey, qint64 dueMs, QObject *context,
                std::function<void(const WriteResult &)> done);
    // A freshly committed message: its body and its deliveries, due at `dueMs`; `laneSeq`: its
    // place in its call's lanes (IngestResult::laneSeq).
    void messageAccepted(const QString &msgId, const QString &appId, const QByteArray &body,
                         const QStringList &endpointIds, qint64 dueMs, const QString &correlationKey = {},
                         qint64 laneSeq = 0);
    // Sends one delivery now, outside the schedule (manual retry, test send).
    void sendNow(const QString &msgId, const QString &appId, const QString &endpointId,
                 TriggerType trigger);
    // A delivery stored since (a replay): scheduled now, with the usual retries. With its
    // message's correlation key, an endpoint that orders per key takes it into the call's lane
    // (behind what the call has there already), so a replayed call goes event by event.
    void enqueue(const QString &msgId, const QString &appId, const QString &endpointId,
                 const QString &correlationKey = {}, qint64 laneSeq = 0);
    // The message's payload was deleted: its queued deliveries are recorded as failed, not
    // sent with an empty body.
    void contentExpunged(const QString &msgId);

    // Keys of a per-key ordered endpoint held by a dead letter, oldest first.
    QList<KeyLanes::Block> orderingBlocks(const QString &endpointId) const { return m_lanes.blocks(endpointId); }

    // Stops starting new attempts; `drained` fires when nothing is in flight or being written.
    void setMetrics(class EngineMetrics *metrics) { m_metrics = metrics; }

    void drain();
    bool isDrained() const;
    qsizetype queued() const;
    // Due deliveries waiting for a free connection (not those scheduled for later).
    qsizetype waitingToSend() const;
    int inFlight() const { return m_inFlight; }

signals:
    void drained();
    // 410 Gone (`gone`) or the circuit breaker (failing since `failingSinceMs`) disabled it.
    void endpointDisabled(const sb::Endpoint &endpoint, bool gone, qint64 failingSinceMs);
    // An attempt's record committed (operational webhooks: failing, recovered, exhausted).
    void attemptRecorded(const sb::engine::AttemptNotice &attempt);

private:
    using Due = ScheduledDelivery;
    struct EndpointState
    {
        Endpoint config;
        std::shared_ptr<const OutboundEndpoint> outbound; // made from config, for the dispatcher
        int inFlight = 0;
        bool failing = true; // unknown after a start: the first success clears the store's mark
        double tokens = 0;
        qint64 refilledMs = 0;
        std::deque<Due> waiting;
    };
    struct Sending
    {
        Due due;
        bool contentGone = false; // nothing was sent: the payload was expunged
    };

    static qint64 nowMs();
    // Gives a scheduled delivery to the node that sends to its endpoint; true if it did.
    bool handOver(const Endpoint &endpoint, Due &due);
    // `counted`: already held in m_scheduled (it waited in its key's lane).
    void push(Due due, bool counted = false);
    // Into its key's lane when its endpoint orders per key, else onto the schedule.
    void schedule(Due due, const QString &correlationKey);
    // A lane's head is done: the next of its lane goes on, unless the head holds the key.
    void finishHead(const Due &head, bool blocksKey);
    void laneGoesOn(std::optional<Due> next);
    void onTimer();
    void pump();
    bool takeToken(EndpointState &state, qint64 nowMs, qint64 *retryInMs);
    void dispatch(EndpointState &state, Due due);
    void onResults(const QList<OutboundResult> &results);
    void onResult(const OutboundResult &result);
    // Commits an attempt's record; a failed write is tried again, not the send.
    struct AfterRecord
    {
        bool reschedule = false;
        bool blocksKey = false;  // a dead letter holding its key
        QString unblocksKey;     // a held key's dead letter, delivered by hand
        AttemptNotice notice;
    };
    void recordAttempt(StoreWriter::Job job, const Due &next, const AfterRecord &after, int tries);
    static constexpr int MaxRecordTries = 5;
    QByteArray bodyOf(const QString &msgId);
    void releaseBody(const QString &msgId);
    // Its hold on the cached body, unless it gave that up while waiting in its lane.
    void releaseBody(const Due &due);
    void armTimer(qint64 inMs);
    void checkDrained();

    StoreWriter *m_writer;
    StoreReader *m_reader;
    HttpDispatcher *m_dispatcher;
    SchedulerSettings m_settings;
    EngineMetrics *m_metrics = nullptr;
    RetryPolicy m_defaultPolicy;

    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_heap;
    QHash<QString, EndpointState> m_endpoints;
    QHash<QString, QSet<QString>> m_endpointsByApp; // app id -> its endpoint ids
    QSet<QString> m_waitingEndpoints;
    QHash<QString, QPair<QByteArray, int>> m_bodies; // msgId -> body, deliveries still needing it
    // Scheduled attempts held (heap or endpoint queue) per "msgId endpointId", and those a
    // manual or test send has since delivered: their scheduled attempt is dropped, not sent
    // a second time.
    QHash<QString, int> m_scheduled;
    QSet<QString> m_settled;
    static QString deliveryKey(const Due &due) { return due.msgId + u' ' + due.endpointId; }
    void scheduledGone(const Due &due);
    KeyLanes m_lanes;
    QHash<quint64, Sending> m_sending;
    std::vector<OutboundRequest> m_outgoing; // built by one pump(), handed over together
    quint64 m_nextToken = 1;
    quint64 m_order = 0;
    int m_inFlight = 0;
    int m_writing = 0;
    bool m_draining = false;
    bool m_paused = false;
    std::function<bool()> m_mayStart;
    QString m_self;
    EndpointShares m_shares;
    QTimer m_timer;
};

} // namespace sb::engine
