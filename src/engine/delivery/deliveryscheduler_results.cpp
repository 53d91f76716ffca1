// SPDX-License-Identifier: GPL-3.0-or-later
// DeliveryScheduler, part three: what comes back from the wire (the attempt, its record, the retry or
// dead letter, and what its call's lane does next).
#include "deliveryscheduler.h"

#include "enginemetrics.h"
#include "signedrequest.h"


#include <QTimer>

namespace sb::engine {

void DeliveryScheduler::onResults(const QList<OutboundResult> &results)
{
    for (const OutboundResult &r : results)
        onResult(r);
    pump();
}

void DeliveryScheduler::onResult(const OutboundResult &result)
{
    auto sendingIt = m_sending.find(result.token);
    if (sendingIt == m_sending.end())
        return;
    const Sending sending = std::move(*sendingIt);
    m_sending.erase(sendingIt);
    --m_inFlight;
    auto stateIt = m_endpoints.find(sending.due.endpointId);
    if (stateIt != m_endpoints.end())
        --stateIt->inFlight;
    // Its settings now (they may have changed while it was sent), held without copying them.
    const std::shared_ptr<const OutboundEndpoint> current = stateIt != m_endpoints.end() ? stateIt->outbound : nullptr;
    static const Endpoint Gone;
    const Endpoint &config = current ? current->endpoint : Gone;

    deliverywrites::AttemptRecord record;
    record.attempt = result.attempt; // described on the dispatcher's thread
    record.attemptJson = result.attemptJson;
    const Attempt &a = record.attempt;
    record.succeeded = result.errorClass == ErrorClass::None;
    if (record.succeeded && sending.due.trigger != TriggerType::Scheduled && m_scheduled.contains(deliveryKey(sending.due)))
        m_settled.insert(deliveryKey(sending.due));
    record.appId = sending.due.appId;
    record.requestHeaders = result.requestHeaders;
    record.responseHeaders = result.responseHeaders;
    record.attemptNumber = sending.due.attemptsMade + 1;
    record.disableEndpoint = result.httpStatus == 410;
    // A message with nothing to send says nothing about the endpoint's health.
    record.circuitBreakerMs = sending.contentGone ? 0 : m_settings.circuitBreakerMs;
    if (stateIt != m_endpoints.end() && !sending.contentGone) {
        record.endpointWasFailing = stateIt->failing;
        stateIt->failing = !record.succeeded;
    }

    AfterRecord after;
    if (record.succeeded && sending.due.trigger != TriggerType::Scheduled) {
        // The dead letter holding its key, delivered by hand: the key goes on.
        if (const auto key = m_lanes.blockedKey(a.msgId, a.endpointId)) {
            after.unblocksKey = *key;
            record.orderingKey = *key;
            record.clearsBlock = true;
        } else {
            record.mayClearBlock = true; // held by a block this node never saw (several nodes)
        }
    }
    if (sending.contentGone) {
        record.exhausted = sending.due.trigger == TriggerType::Scheduled; // no retry can send it
    } else if (!record.succeeded && sending.due.trigger == TriggerType::Scheduled && !record.disableEndpoint) {
        RetryPolicy policy = config.retrySchedule ? RetryPolicy(*config.retrySchedule) : m_defaultPolicy;
        policy.setJitter(m_settings.jitter);
        policy.setThrottleFloor(m_settings.throttleFloor);
        const RetryDecision decision =
            policy.afterFailure({record.attemptNumber, result.httpStatus, result.errorClass, result.retryAfter});
        record.exhausted = decision.exhausted;
        record.reschedule = !decision.exhausted;
        record.nextAttemptMs = decision.exhausted ? 0 : decision.nextAttemptAt.toMSecsSinceEpoch();
    }

    if (!sending.due.orderingKey.isEmpty()) {
        after.blocksKey = record.exhausted && config.deadLetterBlocksKey;
        record.orderingKey = sending.due.orderingKey;
        record.blocksKey = after.blocksKey;
        // Only an endpoint that holds keys has blocks to clear (a retried dead letter's).
        record.clearsBlock = !after.blocksKey && !record.reschedule && config.deadLetterBlocksKey;
    }
    after.notice = {record.appId, a.msgId, a.endpointId, a.id, a.timestamp, result.httpStatus,
                    result.durationMs, record.attemptNumber, sending.due.trigger == TriggerType::Scheduled,
                    record.succeeded, record.exhausted};
    ++m_writing;
    Due next = sending.due;
    next.attemptsMade = record.attemptNumber;
    next.dueMs = record.nextAttemptMs;
    const bool reschedule = record.reschedule;
    after.reschedule = reschedule;
    if (m_metrics) {
        m_metrics->attemptFinished(result.errorClass, result.durationMs,
                                   !record.succeeded && !reschedule && sending.due.trigger == TriggerType::Scheduled);
    }
    recordAttempt(deliverywrites::recordAttempt(std::move(record)), next, after, 1);
}

void DeliveryScheduler::recordAttempt(StoreWriter::Job job, const Due &next, const AfterRecord &after, int tries)
{
    m_writer->submit(job, this, [this, job, next, after, tries](const WriteResult &w) {
        if (!w.ok) {
            qWarning("could not record attempt: %s", qPrintable(w.error));
            // The attempt was made: write it again rather than send it again, which would
            // repeat a delivery the receiver has. Only a store that keeps failing gets the
            // delivery sent again (it is still pending there), so nothing is lost either.
            if (tries < MaxRecordTries) {
                QTimer::singleShot(500 * tries, this, [this, job, next, after, tries] {
                    recordAttempt(job, next, after, tries + 1);
                });
                return;
            }
            --m_writing;
            Due again = next;
            again.dueMs = nowMs() + 5000;
            again.attemptsMade = next.attemptsMade - 1;
            push(again);
        } else {
            --m_writing;
            const auto outcome = w.value.value<deliverywrites::AttemptOutcome>();
            if (outcome.endpointDisabled) {
                if (m_metrics)
                    m_metrics->endpointDisabled();
                endpointChanged(outcome.endpoint);
                emit endpointDisabled(outcome.endpoint, outcome.failingSinceMs == 0, outcome.failingSinceMs);
            }
            emit attemptRecorded(after.notice);
            if (after.reschedule && !outcome.endpointDisabled) {
                push(next);
            } else {
                releaseBody(next);
                if (!next.orderingKey.isEmpty() && next.trigger == TriggerType::Scheduled)
                    finishHead(next, after.blocksKey);
            }
            if (!after.unblocksKey.isEmpty() || !outcome.unblockedKey.isEmpty())
                laneGoesOn(m_lanes.unblock(next.endpointId, after.unblocksKey.isEmpty() ? outcome.unblockedKey : after.unblocksKey));
        }
        checkDrained();
        pump();
    });
}

} // namespace sb::engine
