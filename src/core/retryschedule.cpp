// SPDX-License-Identifier: GPL-3.0-or-later
#include "retryschedule.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

using namespace std::chrono_literals;

namespace sb {
namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool checkShape(const QList<RetrySchedule::Delay> &delays, QString *error)
{
    if (delays.isEmpty())
        return fail(error, QStringLiteral("a retry schedule needs at least one step"));
    if (delays.size() > RetrySchedule::MaxAttempts)
        return fail(error, u"a retry schedule has at most "
                               + QString::number(RetrySchedule::MaxAttempts) + u" steps");
    for (const auto &d : delays) {
        if (d < 0ms || d > RetrySchedule::MaxDelay)
            return fail(error, QStringLiteral("each step must be between 0 and 7 days"));
    }
    return true;
}

} // namespace

RetrySchedule::RetrySchedule(QList<Delay> delays)
    : m_delays(std::move(delays))
{
}

RetrySchedule RetrySchedule::defaultSchedule()
{
    return RetrySchedule({0ms, 5s, 30s, 5min, 30min, 2h});
}

std::optional<RetrySchedule> RetrySchedule::parse(QStringView text, QString *error)
{
    static const QRegularExpression step(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$)"));
    QList<Delay> delays;
    for (QStringView part : text.split(u',')) {
        const QRegularExpressionMatch match = step.match(part.toString());
        if (!match.hasMatch()) {
            fail(error, u"cannot read retry step '" + part.trimmed().toString()
                            + u"' (use e.g. 0, 500ms, 5s, 30m, 2h)");
            return std::nullopt;
        }
        const double value = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        double ms = value * 1000.0;
        if (unit == u"ms")
            ms = value;
        else if (unit == u"m")
            ms = value * 60'000.0;
        else if (unit == u"h")
            ms = value * 3'600'000.0;
        if (ms > static_cast<double>(MaxDelay.count())) {
            fail(error, QStringLiteral("each step must be between 0 and 7 days"));
            return std::nullopt;
        }
        delays.append(Delay(std::llround(ms)));
    }
    if (!checkShape(delays, error))
        return std::nullopt;
    return RetrySchedule(std::move(delays));
}

QString RetrySchedule::toString() const
{
    QStringList parts;
    for (const Delay &d : m_delays) {
        const auto ms = d.count();
        if (ms == 0)
            parts.append(QStringLiteral("0"));
        else if (ms % 3'600'000 == 0)
            parts.append(QString::number(ms / 3'600'000) + u'h');
        else if (ms % 60'000 == 0)
            parts.append(QString::number(ms / 60'000) + u'm');
        else if (ms % 1000 == 0)
            parts.append(QString::number(ms / 1000) + u's');
        else
            parts.append(QString::number(ms) + u"ms");
    }
    return parts.join(u", ");
}

std::optional<RetrySchedule> RetrySchedule::fromJsonSeconds(const QJsonArray &array, QString *error)
{
    QList<Delay> delays;
    for (const QJsonValue &v : array) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0
            || v.toDouble() > static_cast<double>(MaxDelay.count()) / 1000.0) {
            fail(error, QStringLiteral("each step must be a number of seconds between 0 and 7 days"));
            return std::nullopt;
        }
        delays.append(Delay(std::llround(v.toDouble() * 1000.0)));
    }
    if (!checkShape(delays, error))
        return std::nullopt;
    return RetrySchedule(std::move(delays));
}

QJsonArray RetrySchedule::toJsonSeconds() const
{
    QJsonArray out;
    for (const Delay &d : m_delays) {
        if (d.count() % 1000 == 0)
            out.append(static_cast<qint64>(d.count() / 1000));
        else
            out.append(static_cast<double>(d.count()) / 1000.0);
    }
    return out;
}

} // namespace sb
