// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace std::chrono_literals;

namespace sb {

RetryPolicy::RetryPolicy(RetrySchedule schedule)
    : m_schedule(std::move(schedule))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

std::chrono::milliseconds RetryPolicy::jittered(std::chrono::milliseconds base) const
{
    if (base <= 0ms || m_jitter <= 0.0)
        return base;
    const double factor = 1.0 + m_jitter * (2.0 * m_random() - 1.0);
    return std::chrono::milliseconds(std::llround(static_cast<double>(base.count()) * factor));
}

std::chrono::milliseconds RetryPolicy::firstDelay() const
{
    return m_schedule.isEmpty() ? 0ms : jittered(m_schedule.delays().constFirst());
}

RetryDecision RetryPolicy::afterFailure(const FailedAttempt &attempt) const
{
    RetryDecision decision;
    if (attempt.attemptsMade >= m_schedule.attempts()) {
        decision.exhausted = true;
        return decision;
    }
    const QDateTime now = m_clock();
    const std::chrono::milliseconds base = m_schedule.delays().at(std::max(attempt.attemptsMade, 0));
    std::chrono::milliseconds delay = jittered(base);

    if (!attempt.retryAfter.isEmpty()) {
        if (const auto asked = parseRetryAfter(attempt.retryAfter, now))
            delay = std::clamp(*asked, base, 2 * base);
    }
    if (attempt.httpStatus == 429 || attempt.errorClass == ErrorClass::Timeout)
        delay = std::max(delay, m_throttleFloor);

    decision.delay = delay;
    decision.nextAttemptAt = now.addMSecs(delay.count());
    return decision;
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(QByteArrayView value,
                                                                      const QDateTime &now)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::milliseconds(seconds * 1000));

    // IMF-fixdate, the only form RFC 9110 lets senders generate: "Sun, 06 Nov 1994 08:49:37 GMT".
    const QString date = QString::fromLatin1(text);
    QDateTime at = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(at)));
}

} // namespace sb
