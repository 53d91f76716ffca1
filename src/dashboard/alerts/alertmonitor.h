// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/alerts/alertrules.h"

#include <QObject>
#include <QTimer>

namespace sb::dashboard {

class EngineSession;

// Watches one engine session for alerts: every few seconds (and soon after new history) it
// reads the last five minutes from the local roll-ups on the reader thread and runs the
// AlertRules; the stream counts as lost after it has stayed down for a grace period, so a
// quick reconnect raises nothing.
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    explicit AlertMonitor(EngineSession *session, QObject *parent = nullptr);

    void setThresholds(const AlertRules::Thresholds &thresholds);
    void setIntervalMs(int ms) { m_poll.setInterval(ms); }
    void setStreamGraceMs(int ms) { m_streamGrace.setInterval(ms); }
    const AlertRules &rules() const { return m_rules; }
    Health health() const { return m_rules.health(); }
    // Looks now instead of at the next tick.
    void check();

signals:
    void raised(const sb::dashboard::Alert &alert);
    void cleared(const QString &key);
    void healthChanged(sb::dashboard::Health health);
    // A look at the last minutes is done: every alert it finds active has been raised.
    void checked();

private:
    void publish(const AlertRules::Changes &changes);

    EngineSession *m_session;
    AlertRules m_rules;
    QTimer m_poll;
    QTimer m_soon;
    QTimer m_streamGrace;
    quint64 m_request = 0;
    bool m_wasLive = false;
    qint64 m_deadLettersSeen = 0;
    bool m_streamLost = false;
    Health m_health = Health::Unknown;
};

} // namespace sb::dashboard
