// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace sb {

// The delays before each attempt of a delivery: entry 0 is the first attempt (usually
// immediate), entry n the wait after the n-th failure. Its size is the number of attempts.
class RetrySchedule
{
public:
    using Delay = std::chrono::milliseconds;

    RetrySchedule() = default;
    explicit RetrySchedule(QList<Delay> delays);

    // Immediately, then 5 s, 30 s, 5 min, 30 min, 2 h: the schedule voice-AI platforms document.
    static RetrySchedule defaultSchedule();

    // "0, 5s, 30s, 5m, 30m, 2h" (units ms, s, m, h; a bare number is seconds).
    static std::optional<RetrySchedule> parse(QStringView text, QString *error = nullptr);
    QString toString() const;

    // JSON: an array of seconds, fractions allowed ([0, 5, 30, 300]).
    static std::optional<RetrySchedule> fromJsonSeconds(const QJsonArray &array,
                                                        QString *error = nullptr);
    QJsonArray toJsonSeconds() const;

    const QList<Delay> &delays() const { return m_delays; }
    int attempts() const { return static_cast<int>(m_delays.size()); }
    bool isEmpty() const { return m_delays.isEmpty(); }

    bool operator==(const RetrySchedule &) const = default;

    static constexpr int MaxAttempts = 50;
    static constexpr Delay MaxDelay = std::chrono::hours(24 * 7);

private:
    QList<Delay> m_delays;
};

} // namespace sb
