// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrules.h"


namespace sb::dashboard {
namespace {

Alert streamAlert()
{
    return {QStringLiteral("stream"), Alert::Severity::Critical, AlertRules::tr("Engine connection lost"),
            AlertRules::tr("The console cannot reach the engine's event stream; it keeps retrying and shows stored history meanwhile."),
            {}, {}, {}, {}};
}

} // namespace

QString AlertRules::failuresFilter(const QString &appId, const QString &endpointId)
{
    // attempt:failed, not status:failed: by the time someone looks, the failures that raised
    // the alert may have been retried and delivered; they are still what the alert is about.
    return (appId.isEmpty() ? QString() : u"app:" + appId + u' ') + u"endpoint:" + endpointId + u" attempt:failed";
}

AlertRules::Changes AlertRules::update(const OverviewData &data, bool streamLost)
{
    m_haveData = true;
    QHash<QString, Alert> now;
    for (const EndpointHealth &e : data.endpoints) {
        if (e.disabled) {
            now.insert(u"disabled:" + e.endpointId,
                       {u"disabled:" + e.endpointId, Alert::Severity::Warning, tr("Endpoint disabled: %1").arg(e.name),
                        tr("%1 no longer receives deliveries (it answered 410 Gone, failed for too long, or was disabled by hand).")
                            .arg(e.name),
                        (e.appId.isEmpty() ? QString() : u"app:" + e.appId + u' ') + u"endpoint:" + e.endpointId,
                        e.appId, e.endpointId, e.name});
            continue;
        }
        const qint64 failed = e.attempts - e.succeeded;
        if (e.attempts >= m_thresholds.minimumAttempts && 100.0 * double(failed) >= m_thresholds.failurePercent * double(e.attempts)
            && e.state != EndpointHealth::State::Healthy) {
            now.insert(u"failing:" + e.endpointId,
                       {u"failing:" + e.endpointId, Alert::Severity::Critical, tr("Endpoint failing: %1").arg(e.name),
                        tr("%1 of %2 deliveries to %3 failed in the last 5 minutes.").arg(failed).arg(e.attempts).arg(e.name),
                        failuresFilter(e.appId, e.endpointId), e.appId, e.endpointId, e.name});
        }
    }
    if (m_deadLettersSeen >= 0 && data.deadLettersTotal > m_deadLettersSeen) {
        const qint64 more = data.deadLettersTotal - m_deadLettersSeen;
        now.insert(QStringLiteral("dead-letters"),
                   {QStringLiteral("dead-letters"), Alert::Severity::Warning, tr("Dead letters: %n more", nullptr, static_cast<int>(more)),
                    tr("Deliveries that used up every retry and were dead-lettered: %n more. Retry them from the log.", nullptr, static_cast<int>(more)),
                    QStringLiteral("status:dead"), {}, {}, {}});
    } else if (const auto kept = m_active.constFind(QStringLiteral("dead-letters")); kept != m_active.constEnd()
               && data.deadLettersTotal >= m_deadLettersSeen && data.current.deadLetters > 0) {
        now.insert(kept.key(), kept.value()); // still recent: stays until five quiet minutes pass
    }
    m_deadLettersSeen = data.deadLettersTotal;
    if (streamLost)
        now.insert(QStringLiteral("stream"), streamAlert());
    return apply(now);
}

AlertRules::Changes AlertRules::updateStream(bool streamLost)
{
    QHash<QString, Alert> now = m_active;
    if (streamLost)
        now.insert(QStringLiteral("stream"), streamAlert());
    else
        now.remove(QStringLiteral("stream"));
    return apply(now);
}

AlertRules::Changes AlertRules::apply(const QHash<QString, Alert> &now)
{
    Changes changes;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto before = m_active.constFind(it.key());
        // News: a new condition, or a dead-letter count that grew (its text changes).
        if (before == m_active.constEnd() || (it.key() == u"dead-letters" && before->text != it->text))
            changes.raised.append(it.value());
    }
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it)
        if (!now.contains(it.key()))
            changes.cleared.append(it.key());
    m_active = now;
    return changes;
}

Health AlertRules::health() const
{
    if (!m_haveData && m_active.isEmpty())
        return Health::Unknown;
    Health h = Health::Good;
    for (const Alert &a : m_active)
        h = std::max(h, a.severity == Alert::Severity::Critical ? Health::Critical : Health::Warning);
    return h;
}

} // namespace sb::dashboard
