// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retryschedule.h"
#include "statuscodes.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace sb {

// What the engine knows about a failed attempt when it decides on the next one.
struct FailedAttempt
{
    int attemptsMade = 1;                  // including the one that just failed
    int httpStatus = 0;                    // 0 when there was no response
    ErrorClass errorClass = ErrorClass::HttpStatus;
    QByteArray retryAfter;                 // the raw Retry-After header, if any
};

struct RetryDecision
{
    bool exhausted = false;                // no step left: dead-letter the delivery
    std::chrono::milliseconds delay{0};
    QDateTime nextAttemptAt;               // invalid when exhausted
};

// Turns a schedule into concrete retry times: ±jitter around each step so retries from one
// outage do not arrive together, Retry-After honoured within 1×–2× of the step, and a floor
// after 429 or a timeout so a struggling receiver gets room.
class RetryPolicy
{
public:
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit RetryPolicy(RetrySchedule schedule = RetrySchedule::defaultSchedule());

    void setJitter(double fraction) { m_jitter = fraction; }
    double jitter() const { return m_jitter; }
    void setThrottleFloor(std::chrono::milliseconds floor) { m_throttleFloor = floor; }
    std::chrono::milliseconds throttleFloor() const { return m_throttleFloor; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRandom(Random random) { m_random = std::move(random); }

    const RetrySchedule &schedule() const { return m_schedule; }
    int maxAttempts() const { return m_schedule.attempts(); }

    // Delay of the first attempt (the schedule's entry 0, usually immediate), with jitter.
    std::chrono::milliseconds firstDelay() const;
    RetryDecision afterFailure(const FailedAttempt &attempt) const;

    // Retry-After as seconds ("120") or an HTTP date, relative to `now`; nullopt if unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value,
                                                                    const QDateTime &now);

private:
    std::chrono::milliseconds jittered(std::chrono::milliseconds base) const;

    RetrySchedule m_schedule;
    double m_jitter = 0.2;
    std::chrono::milliseconds m_throttleFloor = std::chrono::seconds(60);
    Clock m_clock;
    Random m_random;
};

} // namespace sb
