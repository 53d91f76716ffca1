// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "addresspolicy.h"

#include "core/attempt.h"
#include "core/statuscodes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace sb::engine {

struct OutboundEndpoint;

// One webhook request, signed on the dispatcher's thread just before it goes out.
struct OutboundRequest
{
    quint64 token = 0;
    std::shared_ptr<const OutboundEndpoint> endpoint; // URL, headers, secrets, timeout
    QByteArray msgId;
    qint64 timestampSeconds = 0; // webhook-timestamp
    QByteArray body;
    // For the attempt the result describes.
    QString endpointId;
    TriggerType trigger = TriggerType::Scheduled;
    QDateTime startedAt;
};

struct OutboundResult
{
    quint64 token = 0;
    int httpStatus = 0;
    ErrorClass errorClass = ErrorClass::None;
    QByteArray body;           // at most ResponseBodyKept bytes
    QByteArray requestHeaders; // as the attempt log keeps them (credentials redacted)
    QByteArray responseHeaders;
    QByteArray retryAfter;
    QString errorText;
    qint64 durationMs = 0;
    AttemptTiming timing;
    // The attempt as the log keeps it, and its JSON (Attempt::writeJson), made on the
    // dispatcher's thread: rendering it was a fifth of the engine's thread at 32 connections.
    Attempt attempt;
    QByteArray attemptJson;
};

// Fills in `result.attempt` and `.attemptJson` from what was sent and what came back.
void describeAttempt(OutboundResult &result, const OutboundRequest &request);

// Signs and sends webhook requests with libcurl's multi interface on a thread of its own: one
// poll loop, keep-alive connections reused across requests, HTTP/1.1 (libcurl 7.88 fails reusing
// cleartext HTTP/2). Results come back in batches on the owner's thread. The caller enforces
// concurrency and rate limits; the dispatcher only sends.
class HttpDispatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype ResponseBodyKept = 20 * 1024;
    static constexpr qsizetype ResponseBodyMax = 1024 * 1024;

    explicit HttpDispatcher(AddressPolicy policy, QObject *parent = nullptr);
    ~HttpDispatcher() override;

    // Refuse plain http at send time too (error class policy), not only at endpoint creation.
    void setHttpsOnly(bool httpsOnly) { m_httpsOnly = httpsOnly; }
    void start();
    // Stops at once; requests still in flight are abandoned without a result.
    void stop();
    // Queues requests; the dispatcher thread is woken once per call, not once per request.
    void submit(std::vector<OutboundRequest> requests);
    int inFlight() const { return m_inFlight.load(); }

signals:
    void finished(const QList<sb::engine::OutboundResult> &results);

private:
    void run();

    AddressPolicy m_policy;
    bool m_httpsOnly = false;
    std::mutex m_mutex;
    std::vector<OutboundRequest> m_incoming;
    bool m_stopping = false;
    void *m_multi = nullptr;
    std::atomic<int> m_inFlight{0};
    std::thread m_thread;
};

} // namespace sb::engine

Q_DECLARE_METATYPE(sb::engine::OutboundResult)
